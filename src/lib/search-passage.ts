/** What a search result shows of a passage, and where it leads: shared by the files the build writes and the search dialog that reads them. */
import { ALONE, chapterUrl, PAIR_PARAM, type Companion } from './urls';

/** The passage id of a chapter's title where its text has no title passage. */
export const TITLE_PASSAGE = 'title';

/** One passage in one language, as that language's chapter page shows it. */
export interface SearchPassage {
	text: string;
	/** The language of `text`: the original's where the page shows the original in place of a missing translation. */
	lang: string;
	title: string;
	titleLang: string;
	/** What stands beside this language on the chapter's default page (views.ts defaultCompanion). */
	companion: Companion;
}

/** A passage file, `/search/<slug>/<id>.json`: the passage by the language of the page that shows it. */
export type PassageFileContent = Record<string, SearchPassage>;

/** The language of the passage shown beneath a match: the page's language, or the page's default companion (the original, for a translation) when the match is in the page's language. */
export function counterpartLanguage(
	pageLang: string,
	matchLang: string,
	pageCompanion: Companion
): string | undefined {
	if (matchLang !== pageLang) return pageLang;
	return pageCompanion === ALONE ? undefined : pageCompanion;
}

/** The reader page that shows a match beside its counterpart: the page's language with the match's beside it, at the passage, marking the terms in the match's language. */
export function resultUrl(options: {
	pageLang: string;
	pageCompanion: Companion;
	matchLang: string;
	slug: string;
	id: string;
	terms: string[];
}): string {
	const { pageLang, pageCompanion, matchLang, slug, id, terms } = options;
	const query = new URLSearchParams();
	// A match in a language the default pair does not show opens the pair that does.
	if (matchLang !== pageLang && matchLang !== pageCompanion) query.set(PAIR_PARAM, matchLang);
	query.set('mark', terms.join(' '));
	if (matchLang !== pageLang) query.set('in', matchLang);
	return `${chapterUrl(pageLang, slug)}?${query}${id === TITLE_PASSAGE ? '' : `#${id}`}`;
}
