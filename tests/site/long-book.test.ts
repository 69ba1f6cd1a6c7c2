import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticBook } from '../../tools/bench/synthetic-book';
import { fixtureBooks } from '../fixture-books';

/** A book longer than the sidebar lists in full: 30 chapters (the reader fixture's repeated), built without PDFs. */
const chapterCount = 30;
let dist: string;
let slugs: string[];

beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'book-long-'));
	slugs = writeSyntheticBook(fixtureBooks.reader, join(dir, 'content'), chapterCount);
	dist = join(dir, 'dist');
	const build = spawnSync(
		'node_modules/.bin/tsx',
		['tools/site/cli.ts', 'build', '--book', join(dir, 'content'), '--out', dist],
		{ encoding: 'utf8', env: { ...process.env, SKIP_PDF: '1' } }
	);
	expect(build.status, build.stderr).toBe(0);
}, 180_000);

const page = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));

describe('the sidebar of a long book', () => {
	it.each([
		['en', 0],
		['en', 14],
		['fa', 29],
	])(
		'in %s, at chapter index %i, lists the ends and the neighbours, counts the rest, and links the full list',
		(lang, index) => {
			const $ = page(`${lang}/${slugs[index]}`);
			const listed = $('.toc li a')
				.map((_, link) => $(link).attr('data-chapter-link'))
				.get();
			const hidden = $('.toc li.toc-gap')
				.map((_, gap) =>
					Number(
						$(gap)
							.text()
							.replace(/[۰-۹]/gu, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit)))
							.replace(/\D/gu, '')
					)
				)
				.get();
			expect(listed).toContain(slugs[0]);
			expect(listed).toContain(slugs.at(-1));
			expect($('.toc a[aria-current="page"]').attr('data-chapter-link')).toBe(slugs[index]);
			for (const near of slugs.slice(Math.max(0, index - 10), index + 11))
				expect(listed).toContain(near);
			// At most both ends and ten on each side, however long the book: the page does not grow with it.
			expect(listed.length).toBeLessThanOrEqual(23);
			expect(listed.length + hidden.reduce((sum, count) => sum + count, 0)).toBe(chapterCount);
			const all = $('.toc-all');
			expect(all.attr('href')).toBe(`/${lang}/#chapters`);
			expect(all.text()).toContain(lang === 'fa' ? '۳۰' : '30');
			// The full list it points to.
			const home = page(lang);
			expect(home('#chapters').length).toBe(1);
			expect(home('.chapter-list a').length).toBe(chapterCount);
		}
	);
});
