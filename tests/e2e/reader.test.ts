import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keepScreenshot, openPage, widths } from './helpers';
import { languageDir } from '../../src/lib/languages';
import { themeColors } from '../../src/lib/theme-colors';
import { languageDigits } from '../../src/lib/writing-systems';
import { translationCredit } from '../../src/lib/provenance';
import { fixtureBook } from '../fixture-books';

const { book, chapters } = fixtureBook('reader');
const codes = book.languages.map((language) => language.code);

const dutch = chapters.find((chapter) => chapter.originalLanguage === 'nl')!;
const persian = chapters.find((chapter) => chapter.originalLanguage === 'fa')!;
const dirOf = (code: string) => languageDir(book, code);

/** The languages of the cells shown in the first row of the text (the pair picker hides the others). */
const shownLanguages = (page: Page) =>
	page
		.locator('.parallel .row')
		.first()
		.locator(':scope > .cell')
		.evaluateAll((cells) =>
			cells.filter((cell) => cell.checkVisibility()).map((cell) => cell.getAttribute('lang'))
		);
/** The column labels shown above the text. */
const columnLabels = (page: Page) =>
	page
		.locator('.column-labels .provenance')
		.evaluateAll((labels) => labels.filter((label) => label.checkVisibility()));
/** Records the pair picked in every frame drawn while the page loads (an init script): the first frame with the picker shows the pair. */
const recordPairFrames = () => {
	const frames: string[] = [];
	Object.assign(window, { pairFrames: frames });
	const look = () => {
		const checked = document.querySelector<HTMLInputElement>('.pair-picker input:checked');
		if (checked) frames.push(checked.value);
		if (document.readyState !== 'complete' || !frames.length) requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
};
const pairFrames = (page: Page) =>
	page.evaluate(() => (window as unknown as { pairFrames: string[] }).pairFrames);
/** The layout shift of the page since it started loading (the observer is buffered), once the fonts are in and half a second has passed. */
const layoutShift = async (page: Page) => {
	await page.evaluate(() => document.fonts.ready);
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[])
						if (!entry.hadRecentInput) total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 500);
			})
	);
};

