/** The book as the site sees it: book.json plus the chapters collection, assembled once per build. */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Book } from '../schemas';
import { assembleBook, type Chapter } from './assemble-book';
import { bookFile, chapterFile } from './book-paths';
import { contentDir } from './content-dir';
import { readBook } from './read-book';

let cached: Promise<{ book: Book; chapters: Chapter[] }> | undefined;

/** Loads and checks the whole book; build errors name the file and the problem. */
export function loadBook(): Promise<{ book: Book; chapters: Chapter[] }> {
	cached ??= (async () => {
		const book = readBook(contentDir);
		const entries = await getCollection('chapters');
		const files = entries.map((entry) => {
			const [slug, fileLanguage] = entry.id.split('/') as [string, string];
			const path = entry.filePath ?? chapterFile(contentDir, slug, fileLanguage);
			return { path, slug, fileLanguage, raw: readFileSync(path, 'utf8') };
		});
		return { book, chapters: assembleBook(book, files, bookFile(contentDir)) };
	})();
	return cached;
}
