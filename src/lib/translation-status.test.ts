import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../tests/fixture-books';

const { book, chapters } = fixtureBook('reader');
import { assembleBook } from './assemble-book';
import { versionStatus } from './translation-status';
import { readFileSync } from 'node:fs';

describe('versionStatus', () => {
	it('says original, translated and not reviewed, for a book translated in full', () => {
		for (const chapter of chapters)
			for (const { code } of book.languages)
				expect(versionStatus(chapter, code)).toEqual(
					code === chapter.originalLanguage
						? { state: 'original', stale: 0, untranslated: 0 }
						: { state: 'translated', stale: 0, untranslated: 0 }
				);
	});

	it('counts stale passages and reports a missing translation', () => {
		const slug = 'klanten-die-verhalen-vertellen';
		const raw = (lang: string) =>
			readFileSync(`tests/fixtures/books/reader/chapters/${slug}/${lang}.mdx`, 'utf8');
		// The English translation made from an older original: two passages' source hashes no longer match.
		const english = raw('en')
			.replace(/source="[0-9a-f]{12}"/, 'source="000000000000"')
			.replace(/(id="s9"[^>]*source=")[0-9a-f]{12}/, '$1111111111111');
		const files = [
			{ path: `${slug}/nl.mdx`, slug, fileLanguage: 'nl', raw: raw('nl') },
			{ path: `${slug}/en.mdx`, slug, fileLanguage: 'en', raw: english },
		];
		const [chapter] = assembleBook({ ...book, chapters: [slug] }, files);
		expect(versionStatus(chapter!, 'en')).toEqual({
			state: 'translated',
			stale: 2,
			untranslated: 0,
		});
		expect(versionStatus(chapter!, 'es')).toMatchObject({ state: 'missing' });
	});
});
