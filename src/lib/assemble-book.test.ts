import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	assembleBook,
	BookContentError,
	type ChapterCache,
	type ChapterSourceFile,
} from './assemble-book';
import { readBook } from './read-book';

const fixture = 'tests/fixtures/books/reader';
const slug = 'klanten-die-verhalen-vertellen';
const book = { ...readBook(fixture), chapters: [slug] };
const file = (lang: string, raw?: string): ChapterSourceFile => ({
	path: `${fixture}/chapters/${slug}/${lang}.mdx`,
	slug,
	fileLanguage: lang,
	raw: raw ?? readFileSync(`${fixture}/chapters/${slug}/${lang}.mdx`, 'utf8'),
});
const english = readFileSync(`${fixture}/chapters/${slug}/en.mdx`, 'utf8');

describe('assembleBook', () => {
	it('aligns a translation with its original and falls back to the original where a language has none', () => {
		const [chapter] = assembleBook(book, [file('nl'), file('en')]);
		expect(chapter!.versions.en!.status).toBe('translation');
		expect(chapter!.versions.es!).toMatchObject({
			status: 'fallback',
			language: 'es',
			title: chapter!.versions.nl!.title,
		});
		expect(
			chapter!.versions.es!.segments.every(
				(segment) => segment.lang === 'nl' && segment.untranslated
			)
		).toBe(true);
	});

	it.each([
		[
			'a translation missing a segment',
			[file('nl'), file('en', english.replace(/<Segment id="s16"[\s\S]*?<\/Segment>\n/, ''))],
			/en\.mdx: is missing segment\(s\) s16 of the original/,
		],
		[
			'a translation with a segment the original lacks',
			[
				file('nl'),
				file('en', `${english}\n<Segment id="s99" source="0123456789ab">\n  Extra\n</Segment>\n`),
			],
			/en\.mdx: has segment\(s\) s99 that the original .* does not have/,
		],
		[
			'a chapter in a language the book does not have',
			[
				file('nl'),
				{ ...file('en'), fileLanguage: 'de', path: `${fixture}/chapters/${slug}/de.mdx` },
			],
			/de\.mdx: "de" is not a language of this book/,
		],
		[
			'a file whose frontmatter language differs from its name',
			[
				file('nl'),
				{ ...file('en'), fileLanguage: 'es', path: `${fixture}/chapters/${slug}/es.mdx` },
			],
			/es\.mdx: frontmatter says language "en" but the file name says "es"/,
		],
		[
			'a chapter without an original',
			[file('en')],
			/klanten-die-verhalen-vertellen\/: has no original-language file/,
		],
		[
			'an invalid frontmatter field',
			[file('nl'), file('en', english.replace('reviewed: false', 'reviewed: maybe'))],
			/en\.mdx:\d+: frontmatter field "provenance.reviewed"/,
		],
		[
			'a chapter not listed in book.json',
			[{ ...file('nl'), slug: 'unlisted' }],
			/chapter "unlisted" is not listed in the "chapters" of content\/book\.json/,
		],
	])('fails on %s, naming the file and the problem', (_name, files, message) => {
		expect(() => assembleBook(book, files)).toThrow(message);
	});

	it('fails when book.json lists a chapter that has no files', () => {
		expect(() => assembleBook({ ...book, chapters: [slug, 'ghost'] }, [file('nl')])).toThrow(
			BookContentError
		);
		expect(() => assembleBook({ ...book, chapters: [slug, 'ghost'] }, [file('nl')])).toThrow(
			/content\/book\.json: "chapters" lists "ghost", but there is no folder content\/chapters\/ghost\//
		);
	});

	it('reuses a chapter from the cache while its files and the book languages stay the same, and assembles it again when one changes', () => {
		const cache: ChapterCache = new Map();
		const [first] = assembleBook(book, [file('nl'), file('en')], undefined, cache);
		const [again] = assembleBook(book, [file('en'), file('nl')], undefined, cache);
		expect(again).toBe(first);
		const changed = english.replace(/(<Segment id="s1"[^>]*>\n\s*)/, '$1Changed. ');
		const [edited] = assembleBook(book, [file('nl'), file('en', changed)], undefined, cache);
		expect(edited).not.toBe(first);
		expect(edited!.digest).not.toBe(first!.digest);
		expect(edited!.versions.en!.segments[0]!.text).toMatch(/^Changed\. /);
		const fewer = {
			...book,
			languages: book.languages.filter((language) => language.code !== 'es'),
		};
		const [withoutSpanish] = assembleBook(
			fewer,
			[file('nl'), file('en', changed)],
			undefined,
			cache
		);
		expect(withoutSpanish!.digest).not.toBe(edited!.digest);
		expect(Object.keys(withoutSpanish!.versions)).not.toContain('es');
		expect([...cache.keys()]).toEqual([withoutSpanish!.digest]);
	});
});
