import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { languageDir } from '../../src/lib/languages';
import { companionsOf, defaultCompanion, pairChoices } from '../../src/lib/views';
import { fixtureBook, fixtureDist } from '../fixture-books';

const dist = fixtureDist('reader');
const { book, chapters } = fixtureBook('reader');
const codes = book.languages.map((language) => language.code);
const page = (path: string) => load(readFileSync(`${dist}${path}index.html`, 'utf8'));
const url = (path: string) => new URL(path, book.site).href;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
	const bytes = readFileSync(path);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing metadata', () => {
	describe.each(codes)('%s', (code) => {
		it.each(chapters.map((chapter) => [chapter.slug, chapter] as const))(
			'chapter %s has title, description, canonical, alternates, Open Graph and Twitter tags',
			(slug, chapter) => {
				const $ = page(`/${code}/${slug}/`);
				const version = chapter.versions[code]!;
				expect($('title').text()).toBe(`${version.title} · ${book.title[code]}`);
				expect($('meta[name="description"]').attr('content')!.length).toBeGreaterThan(40);
				expect($('link[rel="canonical"]').attr('href')).toBe(url(`/${code}/${slug}/`));
				const alternates = Object.fromEntries(
					$('link[rel="alternate"][hreflang]')
						.map((_, link) => [[$(link).attr('hreflang'), $(link).attr('href')]])
						.get()
				);
				expect(alternates).toEqual({
					...Object.fromEntries(codes.map((other) => [other, url(`/${other}/${slug}/`)])),
					'x-default': url(`/${book.defaultLanguage}/${slug}/`),
				});
				expect($('meta[property="og:title"]').attr('content')).toBe($('title').text());
				expect($('meta[property="og:url"]').attr('content')).toBe(url(`/${code}/${slug}/`));
				expect($('meta[property="og:type"]').attr('content')).toBe('article');
				expect($('meta[property="og:locale"]').attr('content')).toMatch(
					new RegExp(`^${code}_[A-Z]{2}$`)
				);
				expect($('meta[property="og:image"]').attr('content')).toBe(url(`/og/${code}/${slug}.png`));
				expect($('meta[property="og:image:alt"]').attr('content')).toContain(version.title);
				expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
				expect($('meta[name="twitter:image"]').attr('content')).toBe(
					url(`/og/${code}/${slug}.png`)
				);
			}
		);

		it('has a 1200 × 630 share image for its home page and every chapter, kept for people to look at', () => {
			for (const name of ['index', ...chapters.map((chapter) => chapter.slug)]) {
				const path = `${dist}/og/${code}/${name}.png`;
				expect(pngSize(path)).toEqual({ width: 1200, height: 630 });
				mkdirSync('test-results/share-images', { recursive: true });
				copyFileSync(path, `test-results/share-images/${code}-${name}.png`);
			}
		});
	});

	it("a book without shareImages shows its card in the page's language on every page, and draws no card per chapter", () => {
		const second = fixtureBook('second');
		expect(second.book.shareImages).toBe('book');
		const secondDist = fixtureDist('second');
		const secondUrl = (path: string) => new URL(path, second.book.site).href;
		for (const { code } of second.book.languages) {
			expect(pngSize(`${secondDist}/og/${code}/index.png`)).toEqual({ width: 1200, height: 630 });
			for (const chapter of second.chapters) {
				const $ = load(readFileSync(`${secondDist}/${code}/${chapter.slug}/index.html`, 'utf8'));
				expect($('meta[property="og:image"]').attr('content')).toBe(
					secondUrl(`/og/${code}/index.png`)
				);
				expect($('meta[name="twitter:image"]').attr('content')).toBe(
					secondUrl(`/og/${code}/index.png`)
				);
				expect($('meta[property="og:image:alt"]').attr('content')).toBe(
					`${second.book.title[code]}: ${second.book.subtitle[code]}`
				);
				// The preview names the chapter beside the card.
				expect($('meta[property="og:title"]').attr('content')).toContain(
					chapter.versions[code]!.title
				);
				expect(existsSync(`${secondDist}/og/${code}/${chapter.slug}.png`)).toBe(false);
			}
		}
	});

	it('one page per chapter and language offers every pair: a choice per companion, the default checked, a cell per companion in every row, and no page per pair', () => {
		for (const chapter of chapters)
			for (const code of codes) {
				const $ = page(`/${code}/${chapter.slug}/`);
				const choices = pairChoices(chapter, code, book);
				expect(
					$('.pair-picker input')
						.map((_, input) => $(input).attr('value'))
						.get()
				).toEqual(choices.map((choice) => choice.companion));
				expect($('.pair-picker input[checked]').attr('value')).toBe(
					defaultCompanion(chapter, code, book)
				);
				const beside = choices.filter((choice) => choice.column).map((choice) => choice.companion);
				$('.parallel .row').each((_, row) => {
					expect($(row).children('.cell.primary').attr('lang')).toBeTruthy();
					expect(
						$(row)
							.children('.cell.companion')
							.map((__, cell) => $(cell).attr('data-beside'))
							.get()
					).toEqual(beside);
				});
				expect(
					$('.column-labels .provenance[data-beside]')
						.map((_, label) => $(label).attr('data-beside'))
						.get()
				).toEqual(beside);
				for (const companion of companionsOf(code, book))
					expect(existsSync(`${dist}/${code}/${chapter.slug}/${companion}/index.html`)).toBe(false);
			}
	});

	it('every canonical URL is a page whose canonical is itself', () => {
		const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		// The root, a home and a translation-status page per language, and every chapter in every language.
		expect(locs.length).toBe(1 + 2 * codes.length + chapters.length * codes.length);
		for (const loc of locs)
			expect(page(new URL(loc).pathname)('link[rel="canonical"]').attr('href')).toBe(loc);
	});
});

