/**
 * Which chapters a chapter page's sidebar lists: every chapter of a short book; of a long one the first,
 * the last and those around the current chapter, with the rest counted, so that a page's size does not
 * grow with the book (a full list on every page made the site's HTML grow with the square of its length).
 */

/** A listed chapter, or a run of chapters left out of the list. */
export type TocItem<T> = { kind: 'chapter'; chapter: T } | { kind: 'gap'; hidden: number };

/** Books up to this many chapters list them all on every page. */
export const tocFullListLimit = 25;

/** The sidebar's items for the chapter at `current`: all of `chapters` up to `limit`, else a window of `radius` on each side plus the ends. */
export function tocWindow<T>(
	chapters: T[],
	current: number,
	limit = tocFullListLimit,
	radius = 10
): TocItem<T>[] {
	if (chapters.length <= limit) return chapters.map((chapter) => ({ kind: 'chapter', chapter }));
	const shown = new Set([0, chapters.length - 1]);
	for (
		let index = Math.max(0, current - radius);
		index <= Math.min(chapters.length - 1, current + radius);
		index++
	)
		shown.add(index);
	const items: TocItem<T>[] = [];
	let hidden = 0;
	chapters.forEach((chapter, index) => {
		if (!shown.has(index)) {
			hidden++;
			return;
		}
		if (hidden) items.push({ kind: 'gap', hidden });
		hidden = 0;
		items.push({ kind: 'chapter', chapter });
	});
	return items;
}
