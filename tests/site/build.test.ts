import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../tools/search/search-records';
import { useTranslations } from '../../src/lib/i18n';
import { languageDir } from '../../src/lib/languages';
import { inLanguageDigits } from '../../src/lib/writing-systems';
import { translationCredit } from '../../src/lib/provenance';
import { defaultCompanion, pairChoices } from '../../src/lib/views';
import { fixtureBook, fixtureDist } from '../fixture-books';

const dist = fixtureDist('reader');
const { book, chapters } = fixtureBook('reader');
const codes = book.languages.map((language) => language.code);
const page = (path: string) => load(readFileSync(`${dist}${path}index.html`, 'utf8'));
const dirOf = (code: string) => languageDir(book, code);
const normalize = (text: string) => text.replace(/\s+/gu, ' ').trim();
/** A cell's passage text: without the list number and the note the page adds to it. */
const textOf = (cell: ReturnType<CheerioAPI>) => {
	const copy = cell.clone();
	copy.find('.list-marker, .segment-note').remove();
	return normalize(copy.text());
};

describe('built site', () => {
	it('has a page per chapter and language, a home page per language, a root page and a 404 page', () => {
		for (const code of codes) {
			const pages = readdirSync(`${dist}/${code}`, { withFileTypes: true })
				.filter(
					(entry) => entry.isDirectory() && existsSync(`${dist}/${code}/${entry.name}/index.html`)
				)
				.map((entry) => entry.name);
			expect(pages.sort()).toEqual([...chapters.map((chapter) => chapter.slug), 'status'].sort());
		}
		expect(chapters.length).toBe(4);
		for (const code of codes) expect(existsSync(`${dist}/${code}/index.html`)).toBe(true);
		expect(existsSync(`${dist}/index.html`)).toBe(true);
		expect(existsSync(`${dist}/404.html`)).toBe(true);
	});

	describe.each(codes)('home page in %s', (code) => {
		it('lists every chapter with its title in that language, with lang and dir on the page', () => {
			const $ = page(`/${code}/`);
			expect($('html').attr('lang')).toBe(code);
			expect($('html').attr('dir')).toBe(dirOf(code));
			expect($('h1').text()).toBe(book.title[code]);
			const links = $('.chapter-list a')
				.map((_, a) => ({ href: $(a).attr('href'), title: $(a).text().trim() }))
				.get();
			expect(links).toEqual(
				chapters.map((chapter) => ({
					href: `/${code}/${chapter.slug}/`,
					title: chapter.versions[code]!.title,
				}))
			);
			for (const paragraph of book.intro[code]!.split(/\n\s*\n/))
				expect(normalize($('.intro').text())).toContain(normalize(paragraph));
		});
	});

	describe.each(chapters.map((chapter) => [chapter.slug, chapter] as const))(
		'chapter %s',
		(slug, chapter) => {
			it.each(codes)(
				'in %s shows the full text of that language, every segment with its id, lang and dir',
				(code) => {
					const $ = page(`/${code}/${slug}/`);
					expect($('html').attr('lang')).toBe(code);
					expect($('html').attr('dir')).toBe(dirOf(code));
					const version = chapter.versions[code]!;
					for (const segment of version.segments) {
						const row = $(`#${segment.id}`);
						expect(row.length, `${code} ${segment.id}`).toBe(1);
						const cell = row.children('.cell').first();
						expect(cell.attr('lang')).toBe(code);
						expect(cell.attr('dir')).toBe(dirOf(code));
						expect(textOf(cell)).toBe(normalize(segment.text));
						// A numbered item shows its number, in the digits of its language.
						expect(cell.find('.list-marker').text()).toBe(
							segment.marker ? inLanguageDigits(segment.marker, code) : ''
						);
					}
					// Every language the reader can pick beside it is there in full, each cell with its own lang and dir.
					for (const { companion, column } of pairChoices(chapter, code, book)) {
						if (!column) continue;
						for (const segment of column.segments) {
							const cell = $(`#${segment.id} > .cell[data-beside="${companion}"]`);
							expect(cell.length, `${code} ${companion} ${segment.id}`).toBe(1);
							expect(cell.attr('lang')).toBe(segment.lang);
							expect(cell.attr('dir')).toBe(dirOf(segment.lang));
							expect(textOf(cell)).toBe(normalize(segment.text));
						}
					}
					// A translation stands beside its original by default, which carries the original's lang and dir.
					if (code !== chapter.originalLanguage) {
						expect($('.pair-picker input[checked]').attr('value')).toBe(chapter.originalLanguage);
						const original = chapter.versions[chapter.originalLanguage]!;
						for (const segment of original.segments) {
							const cell = $(`#${segment.id} > .cell[data-beside="${chapter.originalLanguage}"]`);
							expect(cell.attr('lang')).toBe(chapter.originalLanguage);
							expect(cell.attr('dir')).toBe(dirOf(chapter.originalLanguage));
							expect(textOf(cell)).toBe(normalize(segment.text));
						}
						// Who translated it, in the credit's own language, and whether it was reviewed, in the page's.
						const provenance = version.provenance;
						const credit =
							provenance.type === 'translation'
								? translationCredit(provenance, code, code, book.defaultLanguage)
								: undefined;
						const label = $('.column-labels .provenance:not([data-beside])');
						expect(label.find('bdi').text()).toBe(credit!.text);
						expect(label.find('bdi').attr('lang')).toBe(credit!.lang);
						expect(label.text()).toContain(
							useTranslations(code)(
								provenance.type === 'translation' && provenance.reviewed
									? 'translationReviewed'
									: 'translationNotReviewed'
							)
						);
					}
					expect($('.provenance-original').length).toBe(1);
					// Every element with text in the article says its language.
					$('.cell').each((_, cell) => expect($(cell).attr('lang')).toBeTruthy());
				}
			);
		}
	);

	it('the sitemap lists every page with its language alternates', () => {
		const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
		for (const chapter of chapters)
			for (const code of codes) {
				expect(sitemap).toContain(`${book.site}${code}/${chapter.slug}/</loc>`);
				expect(sitemap).toContain(`hreflang="${code}" href="${book.site}${code}/${chapter.slug}/"`);
			}
	});

	it('Pagefind has one bundle per language, each holding every passage written in that language exactly once', () => {
		for (const code of codes) {
			const entry = JSON.parse(
				readFileSync(`${dist}/pagefind/${code}/pagefind-entry.json`, 'utf8')
			) as { languages: Record<string, { page_count: number }> };
			expect(Object.keys(entry.languages)).toEqual([code]);
			const records = searchRecords(book, chapters, code);
			expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
			expect(entry.languages[code]!.page_count).toBe(records.length);
			const passages = chapters.reduce(
				(sum, chapter) => sum + chapter.versions[code]!.segments.length,
				0
			);
			const titles = chapters.filter(
				(chapter) => chapter.versions[code]!.segments[0]?.kind !== 'title'
			).length;
			expect(records.length).toBe(passages + titles);
		}
	});

	it("search records hold only what is searchable: the passage's own words, no metadata (Pagefind searches metadata too)", () => {
		for (const code of codes)
			for (const record of searchRecords(book, chapters, code)) {
				expect(record.meta).toEqual({});
				// And no filters: what a result shows beneath the match comes from its passage file.
				expect(Object.keys(record)).toEqual(['url', 'language', 'content', 'meta']);
				expect(record.url).toMatch(new RegExp(`^/${code}/[^/]+/#[\\w-]+$`));
			}
		// A Persian passage is indexed once (folded), not also as written.
		const persian = chapters
			.find((chapter) => chapter.originalLanguage === 'fa')!
			.versions.fa!.segments.find((segment) => segment.text.includes('\u200c'))!;
		const record = searchRecords(book, chapters, 'fa').find(
			(candidate) => candidate.url.endsWith(`#${persian.id}`) && candidate.url.includes('/fa/')
		)!;
		expect(record.content.length).toBeLessThan(persian.text.length * 1.3);
	});

	it("every passage has the file a search result reads, holding it in every language: its text as that language's page shows it, its language, title and default companion", () => {
		for (const chapter of chapters)
			for (const segment of chapter.versions[book.defaultLanguage]!.segments) {
				const file = JSON.parse(
					readFileSync(`${dist}/search/${chapter.slug}/${segment.id}.json`, 'utf8')
				) as Record<string, Record<string, string>>;
				expect(Object.keys(file)).toEqual(codes);
				for (const code of codes) {
					const version = chapter.versions[code]!;
					const shown = version.segments.find((candidate) => candidate.id === segment.id)!;
					expect(file[code]).toEqual({
						text: shown.text,
						lang: shown.lang,
						title: version.title,
						titleLang: version.titleLang,
						companion: defaultCompanion(chapter, code, book),
					});
				}
			}
	});
});

describe('translation status page', () => {
	it.each(codes)('in %s lists every chapter in every language with its state', (code) => {
		const $ = page(`/${code}/status/`);
		expect($('html').attr('lang')).toBe(code);
		const rows = $('.status-table tbody tr');
		expect(rows.length).toBe(chapters.length);
		rows.each((index, row) => {
			const chapter = chapters[index]!;
			const states = $(row)
				.find('td')
				.map((_, cell) => [[$(cell).attr('data-lang'), $(cell).attr('data-state')]])
				.get();
			expect(states).toEqual(
				codes.map((other) => [
					other,
					other === chapter.originalLanguage ? 'original' : 'translated',
				])
			);
		});
	});
});
