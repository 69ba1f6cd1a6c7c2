/**
 * Which PDFs a book gets (docs/decisions/pdf-set.md): per chapter and language, the chapter alone and the chapter
 * beside its default companion (a translation beside its original, the original beside the book's default language),
 * the pair its page shows first; per language, the whole book alone and beside the same companions. The other pairs
 * are one click away on the site and print from the browser: a PDF of each would be most of the site's bytes.
 */
import type { Chapter } from '../../src/lib/assemble-book';
import { ALONE } from '../../src/lib/urls';
import { defaultCompanion } from '../../src/lib/views';
import type { Book } from '../../src/schemas';
import type { PdfSpec } from './typst-source';
import { pdfPath } from '../../src/lib/pdf-paths';

/** The one language a chapter's pair PDF in `lang` sets beside it, or none (a book in one language). */
export function pdfCompanion(chapter: Chapter, lang: string, book: Book): string | undefined {
	const companion = defaultCompanion(chapter, lang, book);
	return companion === ALONE ? undefined : companion;
}

/**
 * `sampleEvery` (benchmarks of big books only): every k-th chapter's PDFs and the default language's
 * books, so that the cost per PDF can be measured without typesetting thousands.
 */
export function pdfSpecs(book: Book, chapters: Chapter[], sampleEvery = 1): PdfSpec[] {
	const codes = book.languages.map((language) => language.code);
	const specs: PdfSpec[] = [];
	for (const lang of codes) {
		specs.push({
			path: pdfPath.book(lang),
			lang,
			book: true,
			chapters: chapters.map((chapter) => ({ chapter, companion: undefined })),
		});
		// Each chapter beside its original; an original beside its default companion.
		specs.push({
			path: pdfPath.bookParallel(lang),
			lang,
			book: true,
			chapters: chapters.map((chapter) => ({
				chapter,
				companion: defaultCompanion(chapter, lang, book),
			})),
		});
		for (const chapter of chapters) {
			specs.push({
				path: pdfPath.chapter(lang, chapter.slug),
				lang,
				book: false,
				chapters: [{ chapter, companion: undefined }],
			});
			const companion = pdfCompanion(chapter, lang, book);
			if (companion)
				specs.push({
					path: pdfPath.chapterPair(lang, chapter.slug, companion),
					lang,
					book: false,
					chapters: [{ chapter, companion }],
				});
		}
	}
	if (sampleEvery === 1) return specs;
	const sampled = new Set(
		chapters.filter((chapter) => chapter.index % sampleEvery === 0).map((chapter) => chapter.slug)
	);
	return specs.filter((spec) =>
		spec.book ? spec.lang === book.defaultLanguage : sampled.has(spec.chapters[0]!.chapter.slug)
	);
}