describe('PDF and EPUB downloads', () => {
	it('every chapter page links the PDFs of the chapter and of its default pair (shown with that pair; other pairs have none), and the PDFs and EPUBs of the book, in its language, with their format and size', () => {
		for (const chapter of chapters)
			for (const code of codes) {
				const $ = page(`/${code}/${chapter.slug}/`);
				const links = $('.pdf-downloads a')
					.map((_, a) => $(a).attr('href'))
					.get();
				const pairs = companionsOf(code, book).filter((companion) =>
					existsSync(`${dist}/pdf/${code}/${chapter.slug}.${companion}.pdf`)
				);
				// The pair shown by default has its PDF; the other pairs print from the page (docs/decisions/pdf-set.md).
				expect(pairs).toEqual([defaultCompanion(chapter, code, book)]);
				expect(links).toEqual([
					`/pdf/${code}/${chapter.slug}.pdf`,
					...pairs.map((companion) => `/pdf/${code}/${chapter.slug}.${companion}.pdf`),
					`/pdf/${code}/book.pdf`,
					`/pdf/${code}/book.parallel.pdf`,
					`/epub/${code}/book.epub`,
					`/epub/${code}/book.parallel.epub`,
				]);
				// A pair's PDF is listed with that pair: its item is marked for the pair picker.
				expect(
					$('.pdf-downloads li[data-beside]')
						.map((_, item) => $(item).attr('data-beside'))
						.get()
				).toEqual(pairs);
				for (const href of links) expect(existsSync(`${dist}${href}`), href).toBe(true);
				expect($('.pdf-size').first().text()).toMatch(/PDF, .*(kB|کیلوبایت)/);
				expect($('.pdf-size').last().text()).toMatch(/EPUB, .*(kB|کیلوبایت)/);
				expect($('.pdf-downloads a').last().attr('type')).toBe('application/epub+zip');
			}
	});

	it('home pages link the book PDFs and EPUBs', () => {
		for (const code of codes)
			expect(
				page(`/${code}/`)('.pdf-downloads a')
					.map((_, a) => page(`/${code}/`)(a).attr('href'))
					.get()
			).toEqual([
				`/pdf/${code}/book.pdf`,
				`/pdf/${code}/book.parallel.pdf`,
				`/epub/${code}/book.epub`,
				`/epub/${code}/book.parallel.epub`,
			]);
	});
});

describe('the book as a web app, for offline reading', () => {
	it.each(codes)(
		'%s: a manifest with the title and short title, language and direction, its home as start, and icons that exist at their sizes',
		(code) => {
			const manifest = JSON.parse(
				readFileSync(`${dist}/${code}/manifest.webmanifest`, 'utf8')
			) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
			expect(manifest).toMatchObject({
				name: book.title[code],
				short_name: book.shortTitle?.[code] ?? book.title[code],
				lang: code,
				dir: languageDir(book, code),
				start_url: `/${code}/`,
				scope: '/',
				id: '/',
				display: 'standalone',
			});
			expect(manifest.icons.map((icon) => icon.purpose).sort()).toEqual(['any', 'any', 'maskable']);
			for (const icon of manifest.icons) {
				const [width, height] = icon.sizes.split('x').map(Number);
				expect(pngSize(`${dist}${icon.src}`), icon.src).toEqual({ width, height });
			}
			// Every page links its language's manifest and gives the browser both themes' colours.
			for (const path of [`/${code}/`, `/${code}/${chapters[0]!.slug}/`]) {
				const $ = page(path);
				expect($('link[rel="manifest"]').attr('href')).toBe(`/${code}/manifest.webmanifest`);
				expect(
					$('meta[name="theme-color"]')
						.map((_, meta) => `${$(meta).attr('media')} ${$(meta).attr('content')}`)
						.get()
				).toEqual([
					`(prefers-color-scheme: light) ${manifest.background_color as string}`,
					expect.stringMatching(/^\(prefers-color-scheme: dark\) #[0-9a-f]{6}$/),
				]);
			}
		}
	);

	it('a service worker, and per language a list of what saving it stores, every file there with its size and hash', () => {
		expect(readFileSync(`${dist}/sw.js`, 'utf8')).toContain('workbox');
		for (const code of codes) {
			const list = JSON.parse(readFileSync(`${dist}/offline/${code}.json`, 'utf8')) as {
				lang: string;
				bytes: number;
				files: [string, string, number][];
			};
			expect(list.lang).toBe(code);
			const paths = list.files.map(([path]) => path);
			// Its pages (every chapter with every pair), search index and the passages its results show, the scripts and fonts.
			expect(paths).toEqual(
				expect.arrayContaining([
					`/${code}/`,
					...chapters.map((chapter) => `/${code}/${chapter.slug}/`),
					`/pagefind/${code}/pagefind.js`,
					`/search/${chapters[0]!.slug}/s1.json`,
				])
			);
			expect(paths.some((path) => path.endsWith('.woff2'))).toBe(true);
			// Nothing of another language's pages, and no PDF.
			expect(
				paths.filter((path) => /^\/(fa|en|es|nl)\//.test(path) && !path.startsWith(`/${code}/`))
			).toEqual([]);
			expect(paths.filter((path) => /\.(pdf|epub)$/.test(path))).toEqual([]);
			for (const [path, , bytes] of list.files) {
				const file = path.endsWith('/') ? `${dist}${path}index.html` : `${dist}${path}`;
				expect(readFileSync(file).length, path).toBe(bytes);
			}
			expect(list.bytes).toBe(list.files.reduce((sum, [, , bytes]) => sum + bytes, 0));
		}
	});
});
