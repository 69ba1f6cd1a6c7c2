import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../tests/fixture-books';

const { book, chapters } = fixtureBook('reader');
import { pdfSpecs } from './pdf-specs';

describe('PDF specs', () => {
	it('gives every chapter a PDF per language and per pair, and every language its two books', () => {
		const specs = pdfSpecs(book, chapters);
		const languages = book.languages.length;
		expect(specs).toHaveLength(languages * 2 + chapters.length * languages * languages);
		expect(new Set(specs.map((spec) => spec.path)).size).toBe(specs.length);
	});

	it("samples every k-th chapter and the default language's books for benchmarks", () => {
		const specs = pdfSpecs(book, chapters, 2);
		const slugs = new Set(
			specs.filter((spec) => !spec.book).map((spec) => spec.chapters[0]!.chapter.slug)
		);
		expect([...slugs]).toEqual(
			chapters.filter((_, index) => index % 2 === 0).map((chapter) => chapter.slug)
		);
		expect(specs.filter((spec) => spec.book).map((spec) => spec.path)).toEqual([
			`pdf/${book.defaultLanguage}/book.pdf`,
			`pdf/${book.defaultLanguage}/book.parallel.pdf`,
		]);
	});
});
