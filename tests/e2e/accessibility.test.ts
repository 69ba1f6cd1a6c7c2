import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, openPage, widths } from './helpers';
import { builtPages, sitePath } from '../built-site';
import { fixtureBook, fixtureBooks, fixtureDist, type FixtureName } from '../fixture-books';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Makes axe-core part of every page the context opens (as a DevTools init script, which the site's CSP does not block). */
const withAxe = async (context: BrowserContext): Promise<void> => {
	await context.addInitScript({ path: axePath });
};

async function axeViolations(page: Page): Promise<string[]> {
	const violations = await page.evaluate(
		async () =>
			(
				await (
					window as unknown as {
						axe: { run: (options: object) => Promise<{ violations: AxeViolation[] }> };
					}
				).axe.run({ resultTypes: ['violations'] })
			).violations
	);
	return violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}

describe.each(Object.keys(fixtureBooks) as FixtureName[])(
	'axe-core finds no violations on any page of the %s book',
	(book) => {
		/** Every page of the built site, as the path a reader opens. */
		const pages = builtPages(fixtureDist(book))
			.map((file) => sitePath(file, fixtureDist(book)))
			.sort();
		const { chapters } = fixtureBook(book);
		const codes = fixtureBook(book).book.languages.map((language) => language.code);

		it('covers every page type in every language', () => {
			expect(pages).toEqual(
				expect.arrayContaining([
					'/',
					'/404.html',
					...codes.flatMap((code) => [
						`/${code}/`,
						`/${code}/status/`,
						...chapters.map((chapter) => `/${code}/${chapter.slug}/`),
					]),
				])
			);
		});

		// One tab per width goes through every page and checks it light and dark: a fresh context per page
		// and theme would take four times as long. Both widths run at once, one per core.
		it(`light and dark, ${widths.desktop} and ${widths.phone} px: all ${pages.length} pages`, async () => {
			const violations: Record<string, string[]> = {};
			await Promise.all(
				[widths.desktop, widths.phone].map(async (width) => {
					const page = await openPage('/', { book, width, prepare: withAxe });
					for (const path of pages) {
						await page.goto(baseUrl(book) + path, { waitUntil: 'load' });
						for (const colorScheme of ['light', 'dark'] as const) {
							await page.emulateMedia({ colorScheme });
							// Colors fade between themes (CSS transitions); check the colors the reader ends up with.
							await page.evaluate(() =>
								Promise.all(document.getAnimations().map((animation) => animation.finished))
							);
							const found = await axeViolations(page);
							if (found.length) violations[`${path} ${colorScheme} ${width} px`] = found;
						}
						// A chapter page in every other pair the reader can pick (and alone), in the last theme.
						for (const choice of await page.$$eval('.pair-picker input:not(:checked)', (inputs) =>
							inputs.map((input) => (input as HTMLInputElement).value)
						)) {
							await page.check(`.pair-picker input[value="${choice}"]`, { force: true });
							const found = await axeViolations(page);
							if (found.length) violations[`${path} ?with=${choice} ${width} px`] = found;
						}
					}
					await page.context().close();
				})
			);
			expect(violations).toEqual({});
		}, 900_000);
	}
);

describe('axe-core with the search dialog open and showing results', () => {
	it("in Arabic, right to left, in another publisher's book", async () => {
		const page = await openPage('/ar/', { book: 'second', prepare: withAxe });
		await page.keyboard.press('/');
		await page.selectOption('[data-search-scope]', 'all');
		await page.fill('[data-search-input]', 'القهوة');
		await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it.each([
		['/fa/', false],
		['/en/', true],
	])('%s (dark: %s)', async (path, dark) => {
		const page = await openPage(path, { dark, prepare: withAxe });
		await page.keyboard.press('/');
		await page.selectOption('[data-search-scope]', 'all');
		await page.fill('[data-search-input]', 'Zappos');
		await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
		expect(await axeViolations(page)).toEqual([]);
	});
});

const { chapters } = fixtureBook('reader');

describe('keyboard', () => {
	it('reaches the skip link first, and it moves focus to the text', async () => {
		const page = await openPage(`/en/${chapters[0]!.slug}/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		expect(await page.locator('.skip-link').isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
	});

	it('every control can be reached by Tab and shows a visible focus ring', async () => {
		const page = await openPage(`/fa/${chapters[2]!.slug}/`);
		// "Read offline" appears once its script, loaded after the page, has run: every control is there before the walk.
		await page.locator('[data-offline-save]').waitFor({ state: 'visible' });
		const seen = new Set<string>();
		let stops = 0;
		for (let step = 0; step < 200; step++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				if (element === document.body) return null;
				// A pair picker's radio is hidden; its label shows the focus ring.
				const radio = element instanceof HTMLInputElement && element.type === 'radio';
				const style = getComputedStyle(radio ? element.closest('label')! : element);
				return {
					key: radio
						? `pair:${element.value}`
						: element.className || element.getAttribute('href') || element.tagName,
					outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
				};
			});
			if (!focused) break; // past the last control
			stops++;
			expect(focused.outline, focused.key).toBe(true);
			seen.add(focused.key);
		}
		// Every visible link, button and disclosure is a Tab stop.
		const controls = await page.$$eval(
			'a[href], button, summary, .pair-picker input:checked',
			(elements) =>
				elements.filter(
					(element) =>
						(element as HTMLElement).offsetParent !== null ||
						getComputedStyle(element).position === 'fixed'
				).length
		);
		expect(stops).toBe(controls);
		for (const control of ['theme-toggle', 'permalink', 'pagination-next'])
			expect(
				[...seen].some((key) => key.includes(control)),
				control
			).toBe(true);
		// The pair picker is one stop (the arrow keys move within it).
		expect([...seen].filter((key) => key.startsWith('pair:'))).toHaveLength(1);
	});

	it('headings go in order with one h1', async () => {
		for (const path of ['/en/', `/en/${chapters[3]!.slug}/`, `/fa/${chapters[0]!.slug}/`]) {
			const page = await openPage(path);
			const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
				headings.map((heading) => Number(heading.tagName[1]))
			);
			expect(
				levels.filter((level) => level === 1),
				path
			).toHaveLength(1);
			for (let i = 1; i < levels.length; i++)
				expect(levels[i]! - levels[i - 1]!, path).toBeLessThanOrEqual(1);
			await page.context().close();
		}
	});
});
