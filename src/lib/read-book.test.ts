import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBook } from './read-book';

const original = JSON.parse(readFileSync('content/book.json', 'utf8')) as Record<string, unknown>;
function withBook(change: (book: Record<string, any>) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'book-json-'));
	const book = structuredClone(original) as Record<string, any>;
	change(book);
	writeFileSync(join(dir, 'book.json'), JSON.stringify(book));
	return dir;
}

describe('readBook', () => {
	it('reads this book', () => expect(readBook('content').languages.map((language) => language.code)).toEqual(['fa', 'en', 'es', 'nl']));
	it.each([
		['a title missing in one language', (book: Record<string, any>) => delete book.title.nl, /book\.json: field "title\.nl": missing/],
		['a duplicate chapter slug', (book: Record<string, any>) => book.chapters.push(book.chapters[0]), /field "chapters": a chapter slug is listed twice/],
		['a bad direction', (book: Record<string, any>) => (book.languages[0].dir = 'up'), /field "languages\.0\.dir"/],
		['an unknown default language', (book: Record<string, any>) => (book.defaultLanguage = 'de'), /field "defaultLanguage": "de" is not one of the book's languages/],
	])('rejects %s with the file and field', (_name, change, message) => {
		expect(() => readBook(withBook(change))).toThrow(message);
	});
});
