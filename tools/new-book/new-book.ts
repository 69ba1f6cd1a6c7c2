/** A new, empty book: a book.json with the languages given and placeholder texts for the publisher to replace. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bookFile } from '../../src/lib/book-paths';
import { readBook } from '../../src/lib/read-book';
import { placeholderMark } from '../site/book-warnings';

export interface NewBookOptions {
	dir: string;
	languages: string[];
	defaultLanguage: string;
}

/** Each language's name in itself, from Unicode's data: «العربية», «Deutsch». */
const endonym = (code: string) => {
	const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
	return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};

/** Writes `<dir>/book.json` and checks it the way every command will; refuses a folder that already holds a book. */
export function newBook({ dir, languages, defaultLanguage }: NewBookOptions): string {
	const file = bookFile(dir);
	if (existsSync(file))
		throw new Error(`${file} exists already; a new book needs a folder of its own`);
	if (!languages.length)
		throw new Error("name the book's languages, for example --languages en,de,ar");
	if (new Set(languages).size !== languages.length)
		throw new Error(`--languages lists a language twice: ${languages.join(',')}`);
	if (!languages.includes(defaultLanguage))
		throw new Error(
			`--default ${defaultLanguage} is not one of --languages ${languages.join(',')}`
		);
	const english = (code: string) =>
		new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
	const placeholder = (what: string) =>
		Object.fromEntries(
			languages.map((code) => [code, `${placeholderMark} ${what} in ${english(code)}`])
		);
	const book = {
		title: placeholder("the book's title"),
		subtitle: placeholder("the book's subtitle"),
		description: placeholder('one or two sentences that search engines and link previews show'),
		intro: placeholder("the book's introduction (a blank line separates paragraphs)"),
		languages: languages.map((code) => ({ code, name: endonym(code) })),
		defaultLanguage,
		originalLanguageRules: { fallback: 'original', originalsAreReadOnly: true },
		chapters: [],
		site: 'https://example.org/',
		paper: 'a4',
	};
	if (existsSync(dir) && readdirSync(dir).length)
		throw new Error(`${dir} is not empty; a new book needs a folder of its own`);
	const text = `${JSON.stringify(book, null, '\t')}\n`;
	// The same checks as every command, before anything is written: a language whose writing system has no font is refused now, not at the first build.
	const trial = mkdtempSync(join(tmpdir(), 'new-book-'));
	writeFileSync(bookFile(trial), text);
	try {
		readBook(trial);
	} catch (error) {
		throw new Error((error as Error).message.replace(bookFile(trial), file));
	} finally {
		rmSync(trial, { recursive: true, force: true });
	}
	mkdirSync(dir, { recursive: true });
	writeFileSync(file, text);
	return file;
}
