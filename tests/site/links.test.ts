import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtFile, builtPages, sitePath } from '../built-site';
import { fixtureBook, fixtureBooks, fixtureDist, type FixtureName } from '../fixture-books';

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!idsCache.has(file)) {
		const $ = load(readFileSync(file, 'utf8'));
		idsCache.set(
			file,
			new Set(
				$('[id]')
					.map((_, element) => $(element).attr('id'))
					.get()
			)
		);
	}
	return idsCache.get(file)!;
}

describe.each(Object.keys(fixtureBooks) as FixtureName[])('links of the %s book', (name) => {
	const dist = fixtureDist(name);
	const { book } = fixtureBook(name);
	const pages = builtPages(dist);

	it('no internal link or fragment is broken on any page', () => {
		const broken: string[] = [];
		for (const page of pages) {
			const $ = load(readFileSync(page, 'utf8'));
			const base = sitePath(page, dist);
			$('a[href], link[href]').each((_, element) => {
				const href = $(element).attr('href')!;
				const url = new URL(href, new URL(base, book.site));
				if (url.origin !== new URL(book.site).origin) return;
				const target =
					url.pathname === new URL(base, book.site).pathname && href.startsWith('#')
						? page
						: builtFile(url.pathname, dist);
				if (!target) broken.push(`${page}: ${href}`);
				else if (
					url.hash &&
					target.endsWith('.html') &&
					!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
				)
					broken.push(`${page}: ${href} (no element with that id)`);
			});
			$('[src]').each((_, element) => {
				const src = $(element).attr('src')!;
				if (src.startsWith('/') && !builtFile(src, dist)) broken.push(`${page}: ${src}`);
			});
			for (const meta of ['og:image', 'og:url']) {
				const content = $(`meta[property="${meta}"]`).attr('content');
				if (content && !builtFile(new URL(content).pathname, dist))
					broken.push(`${page}: ${meta} ${content}`);
			}
		}
		expect(pages.length).toBeGreaterThan(10);
		expect(broken).toEqual([]);
	});

	it('every URL in the sitemap is a built page', () => {
		const locs = [
			...readFileSync(`${dist}/sitemap-0.xml`, 'utf8').matchAll(/(?:<loc>|href=")([^<"]+)/g),
		].map((match) => match[1]!);
		expect(locs.length).toBeGreaterThan(5);
		for (const loc of locs) expect(builtFile(new URL(loc).pathname, dist), loc).toBeDefined();
	});
});
