/** Gives segments stable ids: new chapters count s1, s2, …; a re-ingest keeps the id of every segment it can match to the previous version. */
import { diffArrays } from 'diff';

export interface PreviousSegment {
	id: string;
	text: string;
}

const numberOf = (id: string) => Number(id.slice(1));

/**
 * Matches `texts` (the new segments, in order) against the previous version. Unchanged texts keep
 * their id; where the diff replaces old segments by new ones, they are paired in order and keep the
 * old ids (their text changed, so translations become stale); further new segments get fresh ids, never one
 * in `reserved` (passages that left the chapter earlier and are kept as retired).
 */
export function assignIds(
	texts: string[],
	previous: PreviousSegment[],
	reserved: string[] = []
): string[] {
	let next =
		Math.max(0, ...previous.map((segment) => numberOf(segment.id)), ...reserved.map(numberOf)) + 1;
	const ids: string[] = [];
	const parts = diffArrays(
		previous.map((segment) => segment.text),
		texts
	);
	let oldIndex = 0;
	let removed: string[] = [];
	for (const part of parts) {
		if (part.removed) {
			removed = previous.slice(oldIndex, oldIndex + part.count).map((segment) => segment.id);
			oldIndex += part.count;
			continue;
		}
		if (part.added) {
			for (let k = 0; k < part.count; k++) ids.push(removed[k] ?? `s${next++}`);
		} else {
			for (let k = 0; k < part.count; k++) ids.push(previous[oldIndex + k]!.id);
			oldIndex += part.count;
		}
		removed = [];
	}
	return ids;
}
