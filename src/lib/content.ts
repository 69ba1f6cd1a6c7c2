/** The book as the site's pages see it: book.json and the chapters collection, in book order. */
import { getCollection } from 'astro:content';
import type { Book } from '../schemas';
import type { Chapter } from './assemble-book';
import { contentDir } from './content-dir';
import { readBook } from './read-book';

let cached: Promise<{ book: Book; chapters: Chapter[] }> | undefined;

/** The book, read and checked by the content loader; the same assembled chapters the PDFs and the search index are made from. */
export function loadBook(): Promise<{ book: Book; chapters: Chapter[] }> {
	cached ??= (async () => {
		const entries = await getCollection('chapters');
		return {
			book: readBook(contentDir),
			chapters: entries.map((entry) => entry.data).sort((a, b) => a.index - b.index),
		};
	})();
	return cached;
}
