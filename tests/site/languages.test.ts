import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/lib/i18n';
import { languageProfile } from '../../src/lib/writing-systems';
import { readFontManifest } from '../../src/lib/web-fonts';
import { builtPages, sitePath } from '../built-site';
import {
	fixtureBook,
	fixtureBooks,
	fixtureBuildLog,
	fixtureDist,
	type FixtureName,
} from '../fixture-books';

const page = (name: FixtureName, path: string) =>
	load(readFileSync(`${fixtureDist(name)}${path}index.html`, 'utf8'));
const english = JSON.parse(readFileSync('src/translations/en.json', 'utf8')) as Record<
	string,
	string | Record<string, string>
>;
/** Interface strings of English with no placeholder: text that, on a page, can only be the interface. */
const fixedEnglish = new Set(
	Object.entries(english)
		.filter(
			([key, value]) => key !== '_translator' && typeof value === 'string' && !value.includes('{')
		)
		.map(([, value]) => value as string)
);

/** The language an element's text is read in: its own lang, or its nearest ancestor's. */
const languageOf = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) =>
	$(element).closest('[lang]').attr('lang');

describe("another publisher's book (en, de, ar)", () => {
	const { book, chapters } = fixtureBook('second');

	it('builds with no warning about interface strings: German and Arabic have their own', () => {
		expect(fixtureBuildLog('second')).not.toMatch(/has no interface strings/);
	});

	it.each(['de', 'ar'])('shows its interface in %s, with no English string on the page', (code) => {
		const t = useTranslations(code);
		// English strings that read differently in this language: none of them may appear.
		const untranslated = new Set(
			[...fixedEnglish].filter(
				(text) =>
					!Object.keys(english).some((key) => english[key] === text && t(key as never) === text)
			)
		);
		for (const path of [
			`/${code}/`,
			`/${code}/${chapters[0]!.slug}/`,
			`/${code}/${chapters[1]!.slug}/`,
			`/${code}/status/`,
		]) {
			const $ = page('second', path);
			expect($('html').attr('lang')).toBe(code);
			expect($('html').attr('dir')).toBe(languageProfile(book, code).dir);
			$('body *').each((_, element) => {
				const own = $(element)
					.contents()
					.filter((__, node) => node.nodeType === 3 /* text */)
					.text()
					.trim();
				expect(untranslated.has(own), `${path}: "${own}"`).toBe(false);
				const label = $(element).attr('aria-label');
				if (label) expect(untranslated.has(label), `${path}: [aria-label="${label}"]`).toBe(false);
			});
			expect($('.search-button span').text()).toBe(t('search'));
			if ($('.sidebar').length) expect($('.sidebar summary').text()).toBe(t('tableOfContents'));
			if ($('h2#chapters').length) expect($('h2#chapters').text()).toBe(t('chapters'));
		}
		expect(page('second', `/${code}/${chapters[0]!.slug}/`)('.chapter-number').text()).toBe(
			t('chapterNumber', { number: 1 })
		);
	});

	it('sets Arabic right to left in its own web font stack, and tells the search the direction of every language', () => {
		const $ = page('second', `/en/${chapters[1]!.slug}/`);
		const css = $('style').text();
		expect(css).toMatch(/:lang\(ar\)\s*\{\s*font-family:\s*var\(--font-vazirmatn-arabic\)/);
		expect(css).toMatch(/\.parallel \.cell:lang\(ar\)\s*\{\s*line-height:\s*1\.95/);
		expect(
			$('link[rel="preload"][as="font"]')
				.map((_, link) => $(link).attr('href'))
				.get()
				.some((href) => /vazirmatn/i.test(href) || href.endsWith('.woff2'))
		).toBe(true);
		const arabicCells = $('.cell[lang="ar"]');
		expect(arabicCells.length).toBeGreaterThan(3);
		arabicCells.each((_, cell) => expect($(cell).attr('dir')).toBe('rtl'));
		const languages = JSON.parse($('[data-search-dialog]').attr('data-languages')!) as Record<
			string,
			{ dir: string; search: string[] }
		>;
		expect(languages.ar).toEqual({
			dir: 'rtl',
			search: ['arabic-letters', 'arabic-marks', 'digits', 'joiners'],
		});
		expect(languages.de).toEqual({ dir: 'ltr', search: [] });
	});

	it('says nothing about translations it did not make, on any page and on the cover of any PDF book', () => {
		const claims =
			/not yet reviewed by native speakers|Translations made by the project|translated by the project/iu;
		for (const file of builtPages(fixtureDist('second')))
			expect(readFileSync(file, 'utf8'), sitePath(file, fixtureDist('second'))).not.toMatch(claims);
		for (const { code } of book.languages) {
			const cover = spawnSync(
				'pdftotext',
				[
					'-f',
					'1',
					'-l',
					'1',
					'-enc',
					'UTF-8',
					`${fixtureDist('second')}/pdf/${code}/book.pdf`,
					'-',
				],
				{ encoding: 'utf8' }
			);
			expect(cover.status, cover.stderr).toBe(0);
			expect(cover.stdout).toContain('kitchens.fixture.test');
			expect(cover.stdout).not.toMatch(claims);
		}
	});

	it("credits each translation as its chapter does, in the credit's own language", () => {
		const $ = page('second', `/ar/${chapters[0]!.slug}/`);
		// The label of the page's own text (the others label the companions the reader can pick).
		const credit = $('.column-labels .provenance-translation:not([data-beside]) bdi');
		expect(credit.text()).toBe('مترجمو المشروع');
		expect(credit.attr('lang')).toBe('ar');
	});
});

describe('a book in every writing system the project ships fonts for', () => {
	const { book, chapters } = fixtureBook('scripts');
	const slug = chapters[0]!.slug;

	it.each([
		['he', 'frank-ruhl-libre-hebrew', 'rtl'],
		['hi', 'hind-devanagari', 'ltr'],
		['ru', 'literata-cyrillic', 'ltr'],
		['el', 'literata-greek', 'ltr'],
		['ur', 'vazirmatn-arabic', 'rtl'],
	])(
		"%s: set in its script's face (%s), in its direction, with that face preloaded",
		(code, variable, dir) => {
			const $ = page('scripts', `/${code}/${slug}/`);
			expect($('html').attr('dir')).toBe(dir);
			expect(languageProfile(book, code).dir).toBe(dir);
			const css = $('style').text();
			// Cyrillic and Greek use the Latin family's own subsets: the Latin stack carries them; the others get a rule of their own.
			const stack = new RegExp(
				`(:lang\\(${code}\\)|--font-latin:)[^}]*var\\(--font-${variable}\\)`
			);
			expect(css).toMatch(stack);
			const preloaded = $('link[rel="preload"][as="font"]')
				.map((_, link) => $(link).attr('href'))
				.get();
			expect(preloaded.length).toBeGreaterThan(0);
			expect($(`.cell[lang="${code}"]`).first().attr('dir')).toBe(dir);
		}
	);

	it("ends every font stack with the face that carries the system fallbacks, after every subset of the book's faces", () => {
		const css = page('scripts', `/ru/${slug}/`)('style').text();
		const stacks = [
			...css.matchAll(/(?:--font-latin:|:lang\([\w-]+\)\s*\{\s*font-family:)\s*([^;}]+)/g),
		].map((match) => match[1]!.trim());
		expect(stacks.length).toBe(
			1 + book.languages.filter((language) => language.code !== 'en').length
		);
		// Otherwise a system serif would draw the letters of any subset after it (Russian, once, in Liberation Serif).
		for (const stack of stacks) expect(stack).toMatch(/var\(--font-literata-latin\)$/);
	});

	it("cuts a font for each of those subsets, regular and bold (one variable file, or a file per weight), and no Latin subset of the other scripts' families", () => {
		const faces = readFontManifest(fixtureBooks.scripts).map(
			(face) => `${face.family} ${face.subset} ${face.weight}`
		);
		const subsets = [
			'Literata latin',
			'Literata latin-ext',
			'Literata cyrillic',
			'Literata cyrillic-ext',
			'Literata greek',
			'Literata greek-ext',
			'Vazirmatn arabic',
			'Frank Ruhl Libre hebrew',
			'Hind devanagari',
		];
		// Literata and Vazirmatn come as variable fonts (both weights in one file); Frank Ruhl Libre and Hind have no variable package.
		const variable = (subset: string) =>
			subset.startsWith('Literata') || subset.startsWith('Vazirmatn');
		expect(faces.sort()).toEqual(
			subsets
				.flatMap((subset) =>
					variable(subset) ? [`${subset} 400 700`] : [`${subset} 400`, `${subset} 700`]
				)
				.sort()
		);
		// Each is served with the site.
		const served = (readdirSync(fixtureDist('scripts'), { recursive: true }) as string[]).filter(
			(file) => file.endsWith('.woff2')
		);
		expect(served.length).toBe(faces.length);
	});

	it('warns at build time that Urdu has no interface strings, and marks the English interface on Urdu pages as English', () => {
		expect(fixtureBuildLog('scripts')).toMatch(
			/"ur" has no interface strings: its pages show the interface in English \(marked lang="en"\)/
		);
		for (const path of [`/ur/`, `/ur/${slug}/`, `/ur/status/`]) {
			const $ = page('scripts', path);
			expect($('html').attr('lang')).toBe('ur');
			// Every element holding an English interface string is marked as English, or sits inside one that is.
			$('body *').each((_, element) => {
				const own = $(element)
					.contents()
					.filter((__, node) => node.nodeType === 3 /* text */)
					.text()
					.trim();
				if (fixedEnglish.has(own)) expect(languageOf($, element), `${path}: "${own}"`).toBe('en');
				const label = $(element).attr('aria-label') ?? $(element).attr('title');
				if (label && fixedEnglish.has(label))
					expect(languageOf($, element), `${path}: [aria-label="${label}"]`).toBe('en');
			});
			// The text of the book stays Urdu.
			$('.cell.primary').each((_, cell) => expect($(cell).attr('lang')).toBe('ur'));
		}
	});
});
