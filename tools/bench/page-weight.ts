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
	const fetched: { file: string; contentType: string }[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin !== origin) return;
		let file = decodeURIComponent(url.pathname);
		if (file.endsWith('/')) file += 'index.html';
		fetched.push({
			file: join('dist', file),
			contentType: response.headers()['content-type'] ?? '',
		});
	});
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	const inlineScript = await page.$$eval('script:not([src])', (scripts) =>
		scripts.map((script) => script.textContent ?? '').join('')
	);
	await context.close();

	const bytes: PageWeight['bytes'] = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
	let gzipTotal = 0;
	for (const { file, contentType } of fetched) {
		const raw = readFileSync(file);
		const compressed = alreadyCompressed.test(file)
			? raw.length
			: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		bytes[kindOf(file, contentType)] += compressed;
		gzipTotal += alreadyCompressed.test(file) ? raw.length : gzipSync(raw, { level: 9 }).length;
	}
	const eagerJsBytes =
		bytes.js + (inlineScript ? brotliCompressSync(Buffer.from(inlineScript)).length : 0);
	const total = Object.values(bytes).reduce((sum, value) => sum + value, 0);
	return { path, requests: fetched.length, bytes, total, gzipTotal, eagerJsBytes };
}
