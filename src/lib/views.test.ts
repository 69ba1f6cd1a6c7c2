import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../tests/fixture-books';

const { book, chapters } = fixtureBook('reader');
import { columnsOf, companionsOf, defaultCompanion, pairChoices } from './views';

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

	it('shows one or two columns, the page language first', () => {
		expect(columnsOf(dutch, 'fa', 'es').map((column) => column.language)).toEqual(['fa', 'es']);
		expect(columnsOf(dutch, 'fa', 'only').map((column) => column.language)).toEqual(['fa']);
	});

	it('offers each other language with the column it adds, and reading alone with none', () => {
		const choices = pairChoices(dutch, 'fa', book);
		expect(choices.map((choice) => [choice.companion, choice.column?.language])).toEqual([
			['en', 'en'],
			['es', 'es'],
			['nl', 'nl'],
			['only', undefined],
		]);
	});
});
