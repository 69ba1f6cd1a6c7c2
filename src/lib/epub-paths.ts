/**
 * Where a book's EPUBs are: their paths in the site, and where the EPUB build keeps its work in the book's own work
 * folder (a cache of finished EPUBs by content hash, the staged files and their sizes).
 */
import { join } from 'node:path';
import { bookWorkDir } from './content-dir';

/** Every EPUB's path in the site: the whole book in one language, and each passage followed by its counterpart. */
export const epubPath = {
	book: (lang: string) => `epub/${lang}/book.epub`,
	bookParallel: (lang: string) => `epub/${lang}/book.parallel.epub`,
};

const workDir = join(bookWorkDir(), 'epub');
export const epubCacheDir = join(workDir, 'cache');
export const epubStageDir = join(workDir, 'site');
export const epubManifestPath = join(workDir, 'site', 'manifest.json');
