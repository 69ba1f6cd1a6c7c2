/** The search records of a book: one per passage per language it is written in (fallbacks are not indexed again), plus chapter titles. */
import type { Chapter } from '../../src/lib/assemble-book';
import { indexedText } from '../../src/lib/search-text';
import { TITLE_PASSAGE } from '../../src/lib/search-passage';
import { chapterUrl } from '../../src/lib/urls';
import type { Book } from '../../src/schemas';

export interface SearchRecord {
	url: string;
	language: string;
	/** What Pagefind indexes: the passage's own words, folded as queries are (see indexedText). Nothing else of the passage is searchable. */
	content: string;
	/** Pagefind searches every metadata field, so there is none: what a result shows comes from the passage files (passage-files.ts). */
	meta: Record<string, never>;
}

/** `/<lang>/<slug>/#<id>`; a chapter whose text has no title passage gets a record for its title, at `#title`. */
export function searchRecords(book: Book, chapters: Chapter[], language: string): SearchRecord[] {
	const { search: foldings } = book.languages.find((candidate) => candidate.code === language)!;
	const records: SearchRecord[] = [];
	const record = (chapter: Chapter, id: string, text: string) =>
		records.push({
			url: `${chapterUrl(language, chapter.slug)}#${id}`,
			language,
			content: indexedText(text, foldings),
			meta: {},
		});
	for (const chapter of chapters) {
		const version = chapter.versions[language]!;
		if (version.status === 'fallback') continue;
		if (version.segments[0]?.kind !== 'title') record(chapter, TITLE_PASSAGE, version.title);
		for (const segment of version.segments)
			if (!segment.untranslated) record(chapter, segment.id, segment.text);
	}
	return records;
}
