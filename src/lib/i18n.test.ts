import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTranslations } from './i18n';

const files = readdirSync('src/translations').filter((name) => name.endsWith('.json'));
const english = JSON.parse(readFileSync('src/translations/en.json', 'utf8')) as Record<string, string>;

describe('UI strings', () => {
	it.each(files)('%s has every string, with the same placeholders as English', (name) => {
		const strings = JSON.parse(readFileSync(`src/translations/${name}`, 'utf8')) as Record<string, string>;
		expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
		for (const [key, value] of Object.entries(english)) expect((strings[key]!.match(/\{\w+\}/g) ?? []).sort(), `${name} ${key}`).toEqual((value.match(/\{\w+\}/g) ?? []).sort());
	});

	it('fills placeholders and writes numbers the way the language does', () => {
		expect(useTranslations('fa')('chapterNumber', { number: 4 })).toBe('فصل ۴');
		expect(useTranslations('en')('readingTime', { minutes: 3 })).toBe('3 min read');
		expect(useTranslations('de')('home')).toBe('Home');
	});
});
