/** Shared pieces of the end-to-end tests: one browser per test file, pages at a width and theme, screenshots kept as artifacts. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { launchBrowser } from '../../tools/lib/chromium';

export const baseUrl = () => inject('baseUrl');
export const widths = { phone: 390, desktop: 1280 } as const;
export const screenshotDir = 'test-results/screenshots';

let browser: Promise<Browser> | undefined;
afterAll(async () => {
	await (await browser)?.close();
});

/** A new page (own context, own storage) at a width, light or dark, with or without JavaScript. */
export async function openPage(path: string, options: { width?: number; dark?: boolean; javaScript?: boolean } = {}): Promise<Page> {
	browser ??= launchBrowser();
	const context = await (await browser).newContext({
		viewport: { width: options.width ?? widths.desktop, height: 900 },
		colorScheme: options.dark ? 'dark' : 'light',
		javaScriptEnabled: options.javaScript ?? true,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const page = await context.newPage();
	await page.goto(baseUrl() + path, { waitUntil: 'load' });
	return page;
}

/** Saves a screenshot under test-results/screenshots/ for people to look at. */
export async function keepScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
	mkdirSync(screenshotDir, { recursive: true });
	await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage });
}
