/** The search records of a book: one per passage per language it is written in (fallbacks are not indexed again), plus chapter titles. */
import type { Chapter } from '../../src/lib/assemble-book';
import { normalizeForSearch } from '../../src/lib/search-text';
import { chapterUrl } from '../../src/lib/urls';
import type { Book } from '../../src/schemas';

export interface SearchRecord {
	url: string;
	language: string;
	/** What Pagefind indexes: for languages with search folding, the folded text and the text as written. */
	content: string;
	/** Shown with a result. Pagefind also searches metadata, so it holds only what a reader sees (no slug: the chapter and passage are in the url). */
	meta: { title: string; text: string };
}

export function searchRecords(book: Book, chapters: Chapter[], language: string): SearchRecord[] {
	const { search: foldings } = book.languages.find((candidate) => candidate.code === language)!;
	const records: SearchRecord[] = [];
	for (const chapter of chapters) {
		const version = chapter.versions[language]!;
		if (version.status === 'fallback') continue;
		// Where folding changes the text: the folded text (what queries are folded to) and the text as written, where a
		// half-space (which "joiners" folds away) separates words, so that the stem of a joined word («شود» in «می‌شود») is found too.
		const content = (text: string) => {
			const folded = normalizeForSearch(text, foldings);
			const written = foldings.includes('joiners') ? text.replace(/\u200c/gu, ' ') : text;
			return folded === text ? text : `${folded}\n${written}`;
		};
		if (version.segments[0]?.kind !== 'title')
			records.push({ url: chapterUrl(language, chapter.slug), language, content: content(version.title), meta: { title: version.title, text: version.title } });
		for (const segment of version.segments) {
			if (segment.untranslated) continue;
			records.push({ url: `${chapterUrl(language, chapter.slug)}#${segment.id}`, language, content: content(segment.text), meta: { title: version.title, text: segment.text } });
		}
	}
	return records;
}
