import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { markdownText, writeStarlightSite } from './starlight-site';

// Four languages like the real book, Persian right-to-left; four chapters with headings, bylines and list items.
const fixture = 'tests/fixtures/books/reader';

/** A Markdown page's frontmatter and its body's blocks, as Markdown reads them. */
function readPage(path: string): { frontmatter: Record<string, string>; blocks: RootContent[] } {
	const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(readFileSync(path, 'utf8'))!;
	return {
		frontmatter: parseYaml(yaml!) as Record<string, string>,
		blocks: fromMarkdown(body!).children,
	};
}

describe('Starlight site of a book', () => {
	const { book, chapters } = readBookFromDisk(fixture);
	const site = writeStarlightSite(fixture, mkdtempSync(join(tmpdir(), 'starlight-site-')));
	const docs = join(site.dir, 'src/content/docs');
	afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

	it("has the book's languages as Starlight locales, each with its direction, and the default language as the default locale", () => {
		const options = JSON.parse(readFileSync(join(site.dir, 'starlight.json'), 'utf8'));
		expect(options.defaultLocale).toBe(book.defaultLanguage);
		expect(options.locales).toEqual(
			Object.fromEntries(
				book.languages.map((language) => [
					language.code,
					{ label: language.name, lang: language.code, dir: language.dir },
				])
			)
		);
		expect(options.locales.fa.dir).toBe('rtl');
		expect(options.title.en).toBe(book.title.en);
		expect(readFileSync(join(site.dir, 'astro.config.mjs'), 'utf8')).toMatch(
			/starlight\(options\)/u
		);
		expect(readFileSync(join(site.dir, 'src/content.config.ts'), 'utf8')).toMatch(
			/loader: docsLoader\(\), schema: docsSchema\(\)/u
		);
	});

	it("has one page per chapter and language, and an index, with the chapter's title and every passage's text in order", () => {
		expect(
			chapters.some((chapter) =>
				chapter.versions.en!.segments.some((segment) => segment.kind === 'heading')
			)
		).toBe(true);
		expect(readdirSync(docs).sort()).toEqual(
			book.languages.map((language) => language.code).sort()
		);
		expect(site.pages).toBe(book.languages.length * (chapters.length + 1));
		for (const { code } of book.languages) {
			expect(readdirSync(join(docs, code)).sort()).toEqual(
				[...chapters.map((chapter) => `${chapter.slug}.md`), 'index.md'].sort()
			);
			expect(readPage(join(docs, code, 'index.md')).frontmatter.title).toBe(book.title[code]);
			for (const chapter of chapters) {
				const version = chapter.versions[code]!;
				const { frontmatter, blocks } = readPage(join(docs, code, `${chapter.slug}.md`));
				expect(frontmatter.title).toBe(version.title);
				// The leading title passage is the frontmatter's title (Starlight's h1); every other passage is a block of its own.
				const passages =
					version.segments[0]?.kind === 'title' ? version.segments.slice(1) : version.segments;
				expect(passages.length).toBeGreaterThan(0);
				expect(blocks.map((block) => toString(block))).toEqual(
					passages.map((segment) => segment.text)
				);
				expect(
					blocks.map((block) => (block.type === 'heading' ? `h${block.depth}` : block.type))
				).toEqual(
					passages.map((segment) =>
						segment.kind === 'heading' || segment.kind === 'title'
							? 'h2'
							: segment.kind === 'quote'
								? 'blockquote'
								: 'paragraph'
					)
				);
			}
		}
	});

	it('escapes text so that Markdown reads it back as written, never as markup', () => {
		const hostile = [
			'# not a heading',
			'- not a list',
			'1. not a list either',
			'> not a quote',
			'*not emphasis* and _not_ **strong**, `not code`',
			'[not a link](https://example.org) ![no image](x.png) <b>not HTML</b> &amp; not an entity',
			'a | not | table ~~not struck~~ {not: attributes} back\\slash',
			'---',
			'    not code, though indented',
		];
		for (const text of hostile) {
			const blocks = fromMarkdown(markdownText(text)).children;
			expect(blocks.map((block) => block.type)).toEqual(['paragraph']);
			expect(toString(blocks[0]!)).toBe(text.trim());
			if (blocks[0]!.type === 'paragraph')
				expect(blocks[0].children.map((child) => child.type)).toEqual(['text']);
		}
		// Starlight reads `:name` as a directive: every colon is escaped.
		expect(markdownText('Note:this')).toBe('Note\\:this');
	});
});
