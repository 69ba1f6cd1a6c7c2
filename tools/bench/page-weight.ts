/** Bytes a page costs a reader: every resource Chromium fetches while loading it, as served compressed (brotli, as static hosts do for text) — fonts and images count as they are. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
	path: string;
	requests: number;
	/** Transfer size by kind of resource, compressed the way a host would serve it. */
	bytes: Record<'html' | 'css' | 'js' | 'font' | 'image' | 'other', number>;
	total: number;
	gzipTotal: number;
	/** JavaScript that runs at load: module scripts and inline scripts, compressed. */
	eagerJsBytes: number;
	/** What the page fetched after its load event (the offline script, started then), compressed; part of `total`. */
	afterLoadBytes: number;
	/**
	 * What the service worker costs a first visit, compressed, not in `total`: its script, its imported part and the
	 * files it fetches that the page had not loaded (`bytes`); those the page had loaded come from the HTTP cache (`reused`).
	 */
	serviceWorker: { requests: number; bytes: number; reused: number };
}

const alreadyCompressed = /\.(woff2?|png|jpe?g|webp|avif|gz|br)$/;

function kindOf(file: string, contentType: string): keyof PageWeight['bytes'] {
	if (contentType.includes('html')) return 'html';
	if (contentType.includes('css')) return 'css';
	if (contentType.includes('javascript')) return 'js';
	if (contentType.includes('font') || /\.woff2?$/.test(file)) return 'font';
	if (contentType.startsWith('image/')) return 'image';
	return 'other';
}

/** Loads `path` from a local server and sums what it fetched, by the bytes of the built files. */
export async function measurePage(
	browser: Browser,
	origin: string,
	path: string,
	viewport = { width: 390, height: 844 }
): Promise<PageWeight> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const fetched: { file: string; contentType: string; afterLoad: boolean; worker: boolean }[] = [];
	let loaded = false;
	page.on('load', () => (loaded = true));
	// The context sees the service worker's requests too (the page's own listener would not).
	context.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin !== origin) return;
		let file = decodeURIComponent(url.pathname);
		if (file.endsWith('/')) file += 'index.html';
		fetched.push({
			file: join('dist', file),
			contentType: response.headers()['content-type'] ?? '',
			afterLoad: loaded,
			worker: Boolean(response.request().serviceWorker()) || /\/sw(-offline)?\.js$/.test(file),
		});
	});
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	// The worker registers after the load event; wait until it has installed and precached.
	await page.evaluate(() =>
		'serviceWorker' in navigator
			? Promise.race([
					navigator.serviceWorker.ready.then(() => undefined),
					new Promise((resolve) => setTimeout(resolve, 5000)),
				])
			: undefined
	);
	await page.waitForLoadState('networkidle');
	const inlineScript = await page.$$eval('script:not([src])', (scripts) =>
		scripts.map((script) => script.textContent ?? '').join('')
	);
	await context.close();

	const bytes: PageWeight['bytes'] = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
	let gzipTotal = 0;
	let afterLoadBytes = 0;
	let jsAtLoad = 0;
	const serviceWorker = { requests: 0, bytes: 0, reused: 0 };
	const byPage = new Set(fetched.filter((entry) => !entry.worker).map((entry) => entry.file));
	for (const { file, contentType, afterLoad, worker } of fetched) {
		const raw = readFileSync(file);
		const compressed = alreadyCompressed.test(file)
			? raw.length
			: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		if (worker) {
			serviceWorker.requests++;
			if (byPage.has(file)) serviceWorker.reused += compressed;
			else serviceWorker.bytes += compressed;
			continue;
		}
		const kind = kindOf(file, contentType);
		if (afterLoad) afterLoadBytes += compressed;
		else if (kind === 'js') jsAtLoad += compressed;
		bytes[kind] += compressed;
		gzipTotal += alreadyCompressed.test(file) ? raw.length : gzipSync(raw, { level: 9 }).length;
	}
	// Scripts fetched after the load event (offline reading) do not hold up the first screen.
	const eagerJsBytes =
		jsAtLoad + (inlineScript ? brotliCompressSync(Buffer.from(inlineScript)).length : 0);
	const total = Object.values(bytes).reduce((sum, value) => sum + value, 0);
	const requests = fetched.filter((entry) => !entry.worker).length;
	return { path, requests, bytes, total, gzipTotal, eagerJsBytes, afterLoadBytes, serviceWorker };
}
