/** Test helpers for the ingest and translation tools: a throwaway book folder, and files in temporary folders. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newBook } from '../new-book/new-book';

/** A new temporary book folder, made the way `npm run new-book` makes one, with no chapters yet. */
export function emptyContentDir(
	languages = ['fa', 'en', 'es', 'nl'],
	defaultLanguage = 'en'
): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'book-content-')), 'book');
	newBook({ dir, languages, defaultLanguage });
	return dir;
}

/** Writes `content` to a new temporary file called `name` and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'book-source-'));
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

/** The command line of a tool, run the way npm runs it. */
export const tsx = 'node_modules/.bin/tsx';
