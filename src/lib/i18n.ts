/** UI strings per language (`src/translations/<lang>.json`, English where a language has none) plus language names and dates via Intl. Read from disk, so that the PDF build can use them too. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type en from '../translations/en.json';

export type UiKey = keyof typeof en;
type Strings = Record<UiKey, string>;

const dir = join(process.cwd(), 'src/translations');
const strings = new Map(
	readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, name), 'utf8')) as Strings]),
);
const english = strings.get('en')!;

/** A translator for one UI language: `t('readingTime', { minutes: 3 })`. */
export function useTranslations(lang: string): (key: UiKey, vars?: Record<string, string | number>) => string {
	const table = strings.get(lang) ?? strings.get(lang.split('-')[0]!) ?? english;
	const format = (value: string | number) => (typeof value === 'number' ? value.toLocaleString(lang) : value);
	return (key, vars = {}) => (table[key] ?? english[key]).replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? format(vars[name]!) : match));
}

/** Whether the UI has its own strings for `lang` (otherwise it shows English). */
export const hasUiStrings = (lang: string) => strings.has(lang);

/** The name of `code` in the language `inLang`, e.g. ("nl", "fa") → «هلندی». */
export function languageName(code: string, inLang: string): string {
	return new Intl.DisplayNames([inLang, 'en'], { type: 'language' }).of(code) ?? code;
}

/** A calendar date (YYYY-MM-DD) written the way `lang` writes dates. */
export function formatDate(isoDate: string, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
