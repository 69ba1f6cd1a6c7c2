/** Whether a new document is a revision of a chapter's source or another text: the share of words they have in common. */

const words = (texts: string[]) =>
	texts
		.join(' ')
		.normalize('NFC')
		.toLocaleLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** How much text two versions share, from 0 (nothing) to 1 (the same words): the Dice coefficient of their word counts. */
export function sharedText(before: string[], after: string[]): number {
	const counts = new Map<string, number>();
	const old = words(before);
	const next = words(after);
	if (!old.length && !next.length) return 1;
	for (const word of old) counts.set(word, (counts.get(word) ?? 0) + 1);
	let common = 0;
	for (const word of next) {
		const left = counts.get(word) ?? 0;
		if (left > 0) {
			common++;
			counts.set(word, left - 1);
		}
	}
	return (2 * common) / (old.length + next.length);
}

/** Below this share, a document with the same file name is another text, not a revision: the ingest will not replace the chapter unless told. */
export const revisionThreshold = 0.5;
