/**
 * Search costs, for any book: index size per language, what a reader's first search in each language fetches
 * (from opening the dialog to results shown), and milliseconds from keystroke to results. Queries are the book's
 * own frequent words, so the figures mean the same for every book.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Chapter } from '../../src/lib/assemble-book';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { filesUnder, totalBytes } from '../lib/files';

export interface FirstSearch {
	query: string;
	/** What the first search fetched, from pressing "/" to results shown, as a host serves it (text files gzip-compressed; Pagefind's files are gzip already). */
	bytes: number;
	requests: number;
	/** From the input event to results shown, the query pasted at once into the open dialog once its engine is ready: nothing of the index is loaded yet. */
	ms: number;
	/** The same query typed at a reader's pace (150 ms a key), from the last keystroke to its results: what a reader waits for. */
	typedMs: number;
	results: number;
}

export interface SearchFigures {
	indexBytesPerLanguage: Record<string, number>;
	/** The first search of each language, on that language's home page. */
	firstSearch: Record<string, FirstSearch>;
	/** The first search in all languages at once, from the default language's home page. */
	allLanguagesFirstSearch: FirstSearch;
	/** Median and 90th percentile over many queries in the default language, from the input event to rendered results. */
	keystrokeToResultsMs: { median: number; p90: number; samples: number };
}

/** The most frequent words of at least five letters in a language's own text (not its fallbacks), most frequent first. */
function frequentWords(chapters: Chapter[], language: string, count: number): string[] {
	const tally = new Map<string, number>();
	for (const chapter of chapters) {
		const version = chapter.versions[language]!;
		if (version.status === 'fallback') continue;
		for (const segment of version.segments) {
			if (segment.untranslated) continue;
			for (const word of segment.text.toLocaleLowerCase(language).match(/[\p{L}\p{M}]+/gu) ?? [])
				if ([...word].filter((char) => /\p{L}/u.test(char)).length >= 5)
					tally.set(word, (tally.get(word) ?? 0) + 1);
		}
	}
	return [...tally]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, count)
		.map(([word]) => word);
}

const alreadyCompressed = (path: string) => /\.(pagefind|pf_\w+|woff2?|png)$/.test(path);

/** A fresh page at `path` with the search dialog open (in `scope`) and its engine ready, as a reader finds it after opening it; `watch` sees the page before the dialog opens. */
async function openSearch(
	browser: Browser,
	origin: string,
	path: string,
	scope?: string,
	watch?: (page: Page) => void
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	watch?.(page);
	await page.keyboard.press('/');
	if (scope) await page.selectOption('[data-search-scope]', scope);
	// A reader types after the dialog opened; its engine is ready by then (data-ready).
	await page.waitForSelector('[data-search-dialog][data-ready]', { state: 'attached' });
	return { context, page };
}

/** Opens the search dialog on `path`, asks `query` and returns what that cost; then the same typed on a fresh page. */
async function firstSearch(
	browser: Browser,
	origin: string,
	path: string,
	query: string,
	scope?: string
): Promise<FirstSearch> {
	const bodies: Promise<number>[] = [];
	const { context, page } = await openSearch(browser, origin, path, scope, (opened) =>
		opened.on('response', (response) => {
			const url = new URL(response.url());
			bodies.push(
				response.body().then(
					(body) =>
						alreadyCompressed(url.pathname) ? body.length : gzipSync(body, { level: 9 }).length,
					() => 0
				)
			);
		})
	);
	const ms = await ask(page, query);
	await page.waitForLoadState('networkidle');
	const results = await page.locator('[data-search-results] > li').count();
	const sizes = await Promise.all(bodies);
	await context.close();
	const typed = await openSearch(browser, origin, path, scope);
	const typedMs = await ask(typed.page, query, true);
	await typed.context.close();
	return {
		query,
		bytes: sizes.reduce((sum, size) => sum + size, 0),
		requests: sizes.length,
		ms,
		typedMs,
		results,
	};
}

/** Puts a query into the open dialog, pasted at once or typed key by key at a reader's pace (150 ms a key), and returns the milliseconds from its last input event to rendered results. */
async function ask(page: Page, query: string, typed = false): Promise<number> {
	await page.evaluate(() => performance.clearMarks());
	if (typed) await page.locator('[data-search-input]').pressSequentially(query, { delay: 150 });
	else await page.fill('[data-search-input]', query);
	await page.waitForFunction(
		(q) => performance.getEntriesByName(`search-results:${q}`).length > 0,
		query
	);
	return page.evaluate(
		(q) =>
			performance.getEntriesByName(`search-results:${q}`)[0]!.startTime -
			performance.getEntriesByName(`search-input:${q}`).at(-1)!.startTime,
		query
	);
}

/** Measures search on the site of the book in `contentDir`, built into `distDir` and served at `origin`. */
export async function measureSearch(
	browser: Browser,
	origin: string,
	distDir: string,
	contentDir: string
): Promise<SearchFigures> {
	const { book, chapters } = readBookFromDisk(contentDir);
	const languages = readdirSync(join(distDir, 'pagefind'));
	const indexBytesPerLanguage = Object.fromEntries(
		languages.map((code) => [code, totalBytes(filesUnder(join(distDir, 'pagefind', code)))])
	);
	const firstSearches: Record<string, FirstSearch> = {};
	for (const { code } of book.languages)
		firstSearches[code] = await firstSearch(
			browser,
			origin,
			`/${code}/`,
			frequentWords(chapters, code, 1)[0]!
		);
	const defaultLanguage = book.defaultLanguage;
	const queries = frequentWords(chapters, defaultLanguage, 20);
	const allLanguagesFirstSearch = await firstSearch(
		browser,
		origin,
		`/${defaultLanguage}/`,
		queries[0]!,
		'all'
	);

	const { context, page } = await openSearch(browser, origin, `/${defaultLanguage}/`);
	const timings: number[] = [];
	for (const query of [...queries, ...queries]) {
		timings.push(await ask(page, query));
		await page.waitForLoadState('networkidle');
	}
	await context.close();
	timings.sort((a, b) => a - b);
	const at = (share: number) =>
		Math.round(timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]! * 10) /
		10;
	return {
		indexBytesPerLanguage,
		firstSearch: firstSearches,
		allLanguagesFirstSearch,
		keystrokeToResultsMs: { median: at(0.5), p90: at(0.9), samples: timings.length },
	};
}
