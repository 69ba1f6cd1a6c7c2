import { describe, expect, it } from 'vitest';
import { markParts, markPattern, normalizePersian } from './search-text';

const marked = (text: string, terms: string[], lang = 'fa') => markParts(text, markPattern(terms, lang)).filter((part) => part.marked).map((part) => part.text);

describe('normalizePersian', () => {
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
		expect(normalizePersian(input)).toBe(output);
	});

	it('gives every written form of a word the same normal form', () => {
		const forms = ['می‌شود', 'می شود', 'میشود', 'مي شود', 'مي‌شود', 'مـی‌شود'];
		expect(new Set(forms.map(normalizePersian)).size).toBe(1);
	});
});

describe('markPattern', () => {
	it('finds a Persian query in the text as written, whatever form the query took', () => {
		const text = 'این یک ارتباط عاطفی است که برنده می شود و باعث موفقیت می گردد.';
		expect(marked(text, ['میشود'])).toEqual(['می شود']);
		expect(marked(text, ['مي‌شود'])).toEqual(['می شود']);
		expect(marked('وعده تحویل رایگان طی ۴ روز', ['4'])).toEqual(['۴']);
		expect(marked('کفش ها را پس بفرستند', ['کفش‌ها'])).toEqual(['کفش ها']);
	});

	it('marks words that start with the term in other languages, case-insensitively', () => {
		expect(marked('Pizza restaurants deliver pizza’s', ['pizza'], 'nl')).toEqual(['Pizza', 'pizza']);
	});

	it('keeps the text as written', () => {
		const text = 'می‌شود و می شود';
		expect(markParts(text, markPattern(['میشود'], 'fa')).map((part) => part.text).join('')).toBe(text);
	});
});