describe('reading side by side at 1280 px', () => {
	it('shows each segment beside its counterpart in aligned rows, each column with its own lang and dir', async () => {
		const page = await openPage(`/fa/${dutch.slug}/`);
		const rows = await page.$$eval('.parallel .row', (elements) =>
			elements.map((row) => {
				const shown = [...row.querySelectorAll(':scope > .cell')].filter((cell) =>
					cell.checkVisibility()
				);
				const cells = shown.map((cell) => {
					const box = cell.getBoundingClientRect();
					return {
						lang: cell.getAttribute('lang'),
						dir: cell.getAttribute('dir'),
						direction: getComputedStyle(cell).direction,
						top: box.top,
						bottom: box.bottom,
						left: box.left,
						right: box.right,
					};
				});
				return { id: row.id, cells };
			})
		);
		expect(rows).toHaveLength(dutch.versions.nl!.segments.length);
		for (const [index, row] of rows.entries()) {
			expect(row.cells.map((cell) => [cell.lang, cell.dir, cell.direction])).toEqual([
				['fa', 'rtl', 'rtl'],
				['nl', 'ltr', 'ltr'],
			]);
			// Same top, side by side (the Persian page reads from the right, so Persian is the right column).
			expect(Math.abs(row.cells[0]!.top - row.cells[1]!.top)).toBeLessThan(1);
			expect(row.cells[0]!.left).toBeGreaterThanOrEqual(row.cells[1]!.right);
			// The next row starts below the taller of the two cells: long and short translations stay aligned.
			const next = rows[index + 1];
			if (next)
				expect(next.cells[0]!.top).toBeGreaterThanOrEqual(
					Math.max(row.cells[0]!.bottom, row.cells[1]!.bottom)
				);
		}
		await keepScreenshot(page, 'chapter-fa-beside-nl-1280');
	});

	it('labels the original as the original and the translation with its provenance', async () => {
		const page = await openPage(`/en/${persian.slug}/`);
		const labels = await page.$$eval('.column-labels .provenance', (elements) =>
			elements.map((element) => element.textContent.replace(/\s+/g, ' ').trim())
		);
		const provenance = persian.versions.en!.provenance;
		if (provenance.type !== 'translation')
			throw new Error("the fixture's English version of the Persian chapter is a translation");
		const credit = translationCredit(provenance, 'en', 'en', book.defaultLanguage).text;
		const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
			new Date(`${provenance.date}T00:00:00Z`)
		);
		const revised = provenance.revised
			? ` · revised ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${provenance.revised}T00:00:00Z`))}`
			: '';
		// The fixture's English version was revised: the label says so.
		expect(revised).not.toBe('');
		expect(labels[0]).toBe(
			`Translation from Persian: ${credit}, ${date} · not yet reviewed${revised}`
		);
		expect(labels[1]).toBe('Original (Persian)');
	});

	it('lets the reader choose the pair or a single language on the chapter page, the address naming the pair', async () => {
		const page = await openPage(`/fa/${dutch.slug}/`);
		expect(await shownLanguages(page)).toEqual(['fa', 'nl']);
		expect(await page.isChecked('.pair-picker input[value="nl"]')).toBe(true);
		await page.click('.pair-picker label:has(input[value="es"])');
		expect(await shownLanguages(page)).toEqual(['fa', 'es']);
		expect(await columnLabels(page)).toHaveLength(2);
		expect(new URL(page.url()).search).toBe('?with=es');
		await page.click('.pair-picker label:has(input[value="only"])');
		expect(await shownLanguages(page)).toEqual(['fa']);
		expect(await columnLabels(page)).toHaveLength(1);
		expect(new URL(page.url()).search).toBe('?with=only');
		// Back to the default pair: the address is the chapter's own again.
		await page.click('.pair-picker label:has(input[value="nl"])');
		expect(await shownLanguages(page)).toEqual(['fa', 'nl']);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(
			new URL(`/fa/${dutch.slug}/`, book.site).href
		);
	});

	it('picks the pair with the keyboard: the arrow keys move through the choices', async () => {
		const page = await openPage(`/fa/${dutch.slug}/`);
		await page.focus('.pair-picker input:checked');
		const before = await page.$eval('.pair-picker input:checked', (input) =>
			input.getAttribute('value')
		);
		await page.keyboard.press('ArrowRight');
		const after = await page.$eval('.pair-picker input:checked', (input) =>
			input.getAttribute('value')
		);
		expect(after).not.toBe(before);
		expect(await shownLanguages(page)).toEqual(after === 'only' ? ['fa'] : ['fa', after]);
		// The focused choice is outlined.
		expect(
			await page.$eval(
				'.pair-picker label:has(:focus-visible)',
				(label) => getComputedStyle(label).outlineStyle
			)
		).toBe('solid');
	});

	it('opens a shared pair link in that pair, and the pair shows from the first paint', async () => {
		const page = await openPage(`/en/${persian.slug}/?with=nl#s3`, {
			prepare: async (context) => {
				await context.addInitScript(recordPairFrames);
			},
		});
		expect(await shownLanguages(page)).toEqual(['en', 'nl']);
		expect(await page.isChecked('.pair-picker input[value="nl"]')).toBe(true);
		expect(await page.evaluate(() => location.hash)).toBe('#s3');
		expect(await layoutShift(page)).toBeLessThan(0.01);
		expect(new Set(await pairFrames(page))).toEqual(new Set(['nl']));
		// A copied passage link carries the pair.
		await page.locator('#s3 .permalink').click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`${new URL(page.url()).origin}/en/${persian.slug}/?with=nl#s3`);
		// A language the page does not offer beside it is ignored: the default pair shows.
		const other = await openPage(`/en/${persian.slug}/?with=en`);
		expect(await shownLanguages(other)).toEqual(['en', 'fa']);
		expect(new URL(other.url()).search).toBe('');
	});

	it('shows the pair the reader picked before from the first paint, without a shift, and names it in the address', async () => {
		const page = await openPage(`/fa/${dutch.slug}/`, {
			prepare: async (context) => {
				await context.addInitScript(() => localStorage.setItem('reader.companion', 'es'));
				await context.addInitScript(recordPairFrames);
			},
		});
		expect(await shownLanguages(page)).toEqual(['fa', 'es']);
		expect(await layoutShift(page)).toBeLessThan(0.01);
		expect(new Set(await pairFrames(page))).toEqual(new Set(['es']));
		expect(new URL(page.url()).search).toBe('?with=es');
		// The links to the other chapters open the same pair.
		expect(await page.getAttribute('.pagination-next', 'href')).toMatch(/\/\?with=es$/);
	});

	it('takes the address of a pair view of earlier versions to the chapter with that pair', async () => {
		const page = await openPage(`/fa/${dutch.slug}/es/`);
		await page.waitForURL(`**/fa/${dutch.slug}/?with=es`);
		expect(await shownLanguages(page)).toEqual(['fa', 'es']);
		const missing = await openPage(`/fa/no-such-chapter/es/`);
		await missing.waitForURL(`**/fa/no-such-chapter/?with=es`);
		expect(await missing.locator('.not-found').count()).toBe(codes.length);
	});

	it('highlights the counterpart of the segment under the pointer or the keyboard focus', async () => {
		const page = await openPage(`/en/${dutch.slug}/`);
		const row = page.locator('#s6');
		const background = () => row.evaluate((element) => getComputedStyle(element).backgroundColor);
		const resting = await background();
		await row.locator('.cell.companion:visible').hover();
		await page.waitForTimeout(250);
		const hovered = await background();
		expect(hovered).not.toBe(resting);
		// Both cells shown sit inside the highlighted row.
		expect(await row.locator('.cell:visible').count()).toBe(2);
		await page.mouse.move(0, 0);
		await row.locator('.permalink').focus();
		await page.waitForTimeout(250);
		expect(await background()).toBe(hovered);
	});

	it('opens a segment link scrolled to the passage and highlighted in both columns', async () => {
		// A passage with enough text after it to be scrolled to the top (the last ones cannot be, on a short chapter).
		const dutchChapter = `/es/${dutch.slug}/#s5`;
		const page = await openPage(dutchChapter);
		const row = page.locator('#s5');
		expect(await row.evaluate((element) => element.matches(':target'))).toBe(true);
		// Scrolled so that the passage sits just below the sticky header.
		const box = await row.boundingBox();
		const header = await page.locator('.site-header').boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
		expect(box!.y).toBeLessThan(header!.y + header!.height + 40);
		const [highlight, surface] = await row.evaluate((element) => [
			getComputedStyle(element).backgroundColor,
			getComputedStyle(document.documentElement).backgroundColor,
		]);
		expect(highlight).not.toBe(surface);
		expect(highlight).not.toBe('rgba(0, 0, 0, 0)');
		await keepScreenshot(page, 'segment-link-es-1280');
	});

	it('copies the permalink of a passage, the same id in every language', async () => {
		const page = await openPage(`/nl/${persian.slug}/`);
		await page.locator('#s3 .permalink').click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`${new URL(page.url()).origin}/nl/${persian.slug}/#s3`);
		expect(await page.textContent('[data-copy-status]')).toBe('Link gekopieerd');
	});

	it('keeps the chapter and the passage when switching language', async () => {
		const page = await openPage(`/en/${dutch.slug}/`);
		await page.evaluate(() => (location.hash = 's5'));
		// A real pointer click where the sticky header shows the link (Playwright's click would scroll first).
		const box = (await page.locator('.language-select a[hreflang="es"]').boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await page.waitForURL(`**/es/${dutch.slug}/#s5`);
		expect(await page.evaluate(() => location.hash)).toBe('#s5');
	});

	it('remembers the pair, the text size and the theme across pages', async () => {
		const page = await openPage(`/en/${persian.slug}/`);
		await page.click('.pair-picker label:has(input[value="es"])');
		await page.waitForURL(`**/en/${persian.slug}/?with=es`);
		const size = () =>
			page.$eval('.parallel', (element) => parseFloat(getComputedStyle(element).fontSize));
		const before = await size();
		await page.click('[data-text-size-step="1"]');
		expect(await size()).toBeGreaterThan(before);
		await page.click('[data-theme-toggle]');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		// The browser's bars follow the chosen theme, whatever the system's.
		expect(
			await page.$$eval('meta[name="theme-color"]', (metas) =>
				metas.map((meta) => meta.getAttribute('content'))
			)
		).toEqual([themeColors.dark.background, themeColors.dark.background]);
		await page.click('.pagination-next');
		await page.waitForURL(`**/en/${chapters[1]!.slug}/?with=es`);
		expect(await shownLanguages(page)).toEqual(['en', 'es']);
		expect(await size()).toBeGreaterThan(before);
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
		).toBe('rgb(27, 26, 24)');
	});
});

