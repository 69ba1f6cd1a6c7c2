/** Where the book is published: SITE_URL, else book.json's `site`. Its path is the site's base (a GitHub Pages project site: `/<repo>/`). */
import type { Book } from '../schemas';

/** The book's address, ending in a slash. */
export function siteAddress(
	book: Pick<Book, 'site'>,
	environment: string | undefined = process.env.SITE_URL
): URL {
	const address = new URL(environment || book.site);
	address.pathname = address.pathname.replace(/\/?$/, '/');
	return address;
}

/** The absolute URL of a site path written without the base (as the Node tools write them). */
export const absoluteUrl = (book: Pick<Book, 'site'>, path: string) =>
	new URL(path.replace(/^\//, ''), siteAddress(book)).href;
