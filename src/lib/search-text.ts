/**
 * Search text: one folding, chosen by each language's writing system (src/lib/writing-systems.ts), applied
 * both to what is indexed and to every query, and the pattern that finds a folded term again in the text as
 * written (to mark it). Pagefind folds neither Arabic and Persian Yeh/Kaf, nor digits of other scripts, nor
 * vowel marks, and reads the Persian «می شود» as two words.
 */
import type { SearchFolding } from '../schemas';

const arabicLetter = '[\\u0600-\\u06FF]';
/** Persian verb prefixes written joined, with a half-space or with a space: «میشود», «می‌شود», «می شود». */
const verbPrefix = new RegExp(`(^|[\\s\\u200c«(\\[])(ن?می)[\\s\\u200c]+(?=${arabicLetter})`, 'gu');
/** Persian suffixes written joined, with a half-space or with a space: «کفشها», «کفش‌ها», «کفش ها». */
const suffix = new RegExp(
	`(${arabicLetter})[\\s\\u200c]+(ها|های|هایی|هایش|هایشان|هایم|تر|ترین|ای|اند|ام|ایم|اید)(?=$|[\\s.,،؛:!؟?»)\\]])`,
	'gu'
);

/** Characters a folding removes, as a character-class body: the pattern that marks terms allows them anywhere in a word. */
const removed: Partial<Record<SearchFolding, string>> = {
	'arabic-marks': '\\u064B-\\u065F\\u0670\\u0640',
	'hebrew-marks': '\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7',
	joiners: '\\u200c\\u200d',
};

/** Letters a folding merges: the folded letter and every form it stands for. */
const merged: Partial<Record<SearchFolding, Record<string, string>>> = {
	'arabic-letters': { ی: 'یيى', ک: 'کك', ه: 'هۀة', ا: 'اأإآٱ' },
};

/** The first code point of each run of ten decimal digits in the scripts books are written in (Unicode's Nd blocks of the BMP). */
const digitZeros = [
	0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
	0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
];
const digitOf = (char: string): number | undefined => {
	const point = char.codePointAt(0)!;
	const zero = digitZeros.find((start) => point >= start && point < start + 10);
	return zero === undefined ? undefined : point - zero;
};

/** Digits of every script as ASCII digits. */
export function asciiDigits(text: string): string {
	return text.replace(/\p{Nd}/gu, (char) => String(digitOf(char) ?? char));
}

const steps: Record<SearchFolding, (text: string) => string> = {
	digits: asciiDigits,
	'arabic-letters': (text) =>
		text
			.replace(/[يى]/gu, 'ی')
			.replace(/ك/gu, 'ک')
			.replace(/[ۀة]/gu, 'ه')
			.replace(/[أإآٱ]/gu, 'ا'),
	'arabic-marks': (text) => text.replace(new RegExp(`[${removed['arabic-marks']}]`, 'gu'), ''),
	'hebrew-marks': (text) => text.replace(new RegExp(`[${removed['hebrew-marks']}]`, 'gu'), ''),
	'persian-affixes': (text) =>
		text.replace(verbPrefix, '$1$2').replace(suffix, '$1$2').replace(suffix, '$1$2'),
	joiners: (text) => text.replace(/[\u200c\u200d]/gu, ''),
};
/** The order foldings apply in: letters and marks before affixes, which are found by the half-spaces that `joiners` then removes. */
const order: SearchFolding[] = [
	'digits',
	'arabic-letters',
	'arabic-marks',
	'hebrew-marks',
	'persian-affixes',
	'joiners',
];

/** A query or a text as the search index of a language with these foldings sees it. */
export function normalizeForSearch(text: string, foldings: readonly SearchFolding[]): string {
	return order
		.filter((folding) => foldings.includes(folding))
		.reduce((folded, folding) => steps[folding](folded), text.normalize('NFC'));
}

/**
 * What the index holds of a text: the text folded as queries are, followed by the parts of words that affix and
 * joiner folding put together («می شود», «می‌شود» → «میشود», then «می» and «شود»), so that a stem alone is found too.
 * Each word is indexed once, so the index grows by those parts only.
 */
export function indexedText(text: string, foldings: readonly SearchFolding[]): string {
	const folded = normalizeForSearch(text, foldings);
	const separate = normalizeForSearch(
		text.replace(/[\u200c\u200d]/gu, ' '),
		foldings.filter((folding) => folding !== 'persian-affixes')
	);
	if (separate === folded) return folded;
	const words = new Set(folded.split(/\s+/u));
	const parts = [...new Set(separate.split(/\s+/u))].filter((word) => word && !words.has(word));
	return parts.length ? `${folded}\n${parts.join(' ')}` : folded;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a folded character may be in the text as written. */
function variantsOf(char: string, foldings: readonly SearchFolding[]): string {
	const digit = foldings.includes('digits') ? digitOf(char) : undefined;
	if (digit !== undefined)
		return `[${digitZeros.map((zero) => String.fromCodePoint(zero + digit)).join('')}]`;
	for (const folding of foldings) {
		const forms = merged[folding]?.[char];
		if (forms) return `[${forms}]`;
	}
	return escapeRegExp(char);
}

/**
 * A pattern that finds any of `terms` (as typed) in text as written in a language with these foldings.
 * Without foldings it matches words that start with a term (Pagefind stems). With them, each letter may be
 * followed by what the folding removes (vowel marks, tatweel, half-spaces), merged letters and digits may
 * take any of their forms, and where Persian affixes are folded, one space may separate a word's parts.
 */
export function markPattern(
	terms: string[],
	foldings: readonly SearchFolding[]
): RegExp | undefined {
	const words = terms
		.map((term) => normalizeForSearch(term, foldings).trim())
		.filter((term) => term.length > 0);
	if (!words.length) return undefined;
	if (!foldings.length)
		return new RegExp(`(${words.map(escapeRegExp).join('|')})[\\p{L}\\p{M}]*`, 'giu');
	const removable = foldings.map((folding) => removed[folding] ?? '').join('');
	const affixes = foldings.includes('persian-affixes');
	const between = `${removable ? `[${removable}]*` : ''}${affixes ? '[ ]?[\\u200c]?' : ''}`;
	const alternatives = words.map((word) =>
		[...(affixes ? word.replace(/\s+/gu, '') : word)]
			.map((char) => variantsOf(char, foldings))
			.join(between)
	);
	// Persian words are matched whole (its affixes are folded into the word); other languages also mark the rest of a stemmed word.
	return new RegExp(`(${alternatives.join('|')})${affixes ? '' : '[\\p{L}\\p{M}]*'}`, 'giu');
}

/** Splits text into plain and marked parts, for rendering with <mark>. */
export function markParts(
	text: string,
	pattern: RegExp | undefined
): { text: string; marked: boolean }[] {
	if (!pattern) return [{ text, marked: false }];
	const parts: { text: string; marked: boolean }[] = [];
	let last = 0;
	for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
		if (!match[0]) continue;
		if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
		parts.push({ text: match[0], marked: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), marked: false });
	return parts;
}
