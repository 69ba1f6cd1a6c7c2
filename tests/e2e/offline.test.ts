import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheNames, type OfflineList } from '../../src/lib/offline';
import { fixtureBook, fixtureBooks } from '../fixture-books';
import { serveStatic, type StaticSite } from '../static-server';
import { keepScreenshot, newContext } from './helpers';

/**
 * The reader book saved for offline reading, in real Chromium with its network off: a copy of the book built twice,
 * as it is and with one Persian passage changed, published in turn at one address (a site and its rebuild).
 */
const { chapters } = fixtureBook('reader');
const dutch = chapters.find((chapter) => chapter.originalLanguage === 'nl')!;
const changedFile = join('chapters', dutch.slug, 'fa.mdx');
const changedText = 'پیتزایی تازه در نیمه‌شب';

const work = mkdtempSync(join(tmpdir(), 'book-offline-'));
const builds = { first: join(work, 'first'), rebuilt: join(work, 'rebuilt') };
let published = builds.first;
let site: StaticSite;
let context: BrowserContext;
let page: Page;

function build(contentDir: string, outDir: string) {
	const run = spawnSync(
		'node_modules/.bin/tsx',
		['tools/site/cli.ts', 'build', '--book', contentDir, '--out', outDir],
		{ encoding: 'utf8', env: { ...process.env, SKIP_PDF: '1' } }
	);
	expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

beforeAll(async () => {
	const content = join(work, 'content');
	cpSync(fixtureBooks.reader, content, { recursive: true });
	build(content, builds.first);
	// The rebuild: one passage of the Persian translation of the Dutch chapter says something else.
	const file = join(content, changedFile);
	const text = readFileSync(file, 'utf8');
	expect(text).toContain('یک پیتزا در نیمه‌شب');
	writeFileSync(file, text.replace('یک پیتزا در نیمه‌شب', changedText));
	build(content, builds.rebuilt);
	site = await serveStatic(() => published);
	context = await newContext();
	page = await context.newPage();
}, 240_000);

afterAll(async () => {
	await context?.close();
	await site?.close();
	rmSync(work, { recursive: true, force: true });
});

const open = (path: string) => page.goto(`${site.url}${path}`, { waitUntil: 'load' });
const persianList = (dir: string) =>
	JSON.parse(readFileSync(join(dir, 'offline', 'fa.json'), 'utf8')) as OfflineList;
/** The languages of the cells shown in a row. */
const shownIn = (id: string) =>
	page.$$eval(`#${id} > .cell`, (cells) =>
		cells.filter((cell) => cell.checkVisibility()).map((cell) => cell.getAttribute('lang'))
	);
const savedCaches = () =>
	page.evaluate(async () => (await caches.keys()).filter((name) => name.includes('saved-')));

describe('a book saved for offline reading', () => {
	it('offers to save the Persian book with its size, shows the progress, and says it is saved', async () => {
		await open('/fa/');
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		const control = page.locator('[data-offline-save]');
		await control.waitFor({ state: 'visible' });
		const list = persianList(builds.first);
		// The size is that of every file the list names, in the page's language and digits.
		const size = await page.evaluate(
			(bytes) =>
				new Intl.NumberFormat('fa', {
					style: 'unit',
					unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
					maximumFractionDigits: 1,
				}).format(bytes >= 1e6 ? bytes / 1e6 : Math.round(bytes / 1e3)),
			list.bytes
		);
		await control.scrollIntoViewIfNeeded();
		await expect.poll(() => page.textContent('[data-offline-action="save"]')).toContain(size);
		// Every status the live region says while saving.
		await page.evaluate(() => {
			const status = document.querySelector('[data-offline-status]')!;
			const said: string[] = [];
			Object.assign(window, { said });
			new MutationObserver(() => said.push(status.textContent)).observe(status, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		await page.click('[data-offline-action="save"]');
		await page.locator('[data-offline-action="remove"]').waitFor({ state: 'visible' });
		const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
		expect(
			said.some((text) => /در حال ذخیره… .*٪/u.test(text)),
			said.join(' | ')
		).toBe(true);
		expect(said.at(-1)).toContain(size);
		expect(await page.isHidden('[data-offline-action="save"]')).toBe(true);
		expect(await savedCaches()).toHaveLength(1);
		await control.scrollIntoViewIfNeeded();
		await keepScreenshot(page, 'offline-saved-fa-1280');
		// Saved stays saved.
		await page.reload({ waitUntil: 'load' });
		await page.locator('[data-offline-action="remove"]').waitFor({ state: 'visible' });
	});

	it('fetches the size only when the control comes into view, not with every page', async () => {
		const asked: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/offline/')) asked.push(new URL(request.url()).pathname);
		});
		// A saved language checks its copy on every page; another language's page asks nothing until the reader gets to the control.
		await open(`/en/${dutch.slug}/`);
		await page.locator('[data-offline-save]').waitFor({ state: 'visible' });
		await page.waitForTimeout(500);
		expect(asked).toEqual([]);
		await page.locator('[data-offline-save]').scrollIntoViewIfNeeded();
		await expect.poll(() => asked).toEqual(['/offline/en.summary.json']);
		await expect
			.poll(() => page.textContent('[data-offline-action="save"]'))
			.toMatch(/\(\d+(\.\d)? (kB|MB)\)$/u);
		page.removeAllListeners('request');
	});

	it('keeps a page visited in another language', async () => {
		await open(`/en/${dutch.slug}/`);
		await expect
			.poll(() => page.evaluate((name) => caches.has(name), cacheNames().visited))
			.toBe(true);
		await expect
			.poll(() =>
				page.evaluate(async (path) => Boolean(await caches.match(path)), `/en/${dutch.slug}/`)
			)
			.toBe(true);
	});

	it('with the network off: opens three chapters, a pair and a page visited, and searches in Persian', async () => {
		await context.setOffline(true);
		for (const chapter of chapters.slice(0, 3)) {
			const response = await open(`/fa/${chapter.slug}/`);
			expect(response?.ok(), chapter.slug).toBe(true);
			expect(await page.locator('.parallel .row').count()).toBe(
				chapter.versions.fa!.segments.length
			);
			// The fonts came from the saved copy: no web font failed (the metric fallbacks name local fonts this system lacks).
			const fonts = await page.evaluate(async () => {
				await document.fonts.ready;
				return [...document.fonts]
					.filter((font) => !font.family.includes('fallback'))
					.map((font) => ({ family: font.family, status: font.status }));
			});
			expect(fonts.filter((font) => font.status === 'loaded').length).toBeGreaterThan(0);
			expect(fonts.filter((font) => font.status === 'error')).toEqual([]);
		}
		await open(`/fa/${dutch.slug}/?with=es`);
		expect(await shownIn('s3')).toEqual(['fa', 'es']);
		await open(`/en/${dutch.slug}/`);
		expect(await shownIn('s3')).toEqual(['en', 'nl']);

		await open(`/fa/${dutch.slug}/`);
		await page.keyboard.press('/');
		await page.fill('[data-search-input]', 'پیتزا');
		const result = page.locator('.search-results a').first();
		await result.waitFor();
		const href = (await result.getAttribute('href'))!;
		await keepScreenshot(page, 'offline-search-fa-1280');
		await result.click();
		await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === href);
		const id = new URL(page.url()).hash.slice(1);
		expect(await page.locator(`#${id}`).evaluate((row) => row.matches(':target'))).toBe(true);
		expect(await page.locator(`#${id} mark`).count()).toBeGreaterThan(0);
	});

	it('after a rebuild, the reader online gets the new text, the saved copy follows, and the reader is told once', async () => {
		expect(persianList(builds.rebuilt).revision).not.toBe(persianList(builds.first).revision);
		published = builds.rebuilt;
		await context.setOffline(false);
		await open('/fa/');
		const notice = page.locator('.offline-notice');
		await notice.waitFor({ state: 'visible' });
		expect(await notice.textContent()).toBe('نسخه‌ی ذخیره‌شده‌ی این کتاب در این دستگاه به‌روز شد.');
		await keepScreenshot(page, 'offline-updated-fa-1280');
		await page.reload({ waitUntil: 'load' });
		await page.locator('[data-offline-action="remove"]').waitFor({ state: 'visible' });
		expect(await page.locator('.offline-notice').count()).toBe(0);
		// Offline again, the changed chapter comes from the saved copy, which has the new text.
		await context.setOffline(true);
		await open(`/fa/${dutch.slug}/`);
		expect(await page.textContent('#s2 .cell.primary')).toContain(changedText);
		// Online, the pages come from the network first: the Dutch original beside the new Persian text.
		await context.setOffline(false);
		await open(`/nl/${dutch.slug}/?with=fa`);
		expect(await page.textContent('#s2 .cell[data-beside="fa"]')).toContain(changedText);
	});

	it('removes the saved copy', async () => {
		await open('/fa/');
		await page.click('[data-offline-action="remove"]');
		await page.locator('[data-offline-action="save"]').waitFor({ state: 'visible' });
		expect(await savedCaches()).toEqual([]);
		expect(await page.textContent('[data-offline-status]')).toBe('');
	});
});
