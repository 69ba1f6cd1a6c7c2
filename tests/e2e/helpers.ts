/** Shared pieces of the end-to-end tests: one browser per test file, pages of a fixture book's site at a width and theme, screenshots kept as artifacts. */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { launchBrowser } from '../../tools/lib/chromium';
import type { FixtureName } from '../fixture-books';

/** Where the global setup serves a fixture book's site (the reader book unless told). */
export const baseUrl = (book: FixtureName = 'reader') => inject('siteUrls')[book];
export const widths = { phone: 390, desktop: 1280 } as const;
export const screenshotDir = 'test-results/screenshots';

let browser: Promise<Browser> | undefined;
afterAll(async () => {
	await (await browser)?.close();
});

interface PageOptions {
	/** The fixture book whose site to open. */
	book?: FixtureName;
	width?: number;
	dark?: boolean;
	javaScript?: boolean;
}

/** A new browser context (own storage) at a width, light or dark, with or without JavaScript. */
export async function newContext(options: PageOptions = {}): Promise<BrowserContext> {
	browser ??= launchBrowser();
	return (await browser).newContext({
		viewport: { width: options.width ?? widths.desktop, height: 900 },
		colorScheme: options.dark ? 'dark' : 'light',
		javaScriptEnabled: options.javaScript ?? true,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
}

/** A new page in its own context, opened at a path of the served site; `prepare` runs on the context before the page loads. */
export async function openPage(
	path: string,
	options: PageOptions & { prepare?: (context: BrowserContext) => Promise<void> } = {}
): Promise<Page> {
	const context = await newContext(options);
	await options.prepare?.(context);
	const page = await context.newPage();
	await page.goto(baseUrl(options.book) + path, { waitUntil: 'load' });
	return page;
}

/** Saves a screenshot under test-results/screenshots/ for people to look at. */
export async function keepScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
	mkdirSync(screenshotDir, { recursive: true });
	await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage });
}
