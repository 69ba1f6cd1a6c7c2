import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureBook } from '../fixture-books';
import { keepScreenshot, openPage } from './helpers';

/** The fonts Chromium drew an element's text with (DevTools protocol, CSS.getPlatformFontsForNode): family names and glyph counts. */
async function platformFonts(page: Page, selector: string): Promise<Record<string, number>> {
	const session = await page.context().newCDPSession(page);
	await session.send('DOM.enable');
	await session.send('CSS.enable');
	const { root } = await session.send('DOM.getDocument', { depth: -1 });
	const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	expect(nodeId, selector).toBeGreaterThan(0);
	// The text node inside the paragraph is what is drawn.
	const { node } = await session.send('DOM.describeNode', { nodeId, depth: 2 });
	const textNode = node.children?.find((child) => child.nodeType === 3) ?? node;
	const { nodeIds } = await session.send('DOM.pushNodesByBackendIdsToFrontend', {
		backendNodeIds: [textNode.backendNodeId],
	});
	const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId: nodeIds[0]! });
	return Object.fromEntries(fonts.map((font) => [font.familyName, font.glyphCount]));
}

/** Opens a page and loads it again, so that the fonts it preloads are in the cache: which face draws each text, not how soon. */
async function openWarm(book: 'second' | 'scripts', path: string): Promise<Page> {
	const page = await openPage(path, { book });
	await page.reload({ waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	return page;
}

describe('every text is drawn in the web font of its writing system, never in a system fallback', () => {
	const second = fixtureBook('second');
	const scripts = fixtureBook('scripts');

	it("Arabic beside English and German, in another publisher's book", async () => {
		const coffee = second.chapters.find((chapter) => chapter.originalLanguage === 'ar')!;
		for (const path of [`/en/${coffee.slug}/`, `/de/${coffee.slug}/`, `/ar/${coffee.slug}/`]) {
			const page = await openWarm('second', path);
			// Vazirmatn draws the letters; spaces and Latin punctuation may come from Literata after it in the stack.
			const arabic = await platformFonts(page, '#s2 .cell[lang="ar"] p');
			expect(
				Object.entries(arabic).sort((a, b) => b[1] - a[1])[0]![0],
				`${path} ${JSON.stringify(arabic)}`
			).toBe('Vazirmatn');
			for (const name of Object.keys(arabic))
				expect(['Vazirmatn', 'Literata'], `${path} ${JSON.stringify(arabic)}`).toContain(name);
			const latin = path.startsWith('/ar/') ? undefined : '#s2 .cell.primary p';
			if (latin) expect(Object.keys(await platformFonts(page, latin)), path).toEqual(['Literata']);
			await keepScreenshot(page, `second-book${path.replaceAll('/', '-').replace(/-$/, '')}-1280`);
			await page.context().close();
		}
	});

	it.each([
		['he', 'Frank Ruhl Libre'],
		['hi', 'Hind'],
		['ru', 'Literata'],
		['el', 'Literata'],
		['ur', 'Vazirmatn'],
	])('%s in %s', async (code, family) => {
		const slug = scripts.chapters[0]!.slug;
		const page = await openWarm('scripts', `/${code}/${slug}/`);
		const fonts = await platformFonts(page, `#s2 .cell[lang="${code}"] p`);
		// The script's own face draws the letters (spaces and punctuation may come from the Latin face after it in the stack).
		const [main] = Object.entries(fonts).sort((a, b) => b[1] - a[1]);
		expect(main![0], JSON.stringify(fonts)).toBe(family);
		for (const name of Object.keys(fonts))
			expect(['Literata', family], JSON.stringify(fonts)).toContain(name);
		await keepScreenshot(page, `scripts-${code}-1280`);
	});
});

describe('a first visit, with an empty cache, draws every text in the site fonts at once', () => {
	const reader = fixtureBook('reader');
	const chapter = reader.chapters.find((candidate) => candidate.originalLanguage === 'fa')!;
	// Bold text (headings, the book title) included: with font-display optional, a face that is late is never used on that page.
	it.each([
		['fa', 'Vazirmatn', 'Literata'],
		['en', 'Literata', 'Vazirmatn'],
	])(
		'/%s/: headings, the book title and the text in %s, the companion column in %s',
		async (code, own, other) => {
			for (const width of [390, 1280]) {
				// A new context is a new profile: nothing cached, nothing remembered.
				const page = await openPage(`/${code}/${chapter.slug}/`, { width });
				await page.evaluate(() => document.fonts.ready);
				const drawnWith = async (selector: string) => {
					const fonts = await platformFonts(page, selector);
					return Object.entries(fonts).sort((a, b) => b[1] - a[1])[0]![0];
				};
				expect(await drawnWith('h1'), `${code} ${width} h1`).toBe(own);
				expect(await drawnWith('.book-title'), `${code} ${width} book title`).toBe(own);
				expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontWeight)).toBe(
					'700'
				);
				expect(await drawnWith('.cell.primary p'), `${code} ${width} text`).toBe(own);
				expect(await drawnWith('.cell.companion p'), `${code} ${width} companion`).toBe(other);
				await keepScreenshot(page, `first-visit-${code}-${width}`);
				await page.context().close();
			}
		}
	);
});
