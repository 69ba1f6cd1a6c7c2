import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../tools/ingest/detect-language';
import { languageProfile } from '../../src/lib/writing-systems';
import { book, chapterFiles, chapters, codes } from './book-content';

/** Letters of one script (Unicode script property), counted to tell a Persian sentence from a Latin one. */
const lettersOf = (script: string) => new RegExp(`\\p{Script=${script}}`, 'gu');
const scriptOf = (code: string) => languageProfile(book, code).script;
/** Languages whose script the trigram detector does not tell apart reliably from a short text: judged by script instead. */
const latinScript = (code: string) => scriptOf(code) === 'Latn';
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

		it.each(codes)('%s: each segment is in its language (detector for Latin-script prose, and the script of its letters)', (code) => {
			const version = chapter.versions[code]!;
			const wrong: string[] = [];
			const own = lettersOf(scriptOf(code));
			const latinLetters = lettersOf('Latn');
			for (const segment of version.segments) {
				const mine = segment.text.match(own)?.length ?? 0;
				const latin = segment.text.match(latinLetters)?.length ?? 0;
				const foreign = [...segment.text.matchAll(/\p{L}/gu)].length - mine;
				// A text in another script may quote a Latin name or title in parentheses, but most of its letters are its own;
				// a Latin-script text has no letters of another script.
				if (latinScript(code) ? foreign > 0 : mine <= latin) wrong.push(`${segment.id}: script (${mine} ${scriptOf(code)}, ${latin} Latin letters)`);
				// Trigram detection needs about 80 characters to be reliable (franc's own caveat), and it judges
				// the words that are not names: proper names ("Association of Independent
				// Information Professionals") are the same in every language and would outvote a short sentence.
				const words = withoutNames(segment.text);
				if (latinScript(code) && words.length >= 80) {
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
				// The project made them with machine help and no native speaker has read them yet: the credit says the project, in every language of the book, and reviewed says false.
				expect(provenance).toMatchObject({ type: 'translation', from: chapter.originalLanguage, reviewed: false });
				expect(Object.keys((provenance as { by: Record<string, string> }).by).sort()).toEqual([...codes].sort());
			}
		});
	});

	// This book's Persian (content, not code: the real book is written in Persian among others).
	it('Persian translations use Persian letters, half-spaces and punctuation', () => {
		const persian = 'fa';
		for (const chapter of chapters.filter((c) => c.originalLanguage !== persian)) {
			const text = chapter.versions[persian]!.segments.map((segment) => segment.text).join('\n');
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
