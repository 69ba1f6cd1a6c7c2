/** Which languages a chapter page shows: the page's language and a companion the reader picks (the original, another language, or none). */
import type { Book } from '../schemas';
import type { Chapter, ChapterVersion } from './assemble-book';
import { ALONE, type Companion } from './urls';

/**
 * The companion shown when the reader has not chosen one: a translation stands beside its original;
 * the original stands beside the book's default language (or the first other language).
 */
export function defaultCompanion(chapter: Chapter, lang: string, book: Book): Companion {
	if (lang !== chapter.originalLanguage) return chapter.originalLanguage;
	if (book.defaultLanguage !== lang) return book.defaultLanguage;
	return book.languages.find((language) => language.code !== lang)?.code ?? ALONE;
}

/** Every companion a chapter page in `lang` can have: the other languages, and none. */
export function companionsOf(lang: string, book: Book): Companion[] {
	return [
		...book.languages.map((language) => language.code).filter((code) => code !== lang),
		ALONE,
	];
}

/** The versions shown side by side: the page's language first, then its companion (if any and if different text). */
export function columnsOf(chapter: Chapter, lang: string, companion: Companion): ChapterVersion[] {
	const primary = chapter.versions[lang]!;
	if (companion === ALONE) return [primary];
	const other = chapter.versions[companion]!;
	// A language that falls back to the original would show the same text twice.
	const sameText = (version: ChapterVersion) =>
		version.status === 'original' || version.status === 'fallback'
			? chapter.originalLanguage
			: version.language;
	return sameText(primary) === sameText(other) ? [primary] : [primary, other];
}

/** A choice of the pair picker: a companion, and the column it adds (none for reading alone, or where it would repeat the page's text). */
export interface PairChoice {
	companion: Companion;
	column?: ChapterVersion;
}

/** The pair picker's choices on the chapter page in `lang`, in the order of companionsOf. */
export function pairChoices(chapter: Chapter, lang: string, book: Book): PairChoice[] {
	return companionsOf(lang, book).map((companion) => ({
		companion,
		column: columnsOf(chapter, lang, companion)[1],
	}));
}
