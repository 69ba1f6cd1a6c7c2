/**
 * Where a book's PDFs are: their paths in the site, and where the PDF build keeps its work in the book's own work
 * folder (a cache of typeset PDFs by source hash, the staged files and their sizes). BOOK_PDF_WORK_DIR moves the
 * work (the scaling benchmark builds other books).
 */
import { join } from 'node:path';
import { bookWorkDir } from './content-dir';

/** Every PDF's path in the site. */
export const pdfPath = {
	chapter: (lang: string, slug: string) => `pdf/${lang}/${slug}.pdf`,
	chapterPair: (lang: string, slug: string, other: string) => `pdf/${lang}/${slug}.${other}.pdf`,
	book: (lang: string) => `pdf/${lang}/book.pdf`,
	bookParallel: (lang: string) => `pdf/${lang}/book.parallel.pdf`,
};

const workDir = process.env.BOOK_PDF_WORK_DIR ?? join(bookWorkDir(), 'pdf');
export const pdfCacheDir = join(workDir, 'cache');
export const pdfStageDir = join(workDir, 'site');
export const pdfManifestPath = join(workDir, 'site', 'manifest.json');
