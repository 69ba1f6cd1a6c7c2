import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { book } from '../content/book-content';

const pages = readdirSync('dist', { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
	.map((entry) => join(entry.parentPath, entry.name));

/** The built file a site path resolves to, as a static host serves it. */
function fileOf(path: string): string | undefined {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
	return [join('dist', clean), join('dist', clean, 'index.html')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!idsCache.has(file)) {
		const $ = load(readFileSync(file, 'utf8'));
		idsCache.set(file, new Set($('[id]').map((_, element) => $(element).attr('id')).get()));
	}
	return idsCache.get(file)!;
}

describe('links', () => {
	it('no internal link or fragment is broken on any page', () => {
		const broken: string[] = [];
		for (const page of pages) {
			const $ = load(readFileSync(page, 'utf8'));
			const base = `/${relative('dist', page).replace(/index\.html$/, '')}`;
			$('a[href], link[href]').each((_, element) => {
				const href = $(element).attr('href')!;
				const url = new URL(href, new URL(base, book.site));
				if (url.origin !== new URL(book.site).origin) return;
				const target = url.pathname === new URL(base, book.site).pathname && href.startsWith('#') ? page : fileOf(url.pathname);
				if (!target) broken.push(`${page}: ${href}`);
				else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${href} (no element with that id)`);
			});
			$('[src]').each((_, element) => {
				const src = $(element).attr('src')!;
				if (src.startsWith('/') && !fileOf(src)) broken.push(`${page}: ${src}`);
			});
			for (const meta of ['og:image', 'og:url']) {
				const content = $(`meta[property="${meta}"]`).attr('content');
				if (content && !fileOf(new URL(content).pathname)) broken.push(`${page}: ${meta} ${content}`);
			}
		}
		expect(pages.length).toBeGreaterThan(80);
		expect(broken).toEqual([]);
	});

	it('every URL in the sitemap is a built page', () => {
		const locs = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((match) => match[1]!);
		expect(locs.length).toBeGreaterThan(20);
		for (const loc of locs) expect(fileOf(new URL(loc).pathname), loc).toBeDefined();
	});
});
