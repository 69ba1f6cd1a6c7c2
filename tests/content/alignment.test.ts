import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../tools/ingest/detect-language';
import { book, chapterFiles, chapters, codes } from './book-content';

const arabicScript = /[\u0600-\u06FF]/gu;
const latinLetters = /[A-Za-zÀ-ɏ]/gu;
/** Text without parentheses and without capitalized words after the first: what is left is the sentence's own language. */
const withoutNames = (text: string) =>
	text
		.replace(/\([^)]*\)/gu, ' ')
		.split(/\s+/u)
		.filter((word, index) => index === 0 || !/^[“"‘'«(]?\p{Lu}/u.test(word))
		.join(' ');

describe('alignment: every chapter complete in every book language', () => {
	it('the book has five chapters and four languages', () => {
		expect(chapters).toHaveLength(5);
		expect(codes).toEqual(['fa', 'en', 'es', 'nl']);
	});

	describe.each(chapters.map((chapter) => [chapter.slug, chapter] as const))('%s', (slug, chapter) => {
		const files = chapterFiles(slug);
		const originalIds = files[chapter.originalLanguage]!.segments.map((segment) => segment.id);

		it.each(codes)('%s has the same segment ids as the original, all translated and current', (code) => {
			const version = chapter.versions[code]!;
			expect(version.status).toBe(code === chapter.originalLanguage ? 'original' : 'translation');
			expect(files[code]!.segments.map((segment) => segment.id)).toEqual(originalIds);
			for (const segment of version.segments) {
				expect(segment.untranslated, `${slug}/${code} ${segment.id}`).toBe(false);
				expect(segment.stale, `${slug}/${code} ${segment.id}`).toBe(false);
				expect(segment.text.trim(), `${slug}/${code} ${segment.id}`).not.toBe('');
				expect(segment.lang).toBe(code);
			}
			expect(version.title.trim()).not.toBe('');
		});

		it.each(codes)('%s: each segment is in its language (detector for prose, script for Persian)', (code) => {
			const version = chapter.versions[code]!;
			const wrong: string[] = [];
			for (const segment of version.segments) {
				const arabic = segment.text.match(arabicScript)?.length ?? 0;
				const latin = segment.text.match(latinLetters)?.length ?? 0;
				// Persian text may quote a Latin name or title in parentheses, but most of its letters are Persian.
				if (code === 'fa' ? arabic <= latin : arabic > 0) wrong.push(`${segment.id}: script (${arabic} Arabic-script, ${latin} Latin letters)`);
				// Trigram detection needs about 80 characters to be reliable (franc's own caveat), and it judges
				// the words that are not names: proper names ("Association of Independent
				// Information Professionals") are the same in every language and would outvote a short sentence.
				const words = withoutNames(segment.text);
				if (code !== 'fa' && words.length >= 80) {
					const detected = detectLanguage(words, codes).best;
					if (detected !== code) wrong.push(`${segment.id}: detected ${detected}: ${segment.text.slice(0, 50)}`);
				}
			}
			expect(wrong).toEqual([]);
			// The whole text of a version, long enough for any detector, is in its language.
			expect(detectLanguage(version.segments.map((segment) => segment.text).join(' '), codes).best).toBe(code);
		});

		it('no sentence is left untranslated (copied from the original)', () => {
			const original = chapter.versions[chapter.originalLanguage]!;
			for (const code of codes.filter((c) => c !== chapter.originalLanguage)) {
				// Short segments may rightly stay as they are: a name, or a motto already in the target language
				// (the Dutch original quotes the English "To live and deliver WOW").
				const copied = chapter.versions[code]!.segments.filter((segment, index) => segment.text === original.segments[index]!.text && segment.text.split(/\s+/).length >= 8);
				expect(copied.map((segment) => `${code} ${segment.id}`)).toEqual([]);
			}
		});

		it('translations say who made them, honestly, and when', () => {
			for (const code of codes.filter((c) => c !== chapter.originalLanguage)) {
				const provenance = files[code]!.frontmatter.provenance;
				expect(provenance).toMatchObject({ type: 'translation', from: chapter.originalLanguage, by: 'translated by the project, not yet reviewed by a native speaker', reviewed: false });
			}
		});
	});

	it('Persian translations use Persian letters, half-spaces and punctuation', () => {
		for (const chapter of chapters.filter((c) => c.originalLanguage !== 'fa')) {
			const text = chapter.versions.fa!.segments.map((segment) => segment.text).join('\n');
			expect(text, chapter.slug).not.toMatch(/[يك]/u);
			// «می»/«نمی» joined to the verb by a ZWNJ, never by a space.
			expect(text.match(/(^|[\s«])ن?می (?=[\u0600-\u06FF])/gu) ?? [], chapter.slug).toEqual([]);
			expect(text, chapter.slug).toMatch(/\u200c/u);
			expect(text, chapter.slug).not.toMatch(/[\u0600-\u06FF]\s*[,;?]/u);
		}
	});

	it('book title, subtitle, description and intro exist in every language', () => {
		for (const field of ['title', 'subtitle', 'description', 'intro'] as const) for (const code of codes) expect(book[field][code]?.trim()).toBeTruthy();
	});
});
