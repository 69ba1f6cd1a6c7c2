/** Site URLs in one place: every link and canonical URL is built here. */
export const homeUrl = (lang: string) => `/${lang}/`;
export const chapterUrl = (lang: string, slug: string) => `/${lang}/${slug}/`;
export const segmentUrl = (lang: string, slug: string, id: string) => `${chapterUrl(lang, slug)}#${id}`;
