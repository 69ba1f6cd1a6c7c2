/** Which EPUBs a book gets: per language the whole book alone, and the whole book with each passage followed by its counterpart (paired as the PDFs pair them). */
import type { Chapter } from '../../src/lib/assemble-book';
import { epubPath } from '../../src/lib/epub-paths';
import { ALONE } from '../../src/lib/urls';
import { defaultCompanion } from '../../src/lib/views';
import type { Book } from '../../src/schemas';

/** What one EPUB holds: chapters in order, each with the language whose passages follow its own (or none). */
export interface EpubSpec {
	/** Path under dist/, e.g. `epub/fa/book.epub`. */
	path: string;
	lang: string;
	parallel: boolean;
	chapters: { chapter: Chapter; companion: string | undefined }[];
}

export function epubSpecs(book: Book, chapters: Chapter[]): EpubSpec[] {
	return book.languages.flatMap(({ code: lang }) => [
		{
			path: epubPath.book(lang),
			lang,
			parallel: false,
			chapters: chapters.map((chapter) => ({ chapter, companion: undefined })),
		},
		// Each chapter beside its original; an original beside its default companion (as pdfPath.bookParallel).
		{
			path: epubPath.bookParallel(lang),
			lang,
			parallel: true,
			chapters: chapters.map((chapter) => {
				const companion = defaultCompanion(chapter, lang, book);
				return { chapter, companion: companion === ALONE ? undefined : companion };
			}),
		},
	]);
}
