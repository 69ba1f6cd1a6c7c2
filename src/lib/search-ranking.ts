/** One list of search results from several languages' indexes: by relevance, the page's language first among equals. */

export interface ScoredMatch {
	language: string;
	/** Pagefind's relevance score (BM25 with its term weights), computed per language index. */
	score: number;
	/** Position in its own language's list. */
	rank: number;
}

/** Scores equal to six significant digits are a tie, so that rounding noise does not decide the order. */
const comparable = (score: number) => Number(score.toPrecision(6));

/** Orders matches by score; ties go to the page's language, then to the book's order of languages, then to each list's own order. */
export function rankAcrossLanguages<Match extends ScoredMatch>(
	lists: Match[][],
	pageLanguage: string,
	languages: string[]
): Match[] {
	const place = (language: string) =>
		language === pageLanguage ? -1 : languages.indexOf(language);
	return lists
		.flat()
		.sort(
			(a, b) =>
				comparable(b.score) - comparable(a.score) ||
				place(a.language) - place(b.language) ||
				a.rank - b.rank
		);
}
