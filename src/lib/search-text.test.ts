import { describe, expect, it } from 'vitest';
import {
	asciiDigits,
	indexedText,
	markParts,
	markPattern,
	normalizeForSearch,
} from './search-text';
import { resolveLanguage } from './writing-systems';

/** The search foldings a language gets from the writing-system data, as a book with no "scripts" of its own resolves them. */
const foldingsOf = (code: string) => {
	const resolved = resolveLanguage({ scripts: {} }, { code, name: code });
	if (!('language' in resolved)) throw new Error(resolved.problem.message);
	return resolved.language.search;
};
const normalize = (text: string, code: string) => normalizeForSearch(text, foldingsOf(code));
const marked = (text: string, terms: string[], code: string) =>
	markParts(text, markPattern(terms, foldingsOf(code)))
		.filter((part) => part.marked)
		.map((part) => part.text);

describe('search folding of Persian (Arabic script and Persian affixes)', () => {
	it.each([
		['می‌شود', 'میشود'],
		['می شود', 'میشود'],
		['میشود', 'میشود'],
		['نمی خواهند', 'نمیخواهند'],
		['مشتري', 'مشتری'],
		['كفش', 'کفش'],
		['کفش ها', 'کفشها'],
		['کفش‌ها', 'کفشها'],
		['۴ روز', '4 روز'],
		['٤ روز', '4 روز'],
		['مُشتَری', 'مشتری'],
		['مشتـــری', 'مشتری'],
		['عمیق‌تر', 'عمیقتر'],
	])('%s → %s', (input, output) => {
		expect(normalize(input, 'fa')).toBe(output);
	});

	it('gives every written form of a word the same normal form', () => {
		const forms = ['می‌شود', 'می شود', 'میشود', 'مي شود', 'مي‌شود', 'مـی‌شود'];
		expect(new Set(forms.map((form) => normalize(form, 'fa'))).size).toBe(1);
	});
});

describe('indexedText', () => {
	it('holds the folded text once, then the parts of words that folding joined, so that a stem alone is found', () => {
		expect(indexedText('این کار می‌شود و کفش ها را می شود دید.', foldingsOf('fa'))).toBe(
			'این کار میشود و کفشها را میشود دید.\nمی شود کفش ها'
		);
	});

	it('is the folded text alone where folding joins nothing, and the text itself where nothing folds', () => {
		expect(indexedText('مشتري ۴ روز', foldingsOf('fa'))).toBe('مشتری 4 روز');
		expect(indexedText('The customer, 4 days', foldingsOf('en'))).toBe('The customer, 4 days');
	});
});

describe("search folding follows each language's writing system", () => {
	it('Arabic: vowel marks, tatweel, hamza forms of alef and the forms of Yeh fold alike, without Persian affixes', () => {
		expect(normalize('القَهْوَة', 'ar')).toBe(normalize('القهوه', 'ar'));
		expect(normalize('أحمد', 'ar')).toBe(normalize('احمد', 'ar'));
		expect(normalize('على', 'ar')).toBe(normalize('علي', 'ar'));
		// «می» is not a prefix in Arabic: the space stays.
		expect(normalize('می شود', 'ar')).toContain(' ');
	});

	it('Hebrew: points (niqqud) are folded away, the maqaf stays', () => {
		expect(normalize('שָׁלוֹם', 'he')).toBe('שלום');
		expect(normalize('בית־ספר', 'he')).toBe('בית־ספר');
	});

	it('Devanagari digits read as ASCII digits; Latin and Cyrillic text only gets Unicode composition', () => {
		expect(normalize('२०२६', 'hi')).toBe('2026');
		expect(normalize('Cafe\u0301', 'en')).toBe('Café');
		expect(normalize('Привет', 'ru')).toBe('Привет');
	});

	it('digits of any script become ASCII digits', () => {
		expect(asciiDigits('۱۲۳ ١٢٣ १२३ 123')).toBe('123 123 123 123');
	});
});

describe('markPattern', () => {
	it('finds a Persian query in the text as written, whatever form the query took', () => {
		const text = 'این یک ارتباط عاطفی است که برنده می شود و باعث موفقیت می گردد.';
		expect(marked(text, ['میشود'], 'fa')).toEqual(['می شود']);
		expect(marked(text, ['مي‌شود'], 'fa')).toEqual(['می شود']);
		expect(marked('وعده تحویل رایگان طی ۴ روز', ['4'], 'fa')).toEqual(['۴']);
		expect(marked('کفش ها را پس بفرستند', ['کفش‌ها'], 'fa')).toEqual(['کفش ها']);
	});

	it('finds an Arabic query typed without marks in vowelled text, and a Hebrew one in pointed text', () => {
		expect(marked('يقدّم صاحب البيت الفنجان', ['يقدم'], 'ar')).toEqual(['يقدّم']);
		expect(marked('אמר שָׁלוֹם לכולם', ['שלום'], 'he')).toEqual(['שָׁלוֹם']);
	});

	it('marks words that start with the term in other languages, case-insensitively', () => {
		expect(marked('Pizza restaurants deliver pizza’s', ['pizza'], 'nl')).toEqual([
			'Pizza',
			'pizza',
		]);
	});

	it('keeps the text as written', () => {
		const text = 'می‌شود و می شود';
		expect(
			markParts(text, markPattern(['میشود'], foldingsOf('fa')))
				.map((part) => part.text)
				.join('')
		).toBe(text);
	});
});
