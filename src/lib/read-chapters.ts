/** The whole book read straight from disk (for tools and tests; the site reads it through Astro's content layer). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Book } from '../schemas';
import { assembleBook, type Chapter } from './assemble-book';
import { bookFile, chaptersDir } from './book-paths';
import { readBook } from './read-book';

/** A book and its assembled chapters. */
export interface BookOnDisk {
	book: Book;
	chapters: Chapter[];
}

export function readBookFromDisk(contentDir: string): BookOnDisk {
	const book = readBook(contentDir);
	const dir = chaptersDir(contentDir);
	const slugs = existsSync(dir) ? readdirSync(dir) : [];
	const files = slugs.flatMap((slug) =>
		readdirSync(join(dir, slug))
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => ({ path: join(dir, slug, name), slug, fileLanguage: name.replace(/\.mdx$/, ''), raw: readFileSync(join(dir, slug, name), 'utf8') })),
	);
	return { book, chapters: assembleBook(book, files, bookFile(contentDir)) };
}
