/** The content folder the site is built from: `content/`, or another book's folder via BOOK_CONTENT_DIR (tests, benchmarks, other publishers). */
export const contentDir = process.env.BOOK_CONTENT_DIR ?? 'content';
