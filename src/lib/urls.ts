/** Site URLs in one place: every link, canonical URL and share image path is built here (also used by client scripts). */

/** What stands beside the page's language: another language code, or `only` for the page's language alone. */
export type Companion = string;
export const ALONE = 'only';

export const homeUrl = (lang: string) => `/${lang}/`;
/** A chapter in `lang`; with a companion other than the default one, the URL of that view. */
export const chapterUrl = (lang: string, slug: string, companion?: Companion) => `/${lang}/${slug}/${companion ? `${companion}/` : ''}`;
export const shareImageUrl = (lang: string, slug: string) => `/og/${lang}/${slug}.png`;
/** The file a search result reads one passage from (written by tools/search/passage-files.ts). */
export const searchPassageUrl = (lang: string, slug: string, id: string) => `/search/${lang}/${slug}/${id}.json`;
