import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { buildSearchIndex } from './build-index';
import { addRecords } from './bundle-worker.mjs';
import { searchPassages } from './passage-files';
import { searchRecords, type SearchRecord } from './search-records';

const fixture = 'tests/fixtures/books/reader';

/** Every file under a folder with its bytes. */
const contents = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.map((path) => [relative(dir, path), readFileSync(path).toString('base64')])
	);

const record = (id: string): SearchRecord => ({
	url: `/en/chapter/#${id}`,
	language: 'en',
	content: id,
	meta: {},
});

describe('search index', () => {
	it('sends every record, in order, before awaiting any answer, and reports the first refused in that order', async () => {
		const sent: string[] = [];
		const answers: (() => void)[] = [];
		const index = {
			addCustomRecord: (added: SearchRecord) => {
				sent.push(added.url);
				return new Promise<pagefind.NewFileResponse>((resolve) =>
					answers.push(() =>
						resolve({
							errors: added.content.endsWith('!') ? [`no ${added.content}`] : [],
							file: { uniqueWords: 1, url: added.url, meta: {} },
						})
					)
				);
			},
		} as unknown as Pick<pagefind.PagefindIndex, 'addCustomRecord'>;
		const records = ['a', 'b!', 'c', 'd!'].map(record);
		const adding = addRecords(index, records).catch((error: unknown) => error);
		// All sent before any answer came.
		expect(sent).toEqual(records.map((added) => added.url));
		// Answers arriving last to first still report the first refused record in the book's order.
		for (const answer of answers.reverse()) answer();
		expect(await adding).toEqual(new Error('Pagefind refused /en/chapter/#b!: no b!'));
	});

	it('writes an empty search for a book without chapters yet, with its folders', async () => {
		const { book } = readBookFromDisk(fixture);
		const outDir = mkdtempSync(join(tmpdir(), 'search-index-empty-'));
		const summary = await buildSearchIndex(outDir, { book, chapters: [] });
		expect(summary.at(-1)).toBe('search passages: 0 files, 0.0 KiB');
		expect(readdirSync(join(outDir, 'search'))).toEqual([]);
		for (const { code } of book.languages)
			expect(readdirSync(join(outDir, 'pagefind', code))).toContain('pagefind.js');
	});

	it("runs two searches asked for at once one after the other: the small book's Pagefind process is shared", async () => {
		const read = readBookFromDisk(fixture);
		const first = mkdtempSync(join(tmpdir(), 'search-index-first-'));
		const second = mkdtempSync(join(tmpdir(), 'search-index-second-'));
		await Promise.all([buildSearchIndex(first, read), buildSearchIndex(second, read)]);
		expect(Object.keys(contents(first)).length).toBeGreaterThan(0);
		expect(contents(second)).toEqual(contents(first));
	});

	it('writes the same bundles as records added one at a time, and every passage file', async () => {
		const read = readBookFromDisk(fixture);
		const outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
		const summary = await buildSearchIndex(outDir, read);
		expect(summary).toEqual([
			...read.book.languages.map(({ code }) =>
				expect.stringMatching(
					new RegExp(`^search index ${code}: \\d+ passages, [\\d.]+ KiB in \\d+ files$`)
				)
			),
			expect.stringMatching(/^search passages: \d+ files, [\d.]+ KiB$/),
		]);

		const oneByOne = mkdtempSync(join(tmpdir(), 'search-index-one-by-one-'));
		for (const { code } of read.book.languages) {
			const { index } = await pagefind.createIndex({ forceLanguage: code });
			for (const added of searchRecords(read.book, read.chapters, code))
				await index!.addCustomRecord(added);
			await index!.writeFiles({ outputPath: join(oneByOne, code) });
		}
		await pagefind.close();
		for (const { code } of read.book.languages) {
			const built = contents(join(outDir, 'pagefind', code));
			expect(Object.keys(built).length).toBeGreaterThan(0);
			const expected = contents(join(oneByOne, code));
			// Less Pagefind's UIs and worker, which the build deletes.
			expect(built).toEqual(
				Object.fromEntries(
					Object.entries(expected).filter(
						([path]) => !/^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(path)
					)
				)
			);
		}

		const passages = searchPassages(read.book, read.chapters);
		expect(Object.keys(contents(join(outDir, 'search'))).length).toBe(passages.length);
		for (const { path, passages: content } of passages)
			expect(JSON.parse(readFileSync(join(outDir, path), 'utf8'))).toEqual(content);
	});
});
