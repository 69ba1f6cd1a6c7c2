/** Search costs: index size per language, bytes fetched for a first and a following query, and milliseconds from keystroke to results. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { filesUnder, totalBytes } from './files';

export interface SearchFigures {
	indexBytesPerLanguage: Record<string, number>;
	firstQueryBytes: number;
	nextQueryBytes: number;
	allLanguagesFirstQueryBytes: number;
	/** Median and 90th percentile over many queries, from the input event to rendered results. */
	keystrokeToResultsMs: { median: number; p90: number; samples: number };
}

const queries = ['zappos', 'customer', 'service', 'shoes', 'flowers', 'mother', 'pizza', 'emotional', 'loyalty', 'brand', 'story', 'hotel', 'email', 'company', 'employees', 'culture', 'experience', 'delivery', 'trust', 'wow'];

/** Measures search on the site in `distDir`, served at `origin`. */
export async function measureSearch(browser: Browser, origin: string, distDir: string): Promise<SearchFigures> {
	const languages = readdirSync(join(distDir, 'pagefind'));
	const indexBytesPerLanguage = Object.fromEntries(languages.map((code) => [code, totalBytes(filesUnder(join(distDir, 'pagefind', code)))]));
	const context = await browser.newContext();
	const page = await context.newPage();
	let fetched = 0;
	page.on('response', async (response) => {
		if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
		// What crossed the wire (the preview server does not compress; .pagefind files are gzip already).
		fetched += (await response.body().catch(() => Buffer.alloc(0))).length;
	});
	await page.goto(`${origin}/en/`, { waitUntil: 'networkidle' });
	const ask = async (query: string) => {
		await page.evaluate(() => performance.clearMarks());
		await page.fill('[data-search-input]', query);
		await page.waitForFunction((q) => performance.getEntriesByName(`search-results:${q}`).length > 0, query);
		await page.waitForLoadState('networkidle');
	};
	await page.keyboard.press('/');
	fetched = 0;
	await ask('zappos');
	const firstQueryBytes = fetched;
	fetched = 0;
	await ask('flowers');
	const nextQueryBytes = fetched;
	fetched = 0;
	await page.selectOption('[data-search-scope]', 'all');
	await ask('customer service');
	const allLanguagesFirstQueryBytes = fetched;
	await page.selectOption('[data-search-scope]', 'en');
	const timings: number[] = [];
	for (const query of [...queries, ...queries]) {
		await ask(query);
		timings.push(await page.evaluate((q) => performance.getEntriesByName(`search-results:${q}`)[0]!.startTime - performance.getEntriesByName(`search-input:${q}`)[0]!.startTime, query));
	}
	await context.close();
	timings.sort((a, b) => a - b);
	const at = (share: number) => Math.round(timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]! * 10) / 10;
	return { indexBytesPerLanguage, firstQueryBytes, nextQueryBytes, allLanguagesFirstQueryBytes, keystrokeToResultsMs: { median: at(0.5), p90: at(0.9), samples: timings.length } };
}
