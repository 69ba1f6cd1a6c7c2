import { describe, expect, it } from 'vitest';
import type { Glossary } from '../schemas';
import type { Chapter, ChapterVersion } from './assemble-book';
import {
	checkGlossary,
	findingLine,
	formsFoundIn,
	glossaryFolded,
	termsFoundIn,
	type GlossaryFinding,
} from './glossary-check';
import { readBook } from './read-book';

// The languages of the reader fixture (fa, en, es, nl), each with its search folding: Persian folds letters, marks, joiners and affixes.
const { languages } = readBook('tests/fixtures/books/reader');
const language = (code: string) => languages.find((candidate) => candidate.code === code)!;

const glossary: Glossary = {
	terms: [
		{
			id: 'emotional-connection',
			renderings: {
				fa: ['ارتباط عاطفی', 'ارتباط‌های عاطفی'],
				en: ['emotional connection', 'emotional connections'],
				es: ['conexión emocional'],
				nl: ['emotionele band', 'emotionele banden'],
			},
			avoid: { fa: ['پیوند عاطفی'], nl: ['emotionele verbinding'] },
		},
		// No Dutch rendering: a Dutch translation is not asked for one.
		{ id: 'wow', renderings: { en: ['WOW'], fa: ['واو'] } },
	],
	address: {
		es: { form: 'tú', avoid: ['usted', 'ustedes'] },
		nl: { form: 'je', avoid: ['u', 'uw'] },
	},
};

/** A version's passages: a text is translated; `{ untranslated }` is a passage still to translate (the reader shows the original). */
type PassageText = string | { untranslated: string };

/** A chapter as assembleBook makes it, from the title and passages of each version; a language not given falls back to the original. */
function chapter(
	slug: string,
	originalLanguage: string,
	texts: Record<string, { title: string; passages: PassageText[] }>
): Chapter {
	const versionOf = (code: string, status: ChapterVersion['status']): ChapterVersion => {
		const { title, passages } = texts[status === 'fallback' ? originalLanguage : code]!;
		return {
			language: code,
			status,
			title,
			titleLang: status === 'fallback' ? originalLanguage : code,
			provenance:
				status === 'translation'
					? {
							type: 'translation',
							from: originalLanguage,
							by: 'a translator',
							date: '2026-01-01',
							reviewed: false,
						}
					: { type: 'original' },
			segments: passages.map((passage, index) => {
				const untranslated = status === 'fallback' || typeof passage !== 'string';
				const text = typeof passage === 'string' ? passage : passage.untranslated;
				return {
					id: `s${index + 1}`,
					kind: 'paragraph',
					section: 'body',
					depth: 0,
					text,
					html: text,
					lang: untranslated ? originalLanguage : code,
					stale: false,
					untranslated,
				};
			}),
		};
	};
	return {
		slug,
		digest: slug,
		index: 0,
		originalLanguage,
		author: null,
		attribution: null,
		source: { file: `${slug}.txt`, sha256: '0'.repeat(64), language: originalLanguage },
		omitted: [],
		versions: Object.fromEntries(
			languages.map(({ code }) => [
				code,
				versionOf(
					code,
					code === originalLanguage ? 'original' : code in texts ? 'translation' : 'fallback'
				),
			])
		),
	};
}

const check = (...chapters: Chapter[]) => checkGlossary(glossary, languages, chapters);

describe('glossary matching', () => {
	it('finds a form as a whole word, whatever its case', () => {
		const forms = ['emotional connection', 'WOW'];
		expect(formsFoundIn(glossaryFolded('Emotional Connection wins.', []), forms, [])).toEqual([
			'emotional connection',
		]);
		expect(formsFoundIn(glossaryFolded('A wow experience', []), forms, [])).toEqual(['WOW']);
		expect(
			formsFoundIn(glossaryFolded('emotional connectionism and a WOWing', []), forms, [])
		).toEqual([]);
		// Words written across a line break or a no-break space are still one phrase.
		expect(
			formsFoundIn(glossaryFolded('emotional\n  connection', []), ['emotional connection'], [])
		).toEqual(['emotional connection']);
	});

	it.each([
		['spaced', 'یک ارتباط عاطفی است'],
		['half-spaced', 'یک ارتباط\u200cعاطفی است'],
		['written together', 'یک ارتباطعاطفی است'],
		['with the Arabic Yeh', 'یک ارتباط عاطفي است'],
		['with a vowel mark', 'یک ارتباطِ عاطفی است'],
		['with a half-spaced suffix after it', 'ارتباط عاطفی\u200cاش'],
	])('finds a Persian term %s, folded as Persian search folds it', (_name, text) => {
		expect(termsFoundIn(glossary, language('fa'), text).map(({ term }) => term.id)).toEqual([
			'emotional-connection',
		]);
	});

	it('finds a Persian plural written with a half-space or a space, and nothing in a longer word', () => {
		const fa = language('fa');
		const found = (text: string) => termsFoundIn(glossary, fa, text).flatMap(({ found }) => found);
		expect(found('ارتباط\u200cهای عاطفی')).toEqual(['ارتباط\u200cهای عاطفی']);
		expect(found('ارتباط های عاطفی')).toEqual(['ارتباط\u200cهای عاطفی']);
		expect(found('ارتباط عاطفی‌تر')).toEqual([]);
		expect(found('ارتباط عاطفیگری')).toEqual([]);
	});
});

