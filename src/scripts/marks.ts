/** Search terms shown marked: the parts markParts (src/lib/search-text.ts) found, as text and <mark> elements to put in the page. */
export const markedNodes = (parts: { text: string; marked: boolean }[]): (string | HTMLElement)[] =>
	parts.map((part) =>
		part.marked
			? Object.assign(document.createElement('mark'), { textContent: part.text })
			: part.text
	);
