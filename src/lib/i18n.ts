/**
 * Interface strings per language: the project's (src/translations/<lang>.json) with the book's own changes
 * (<book>/translations/<lang>.json) on top; English, marked as English, for a language that has none.
 * Plural forms by Intl.PluralRules; numbers, language names and dates by Intl. Read from disk, so that the
 * PDF build can use them too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type en from '../translations/en.json';
import type { Book } from '../schemas';
import { contentDir as defaultContentDir } from './content-dir';
import { FileError } from './file-error';
import { builtinScripts, defaultScript } from './writing-systems';

export type UiKey = Exclude<keyof typeof en, '_translator'>;
/** A string, or its plural forms keyed by Intl.PluralRules category. */
type UiValue = string | Partial<Record<Intl.LDMLPluralRule, string>>;
type Strings = Record<string, UiValue>;

const shippedDir = join(process.cwd(), 'src/translations');
const readStrings = (file: string): Strings => {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Strings;
	} catch (error) {
		throw new FileError(
			file,
			Number(/\(line (\d+) column/.exec((error as Error).message)?.[1]) || undefined,
			`not valid JSON: ${(error as Error).message}`
		);
	}
};
const shipped = new Map(
	readdirSync(shippedDir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => [name.replace(/\.json$/, ''), readStrings(join(shippedDir, name))])
);
const english = shipped.get('en')!;
const keys = Object.keys(english).filter((key) => key !== '_translator');
const placeholders = (value: UiValue) =>
	[...new Set(JSON.stringify(value).match(/\{\w+\}/g) ?? [])]
		.filter((name) => name !== '{count}')
		.sort()
		.join();

/** A book's changes to the interface strings: <book>/translations/<lang>.json, checked against the English keys. */
function bookStrings(contentDir: string): Map<string, Strings> {
	const dir = join(contentDir, 'translations');
	const found = new Map<string, Strings>();
	if (!existsSync(dir)) return found;
	for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
		const file = join(dir, name);
		const lang = name.replace(/\.json$/, '');
		const strings = readStrings(file);
		for (const [key, value] of Object.entries(strings)) {
			if (key === '_translator') continue;
			if (!(key in english))
				throw new FileError(
					file,
					undefined,
					`"${key}" is not an interface string; the keys are those of src/translations/en.json`
				);
			if (placeholders(value) !== placeholders(english[key]!))
				throw new FileError(
					file,
					undefined,
					`"${key}" must use the placeholders ${placeholders(english[key]!) || '(none)'} like src/translations/en.json`
				);
		}
		const base = shipped.get(lang) ?? shipped.get(lang.split('-')[0]!);
		const missing = keys.filter((key) => !(key in strings));
		if (!base && missing.length)
			throw new FileError(
				file,
				undefined,
				`the project has no interface strings for "${lang}", so this file must give all of them; missing: ${missing.join(', ')}`
			);
		found.set(lang, strings);
	}
	return found;
}

const cache = new Map<string, Map<string, Strings>>();
/** The interface strings of every language a book can show: the project's, with the book's changes merged in. */
function stringsFor(contentDir: string): Map<string, Strings> {
	let merged = cache.get(contentDir);
	if (!merged) {
		merged = new Map(shipped);
		for (const [lang, strings] of bookStrings(contentDir))
			merged.set(lang, { ...(merged.get(lang) ?? merged.get(lang.split('-')[0]!)), ...strings });
		cache.set(contentDir, merged);
	}
	return merged;
}

/** The language whose strings pages in `lang` use, if there are any: its own, else its base language's (pt-BR → pt). */
function ownUiLanguage(lang: string, contentDir: string): string | undefined {
	const strings = stringsFor(contentDir);
	const base = lang.split('-')[0]!;
	return strings.has(lang) ? lang : strings.has(base) ? base : undefined;
}

/** The language the interface is shown in on pages in `lang`: its own, its base language's (pt-BR → pt), else English. */
export function uiLanguage(lang: string, contentDir = defaultContentDir): string {
	return ownUiLanguage(lang, contentDir) ?? 'en';
}

/** Direction of an interface language, which need not be a book language (English on a page in a language without strings). */
const directionOf = (lang: string) => builtinScripts[defaultScript(lang) ?? 'Latn']?.dir ?? 'ltr';

