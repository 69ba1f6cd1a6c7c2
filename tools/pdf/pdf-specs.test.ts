import { describe, expect, it } from 'vitest';
import type { Book } from '../../src/schemas';
import { defaultCompanion } from '../../src/lib/views';
import { fixtureBook } from '../../tests/fixture-books';

const { book, chapters } = fixtureBook('reader');
import { pdfCompanion, pdfSpecs } from './pdf-specs';

describe('PDF specs', () => {
	it('gives every chapter, per language, a PDF alone and one beside its default companion, and every language its two books', () => {
		const specs = pdfSpecs(book, chapters);
		const languages = book.languages.map((language) => language.code);
		expect(specs).toHaveLength(languages.length * 2 + chapters.length * languages.length * 2);
		expect(new Set(specs.map((spec) => spec.path)).size).toBe(specs.length);
		const paths = new Set(specs.map((spec) => spec.path));
		for (const chapter of chapters)
			for (const lang of languages) {
				const companion = defaultCompanion(chapter, lang, book);
				expect(pdfCompanion(chapter, lang, book)).toBe(companion);
				expect(paths.has(`pdf/${lang}/${chapter.slug}.pdf`)).toBe(true);
				const pair = specs.find(
					(spec) => spec.path === `pdf/${lang}/${chapter.slug}.${companion}.pdf`
				);
				expect(pair?.chapters).toEqual([{ chapter, companion }]);
				// No PDF of the other pairs: the site shows them, the browser prints them.
				for (const other of languages.filter((code) => code !== lang && code !== companion))
					expect(paths.has(`pdf/${lang}/${chapter.slug}.${other}.pdf`), `${lang} ${other}`).toBe(
						false
					);
			}
	});

	it('sets a translation beside its original, and an original beside the default language', () => {
		const chapter = chapters.find(
			(candidate) => candidate.originalLanguage !== book.defaultLanguage
		)!;
		const original = chapter.originalLanguage;
		const translation = book.languages
			.map((language) => language.code)
			.find((code) => code !== original && code !== book.defaultLanguage)!;
		const pairs = pdfSpecs(book, [chapter])
			.filter((spec) => !spec.book && spec.chapters[0]!.companion)
			.map((spec) => spec.path);
		expect(pairs).toContain(`pdf/${translation}/${chapter.slug}.${original}.pdf`);
		expect(pairs).toContain(`pdf/${book.defaultLanguage}/${chapter.slug}.${original}.pdf`);
		expect(pairs).toContain(`pdf/${original}/${chapter.slug}.${book.defaultLanguage}.pdf`);
		expect(pairs).not.toContain(`pdf/${original}/${chapter.slug}.${translation}.pdf`);
	});

	it('gives a book in one language no pair PDFs', () => {
		const lang = book.defaultLanguage;
		const single: Book = {
			...book,
			languages: book.languages.filter((language) => language.code === lang),
		};
		const own = chapters.filter((chapter) => chapter.originalLanguage === lang);
		const specs = pdfSpecs(single, own);
		expect(specs.map((spec) => spec.path)).toEqual([
			`pdf/${lang}/book.pdf`,
			`pdf/${lang}/book.parallel.pdf`,
			...own.map((chapter) => `pdf/${lang}/${chapter.slug}.pdf`),
		]);
	});

	it("samples every k-th chapter and the default language's books for benchmarks", () => {
		const specs = pdfSpecs(book, chapters, 2);
		const slugs = new Set(
			specs.filter((spec) => !spec.book).map((spec) => spec.chapters[0]!.chapter.slug)
		);
		expect([...slugs]).toEqual(
			chapters.filter((_, index) => index % 2 === 0).map((chapter) => chapter.slug)
		);
		expect(specs.filter((spec) => !spec.book)).toHaveLength(slugs.size * book.languages.length * 2);
		expect(specs.filter((spec) => spec.book).map((spec) => spec.path)).toEqual([
			`pdf/${book.defaultLanguage}/book.pdf`,
			`pdf/${book.defaultLanguage}/book.parallel.pdf`,
		]);
	});
});
