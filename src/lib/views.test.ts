import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../tests/fixture-books';

const { book, chapters } = fixtureBook('reader');
import { columnsOf, companionsOf, defaultCompanion, viewUrl } from './views';

const dutch = chapters.find((chapter) => chapter.originalLanguage === 'nl')!;

describe('views', () => {
	it('puts a translation beside its original, and the original beside the default language', () => {
		expect(defaultCompanion(dutch, 'fa', book)).toBe('nl');
		expect(defaultCompanion(dutch, 'nl', book)).toBe('en');
		const english = chapters.find((chapter) => chapter.originalLanguage === 'en')!;
		expect(defaultCompanion(english, 'en', book)).toBe('fa');
	});

	it('offers every other language and reading alone', () => {
		expect(companionsOf('es', book)).toEqual(['fa', 'en', 'nl', 'only']);
	});

	it('gives the default view the chapter URL and the others a sub-path', () => {
		expect(viewUrl(dutch, 'fa', 'nl', book)).toBe(`/fa/${dutch.slug}/`);
		expect(viewUrl(dutch, 'fa', 'es', book)).toBe(`/fa/${dutch.slug}/es/`);
		expect(viewUrl(dutch, 'fa', 'only', book)).toBe(`/fa/${dutch.slug}/only/`);
	});

	it('shows one or two columns, the page language first', () => {
		expect(columnsOf(dutch, 'fa', 'es').map((column) => column.language)).toEqual(['fa', 'es']);
		expect(columnsOf(dutch, 'fa', 'only').map((column) => column.language)).toEqual(['fa']);
	});
});
