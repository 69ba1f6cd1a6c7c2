/** The committed book, loaded the way the site loads it, for content tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleBook } from '../../src/lib/assemble-book';
import { readChapterFile } from '../../src/lib/chapter-file';
import { readBook } from '../../src/lib/read-book';

export const book = readBook('content');
export const codes = book.languages.map((language) => language.code);

export const chapters = assembleBook(
	book,
	book.chapters.flatMap((slug) =>
		readdirSync(join('content/chapters', slug)).map((name) => ({ path: join('content/chapters', slug, name), slug, fileLanguage: name.replace('.mdx', ''), raw: readFileSync(join('content/chapters', slug, name), 'utf8') })),
	),
);

/** Each language file of a chapter, parsed. */
export const chapterFiles = (slug: string) => Object.fromEntries(codes.map((code) => [code, readChapterFile(join('content/chapters', slug, `${code}.mdx`))]));
