import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { keepScreenshot, openPage, widths } from './helpers';
import { fixtureBook } from '../fixture-books';
import { asciiDigits } from '../../src/lib/search-text';
import { languageName } from '../../src/lib/i18n';

const { chapters } = fixtureBook('reader');
const codes = fixtureBook('reader').book.languages.map((language) => language.code);

const dutch = chapters.find((chapter) => chapter.originalLanguage === 'nl')!;
const persian = chapters.find((chapter) => chapter.originalLanguage === 'fa')!;

interface Result {
	href: string;
	language: string;
	score: number;
	text: string;
	marked: string[];
	/** The same passage beneath the match, in the page's language or the original. */
	counterpart?: { lang: string; dir: string; text: string; label: string };
}

/** Types a query into the open dialog and waits for the results of exactly that query; with `all`, presses "More results" until every result shows. */
async function search(
	page: Page,
	query: string,
	scope?: string,
	options: { all?: boolean } = {}
): Promise<Result[]> {
	if (
		!(await page
			.locator('[data-search-dialog]')
			.evaluate((dialog) => (dialog as HTMLDialogElement).open))
	)
		await page.keyboard.press('/');
	await page.evaluate(() => performance.clearMarks());
	if (scope) await page.selectOption('[data-search-scope]', scope);
	await page.fill('[data-search-input]', query);
	await page.waitForFunction(
		(q) => performance.getEntriesByName(`search-results:${q}`).length > 0,
		query
	);
	while (options.all && (await page.locator('[data-search-more]').isVisible())) {
		const before = await page.locator('.search-results > li').count();
		await page.click('[data-search-more]');
		await page.waitForFunction(
			(count) => document.querySelectorAll('.search-results > li').length > count,
			before
		);
	}
	return page.$$eval('.search-results > li', (items) =>
		items.map((item) => {
			const counterpart = item.querySelector<HTMLElement>('.search-result-counterpart');
			const counterpartText = counterpart?.querySelector<HTMLElement>('.search-result-text');
			return {
				href: item.querySelector('a')!.getAttribute('href')!,
				language: item.dataset.language!,
				score: Number(item.dataset.score),
				text: item.querySelector('.search-result-text')!.textContent,
				marked: [
					...item.querySelectorAll('.search-result-text:not(.search-result-counterpart *) mark'),
				].map((mark) => mark.textContent),
				counterpart: counterpartText
					? {
							lang: counterpartText.lang,
							dir: counterpartText.dir,
							text: counterpartText.textContent,
							label: counterpart!.querySelector('.search-result-language')!.textContent,
						}
					: undefined,
			};
		})
	);
}

/** The count the live region announces, as a number (in any script's digits). */
const announcedCount = async (page: Page) =>
	Number(asciiDigits((await page.textContent('[data-search-status]'))!).replace(/\D/g, ''));

/** A passage's text in one language of the reader fixture, by the path of a result (`/<lang>/<slug>/…#<id>`). */
const passageText = (lang: string, href: string) => {
	const slug = href.split('/')[2]!;
	const id = href.split('#')[1];
	const version = chapters.find((chapter) => chapter.slug === slug)!.versions[lang]!;
	return id ? version.segments.find((segment) => segment.id === id)!.text : version.title;
};
const withoutEllipses = (text: string) => text.replace(/^…|…$/g, '');

