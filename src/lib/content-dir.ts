/** Which book the generator works on, and where it keeps what it makes from it. */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** The book folder: BOOK_CONTENT_DIR (the CLIs' --book sets it), else `content/`. */
export const contentDir = process.env.BOOK_CONTENT_DIR ?? 'content';

/** A folder of generated files (font subsets, staged PDFs, Astro's cache) for the book in `dir`, so that books never share them. */
export function bookWorkDir(dir: string = contentDir): string {
	return join(
		'node_modules/.cache/books',
		createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12)
	);
}
