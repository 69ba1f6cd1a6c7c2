/** Language detection with franc (trigram statistics), answered in the book's two-letter codes. */
import { franc, francAll } from 'franc';
import { iso6393, iso6393To1 } from 'iso-639-3';

/**
 * franc answers with individual ISO 639-3 codes; a few of them belong to a macrolanguage that
 * has the two-letter code books use (Iranian Persian "pes" is Persian "fa"). iso-639-3 does not
 * carry macrolanguage membership, so the common ones franc can return are listed here.
 */
const macrolanguageOf: Record<string, string> = {
	pes: 'fa',
	prs: 'fa',
	arb: 'ar',
	cmn: 'zh',
	zlm: 'ms',
	zsm: 'ms',
	uzn: 'uz',
	azj: 'az',
	ekk: 'et',
	lvs: 'lv',
	plt: 'mg',
	npi: 'ne',
	ory: 'or',
	swh: 'sw',
	ydd: 'yi',
	khk: 'mn',
	gaz: 'om',
	quy: 'qu',
	als: 'sq',
	fuf: 'ff',
};

/** The two-letter (or, failing that, three-letter) code of a franc answer. */
export function toBookCode(code3: string): string {
	return macrolanguageOf[code3] ?? iso6393To1[code3] ?? code3;
}

/** All ISO 639-3 codes franc might answer for a book language code. */
function toFrancCodes(code: string): string[] {
	const base = code.split('-')[0]!;
	const direct = Object.entries(iso6393To1)
		.filter(([, one]) => one === base)
		.map(([three]) => three);
	const members = Object.entries(macrolanguageOf)
		.filter(([, one]) => one === base)
		.map(([three]) => three);
	const three = iso6393.some((language) => language.iso6393 === base) ? [base] : [];
	return [...new Set([...direct, ...members, ...three])];
}

/** The English name of a language code, for messages. */
export function languageName(code: string): string {
	const entry = iso6393.find((language) => language.iso6391 === code || language.iso6393 === code);
	return entry?.name ?? code;
}

export interface Detection {
	/** Best code among all languages franc knows, or "und" when the text is too short to tell. */
	any: string;
	/** Best code among `candidates`, or "und". */
	best: string;
}

/** Detects the language of `text`, overall and restricted to `candidates` (book codes). */
export function detectLanguage(text: string, candidates: string[]): Detection {
	const only = candidates.flatMap(toFrancCodes);
	const any = franc(text, { minLength: 20 });
	const ranked = francAll(text, { minLength: 3, only });
	const top = ranked[0]?.[0] ?? 'und';
	return {
		any: any === 'und' ? 'und' : toBookCode(any),
		best: top === 'und' ? 'und' : toBookCode(top),
	};
}