describe('search', () => {
	it('opens with the button, with / and with Ctrl+K, as an accessible dialog in the page language, right-to-left in Persian', async () => {
		const page = await openPage('/fa/');
		await page.click('[data-search-open]');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		expect(await page.getAttribute('[data-search-dialog]', 'dir')).toBe('rtl');
		expect(await page.textContent('#search-title')).toBe('جست‌وجو در کتاب');
		await page.keyboard.press('Escape');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(false);
		await page.keyboard.press('/');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Control+k');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(true);
	});

	it('searches the page language by default, and finds the Dutch "pizza" from a Persian page with all languages', async () => {
		const page = await openPage('/fa/');
		const persianOnly = await search(page, 'pizza');
		expect(persianOnly).toEqual([]);
		const all = await search(page, 'pizza', 'all');
		expect(
			all.some((result) => result.language === 'nl' && result.href.startsWith(`/fa/${dutch.slug}/`))
		).toBe(true);
		// Each result says its language.
		expect(
			await page
				.locator('.search-results li[data-language="nl"] .search-result-language')
				.first()
				.textContent()
		).toBe('به هلندی');
		await keepScreenshot(page, 'search-fa-all-languages-1280');
	});

	it('"Zappos" finds chapters in every language, each passage once', async () => {
		const page = await openPage('/en/');
		const results = await search(page, 'Zappos', 'all', { all: true });
		// Persian translations give the Latin name in parentheses, so Persian passages are found too.
		expect(new Set(results.map((result) => result.language))).toEqual(new Set(codes));
		for (const code of codes)
			expect(
				new Set(
					results
						.filter((result) => result.language === code)
						.map((result) => result.href.split('/')[2])
				).size,
				code
			).toBeGreaterThanOrEqual(2);
		const persianResults = await search(page, 'زاپوس', 'fa');
		expect(persianResults.length).toBeGreaterThan(0);
		const hrefs = results.map((result) => result.href);
		expect(new Set(hrefs).size).toBe(hrefs.length);
	});

	it.each([
		['klanten', 'nl'],
		['early', 'en'],
	])(
		"a word of a chapter's slug («%s») finds only passages that hold it, not every passage of that chapter in every language",
		async (query, code) => {
			expect(chapters.some((chapter) => chapter.slug.split('-').includes(query))).toBe(true);
			const page = await openPage('/en/');
			const results = await search(page, query, 'all', { all: true });
			expect(results.some((result) => result.language === code)).toBe(true);
			// Outside the language it is written in, a result is one whose own text holds a match («Klantgericht» in a Spanish passage), shown marked.
			expect(
				results
					.filter((result) => result.language !== code && result.marked.length === 0)
					.map((result) => result.href)
			).toEqual([]);
		}
	);

	it.each([
		['Dutch stemming', 'nl', 'verhalen', /verha/i],
		['Spanish', 'es', 'zapatos', /zapatos/i],
		['English stemming', 'en', 'customers', /customer/i],
	])('%s: a query in %s finds its passages', async (_name, code, query, pattern) => {
		const page = await openPage(`/${code}/`);
		const results = await search(page, query);
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) expect(result.language).toBe(code);
		expect(results[0]!.marked.some((word) => pattern.test(word))).toBe(true);
	});

	describe('Persian queries find what a Persian reader means', () => {
		// Every Persian passage of the book (the original and the translations) with «می شود» in any spelling.
		const withMiShavad = chapters.flatMap((chapter) =>
			chapter.versions
				.fa!.segments.filter(
					(segment) => segment.lang === 'fa' && /می[ \u200c]?شود(?!ن)/.test(segment.text)
				)
				.map((segment) => `/fa/${chapter.slug}/#${segment.id}`)
		);

		it('the book has such passages in the original, written with a space and with a half-space', () => {
			expect(
				withMiShavad.filter((href) => href.startsWith(`/fa/${persian.slug}/`)).length
			).toBeGreaterThanOrEqual(2);
			const text = persian.versions.fa!.segments.map((segment) => segment.text).join(' ');
			expect(text).toContain('می شود');
			expect(text).toContain('می\u200cشود');
		});

		it.each(['می‌شود', 'می شود', 'میشود', 'مي شود', 'مـی‌شُود'])(
			'«%s» (ZWNJ, space, none, Arabic Yeh, tatweel, diacritics) finds every «می شود»',
			async (query) => {
				const page = await openPage('/fa/');
				const results = await search(page, query, undefined, { all: true });
				expect(results.map((result) => result.href.replace(/\?mark=[^#]*/, '')).sort()).toEqual(
					[...withMiShavad].sort()
				);
				// The text shown is the text as written, with the words marked as written.
				for (const result of results)
					expect(
						result.marked.some((word) => /^می[ \u200c]?شود$/u.test(word)),
						result.marked.join(' | ')
					).toBe(true);
			}
		);

		it('the bare stem «شود» still finds them', async () => {
			const page = await openPage('/fa/');
			const results = await search(page, 'شود', undefined, { all: true });
			for (const href of withMiShavad)
				expect(results.map((result) => result.href.replace(/\?mark=[^#]*/, ''))).toContain(href);
		});

		it.each(['۴ روز', '4 روز', '٤ روز'])(
			'digits in any script: «%s» finds «۴ روز»',
			async (query) => {
				const page = await openPage('/fa/');
				const results = await search(page, query);
				expect(results[0]!.href).toMatch(new RegExp(`^/fa/${persian.slug}/\\?mark=.*#s1$`));
				expect(results[0]!.marked).toContain('۴');
			}
		);

		it('Arabic Kaf and Yeh match Persian: «كفش هاي» finds «کفش‌های»', async () => {
			const page = await openPage('/fa/');
			const results = await search(page, 'كفش');
			expect(results.length).toBeGreaterThan(0);
			expect(results[0]!.text).toContain('کفش');
		});
	});

	it('a result opens the pair it showed, at the passage, highlighted, with the terms marked in the language they were found in', async () => {
		const page = await openPage(`/fa/${persian.slug}/`);
		const results = await search(page, 'pizza', 'all');
		const dutchResult = results.find((result) => result.language === 'nl')!;
		// The Dutch chapter's original is Dutch, which is what a Persian page shows beside Persian: its own URL.
		expect(dutchResult.href).toMatch(new RegExp(`^/fa/${dutch.slug}/\\?mark=[^#]*&in=nl#s\\d+$`));
		await page.click(`.search-results a[href="${dutchResult.href}"]`);
		await page.waitForURL((url) => url.pathname === `/fa/${dutch.slug}/` && url.hash !== '');
		const id = new URL(page.url()).hash.slice(1);
		expect(await page.locator(`#${id}`).evaluate((row) => row.matches(':target'))).toBe(true);
		expect(
			await page.$$eval(`#${id} .cell`, (cells) =>
				cells.filter((cell) => cell.checkVisibility()).map((cell) => cell.getAttribute('lang'))
			)
		).toEqual(['fa', 'nl']);
		const marks = await page.$$eval(`#${id} .cell[lang="nl"] mark`, (elements) =>
			elements.map((mark) => mark.textContent.toLowerCase())
		);
		expect(marks.length).toBeGreaterThan(0);
		expect(marks.every((mark) => mark.startsWith('pizza'))).toBe(true);
		expect(await page.locator(`#${id} .cell[lang="fa"] mark`).count()).toBe(0);
		await keepScreenshot(page, 'search-result-opened-fa-nl-1280');
	});

	it('a result in a language the default pair does not show opens the pair that shows it', async () => {
		const page = await openPage(`/fa/${persian.slug}/`);
		const results = await search(page, 'pizza', 'all');
		const english = results.find(
			(result) => result.language === 'en' && result.href.startsWith(`/fa/${dutch.slug}/`)
		)!;
		expect(english.href).toMatch(
			new RegExp(`^/fa/${dutch.slug}/\\?with=en&mark=[^#]*&in=en#s\\d+$`)
		);
		await page.click(`.search-results a[href="${english.href}"]`);
		await page.waitForURL((url) => url.pathname === `/fa/${dutch.slug}/` && url.hash !== '');
		expect(new URL(page.url()).searchParams.get('with')).toBe('en');
		const id = new URL(page.url()).hash.slice(1);
		expect(
			await page.$$eval(`#${id} .cell`, (cells) =>
				cells.filter((cell) => cell.checkVisibility()).map((cell) => cell.getAttribute('lang'))
			)
		).toEqual(['fa', 'en']);
		expect(await page.locator(`#${id} .cell[lang="en"] mark`).count()).toBeGreaterThan(0);
	});

	describe('precision: a passage is found by its own words only', () => {
		/** The most frequent word (seven letters or more) of one language's text whose first five letters no other language's text contains (stems match longer words). */
		const onlyIn = (code: string) => {
			const own = (lang: string) =>
				chapters.flatMap((chapter) =>
					chapter.versions[lang]!.status === 'fallback'
						? []
						: chapter.versions[lang]!.segments.filter((segment) => !segment.untranslated).map(
								(segment) => segment.text.toLowerCase()
							)
				);
			const others = codes
				.filter((other) => other !== code)
				.flatMap(own)
				.join(' ');
			const tally = new Map<string, number>();
			for (const word of own(code)
				.join(' ')
				.match(/\p{L}{7,}/gu) ?? [])
				if (!others.includes(word.slice(0, 5))) tally.set(word, (tally.get(word) ?? 0) + 1);
			return [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
		};

		it.each(['nl', 'es', 'fa'])(
			'a word written only in %s, searched in all languages from another page, finds only passages of that language, each with the word marked',
			async (code) => {
				const word = onlyIn(code);
				const page = await openPage(code === 'en' ? '/nl/' : '/en/');
				const results = await search(page, word, 'all', { all: true });
				expect(results.length, word).toBeGreaterThan(0);
				expect(
					results.map((result) => result.language),
					word
				).toEqual(results.map(() => code));
				for (const result of results)
					expect(result.marked.length, `${word} in ${result.href}`).toBeGreaterThan(0);
				expect(await announcedCount(page)).toBe(results.length);
			}
		);
	});

	it("ranks the matches of all languages together by relevance, the page's language first among equals, and shows every one on demand", async () => {
		const page = await openPage('/nl/');
		const firstPage = await search(page, 'Zappos', 'all');
		expect(firstPage.length).toBe(5);
		const total = await announcedCount(page);
		expect(total).toBeGreaterThan(10);
		const results = await search(page, 'Zappos', 'all', { all: true });
		expect(results.length).toBe(total);
		expect(new Set(results.map((result) => result.href)).size).toBe(total);
		expect(results.slice(0, 5)).toEqual(firstPage);
		for (let index = 1; index < results.length; index++) {
			const [before, after] = [results[index - 1]!, results[index]!];
			expect(before.score, `${before.href} before ${after.href}`).toBeGreaterThanOrEqual(
				after.score
			);
			if (
				Number(before.score.toPrecision(6)) === Number(after.score.toPrecision(6)) &&
				after.language === 'nl'
			)
				expect(before.language, `tie: ${before.href} before ${after.href}`).toBe('nl');
		}
		// Not a list per language: the languages take turns as relevance goes.
		const runs = results
			.map((result) => result.language)
			.filter((language, index, all) => language !== all[index - 1]);
		expect(runs.length).toBeGreaterThan(codes.length);
		expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
	});

	describe('bilingual results', () => {
		it("a match in another language shows, beneath it, the same passage in the page's language, each with its own lang and dir, and links to that pair", async () => {
			const page = await openPage('/en/');
			const results = await search(page, 'زاپوس', 'all', { all: true });
			expect(results.length).toBeGreaterThan(0);
			for (const result of results) {
				expect(result.language).toBe('fa');
				expect(passageText('fa', result.href)).toContain(withoutEllipses(result.text));
				expect(result.counterpart, result.href).toMatchObject({
					lang: 'en',
					dir: 'ltr',
					label: 'in English',
				});
				expect(passageText('en', result.href)).toContain(withoutEllipses(result.counterpart!.text));
				expect(result.href).toMatch(/^\/en\/[^/]+\/\?(with=fa&)?mark=[^#]*&in=fa(#s\d+)?$/);
			}
			const dirs = await page.$$eval(
				'.search-results > li[data-language="fa"] a > .search-result-text',
				(texts) => texts.map((text) => [text.getAttribute('lang'), text.getAttribute('dir')])
			);
			expect(new Set(dirs.map((pair) => pair.join()))).toEqual(new Set(['fa,rtl']));
			await keepScreenshot(page, 'search-en-bilingual-fa-1280');
		});

		it("a match in the page's language shows the original beneath it (for an original, the book's default language)", async () => {
			const page = await openPage('/fa/');
			const results = await search(page, 'زاپوس', undefined, { all: true });
			expect(results.length).toBeGreaterThan(0);
			for (const result of results) {
				const chapter = chapters.find((candidate) => candidate.slug === result.href.split('/')[2])!;
				const beneath = chapter.originalLanguage === 'fa' ? 'en' : chapter.originalLanguage;
				expect(result.counterpart, result.href).toMatchObject({ lang: beneath, dir: 'ltr' });
				expect(passageText(beneath, result.href)).toContain(
					withoutEllipses(result.counterpart!.text)
				);
				// The page's own default view: the chapter in Persian beside that language.
				expect(result.href).toMatch(new RegExp(`^/fa/${chapter.slug}/\\?mark=[^&#]*(#s\\d+)?$`));
			}
			await keepScreenshot(page, 'search-fa-bilingual-1280');
		});
		it("beneath a match, a passage not yet translated into the page's language is the original, labeled with its own language", async () => {
			const second = fixtureBook('second');
			const bread = second.chapters.find((chapter) =>
				chapter.versions.ar!.segments.some((segment) => segment.untranslated)
			)!;
			const longestWord = (id: string) =>
				bread.versions
					.de!.segments.find((segment) => segment.id === id)!
					.text.match(/\p{L}{6,}/gu)!
					.sort((a, b) => b.length - a.length)[0];
			const untranslated = bread.versions.ar!.segments.find(
				(segment) => segment.untranslated && segment.kind === 'paragraph'
			)!.id;
			const translated = bread.versions.ar!.segments.find(
				(segment) => !segment.untranslated && segment.kind === 'paragraph'
			)!.id;
			const page = await openPage('/ar/', { book: 'second' });
			for (const [id, lang, dir] of [
				[untranslated, bread.originalLanguage, 'ltr'],
				[translated, 'ar', 'rtl'],
			] as const) {
				const results = await search(page, longestWord(id), 'de', { all: true });
				const result = results.find(
					(candidate) =>
						candidate.href.includes(`/${bread.slug}/`) && candidate.href.endsWith(`#${id}`)
				);
				expect(result, `${longestWord(id)} → ${id}`).toBeDefined();
				expect(result!.counterpart).toMatchObject({ lang, dir });
				expect(result!.counterpart!.label).toContain(languageName(lang, 'ar'));
			}
		});
	});

	it('works from the keyboard: arrows walk the results and "More results", typing goes on in the field, Enter opens, Escape closes and returns focus', async () => {
		const page = await openPage('/en/');
		await page.focus('[data-search-open]');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		await page.keyboard.type('customer');
		await page.waitForFunction(
			() => performance.getEntriesByName('search-results:customer').length > 0
		);
		// The live region says how many passages were found.
		expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
		expect(await announcedCount(page)).toBeGreaterThan(5);
		const hrefs = await page.$$eval('.search-results a', (links) =>
			links.map((link) => link.getAttribute('href'))
		);
		const focused = () =>
			page.evaluate(
				() =>
					document.activeElement?.getAttribute('href') ??
					document.activeElement?.getAttribute('data-search-more') ??
					document.activeElement?.id
			);
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe(hrefs[0]);
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe(hrefs[1]);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe('search-input');
		for (let step = 0; step < hrefs.length + 1; step++) await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			(count) => document.querySelectorAll('.search-results > li').length > count,
			hrefs.length
		);
		// The next results came, and focus is on the first of them.
		const sixth = await page.$$eval(
			'.search-results a',
			(links, index) => links[index]!.getAttribute('href'),
			hrefs.length
		);
		expect(await focused()).toBe(sixth);
		await page.keyboard.press('s');
		expect(await focused()).toBe('search-input');
		expect(await page.inputValue('[data-search-input]')).toBe('customers');
		await page.keyboard.press('Escape');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(false);
		expect(
			await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))
		).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() => performance.getEntriesByName('search-results:customers').length > 0
		);
		await page.keyboard.press('ArrowDown');
		const target = await focused();
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === target);
	});

	it('shows results as the reader types, without Enter, and never blocks typing', async () => {
		const page = await openPage('/en/', { width: widths.phone });
		await page.keyboard.press('/');
		await page.locator('[data-search-input]').pressSequentially('emotio', { delay: 30 });
		await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
		expect(await page.inputValue('[data-search-input]')).toBe('emotio');
		// The page's longest task while searching stayed short.
		const longest = await page.evaluate(() =>
			Math.max(0, ...performance.getEntriesByType('longtask').map((task) => task.duration))
		);
		expect(longest).toBeLessThan(200);
		await keepScreenshot(page, 'search-en-390');
	});
});