describe('reading on a phone at 390 px', () => {
	it.each([
		'/',
		'/fa/',
		`/fa/${dutch.slug}/`,
		`/en/${persian.slug}/?with=es`,
		`/nl/${persian.slug}/?with=only`,
		'/404.html',
	])('%s has no horizontal scroll', async (path) => {
		const page = await openPage(path, { width: widths.phone });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			widths.phone
		);
	});

	it('stacks a pair segment by segment, each translation grouped with its original', async () => {
		const page = await openPage(`/es/${dutch.slug}/`, { width: widths.phone });
		const rows = await page.$$eval('.parallel .row', (elements) =>
			elements.slice(0, 6).map((row) => {
				const [primary, companion] = [...row.querySelectorAll(':scope > .cell')]
					.filter((cell) => cell.checkVisibility())
					.map((cell) => cell.getBoundingClientRect());
				return {
					primaryBottom: primary!.bottom,
					companionTop: companion!.top,
					rowBackground: getComputedStyle(row).backgroundColor,
					pageBackground: getComputedStyle(document.documentElement).backgroundColor,
				};
			})
		);
		for (const row of rows) {
			expect(row.companionTop).toBeGreaterThanOrEqual(row.primaryBottom - 1);
			expect(row.rowBackground).not.toBe(row.pageBackground);
		}
		await keepScreenshot(page, 'chapter-es-beside-nl-390');
	});
});

