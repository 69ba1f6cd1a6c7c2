/** Test helpers for the ingest: a throwaway content folder with this repo's book.json and no chapters. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new temporary content folder holding the book's metadata with an empty chapter list. */
export function emptyContentDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'book-content-'));
	const book = JSON.parse(readFileSync('content/book.json', 'utf8')) as { chapters: string[] };
	book.chapters = [];
	writeFileSync(join(dir, 'book.json'), `${JSON.stringify(book, null, '\t')}\n`);
	mkdirSync(join(dir, 'sources'));
	return dir;
}

/** Writes `content` to a new temporary file called `name` and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'book-source-'));
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}
