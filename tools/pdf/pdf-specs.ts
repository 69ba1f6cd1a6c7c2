/** Which PDFs a book gets: per chapter one per language and one per pair; per language the whole book alone and beside the originals. */
import type { Chapter } from '../../src/lib/assemble-book';
import { defaultCompanion } from '../../src/lib/views';
import type { Book } from '../../src/schemas';
import type { PdfSpec } from './typst-source';
import { pdfPath } from '../../src/lib/pdf-paths';

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
			for (const other of codes.filter((code) => code !== lang))
				specs.push({
					path: pdfPath.chapterPair(lang, chapter.slug, other),
					lang,
					book: false,
					chapters: [{ chapter, companion: other }],
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