describe('the interface in every language', () => {
	it.each(codes)(
		'%s: home page with title, intro and chapter list with original language and reading time',
		async (code) => {
			const page = await openPage(`/${code}/`);
			expect(await page.getAttribute('html', 'dir')).toBe(dirOf(code));
			expect(await page.locator('.chapter-list li').count()).toBe(chapters.length);
			const meta = await page.locator('.chapter-meta').first().textContent();
			expect(meta).toBeTruthy();
			// The chapters are numbered in the digits of the language (۱. ۲. in Persian).
			expect(
				await page.$eval('.chapter-list', (list) => getComputedStyle(list).listStyleType)
			).toBe(languageDigits(code).join('') === '0123456789' ? 'decimal' : `digits-${code}`);
			await keepScreenshot(page, `home-${code}-1280`);
		}
	);

	it('Persian mirrors the whole interface: contents on the right, arrows reversed', async () => {
		const page = await openPage(`/fa/${chapters[1]!.slug}/`);
		const sidebar = await page.locator('.sidebar').boundingBox();
		const main = await page.locator('main').boundingBox();
		expect(sidebar!.x).toBeGreaterThan(main!.x);
		expect(
			await page.$eval('.pagination-next .arrow', (arrow) => getComputedStyle(arrow).transform)
		).toBe('matrix(-1, 0, 0, 1, 0, 0)');
		const next = await page.locator('.pagination-next').boundingBox();
		const previous = await page.locator('.pagination-previous').boundingBox();
		expect(previous!.x).toBeGreaterThan(next!.x);
		expect(await page.textContent('.pagination-next .pagination-direction')).toContain('فصل بعدی');
		await keepScreenshot(page, 'chapter-fa-1280', true);
	});

	it('the 404 page speaks every book language', async () => {
		const page = await openPage('/no-such-page/');
		expect(
			await page.$$eval('.not-found', (sections) =>
				sections.map((section) => section.getAttribute('lang'))
			)
		).toEqual(codes);
	});
});

describe('without JavaScript', () => {
	it('shows the text in the default pair, picks another pair and navigates', async () => {
		const page = await openPage(`/en/${chapters[0]!.slug}/`, { javaScript: false });
		expect(await shownLanguages(page)).toEqual(['en', 'fa']);
		expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
		await page.click('.pagination-next');
		await page.waitForURL(`**/en/${chapters[1]!.slug}/`);
		await page.click('.pair-picker label:has(input[value="es"])');
		expect(await shownLanguages(page)).toEqual(['en', 'es']);
		expect(await columnLabels(page)).toHaveLength(2);
		await page.click('.pair-picker label:has(input[value="only"])');
		expect(await shownLanguages(page)).toEqual(['en']);
		expect(await page.locator('.row').count()).toBe(chapters[1]!.versions.en!.segments.length);
	});

	it('opens a shared pair link in the default pair', async () => {
		const page = await openPage(`/en/${persian.slug}/?with=nl`, { javaScript: false });
		expect(await shownLanguages(page)).toEqual(['en', 'fa']);
	});
});

describe('fonts and print', () => {
	it('loads the self-hosted faces without shifting the layout', async () => {
		const page = await openPage(`/fa/${dutch.slug}/`);
		await page.evaluate(() => document.fonts.ready);
		const families = await page.evaluate(() =>
			[...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family)
		);
		expect(families.some((family) => family.startsWith('Vazirmatn'))).toBe(true);
		expect(families.some((family) => family.startsWith('Literata'))).toBe(true);
		expect(await layoutShift(page)).toBeLessThan(0.01);
	});

	it('prints the text without the site chrome', async () => {
		const page = await openPage(`/en/${dutch.slug}/`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'.site-header',
			'.sidebar',
			'.reader-controls',
			'.pagination',
			'.permalink',
		])
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		expect(await page.locator('#s6 .cell').first().isVisible()).toBe(true);
		expect(await page.$eval('#s6', (row) => getComputedStyle(row).breakInside)).toBe('avoid');
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});
