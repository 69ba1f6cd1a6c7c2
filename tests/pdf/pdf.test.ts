import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { languageDir } from '../../src/lib/languages';
import { defaultCompanion } from '../../src/lib/views';
import { pdfSpecs } from '../../tools/pdf/pdf-specs';
import { fixtureBook, fixtureBooks, fixtureDist, type FixtureName } from '../fixture-books';
import { expectRunningHeads, poppler, runningHeads } from './poppler';

/**
 * Text for comparison: no spaces, format characters (ZWNJ, bidi marks, soft hyphens), diacritics or
 * punctuation, and «لا» (with or without hamza) written as pdftotext writes it. These are the known limits of extraction,
 * stated rather than hidden: pdftotext splits the لا ligature in the wrong order, moves ZWNJ and
 * hamza-above by a letter, repeats a tanwin-and-alef cluster («واقعًا ًا»), and detaches punctuation,
 * so that in a right-to-left line the clauses on either side of a punctuation mark may come out
 * swapped. Repeated letters are therefore collapsed on both sides. Within each clause the order is logical.
 */
const comparable = (text: string) =>
	text
		.normalize('NFC')
		.replace(/[\s\p{Cf}\u064B-\u065F\u0670]+/gu, '')
		.replace(/[\p{P}\p{S}]/gu, '')
		// Alef with hamza or madda first, so that the ligatures «لأ», «لإ» and «لآ» (Arabic «الأطعمة», «إلا») are split like «لا».
		.replace(/[أإآ]/gu, 'ا')
		.replace(/لا/gu, 'ال')
		.replace(/ئ/gu, 'ی')
		.replace(/ؤ/gu, 'و')
		.replace(/(.)\1+/gu, '$1');

/** The words of extracted text, line by line, as pairs of neighbours, plus the words that end and start lines. */
function wordIndex(text: string) {
	const pairs = new Set<string>();
	const words = new Set<string>();
	const ends = new Set<string>();
	const starts = new Set<string>();
	for (const line of text.split('\n')) {
		const tokens = line
			.split(/[\s\p{P}]+/u)
			.map(comparable)
			.filter(Boolean);
		tokens.forEach((token, i) => {
			words.add(token);
			if (i > 0) pairs.add(`${tokens[i - 1]} ${token}`);
		});
		if (tokens.length) {
			starts.add(tokens[0]!);
			ends.add(tokens.at(-1)!);
		}
	}
	return { pairs, words, ends, starts };
}

/**
 * Whether a Persian clause comes out in logical order: its words in order in the running text, or,
 * where a line holds an ezafe kasra («انسانیِ») and pdftotext emits the lines of a paragraph out of
 * order, every word next to its neighbour in logical order (or the two ending one line and starting another).
 */
function foundInOrder(clause: string, running: string): boolean {
	let from = 0;
	for (const word of clause
		.split(/\s+/u)
		.map(comparable)
		.filter((w) => w.length > 1)) {
		const at = running.indexOf(word, from);
		if (at < 0) return false;
		from = at + 1; // neighbours may share a collapsed letter («تیم موفقیت» → «تیموفقیت»)
	}
	return true;
}

function foundWordByWord(clause: string, index: ReturnType<typeof wordIndex>): boolean {
	const words = clause.split(/\s+/u).map(comparable).filter(Boolean);
	return words.every(
		(word, i) =>
			index.words.has(word) &&
			(i === 0 ||
				index.pairs.has(`${words[i - 1]} ${word}`) ||
				(index.ends.has(words[i - 1]!) && index.starts.has(word)))
	);
}

/**
 * A passage's clauses: the pieces between punctuation, each of which must come out whole and in
 * order. In right-to-left text a run of digits or Latin letters is a clause of its own, since its
 * place in the line is decided by the bidi algorithm, which extraction replays only in part.
 */
const clauses = (text: string, dir: 'ltr' | 'rtl') =>
	text
		.split(
			dir === 'rtl'
				? /[\p{P}\p{S}]+|(?<=[\u0620-\u065F\u066E-\u06D5\u06FA-\u06FF])\s*(?=[^\u0620-\u065F\u066E-\u06D5\u06FA-\u06FF\s\p{P}\u200c])|(?<=[^\u0620-\u065F\u066E-\u06D5\u06FA-\u06FF\s\p{P}\u200c])\s*(?=[\u0620-\u065F\u066E-\u06D5\u06FA-\u06FF])/u
				: /[\p{P}\p{S}]+/u
		)
		.filter((clause) => comparable(clause).length > 1);

