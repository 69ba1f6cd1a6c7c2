/** The rules that show the pair the reader picked on a chapter page: generated from the book's languages into its language stylesheet. */
import type { Book } from '../schemas';

/**
 * Everything on a chapter page that belongs to one companion (its cells, its column label, its pair download) is
 * marked `data-beside="<code>"` and shows only while that companion's radio in the pair picker is checked: CSS alone,
 * so the choice works without JavaScript. A browser without `:has()` shows the chapter's default pair. Appended to the
 * language stylesheet, which states the layer order first.
 */
export function pairCss(book: Book): string {
	const codes = book.languages.map((language) => JSON.stringify(language.code));
	const picked = codes.map(
		(code) =>
			`.chapter:has(.pair-picker input[value=${code}]:not(:checked)) [data-beside=${code}] { display: none; }`
	);
	const defaults = codes.map(
		(code) =>
			`.chapter:not([data-default-companion=${code}]) [data-beside=${code}] { display: none; }`
	);
	return `@layer components {\n\t${picked.join('\n\t')}\n\t@supports not selector(:has(*)) {\n\t\t${defaults.join('\n\t\t')}\n\t}\n}\n`;
}
