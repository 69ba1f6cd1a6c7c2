/** The search records of a book: one per passage per language it is written in (fallbacks are not indexed again), plus chapter titles. */
import type { Chapter } from '../../src/lib/assemble-book';
import { indexedText } from '../../src/lib/search-text';
import { TITLE_PASSAGE } from '../../src/lib/search-passage';
import { chapterUrl } from '../../src/lib/urls';
import { defaultCompanion } from '../../src/lib/views';
import type { Book } from '../../src/schemas';

export interface SearchRecord {
	url: string;
	language: string;
	/** What Pagefind indexes: the passage's own words, folded as queries are (see indexedText). Nothing else of the passage is searchable. */
	content: string;
	/** Pagefind searches every metadata field, so there is none: what a result shows comes from the passage files (passage-files.ts). */
	meta: Record<string, never>;
	/**
	 * What stands beside this language on the chapter's default page (views.ts defaultCompanion): a result fetches that
	 * language's passage at once instead of after reading it from the passage file. Filters are not searched and are
	 * loaded only when a search filters by them, which this one never does.
	 */
	filters: { companion: [string] };
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
			filters: { companion: [defaultCompanion(chapter, language, book)] },
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
