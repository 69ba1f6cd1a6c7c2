/** Where the book's files live, relative to a content folder (normally `content/`). */
import { join } from 'node:path';

export const bookFile = (contentDir: string) => join(contentDir, 'book.json');
/** The book's glossary, optional (src/lib/read-glossary.ts). */
export const glossaryFile = (contentDir: string) => join(contentDir, 'glossary.json');
export const sourcesDir = (contentDir: string) => join(contentDir, 'sources');
export const chaptersDir = (contentDir: string) => join(contentDir, 'chapters');
export const chapterDir = (contentDir: string, slug: string) => join(chaptersDir(contentDir), slug);
export const chapterFile = (contentDir: string, slug: string, language: string) =>
	join(chapterDir(contentDir, slug), `${language}.mdx`);
