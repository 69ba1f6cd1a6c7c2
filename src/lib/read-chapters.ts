/** The whole book read from disk: book.json and every chapter file, assembled; the one reader the site, the PDFs, the search and the CLIs share. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Book } from '../schemas';
import { assembleBook, type Chapter, type ChapterCache } from './assemble-book';
import { bookFile, chaptersDir } from './book-paths';
import { readBook } from './read-book';

/** A book and its assembled chapters. */
export interface BookOnDisk {
	book: Book;
	chapters: Chapter[];
}

// Per book folder, the chapters of the last read. On globalThis because one `astro build` loads this module twice (the
// config's integration and the content loader, each through its own module loader) and should parse the book once.
const caches: Map<string, ChapterCache> = ((globalThis as { [key: symbol]: unknown })[
	Symbol.for('parallel-book.chapter-caches')
] ??= new Map()) as Map<string, ChapterCache>;

export function readBookFromDisk(contentDir: string): BookOnDisk {
	const book = readBook(contentDir);
	const dir = chaptersDir(contentDir);
	const slugs = existsSync(dir) ? readdirSync(dir) : [];
	const files = slugs.flatMap((slug) =>
		readdirSync(join(dir, slug))
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => ({
				path: join(dir, slug, name),
				slug,
				fileLanguage: name.replace(/\.mdx$/, ''),
				raw: readFileSync(join(dir, slug, name), 'utf8'),
			}))
	);
	const key = resolve(contentDir);
	const cache = caches.get(key) ?? new Map();
	caches.set(key, cache);
	return { book, chapters: assembleBook(book, files, bookFile(contentDir), cache) };
}
