/** The committed book, loaded the way the tools load it, for content tests. */
import { join } from 'node:path';
import { readChapterFile } from '../../src/lib/chapter-file';
import { readBookFromDisk } from '../../src/lib/read-chapters';

export const { book, chapters } = readBookFromDisk('content');
export const codes = book.languages.map((language) => language.code);

/** Each language file of a chapter, parsed. */
export const chapterFiles = (slug: string) => Object.fromEntries(codes.map((code) => [code, readChapterFile(join('content/chapters', slug, `${code}.mdx`))]));
