import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { keepScreenshot, openPage, widths } from './helpers';
import { fixtureBook } from '../fixture-books';

const { chapters } = fixtureBook('reader');
const codes = fixtureBook('reader').book.languages.map((language) => language.code);

const dutch = chapters.find((chapter) => chapter.originalLanguage === 'nl')!;
const persian = chapters.find((chapter) => chapter.originalLanguage === 'fa')!;

interface Result {
	href: string;
	language: string;
	text: string;
	marked: string[];
}

/** Types a query into the open dialog and waits for the results of exactly that query. */
async function search(page: Page, query: string, scope?: string): Promise<Result[]> {
	if (!(await page.locator('[data-search-dialog]').evaluate((dialog) => (dialog as HTMLDialogElement).open))) await page.keyboard.press('/');
	await page.evaluate(() => performance.clearMarks());
	if (scope) await page.selectOption('[data-search-scope]', scope);
	await page.fill('[data-search-input]', query);
	await page.waitForFunction((q) => performance.getEntriesByName(`search-results:${q}`).length > 0, query);
	return page.$$eval('.search-results li', (items) =>
		items.map((item) => ({
			href: item.querySelector('a')!.getAttribute('href')!,
			language: item.dataset.language!,
			text: item.querySelector('.search-result-text')!.textContent!,
			marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent!),
		})),
	);
}

