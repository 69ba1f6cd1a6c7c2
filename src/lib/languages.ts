/** Facts about the book's languages: the writing direction of a language code. */
import type { Book } from '../schemas';

/** `rtl` or `ltr` for a book language; `ltr` for a code the book does not list. */
export function languageDir(book: Book, code: string): 'ltr' | 'rtl' {
	return book.languages.find((language) => language.code === code)?.dir ?? 'ltr';
}
