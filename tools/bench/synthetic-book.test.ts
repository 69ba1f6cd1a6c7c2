import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { writeSyntheticBook } from './synthetic-book';

const fixture = 'tests/fixtures/books/reader';

describe('synthetic book', () => {
	it("repeats a book's chapters into a valid book of N chapters, every language of each, deterministically", () => {
		const real = readBookFromDisk(fixture);
		const [first, second] = [
			mkdtempSync(join(tmpdir(), 'synthetic-')),
			mkdtempSync(join(tmpdir(), 'synthetic-')),
		];
		writeSyntheticBook(fixture, first, 12);
		writeSyntheticBook(fixture, second, 12);
		const { book, chapters } = readBookFromDisk(first);
		expect(chapters).toHaveLength(12);
		expect(new Set(chapters.map((chapter) => chapter.slug)).size).toBe(12);
		expect(chapters.slice(0, real.chapters.length).map((chapter) => chapter.slug)).toEqual(
			real.chapters.map((chapter) => chapter.slug)
		);
		expect(chapters[real.chapters.length]!.slug).toBe(`${real.chapters[0]!.slug}-2`);
		for (const chapter of chapters)
			expect(Object.keys(chapter.versions).sort()).toEqual(
				book.languages.map((language) => language.code).sort()
			);
		expect(chapters[real.chapters.length]!.versions.en!.title).toBe(
			`${real.chapters[0]!.versions.en!.title} (2)`
		);
		expect(
			chapters[real.chapters.length]!.versions.en!.segments.map((segment) => segment.text)
		).toEqual(real.chapters[0]!.versions.en!.segments.map((segment) => segment.text));
		expect(readFileSync(join(first, 'book.json'), 'utf8')).toBe(
			readFileSync(join(second, 'book.json'), 'utf8')
		);
	});
});