describe('search', () => {
	it('opens with the button, with / and with Ctrl+K, as an accessible dialog in the page language, right-to-left in Persian', async () => {
		const page = await openPage('/fa/');
		await page.click('[data-search-open]');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		expect(await page.getAttribute('[data-search-dialog]', 'dir')).toBe('rtl');
		expect(await page.textContent('#search-title')).toBe('جست‌وجو در کتاب');
		await page.keyboard.press('Escape');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(false);
		await page.keyboard.press('/');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Control+k');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(true);
	});

	it('searches the page language by default, and finds the Dutch "pizza" from a Persian page with all languages', async () => {
		const page = await openPage('/fa/');
		const persianOnly = await search(page, 'pizza');
		expect(persianOnly).toEqual([]);
		const all = await search(page, 'pizza', 'all');
		expect(all.some((result) => result.language === 'nl' && result.href.startsWith(`/nl/${dutch.slug}/`))).toBe(true);
		// Each result says its language.
		expect(await page.locator('.search-results li[data-language="nl"] .search-result-language').first().textContent()).toBe('به هلندی');
		await keepScreenshot(page, 'search-fa-all-languages-1280');
	});

	it('"Zappos" finds chapters in every language, each passage once', async () => {
		const page = await openPage('/en/');
		const results = await search(page, 'Zappos', 'all');
		// Persian translations give the Latin name in parentheses, so Persian passages are found too.
		expect(new Set(results.map((result) => result.language))).toEqual(new Set(codes));
		for (const code of codes) expect(new Set(results.filter((result) => result.language === code).map((result) => result.href.split('/')[2])).size, code).toBeGreaterThanOrEqual(2);
		const persianResults = await search(page, 'زاپوس', 'fa');
		expect(persianResults.length).toBeGreaterThan(0);
		const hrefs = results.map((result) => result.href);
		expect(new Set(hrefs).size).toBe(hrefs.length);
	});

	it.each([
		['klanten', 'nl'],
		['early', 'en'],
	])('a word of a chapter\'s slug («%s») finds only passages that hold it, not every passage of that chapter in every language', async (query, code) => {
		expect(chapters.some((chapter) => chapter.slug.split('-').includes(query))).toBe(true);
		const page = await openPage('/en/');
		const results = await search(page, query, 'all');
		expect(results.some((result) => result.language === code)).toBe(true);
		// Outside the language it is written in, a result is one whose own text holds a match («Klantgericht» in a Spanish passage), shown marked.
		expect(results.filter((result) => result.language !== code && result.marked.length === 0).map((result) => result.href)).toEqual([]);
	});

	it.each([
		['Dutch stemming', 'nl', 'verhalen', /verha/i],
		['Spanish', 'es', 'zapatos', /zapatos/i],
		['English stemming', 'en', 'customers', /customer/i],
	])('%s: a query in %s finds its passages', async (_name, code, query, pattern) => {
		const page = await openPage(`/${code}/`);
		const results = await search(page, query);
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) expect(result.language).toBe(code);
		expect(results[0]!.marked.some((word) => pattern.test(word))).toBe(true);
	});

	describe('Persian queries find what a Persian reader means', () => {
		// Every Persian passage of the book (the original and the translations) with «می شود» in any spelling.
		const withMiShavad = chapters.flatMap((chapter) => chapter.versions.fa!.segments.filter((segment) => segment.lang === 'fa' && /می[ \u200c]?شود(?!ن)/.test(segment.text)).map((segment) => `/fa/${chapter.slug}/#${segment.id}`));

		it('the book has such passages in the original, written with a space and with a half-space', () => {
			expect(withMiShavad.filter((href) => href.startsWith(`/fa/${persian.slug}/`)).length).toBeGreaterThanOrEqual(2);
			const text = persian.versions.fa!.segments.map((segment) => segment.text).join(' ');
			expect(text).toContain('می شود');
			expect(text).toContain('می\u200cشود');
		});

		it.each(['می‌شود', 'می شود', 'میشود', 'مي شود', 'مـی‌شُود'])('«%s» (ZWNJ, space, none, Arabic Yeh, tatweel, diacritics) finds every «می شود»', async (query) => {
			const page = await openPage('/fa/');
			const results = await search(page, query);
			expect(results.map((result) => result.href.replace(/\?mark=[^#]*/, '')).sort()).toEqual([...withMiShavad].sort());
			// The text shown is the text as written, with the words marked as written.
			for (const result of results) expect(result.marked.some((word) => /^می[ \u200c]?شود$/u.test(word)), result.marked.join(' | ')).toBe(true);
		});

		it('the bare stem «شود» still finds them', async () => {
			const page = await openPage('/fa/');
			const results = await search(page, 'شود');
			for (const href of withMiShavad) expect(results.map((result) => result.href.replace(/\?mark=[^#]*/, ''))).toContain(href);
		});

		it.each(['۴ روز', '4 روز', '٤ روز'])('digits in any script: «%s» finds «۴ روز»', async (query) => {
			const page = await openPage('/fa/');
			const results = await search(page, query);
			expect(results[0]!.href).toMatch(new RegExp(`^/fa/${persian.slug}/\\?mark=.*#s1$`));
			expect(results[0]!.marked).toContain('۴');
		});

		it('Arabic Kaf and Yeh match Persian: «كفش هاي» finds «کفش‌های»', async () => {
			const page = await openPage('/fa/');
			const results = await search(page, 'كفش');
			expect(results.length).toBeGreaterThan(0);
			expect(results[0]!.text).toContain('کفش');
		});
	});

	it('a result opens the passage, highlighted, with the search terms marked', async () => {
		const page = await openPage(`/fa/${dutch.slug}/`);
		await search(page, 'pizza', 'all');
		await page.click('.search-results li[data-language="nl"] a');
		await page.waitForURL(new RegExp(`/nl/${dutch.slug}/\\?mark=.*#s\\d+$`));
		const id = new URL(page.url()).hash.slice(1);
		expect(await page.locator(`#${id}`).evaluate((row) => row.matches(':target'))).toBe(true);
		const marks = await page.$$eval(`#${id} .cell.primary mark`, (elements) => elements.map((mark) => mark.textContent!.toLowerCase()));
		expect(marks.length).toBeGreaterThan(0);
		expect(marks.every((mark) => mark.startsWith('pizza'))).toBe(true);
		await keepScreenshot(page, 'search-result-opened-nl-1280');
	});

	it('shows results as the reader types, without Enter, and never blocks typing', async () => {
		const page = await openPage('/en/', { width: widths.phone });
		await page.keyboard.press('/');
		await page.locator('[data-search-input]').pressSequentially('emotio', { delay: 30 });
		await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
		expect(await page.inputValue('[data-search-input]')).toBe('emotio');
		// The page's longest task while searching stayed short.
		const longest = await page.evaluate(() => Math.max(0, ...performance.getEntriesByType('longtask').map((task) => task.duration)));
		expect(longest).toBeLessThan(200);
		await keepScreenshot(page, 'search-en-390');
	});
});
