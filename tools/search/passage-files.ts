/**
 * The passages search results show: one small JSON file per passage, `/search/<slug>/<id>.json`, holding it in every
 * language, fetched only for the results on screen. The search index holds the words; these hold the text as written
 * and what a bilingual result needs (the same passage in the page's language or the original, and the link to that
 * pair), so that a result costs one request.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Chapter } from '../../src/lib/assemble-book';
import {
	TITLE_PASSAGE,
	type PassageFileContent,
	type SearchPassage,
} from '../../src/lib/search-passage';
import { searchPassageUrl } from '../../src/lib/urls';
import { defaultCompanion } from '../../src/lib/views';
import type { Book } from '../../src/schemas';

/** One passage file: its site path and the passage as each language's page shows it. */
export interface PassageFile {
	path: string;
	passages: PassageFileContent;
}

/**
 * Every passage of every chapter, one file each, holding it as each language's page shows it (a fallback or
 * untranslated passage in the original, so labeled by its language).
 */
export function searchPassages(book: Book, chapters: Chapter[]): PassageFile[] {
	return chapters.flatMap((chapter) => {
		const files = new Map<string, PassageFileContent>();
		for (const { code } of book.languages) {
			const version = chapter.versions[code]!;
			const common = {
				title: version.title,
				titleLang: version.titleLang,
				companion: defaultCompanion(chapter, code, book),
			};
			const passage = (id: string, passage: SearchPassage) => {
				const file = files.get(id) ?? {};
				file[code] = passage;
				files.set(id, file);
			};
			if (version.segments[0]?.kind !== 'title')
				passage(TITLE_PASSAGE, { ...common, text: version.title, lang: version.titleLang });
			for (const segment of version.segments)
				passage(segment.id, { ...common, text: segment.text, lang: segment.lang });
		}
		return [...files].map(([id, passages]) => ({
			path: searchPassageUrl(chapter.slug, id),
			passages,
		}));
	});
}

/**
 * Writes `<outDir>/search/`; returns how many files. The build runs this while worker threads write the bundles
 * (build-index.ts): a few writes in flight rather than one blocking write after another, so that the thread can
 * start the next bundle as soon as one is done.
 */
export async function writePassageFiles(
	outDir: string,
	book: Book,
	chapters: Chapter[]
): Promise<number> {
	rmSync(join(outDir, 'search'), { recursive: true, force: true });
	const passages = searchPassages(book, chapters);
	// The folder itself even when there is no passage (a new book, before its first chapter): the build moves it into the site.
	const folders = new Set([
		join(outDir, 'search'),
		...passages.map(({ path }) => dirname(join(outDir, path))),
	]);
	for (const folder of folders) mkdirSync(folder, { recursive: true });
	let next = 0;
	const writer = async () => {
		while (next < passages.length) {
			const { path, passages: content } = passages[next++]!;
			await writeFile(join(outDir, path), JSON.stringify(content));
		}
	};
	await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writer));
	return passages.length;
}

// Node's file system thread pool has four threads; more writes in flight only queue.
const WRITES_AT_ONCE = 8;
