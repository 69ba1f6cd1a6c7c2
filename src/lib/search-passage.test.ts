import { describe, expect, it } from 'vitest';
import { counterpartLanguage, resultUrl, TITLE_PASSAGE } from './search-passage';

describe('counterpartLanguage', () => {
	it('puts the page language beneath a match in another language', () => {
		expect(counterpartLanguage('fa', 'nl', 'en')).toBe('fa');
	});
	it("puts the page's default companion (the original of a translation) beneath a match in the page language, and nothing in a one-language book", () => {
		expect(counterpartLanguage('fa', 'fa', 'nl')).toBe('nl');
		expect(counterpartLanguage('en', 'en', 'only')).toBeUndefined();
	});
});

describe('resultUrl', () => {
	const base = { slug: 'klanten', id: 's4', terms: ['klant', 'klanten'] };
	it('leads to the page language beside the match language, marking the terms in the match language', () => {
		expect(resultUrl({ ...base, pageLang: 'en', pageCompanion: 'fa', matchLang: 'nl' })).toBe(
			'/en/klanten/?with=nl&mark=klant+klanten&in=nl#s4'
		);
	});
	it('names no pair when the default pair shows the match', () => {
		expect(resultUrl({ ...base, pageLang: 'fa', pageCompanion: 'nl', matchLang: 'nl' })).toBe(
			'/fa/klanten/?mark=klant+klanten&in=nl#s4'
		);
		expect(resultUrl({ ...base, pageLang: 'nl', pageCompanion: 'en', matchLang: 'nl' })).toBe(
			'/nl/klanten/?mark=klant+klanten#s4'
		);
	});
	it('leads to the top of the chapter for a title without a passage of its own', () => {
		expect(
			resultUrl({
				...base,
				id: TITLE_PASSAGE,
				pageLang: 'nl',
				pageCompanion: 'en',
				matchLang: 'nl',
			})
		).toBe('/nl/klanten/?mark=klant+klanten');
	});
});
