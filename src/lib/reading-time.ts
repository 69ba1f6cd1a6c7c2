/** Minutes to read a text, from its word count (about 200 words a minute, a common figure across these scripts). */
export function readingMinutes(texts: string[]): number {
	const words = texts.join(' ').split(/\s+/u).filter(Boolean).length;
	return Math.max(1, Math.round(words / 200));
}
