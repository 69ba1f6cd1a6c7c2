import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { layerOrder } from '../../src/lib/css-layers';
import { languageDir } from '../../src/lib/languages';
import { builtPages, sitePath } from '../built-site';
import { fixtureBook, fixtureBooks, fixtureDist, type FixtureName } from '../fixture-books';

describe.each(Object.keys(fixtureBooks) as FixtureName[])('the %s book', (name) => {
	const dist = fixtureDist(name);
	const { book, chapters } = fixtureBook(name);
	const codes = book.languages.map((language) => language.code);

	/** Every built page: its URL and what its head declares. */
	const pages = builtPages(dist).map((file) => {
		const $ = load(readFileSync(file, 'utf8'));
		return {
			file,
			url: new URL(sitePath(file, dist), book.site).href,
			lang: $('html').attr('lang'),
			dir: $('html').attr('dir'),
			title: $('head > title').text().trim(),
			description: $('meta[name="description"]').attr('content')?.trim(),
			canonical: $('link[rel="canonical"]').attr('href'),
			noindex: ($('meta[name="robots"]').attr('content') ?? '').includes('noindex'),
			alternates: Object.fromEntries(
				$('link[rel="alternate"][hreflang]')
					.map((_, link) => [[$(link).attr('hreflang')!, $(link).attr('href')!]])
					.get() as [string, string][]
			),
			css: $('style')
				.map((_, style) => $(style).text())
				.get()
				.join('\n'),
		};
	});

	/** The sitemap: each URL with its alternates. */
	const sitemap = [
		...readFileSync(`${dist}/sitemap-0.xml`, 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/gu),
	].map(([, entry]) => ({
		loc: /<loc>([^<]+)<\/loc>/u.exec(entry!)![1]!,
		alternates: Object.fromEntries(
			[...entry!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/gu)].map((match) => [
				match[1]!,
				match[2]!,
			])
		),
	}));

	describe('every page', () => {
		it('declares its language and direction, a title, a description, and a canonical URL unless it is not to be indexed', () => {
			// The root and the 404 page; per language a home, a status page and a page per chapter (every pair on it).
			expect(pages.length).toBe(2 + codes.length * (2 + chapters.length));
			for (const page of pages) {
				expect(codes, page.file).toContain(page.lang);
				expect(page.dir, page.file).toBe(languageDir(book, page.lang!));
				expect(page.title, page.file).not.toBe('');
				expect(page.description, page.file).toBeTruthy();
				if (!page.noindex) expect(page.canonical, page.file).toMatch(/^https:\/\//u);
			}
		});

		// A layer ranks by where it first appears, and components' styles come before global.css in a built page.
		it('states the order of the cascade layers before any stylesheet puts a rule in a layer', () => {
			const compact = (text: string) => text.replace(/\s+/gu, '');
			for (const page of pages)
				expect(compact(/@layer[^;{]*[;{]/u.exec(page.css)?.[0] ?? ''), page.file).toBe(
					compact(layerOrder)
				);
		});
	});

	describe('sitemap', () => {
		it('lists exactly the indexable pages: those not marked noindex whose canonical URL is their own', () => {
			const indexable = pages
				.filter((page) => !page.noindex && page.canonical === page.url)
				.map((page) => page.url);
			expect(sitemap.map((entry) => entry.loc).sort()).toEqual(indexable.sort());
		});

		it('gives each URL the same hreflang alternates, x-default included, as the page itself declares', () => {
			for (const entry of sitemap) {
				const page = pages.find((candidate) => candidate.url === entry.loc)!;
				expect(Object.keys(page.alternates).sort(), entry.loc).toEqual(
					[...codes, 'x-default'].sort()
				);
				expect(entry.alternates, entry.loc).toEqual(page.alternates);
			}
		});
	});

	it('no page shows the file name of a source document; a chapter says where it comes from as far as it knows', () => {
		const files = chapters.map((chapter) => chapter.source.file);
		for (const page of builtPages(dist)) {
			const html = readFileSync(page, 'utf8');
			for (const file of files) expect(html, `${page} shows ${file}`).not.toContain(file);
		}
		for (const chapter of chapters) {
			const $ = load(
				readFileSync(`${dist}/${book.defaultLanguage}/${chapter.slug}/index.html`, 'utf8')
			);
			const facts = $('.chapter-facts').text();
			if (chapter.author) expect(facts).toContain(chapter.author);
			if (chapter.url) expect($(`.chapter-facts a[href="${chapter.url}"]`).length).toBe(1);
			if (!chapter.author && !chapter.attribution && !chapter.published && !chapter.url)
				expect(facts.trim()).not.toBe('');
		}
	});
});
