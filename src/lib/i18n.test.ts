import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languagesWithoutStrings, uiLanguage, useTranslations } from './i18n';
import type { Book } from '../schemas';

type Value = string | Record<string, string>;
const files = readdirSync('src/translations').filter((name) => name.endsWith('.json'));
const english = JSON.parse(readFileSync('src/translations/en.json', 'utf8')) as Record<
	string,
	Value
>;
const placeholders = (value: Value) =>
	[...new Set(JSON.stringify(value).match(/\{\w+\}/g) ?? [])]
		.filter((name) => name !== '{count}')
		.sort();
/** Book languages the project must give the interface in: at least those Starlight ships. */
const starlightLanguages = [
	'ar',
	'ca',
	'cs',
	'da',
	'de',
	'el',
	'en',
	'es',
	'fa',
	'fi',
	'fr',
	'gl',
	'he',
	'hi',
	'hu',
	'id',
	'it',
	'ja',
	'ko',
	'lv',
	'nb',
	'nl',
	'pl',
	'pt',
	'ro',
	'ru',
	'sk',
	'sv',
	'th',
	'tr',
	'uk',
	'vi',
	'zh-CN',
	'zh-TW',
];

/** A book folder with the given interface strings of its own. */
function bookWithStrings(strings: Record<string, Record<string, Value>>): string {
	const dir = mkdtempSync(join(tmpdir(), 'book-strings-'));
	mkdirSync(join(dir, 'translations'));
	for (const [lang, values] of Object.entries(strings))
		writeFileSync(join(dir, 'translations', `${lang}.json`), JSON.stringify(values));
	return dir;
}

describe('UI strings shipped with the project', () => {
	it('cover at least the languages Starlight ships, and more than 35 in all', () => {
		const codes = files.map((name) => name.replace(/\.json$/, ''));
		expect(codes).toEqual(expect.arrayContaining(starlightLanguages));
		expect(codes.length).toBeGreaterThanOrEqual(35);
	});

	it.each(files)(
		'%s says who made it, has every string with the same placeholders as English, and the plural forms of its language',
		(name) => {
			const lang = name.replace(/\.json$/, '');
			const strings = JSON.parse(readFileSync(`src/translations/${name}`, 'utf8')) as Record<
				string,
				Value
			>;
			expect(Object.keys(strings)).toEqual(Object.keys(english));
			expect(typeof strings._translator === 'string' && strings._translator.length > 10).toBe(true);
			const rules = new Intl.PluralRules(lang);
			const needed = new Set(['other', ...Array.from({ length: 1001 }, (_, n) => rules.select(n))]);
			for (const [key, value] of Object.entries(english)) {
				if (key === '_translator') continue;
				const mine = strings[key]!;
				expect(placeholders(mine), `${name} ${key}`).toEqual(placeholders(value));
				expect(typeof mine, `${name} ${key}`).toBe(typeof value);
				if (typeof mine === 'string') continue;
				// Every category a whole number takes in the language, and none it lacks (Spanish may add "many", for a million).
				expect(Object.keys(mine), `${name} ${key}: plural categories`).toEqual(
					expect.arrayContaining([...needed])
				);
				for (const category of Object.keys(mine))
					expect(rules.resolvedOptions().pluralCategories, `${name} ${key}`).toContain(category);
				for (const form of Object.values(mine)) expect(form, `${name} ${key}`).not.toBe('');
			}
		}
	);
});

describe('useTranslations', () => {
	it('fills placeholders, chooses plural forms and writes numbers the way the language does', () => {
		expect(useTranslations('fa')('chapterNumber', { number: 4 })).toBe('فصل ۴');
		expect(useTranslations('en')('readingTime', { count: 3 })).toBe('3 min read');
		expect(useTranslations('en')('statusStale', { count: 1 })).toBe('1 passage to revise');
		expect(useTranslations('en')('statusStale', { count: 2 })).toBe('2 passages to revise');
		expect(useTranslations('ru')('statusStale', { count: 2 })).not.toBe(
			useTranslations('ru')('statusStale', { count: 5 }).replace('5', '2')
		);
		expect(useTranslations('ar')('chapterNumber', { number: 3 })).toMatch(/[3٣]/);
	});

	it('falls back to the base language (pt-BR → pt) and then to English, and says so with lang and dir', () => {
		expect(uiLanguage('pt-BR')).toBe('pt');
		const swahili = useTranslations('sw');
		expect(swahili.lang).toBe('en');
		expect(swahili.attrs).toEqual({ lang: 'en', dir: 'ltr' });
		expect(swahili('search')).toBe('Search');
		expect(useTranslations('de').attrs).toEqual({});
	});

	it('lists the book languages without strings of their own', () => {
		const book = {
			languages: [{ code: 'en' }, { code: 'sw' }, { code: 'ur' }, { code: 'de' }],
		} as Book;
		expect(languagesWithoutStrings(book)).toEqual(['sw', 'ur']);
	});
});

describe("a book's own interface strings", () => {
	it('change single strings of a shipped language', () => {
		const dir = bookWithStrings({ de: { search: 'Finden' } });
		expect(useTranslations('de', dir)('search')).toBe('Finden');
		expect(useTranslations('de', dir)('searchClose')).toBe(useTranslations('de')('searchClose'));
	});

	it('give the interface a language the project lacks, when they give every string', () => {
		const swahili = Object.fromEntries(
			Object.entries(english).map(([key, value]) => [
				key,
				typeof value === 'string'
					? `SW ${value}`
					: Object.fromEntries(
							Object.entries(value).map(([category, form]) => [category, `SW ${form}`])
						),
			])
		);
		const dir = bookWithStrings({ sw: swahili });
		const t = useTranslations('sw', dir);
		expect(t.lang).toBe('sw');
		expect(t.attrs).toEqual({});
		expect(t('search')).toBe('SW Search');
	});

	it.each([
		[
			'an unknown key',
			{ de: { serch: 'Finden' } },
			/translations\/de\.json: "serch" is not an interface string/,
		],
		[
			'other placeholders',
			{ de: { chapterNumber: 'Kapitel' } },
			/translations\/de\.json: "chapterNumber" must use the placeholders \{number\}/,
		],
		[
			'a new language with strings missing',
			{ sw: { search: 'Tafuta' } },
			/translations\/sw\.json: the project has no interface strings for "sw", so this file must give all of them; missing: skipLink/,
		],
	])('are refused with the file named: %s', (_name, strings, message) => {
		expect(() => useTranslations('de', bookWithStrings(strings))).toThrow(message);
	});
});
