import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFile, builtPages } from '../built-site';
import { fixtureBook, fixtureBooks } from '../fixture-books';
import { serveStatic, type StaticSite } from '../static-server';
import { newContext } from './helpers';

// The reader book published where GitHub Pages puts a project site: under /<repository>/, the address given by SITE_URL.
const address = 'https://publisher.github.io/reader-book/';
const base = '/reader-book/';
const dist = join(mkdtempSync(join(tmpdir(), 'book-base-')), 'dist');
const { book, chapters } = fixtureBook('reader');
let site: StaticSite;

beforeAll(async () => {
	const run = spawnSync('node_modules/.bin/astro', ['build', '--silent', '--outDir', dist], {
		encoding: 'utf8',
		env: {
			...process.env,
			BOOK_CONTENT_DIR: fixtureBooks.reader,
			SITE_URL: address,
			SKIP_PDF: '1',
		},
	});
	expect(run.status, run.stderr).toBe(0);
	site = await serveStatic(dist, base);
}, 120_000);

afterAll(() => site?.close());

describe('a book published under a base path (SITE_URL with a path)', () => {
	it('every link, script, stylesheet, font, image and canonical URL of every page is under the base, and there', () => {
		const outside: string[] = [];
		const pages = builtPages(dist);
		for (const page of pages) {
			const $ = load(readFileSync(page, 'utf8'));
			$('[href], [src]').each((_, element) => {
				const url = $(element).attr('href') ?? $(element).attr('src')!;
				if (url.startsWith('#')) return;
				const absolute = new URL(url, address);
				if (absolute.origin !== new URL(address).origin) return;
				if (
					!absolute.pathname.startsWith(base) ||
					!builtFile(`/${absolute.pathname.slice(base.length)}`, dist)
				)
					outside.push(`${page}: ${url}`);
			});
			for (const meta of ['og:url', 'og:image']) {
				const content = $(`meta[property="${meta}"]`).attr('content');
				if (content && !content.startsWith(address)) outside.push(`${page}: ${meta} ${content}`);
			}
		}
		expect(pages.length).toBeGreaterThan(10);
		expect(outside).toEqual([]);
		const locs = [
			...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/(?:<loc>|href=")([^<"]+)/g),
		].map((match) => match[1]!);
		expect(locs.length).toBeGreaterThan(5);
		expect(locs.filter((loc) => !loc.startsWith(address))).toEqual([]);
	});

	const open = async (path: string): Promise<{ page: Page; failed: string[] }> => {
		const page = await (await newContext()).newPage();
		const failed: string[] = [];
		page.on(
			'response',
			(response) =>
				response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`)
		);
		await page.goto(`${site.url}${base}${path}`, { waitUntil: 'load' });
		return { page, failed };
	};

	it('a chapter page loads everything it needs from under the base, and its chapter links stay there', async () => {
		const chapter = chapters[0]!;
		const { page, failed } = await open(`${book.defaultLanguage}/${chapter.slug}/`);
		await expect.poll(() => page.evaluate(() => document.fonts.status)).toBe('loaded');
		expect(failed).toEqual([]);
		await page.locator('.pagination a').first().click();
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname.startsWith(`${base}${book.defaultLanguage}/`)).toBe(true);
		expect(failed).toEqual([]);
	});

	it('search finds a passage, shows it with its counterpart, and its result opens the passage under the base', async () => {
		const chapter = chapters[0]!;
		const passage = chapter.versions[book.defaultLanguage]!.segments.find(
			(segment) => segment.kind === 'paragraph'
		)!;
		const word = passage.text.split(/\s+/u).find((candidate) => /^\p{L}{6,}$/u.test(candidate))!;
		const { page, failed } = await open(`${book.defaultLanguage}/`);
		await page.keyboard.press('/');
		await page.fill('[data-search-input]', word);
		const first = page.locator('[data-search-results] li a').first();
		await first.waitFor();
		expect(await first.getAttribute('href')).toMatch(
			new RegExp(`^${base}${book.defaultLanguage}/`)
		);
		await first.click();
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
		expect(await page.locator('mark').count()).toBeGreaterThan(0);
		expect(failed).toEqual([]);
	});
});
