/** Site URLs in one place: every link, canonical URL and share image path is built here (also used by client scripts). */

import type { Book } from '../schemas';

/** What stands beside the page's language: another language code, or `only` for the page's language alone. */
export type Companion = string;
export const ALONE = 'only';

declare const __SITE_BASE__: string | undefined;

/**
 * The path the site is served under, with a slash at both ends: `/`, or `/<repo>/` on a GitHub Pages project site.
 * Written in by the bundler where Vite builds the code (pages, client scripts: astro.config.mjs defines it, from
 * the site address; Astro's own BASE_URL yields to a BASE_URL in the environment); `/` in the Node tools (PDFs,
 * search records), which write site paths as keys or join them to the site address, which carries the base itself.
 */
export const base = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';
/** A path of the site, under its base. */
export const sitePath = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const homeUrl = (lang: string) => sitePath(`${lang}/`);
/** A chapter in `lang`: one page that offers every pair. */
export const chapterUrl = (lang: string, slug: string) => sitePath(`${lang}/${slug}/`);
/** The query parameter of a shared pair: `/<lang>/<slug>/?with=es` opens the chapter with Spanish beside it. */
export const PAIR_PARAM = 'with';
export const statusUrl = (lang: string) => sitePath(`${lang}/status/`);
export const shareImageUrl = (lang: string, slug: string) => sitePath(`og/${lang}/${slug}.png`);
/** The book's share card in a language and what it shows: the image of every page without a card of its own. */
export const bookShareImage = (book: Book, lang: string) => ({
	path: shareImageUrl(lang, 'index'),
	alt: `${book.title[lang]}: ${book.subtitle[lang]}`,
});
/** The file a search result reads a passage from, in every language (written by tools/search/passage-files.ts). */
export const searchPassageUrl = (slug: string, id: string) => sitePath(`search/${slug}/${id}.json`);
