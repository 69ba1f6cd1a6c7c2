/** Reads `book.json` and checks it against the schema and itself (every text in every language, known default language). */
import { readFileSync } from 'node:fs';
import { bookSchema, type Book, type BookLanguage } from '../schemas';
import { bookFile } from './book-paths';
import { FileError } from './file-error';
import { parseJsonFile } from './json-file';
import { resolveLanguage } from './writing-systems';

/** A problem in book.json, naming the file, the field (or the line of a syntax error) and the reason. */
export class BookConfigError extends FileError {
	constructor(file: string, field: string | undefined, reason: string, line?: number) {
		super(file, line, field ? `field "${field}": ${reason}` : reason);
	}
}

/** Reads and validates the book metadata of a content folder. */
export function readBook(contentDir: string): Book {
	const file = bookFile(contentDir);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new BookConfigError(
			file,
			undefined,
			`cannot read the book's description (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); is this a book folder? "npm run new-book -- <folder>" makes one`
		);
	}
	const config = parseJsonFile(
		text,
		bookSchema,
		'book.json',
		(field, reason, line) => new BookConfigError(file, field, reason, line)
	);
	const languages: BookLanguage[] = config.languages.map((language, index) => {
		const resolved = resolveLanguage(config, language);
		if ('problem' in resolved)
			throw new BookConfigError(
				file,
				`languages.${index}.${resolved.problem.field}`,
				resolved.problem.message
			);
		return resolved.language;
	});
	const book: Book = { ...config, languages };
	const codes = languages.map((language) => language.code);
	if (new Set(codes).size !== codes.length)
		throw new BookConfigError(file, 'languages', 'a language is listed twice');
	if (!codes.includes(book.defaultLanguage))
		throw new BookConfigError(
			file,
			'defaultLanguage',
			`"${book.defaultLanguage}" is not one of the book's languages (${codes.join(', ')})`
		);
	for (const field of ['title', 'subtitle', 'description', 'intro', 'coverNote'] as const) {
		const texts = book[field];
		if (!texts) continue;
		for (const code of codes)
			if (!texts[code])
				throw new BookConfigError(
					file,
					`${field}.${code}`,
					`missing: the ${field} must be given in every book language`
				);
		for (const code of Object.keys(texts))
			if (!codes.includes(code))
				throw new BookConfigError(
					file,
					`${field}.${code}`,
					`"${code}" is not one of the book's languages`
				);
	}
	if (new Set(book.chapters).size !== book.chapters.length)
		throw new BookConfigError(file, 'chapters', 'a chapter slug is listed twice');
	return book;
}