export interface Translate {
	(key: UiKey, vars?: Record<string, string | number>): string;
	/** The language the strings are actually in. */
	lang: string;
	/** `lang` and `dir` to put on an element holding interface text, when that differs from the page's language; else nothing. */
	attrs: { lang?: string; dir?: 'ltr' | 'rtl' };
	/** The plural forms of a string with a `{count}`, for client scripts that fill in the count (with Intl.PluralRules of `lang`). */
	forms(key: UiKey): Partial<Record<Intl.LDMLPluralRule, string>>;
}

/**
 * Memoizes a function of strings: Intl's formatters and the translators are made once per language, not once per
 * page and string (making them anew took a 200-chapter build 0.5 s).
 */
function once<Keys extends string[], Made>(make: (...keys: Keys) => Made): (...keys: Keys) => Made {
	const made = new Map<string, Made>();
	return (...keys) => {
		const key = keys.join('\0');
		let value = made.get(key);
		if (value === undefined) made.set(key, (value = make(...keys)));
		return value;
	};
}

const translator = once((lang: string, contentDir: string): Translate => {
	const ui = uiLanguage(lang, contentDir);
	const table = stringsFor(contentDir).get(ui)!;
	const plural = new Intl.PluralRules(ui);
	// Numbers in the digits of the language the string is in.
	const format = (value: string | number) =>
		typeof value === 'number' ? formatNumber(value, ui) : value;
	const t = ((key, vars = {}) => {
		const value = table[key] ?? english[key]!;
		const text =
			typeof value === 'string'
				? value
				: (value[plural.select(Number(vars.count ?? 0))] ?? value.other!);
		return text.replace(/\{(\w+)\}/g, (match, name: string) =>
			name in vars ? format(vars[name]!) : match
		);
	}) as Translate;
	t.lang = ui;
	t.attrs = ui === lang ? {} : { lang: ui, dir: directionOf(ui) };
	t.forms = (key) => {
		const value = table[key] ?? english[key]!;
		return typeof value === 'string' ? { other: value } : value;
	};
	return t;
});

/** A translator for pages in `lang`: `t('readingTime', { count: 3 })`; numbers in the digits of the strings' language. */
export const useTranslations = (lang: string, contentDir = defaultContentDir): Translate =>
	translator(lang, contentDir);

/** Book languages that have no interface strings of their own (their pages show the interface in English). */
export function languagesWithoutStrings(book: Book, contentDir = defaultContentDir): string[] {
	return book.languages
		.map((language) => language.code)
		.filter((code) => !ownUiLanguage(code, contentDir));
}

/** The interface languages a book's pages are shown in. */
export function uiLanguages(book: Book, contentDir = defaultContentDir): string[] {
	return [...new Set(book.languages.map((language) => uiLanguage(language.code, contentDir)))];
}

/** The string files a book's pages draw on: the project's for its interface languages, and the book's own. */
export function bookTranslationFiles(contentDir: string, book: Book): string[] {
	const own = join(contentDir, 'translations');
	return [
		...uiLanguages(book, contentDir)
			.filter((lang) => shipped.has(lang))
			.map((lang) => join(shippedDir, `${lang}.json`)),
		...(existsSync(own)
			? readdirSync(own)
					.filter((name) => name.endsWith('.json'))
					.map((name) => join(own, name))
			: []),
	];
}

/** The name of `code` in the language `inLang`, e.g. ("nl", "fa") → «هلندی». */
export const languageName = (code: string, inLang: string): string =>
	languageNames(inLang).of(code) ?? code;
const languageNames = once(
	(inLang: string) => new Intl.DisplayNames([inLang, 'en'], { type: 'language' })
);

/** A number in the digits of `lang` (١٢ in Arabic, ۱۲ in Persian, 12 in English). */
export const formatNumber = (value: number, lang: string): string =>
	numberFormats(lang).format(value);
const numberFormats = once((lang: string) => new Intl.NumberFormat(lang));

/** Open Graph's locale, which wants a territory: the language's most likely region, per Intl's likely-subtags data (fa → fa_IR). */
export const openGraphLocale = (code: string): string => openGraphLocales(code);
const openGraphLocales = once((code: string) =>
	new Intl.Locale(code)
		.maximize()
		.baseName.replace(/-[A-Z][a-z]{3}/, '')
		.replace('-', '_')
);

/** A calendar date (YYYY-MM-DD) written the way `lang` writes dates. */
export const formatDate = (isoDate: string, lang: string): string =>
	dateFormats(lang).format(new Date(`${isoDate}T00:00:00Z`));
const dateFormats = once(
	(lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })
);