describe('checkGlossary', () => {
	const persianOriginal = {
		title: 'ارتباط عاطفی',
		passages: ['این یک ارتباط عاطفی است.', 'متنی دیگر.', 'ارتباط\u200cهای عاطفی.'],
	};

	it('reports a translated passage without a rendering of a term its original uses, with the words', () => {
		const findings = check(
			chapter('one', 'fa', {
				fa: persianOriginal,
				nl: {
					title: 'Emotionele band',
					passages: [
						'Het is een emotionele binding.',
						'Een andere tekst zonder de term, maar met emotionele banden.',
						'Emotionele banden.',
					],
				},
			})
		);
		expect(findings).toEqual<GlossaryFinding[]>([
			{
				slug: 'one',
				language: 'nl',
				passage: 's1',
				rule: 'missing-term',
				term: 'emotional-connection',
				words: ['ارتباط عاطفی'],
				use: ['emotionele band', 'emotionele banden'],
			},
		]);
		expect(findingLine(findings[0]!, 'content')).toBe(
			'content/chapters/one/nl.mdx: s1: emotional-connection: the original says "ارتباط عاطفی", the translation has none of the term\'s renderings; write "emotionele band" (or another form the glossary lists)'
		);
	});

	it('asks nothing of a language the term has no rendering in', () => {
		const original = { title: 'WOW', passages: ['To live and deliver WOW'] };
		expect(
			check(
				chapter('wow', 'en', {
					en: original,
					nl: { title: 'Verbazen', passages: ['Leven en verbazen'] },
					fa: { title: 'شگفتی', passages: ['زندگی کنید'] },
				})
			).map((finding) => [finding.language, finding.passage, finding.term])
		).toEqual([
			['fa', 'title', 'wow'],
			['fa', 's1', 'wow'],
		]);
	});

	it('reports an avoided rendering anywhere in a translation, and never in an original', () => {
		const findings = check(
			chapter('avoid', 'nl', {
				nl: { title: 'Een emotionele verbinding', passages: ['Een emotionele verbinding.'] },
				en: { title: 'Service', passages: ['An emotional connection.'] },
				fa: { title: 'خدمات', passages: ['یک پیوند\u200cعاطفی.'] },
			}),
			chapter('avoid-too', 'en', {
				en: { title: 'Service', passages: ['Good service.'] },
				nl: { title: 'Service', passages: ['Goede service schept een Emotionele Verbinding.'] },
			})
		);
		expect(
			findings.map((finding) => [
				finding.slug,
				finding.language,
				finding.passage,
				finding.rule,
				finding.words,
			])
		).toEqual([
			['avoid', 'fa', 's1', 'avoided-term', ['پیوند عاطفی']],
			['avoid-too', 'nl', 's1', 'avoided-term', ['emotionele verbinding']],
		]);
		expect(findings[1]!.use).toEqual(['emotionele band', 'emotionele banden']);
	});

	it('reports the avoided form of address in translations into a language, as whole words, and never in an original', () => {
		const findings = check(
			chapter('address', 'es', {
				es: { title: 'Usted', passages: ['Si usted quiere, puede.'] },
				nl: {
					title: 'Uw klanten',
					// "jouw" ends in "uw" and is the form to use; "UPS" begins with "u".
					passages: ['Als je wilt, kun je het: jouw pakket. UPS bezorgt het bij u.'],
				},
				en: { title: 'You', passages: ['If you want to, you can.'] },
			}),
			chapter('address-too', 'en', {
				en: { title: 'You', passages: ['If you want to, you can.'] },
				es: { title: 'Tú', passages: ['Si ustedes quieren, pueden. Si tú quieres, puedes.'] },
			})
		);
		expect(findings).toEqual<GlossaryFinding[]>([
			{
				slug: 'address',
				language: 'nl',
				passage: 'title',
				rule: 'address',
				words: ['uw'],
				use: ['je'],
			},
			{
				slug: 'address',
				language: 'nl',
				passage: 's1',
				rule: 'address',
				words: ['u'],
				use: ['je'],
			},
			{
				slug: 'address-too',
				language: 'es',
				passage: 's1',
				rule: 'address',
				words: ['ustedes'],
				use: ['tú'],
			},
		]);
		expect(findingLine(findings[2]!, 'my-book')).toBe(
			'my-book/chapters/address-too/es.mdx: s1: address: "ustedes" is to be avoided; this book addresses the reader with "tú"'
		);
	});

	it('leaves out languages that show the original (fallbacks) and passages not yet translated', () => {
		expect(
			check(
				chapter('partial', 'fa', {
					fa: persianOriginal,
					// es and en fall back to the original; nl has only its title and last passage translated.
					nl: {
						title: 'Emotionele band',
						passages: [
							{ untranslated: persianOriginal.passages[0]! },
							{ untranslated: persianOriginal.passages[1]! },
							'Emotionele banden.',
						],
					},
				})
			)
		).toEqual([]);
	});

	it('lists findings in book order: chapter, language of the book, title, then passages', () => {
		const findings = check(
			chapter('first', 'fa', {
				fa: persianOriginal,
				nl: { title: 'Band', passages: ['x', 'y', 'z'] },
				en: { title: 'Bond', passages: ['x', 'y', 'emotional connections'] },
			}),
			chapter('second', 'en', {
				en: { title: 'WOW', passages: ['WOW'] },
				fa: { title: 'شگفتی', passages: ['شگفتی'] },
			})
		);
		expect(
			findings.map((finding) => `${finding.slug} ${finding.language} ${finding.passage}`)
		).toEqual([
			'first en title',
			'first en s1',
			'first nl title',
			'first nl s1',
			'first nl s3',
			'second fa title',
			'second fa s1',
		]);
	});
});
