/** Facts about the book's languages: the writing direction of a language code, and a page's URL in each language. */
import type { Book } from '../schemas';

/** `rtl` or `ltr` for a book language; `ltr` for a code the book does not list. */
export function languageDir(book: Book, code: string): 'ltr' | 'rtl' {
	return book.languages.find((language) => language.code === code)?.dir ?? 'ltr';
}

/** The same page in every book language: language code → path, for hreflang alternates and the language switcher. */
export function languageAlternates(
	book: Book,
	pathIn: (code: string) => string
): Record<string, string> {
	return Object.fromEntries(
		book.languages.map((language) => [language.code, pathIn(language.code)])
	);
}
