import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { book, chapters, codes } from '../content/book-content';
import { openPage, widths } from './helpers';
import { defaultCompanion } from '../../src/lib/views';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axePath });
	const violations = await page.evaluate(async () => ((await (window as unknown as { axe: { run: (options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run({ resultTypes: ['violations'] })).violations));
	return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** One page of every type in every language: home, chapter (default pair), another pair, alone; plus the root and 404. */
const pages = [
	'/',
	'/404.html',
	...codes.flatMap((code) => {
		const chapter = chapters[(codes.indexOf(code) + 1) % chapters.length]!;
		const other = codes.find((candidate) => candidate !== code && candidate !== defaultCompanion(chapter, code, book))!;
		return [`/${code}/`, `/${code}/status/`, `/${code}/${chapter.slug}/`, `/${code}/${chapter.slug}/${other}/`, `/${code}/${chapter.slug}/only/`];
	}),
];

describe('axe-core finds no violations', () => {
	for (const dark of [false, true])
		for (const width of [widths.desktop, widths.phone])
			describe(`${dark ? 'dark' : 'light'}, ${width} px`, () => {
				it.each(pages)('%s', async (path) => {
					const page = await openPage(path, { dark, width });
					expect(await axeViolations(page)).toEqual([]);
					await page.context().close();
				});
			});
});

describe('axe-core with the search dialog open and showing results', () => {
	it.each([
		['/fa/', false],
		['/en/', true],
	])('%s (dark: %s)', async (path, dark) => {
		const page = await openPage(path, { dark });
		await page.keyboard.press('/');
		await page.selectOption('[data-search-scope]', 'all');
		await page.fill('[data-search-input]', 'Zappos');
		await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
		expect(await axeViolations(page)).toEqual([]);
	});
});

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
		const seen = new Set<string>();
		let stops = 0;
		for (let step = 0; step < 200; step++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				if (element === document.body) return null;
				const style = getComputedStyle(element);
				return { key: element.className || element.getAttribute('href') || element.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
			});
			if (!focused) break; // past the last control
			stops++;
			expect(focused.outline, focused.key).toBe(true);
			seen.add(focused.key);
		}
		// Every visible link, button and disclosure is a Tab stop.
		const controls = await page.$$eval('a[href], button, summary', (elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null || getComputedStyle(element).position === 'fixed').length);
		expect(stops).toBe(controls);
		for (const control of ['theme-toggle', 'permalink', 'pagination-next']) expect([...seen].some((key) => key.includes(control)), control).toBe(true);
		expect([...seen].some((key) => key.includes('/fa/') && key.endsWith('/only/'))).toBe(true);
	});

	it('headings go in order with one h1', async () => {
		for (const path of ['/en/', `/en/${chapters[3]!.slug}/`, `/fa/${chapters[0]!.slug}/`]) {
			const page = await openPage(path);
			const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((heading) => Number(heading.tagName[1])));
			expect(levels.filter((level) => level === 1), path).toHaveLength(1);
			for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, path).toBeLessThanOrEqual(1);
			await page.context().close();
		}
	});
});
