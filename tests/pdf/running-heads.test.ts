import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/lib/assemble-book';
import { bookFontFiles } from '../../src/lib/writing-systems';
import { typstSource } from '../../tools/pdf/typst-source';
import { fixtureBook } from '../fixture-books';
import { expectRunningHeads, poppler, runningHeads } from './poppler';

/** Text for comparison: letters and digits only (pdftotext spaces and orders a right-to-left line its own way). */
const letters = (text: string) => text.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');

describe('running heads of a book whose chapters run over several pages', () => {
	const { book, chapters } = fixtureBook('reader');
	// Each chapter's passages written out eight times: several pages a chapter, in a book of the fixture's languages.
	const long = chapters.slice(0, 2).map((chapter): Chapter => ({
		...chapter,
		versions: Object.fromEntries(
			Object.entries(chapter.versions).map(([code, version]) => [
				code,
				{ ...version, segments: Array.from({ length: 8 }, () => version.segments).flat() },
			])
		),
	}));
	const compiler = NodeCompiler.create({
		fontArgs: [{ fontBlobs: bookFontFiles(book).map((file) => readFileSync(file)) }],
	});

	it.each(book.languages.map((language) => language.code))(
		'%s: each page is headed by its own chapter, no chapter opening page is headed',
		(lang) => {
			const spec = {
				path: `pdf/${lang}/book.pdf`,
				lang,
				book: true,
				chapters: long.map((chapter) => ({ chapter, companion: undefined })),
			};
			const file = join(mkdtempSync(join(tmpdir(), 'running-heads-')), 'book.pdf');
			writeFileSync(file, compiler.pdf({ mainFileContent: typstSource(book, spec) }));
			const heads = runningHeads(file).map(letters);
			const titles = long.map((chapter) => letters(chapter.versions[lang]!.title));
			// Where each chapter begins: the first page whose body holds its title after the contents (page 3).
			const pages = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f').map(letters);
			const opening = titles.map((title) =>
				pages.findIndex((page, index) => index > 2 && page.includes(title))
			);
			expect(
				opening.every((page) => page > 2),
				JSON.stringify(opening)
			).toBe(true);
			expect(
				opening[1]! - opening[0]!,
				'the first chapter runs over several pages'
			).toBeGreaterThan(1);
			expectRunningHeads(heads, opening, titles);
		},
		60_000
	);
});
