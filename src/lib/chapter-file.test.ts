import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureChapterFiles } from '../../tests/fixture-books';
import { parseFrontmatter, readFrontmatter, splitFrontmatter } from './chapter-file';
import { ChapterFormatError } from './segment-format';

/** An original's frontmatter; `author` and `attribution` as YAML text. */
const chapter = (author = 'Keith', attribution = 'By Keith') =>
	`language: en\ntitle: A title\nprovenance:\n  type: original\nslug: a\nsource:\n  file: a.txt\n  sha256: ${'ab'.repeat(32)}\n  language: en\nauthor: ${author}\nattribution: ${attribution}\nomitted: []\n`;

describe('chapter frontmatter', () => {
	it('reads a valid original by itself', () => {
		expect(readFrontmatter(chapter())).toEqual(parseFrontmatter(chapter(), 'test.mdx'));
		expect(readFrontmatter(chapter())?.title).toBe('A title');
	});

	it('reads every fixture chapter by itself as the documents with places do', () => {
		const files = fixtureChapterFiles();
		expect(files.length).toBeGreaterThan(10);
		for (const file of files) {
			const { yaml } = splitFrontmatter(readFileSync(file, 'utf8'), file);
			const read = readFrontmatter(yaml);
			expect(read, file).toBeDefined();
			expect(read, file).toEqual(parseFrontmatter(yaml, file));
		}
	});

	it.each([
		['a word YAML 1.1 read as true', 'yes', 'no'],
		['a date', '2026-01-01', "'2026-01-01'"],
		['a number', '012', '0o12'],
		['quoted and folded text', '>-\n  Keith\n  Kirkpatrick', "'it''s'"],
		['a null', '~', 'null'],
	])('%s: read alike, or left to the documents', (_name, author, attribution) => {
		const yaml = chapter(author, attribution);
		let expected: unknown;
		try {
			expected = parseFrontmatter(yaml, 'test.mdx');
		} catch (error) {
			expected = error;
		}
		const read = readFrontmatter(yaml);
		if (expected instanceof Error) expect(read).toBeUndefined();
		else expect(read ?? expected).toEqual(expected);
	});

	it('leaves invalid YAML and invalid fields to the documents, whose errors name the line', () => {
		for (const [yaml, message] of [
			['language: en\ntitle: [unclosed\n', /test\.mdx:\d+: frontmatter is not valid YAML/],
			[chapter('12'), /test\.mdx:11: frontmatter field "author": .*expected string/],
		] as const) {
			expect(readFrontmatter(yaml)).toBeUndefined();
			expect(() => parseFrontmatter(yaml, 'test.mdx')).toThrow(ChapterFormatError);
			expect(() => parseFrontmatter(yaml, 'test.mdx')).toThrow(message);
		}
	});
});