/**
 * The text of the page bodies only: running heads and page numbers sit in the margins, which are
 * cropped away. Side-by-side PDFs are read one column at a time, since reading across the page would
 * interleave the lines of two languages.
 */
function bodyTexts(file: string, columns: 1 | 2): string[] {
	const info = poppler('pdfinfo', [file]);
	const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.map(Number);
	const top = 66; // the top margin is 2.4 cm (68 pt); the running head sits inside it
	const bottom = 60; // the bottom margin is 2.2 cm (62 pt); the page number sits inside it
	const crop = (x: number, w: number) =>
		poppler('pdftotext', [
			'-enc',
			'UTF-8',
			'-x',
			String(Math.floor(x)),
			'-y',
			String(top),
			'-W',
			String(Math.ceil(w)),
			'-H',
			String(Math.floor(height!) - top - bottom),
			file,
			'-',
		]);
	return columns === 1 ? [crop(0, width!)] : [crop(0, width! / 2), crop(width! / 2, width! / 2)];
}

interface OutlineItem {
	title: string;
	dest: unknown;
	items: OutlineItem[];
}

describe.each(Object.keys(fixtureBooks) as FixtureName[])('PDFs of the %s book', (name) => {
	const dist = fixtureDist(name);
	const { book, chapters } = fixtureBook(name);
	const specs = pdfSpecs(book, chapters);

	it('per chapter and language one alone and one beside its default companion, and two books per language, all in its pdf/ folder; no other pair', () => {
		const codes = book.languages.map((language) => language.code);
		expect(specs).toHaveLength(codes.length * (2 + chapters.length * 2));
		for (const spec of specs)
			expect(readFileSync(`${dist}/${spec.path}`).length, spec.path).toBeGreaterThan(1000);
		for (const chapter of chapters)
			for (const lang of codes) {
				const companion = defaultCompanion(chapter, lang, book);
				expect(existsSync(`${dist}/pdf/${lang}/${chapter.slug}.${companion}.pdf`)).toBe(true);
				for (const other of codes.filter((code) => code !== lang && code !== companion))
					expect(
						existsSync(`${dist}/pdf/${lang}/${chapter.slug}.${other}.pdf`),
						`${lang} beside ${other}`
					).toBe(false);
			}
		expect(
			readdirSync(`${dist}/pdf`, { recursive: true }).filter((file) =>
				String(file).endsWith('.pdf')
			)
		).toHaveLength(specs.length);
	});

	describe.each(specs.map((spec) => [spec.path, spec] as const))('%s', (path, spec) => {
		it('opens, with metadata, page range, outline, embedded fonts, tags, every passage and working links', async () => {
			const data = new Uint8Array(readFileSync(`${dist}/${path}`));
			const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false })
				.promise;

			// Pages: a chapter takes a few, a book more, side by side more again.
			const range = spec.book ? [3, 60] : [1, 16];
			expect(pdf.numPages).toBeGreaterThanOrEqual(range[0]!);
			expect(pdf.numPages).toBeLessThanOrEqual(range[1]!);

			// Metadata: title, author, language.
			const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, string> };
			const version = spec.chapters[0]!.chapter.versions[spec.lang]!;
			expect(info.Title).toBe(spec.book ? book.title[spec.lang] : version.title);
			expect(info.Creator).toMatch(/^Typst/);
			expect(readFileSync(`${dist}/${path}`, 'latin1')).toContain(`/Lang (${spec.lang})`);
			if (spec.chapters.some(({ chapter }) => chapter.author)) expect(info.Author).toBeTruthy();

			// Outline (bookmarks) mirrors the contents: one entry per chapter, in order, each going to a page.
			const outline = ((await pdf.getOutline()) ?? []) as OutlineItem[];
			expect(outline.map((item) => item.title)).toEqual(
				spec.chapters.map(({ chapter }) => chapter.versions[spec.lang]!.title)
			);
			for (const item of outline) {
				const dest = (
					typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest
				) as [object, ...unknown[]];
				expect(await pdf.getPageIndex(dest[0] as never)).toBeGreaterThanOrEqual(0);
			}

			// Links back to the online chapter resolve to built pages; the others are the sources' own addresses.
			const urls: string[] = [];
			for (let n = 1; n <= pdf.numPages; n++)
				for (const annotation of await (await pdf.getPage(n)).getAnnotations())
					if (annotation.url) urls.push(annotation.url as string);
			const sources = spec.chapters.flatMap(({ chapter }) => (chapter.url ? [chapter.url] : []));
			expect(sources.filter((url) => !urls.includes(url))).toEqual([]);
			const ownUrls = urls.filter((url) => !sources.includes(url));
			expect(ownUrls.length).toBeGreaterThan(0);
			for (const url of ownUrls) {
				expect(url.startsWith(book.site), url).toBe(true);
				expect(existsSync(`${dist}/${new URL(url).pathname}index.html`), url).toBe(true);
			}
			await pdf.destroy();

			// Fonts: every font embedded, as subsets.
			const fonts = poppler('pdffonts', [`${dist}/${path}`])
				.split('\n')
				.slice(2)
				.filter(Boolean);
			expect(fonts.length).toBeGreaterThan(0);
			for (const font of fonts)
				expect(font.split(/\s+/).slice(-5, -3), font).toEqual(['yes', 'yes']);
			expect(poppler('pdfinfo', [`${dist}/${path}`])).toMatch(/^Tagged:\s+yes$/m);

			// Text: every passage of every language in the PDF can be found in the extracted text, in logical order.
			// Left-to-right text is compared as running text; right-to-left text clause by clause and word by word (see foundWordByWord).
			const columns = bodyTexts(
				`${dist}/${path}`,
				spec.chapters.some(({ companion }) => companion) ? 2 : 1
			);
			const running = columns.map(comparable);
			const wordwise = columns.map(wordIndex);
			// Words split at punctuation too: pdftotext writes «لتعمل.لا» with no space, and collapsing the letters of one token would merge «لل».
			const joinedWords = columns.map((column) =>
				column
					.split(/[\s\p{P}]+/u)
					.map(comparable)
					.join('')
			);
			for (const { chapter, companion } of spec.chapters)
				for (const code of [spec.lang, companion].filter((c): c is string => Boolean(c)))
					for (const segment of chapter.versions[code]!.segments) {
						if (segment.kind === 'title' && code === spec.lang) continue; // the title is the chapter heading
						const dir = languageDir(book, code);
						for (const clause of clauses(segment.text, dir)) {
							const found =
								dir === 'rtl'
									? joinedWords.some((column) => foundInOrder(clause, column)) ||
										wordwise.some((index) => foundWordByWord(clause, index))
									: running.some((column) => column.includes(comparable(clause)));
							expect(found, `${path} ${code} ${segment.id}: «${clause}»`).toBe(true);
						}
					}
		}, 30_000);
	});

	it.each(specs.filter((spec) => spec.book).map((spec) => [spec.path, spec] as const))(
		"%s: every page's running head names the chapter it belongs to, and a chapter's opening page has none",
		async (path, spec) => {
			const data = new Uint8Array(readFileSync(`${dist}/${path}`));
			const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false })
				.promise;
			const outline = ((await pdf.getOutline()) ?? []) as OutlineItem[];
			const opening: number[] = [];
			for (const item of outline) {
				const dest = (
					typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest
				) as [object, ...unknown[]];
				opening.push(await pdf.getPageIndex(dest[0] as never));
			}
			await pdf.destroy();
			const heads = runningHeads(`${dist}/${path}`).map(comparable);
			const titles = spec.chapters.map(({ chapter }) =>
				comparable(chapter.versions[spec.lang]!.title)
			);
			expect(opening.length).toBe(spec.chapters.length);
			expectRunningHeads(heads, opening, titles);
			// (These chapters fit on a page each; tests/pdf/running-heads.test.ts typesets one that runs over several.)
		}
	);

	it('no PDF shows the file name of a source document', () => {
		const files = chapters.map((chapter) => chapter.source.file);
		for (const spec of specs) {
			const text = poppler('pdftotext', ['-enc', 'UTF-8', `${dist}/${spec.path}`, '-']);
			for (const file of files) expect(text, `${spec.path} shows ${file}`).not.toContain(file);
		}
	});

	it("renders the cover, the contents and the first chapter page of each language's book, beside the originals, for people to look at", () => {
		mkdirSync('test-results/pdf', { recursive: true });
		for (const { code } of book.languages)
			for (const [page, what] of [
				[1, 'cover'],
				[3, 'contents'],
				[4, 'chapter'],
			] as const) {
				const png = `test-results/pdf/${name}-${code}-parallel-${what}`;
				poppler('pdftoppm', [
					'-png',
					'-r',
					'70',
					'-f',
					String(page),
					'-l',
					String(page),
					'-singlefile',
					`${dist}/pdf/${code}/book.parallel.pdf`,
					png,
				]);
				expect(readFileSync(`${png}.png`).length).toBeGreaterThan(5000);
			}
	});
});
