/** Reads `book.json` and checks it against the schema and itself (every text in every language, known default language). */
import { readFileSync } from 'node:fs';
import { bookSchema, type Book } from '../schemas';
import { bookFile } from './book-paths';

/** A problem in book.json, naming the file, the field and the reason. */
export class BookConfigError extends Error {
	constructor(file: string, field: string, reason: string) {
		super(`${file}: field "${field}": ${reason}`);
		this.name = 'BookConfigError';
	}
}

/** Reads and validates the book metadata of a content folder. */
export function readBook(contentDir: string): Book {
	const file = bookFile(contentDir);
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new BookConfigError(file, '(file)', (error as Error).message);
	}
	const parsed = bookSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new BookConfigError(file, issue.path.join('.'), issue.message);
	}
	const book = parsed.data;
	const codes = book.languages.map((language) => language.code);
	if (new Set(codes).size !== codes.length) throw new BookConfigError(file, 'languages', 'a language is listed twice');
	if (!codes.includes(book.defaultLanguage)) throw new BookConfigError(file, 'defaultLanguage', `"${book.defaultLanguage}" is not one of the book's languages (${codes.join(', ')})`);
	for (const field of ['title', 'subtitle', 'description', 'intro'] as const) {
		for (const code of codes) if (!book[field][code]) throw new BookConfigError(file, `${field}.${code}`, `missing: the ${field} must be given in every book language`);
		for (const code of Object.keys(book[field])) if (!codes.includes(code)) throw new BookConfigError(file, `${field}.${code}`, `"${code}" is not one of the book's languages`);
	}
	if (new Set(book.chapters).size !== book.chapters.length) throw new BookConfigError(file, 'chapters', 'a chapter slug is listed twice');
	return book;
}
