/**
 * Cuts the web fonts of the book's writing systems down to the characters the book uses (plus each
 * script's basic letters), so that a page stays light, and lists them in manifest.json for Astro's font
 * configuration. Runs whenever Astro loads its configuration (tools/astro/book-integration.ts); deterministic: the same
 * book gives the same files, and when nothing it depends on changed, the files already there are kept without cutting again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CutJob } from './cut-faces.mjs';
import { runJobWorker } from '../lib/job-worker.mjs';
import { chaptersDir } from '../../src/lib/book-paths';
import { bookTranslationFiles, languageName, uiLanguages } from '../../src/lib/i18n';
import { sha256 } from '../../src/lib/text-hash';
import { fontDir, planWebFonts, weights, type WebFontFace } from '../../src/lib/web-fonts';
import { bookScripts, languageDigits, scriptProfile } from '../../src/lib/writing-systems';
import type { Book } from '../../src/schemas';

/** Every character a page of this book can show: book.json, chapters, the interface strings of its languages, and what Intl writes (names, dates, digits). */
export function bookCharacters(contentDir: string, book: Book): Set<string> {
	const texts = [readFileSync(join(contentDir, 'book.json'), 'utf8')];
	const chapters = chaptersDir(contentDir);
	if (existsSync(chapters))
		for (const slug of readdirSync(chapters))
			for (const file of readdirSync(join(chapters, slug)))
				texts.push(readFileSync(join(chapters, slug, file), 'utf8'));
	for (const file of bookTranslationFiles(contentDir, book)) texts.push(readFileSync(file, 'utf8'));
	const codes = book.languages.map((language) => language.code);
	for (const ui of uiLanguages(book)) {
		for (const code of codes) texts.push(languageName(code, ui));
		const months = new Intl.DateTimeFormat(ui, { month: 'long', timeZone: 'UTC' });
		for (let month = 0; month < 12; month++)
			texts.push(months.format(new Date(Date.UTC(2000, month, 15))));
		texts.push(
			languageDigits(ui).join(''),
			new Intl.NumberFormat(ui, { style: 'unit', unit: 'kilobyte' }).format(1234)
		);
	}
	texts.push('0123456789…–—‘’“”«»·×−+#%&()[]{}/:;.,!?@*\'"-_=<>$€£ ');
	return new Set(texts.join('').normalize('NFC'));
}

/**
 * Plans the faces the book needs and, unless its font folder already holds them, cuts them in a worker thread:
 * `faces` at once (Astro's font configuration lists them), `written` when the files are there (a build awaits it
 * before Vite reads them). Cutting the same faces to the same characters gives the same files.
 */
export function startSubsetFonts(
	contentDir: string,
	book: Book
): { faces: WebFontFace[]; written: Promise<void> } {
	const dir = fontDir(contentDir);
	mkdirSync(dir, { recursive: true });
	const used = bookCharacters(contentDir, book);
	const faces = planWebFonts(book, used);
	// Each writing system's basic letters go into its own first subset.
	const basics = new Map(
		bookScripts(book).map((script) => {
			const profile = scriptProfile(book, script)!;
			return [profile.font.family + profile.font.subsets[0], profile.basics];
		})
	);
	const texts = faces.map((face) =>
		[...new Set([...used, ...(basics.get(face.family + face.subset) ?? '')])].join('')
	);
	// The same faces, characters, font files and subsetter as last time: the files there are the ones this run would write.
	const key = sha256(
		JSON.stringify([
			faces,
			texts,
			faces.map((face) => (existsSync(face.source) ? statSync(face.source).size : 0)),
			subsetterVersion,
		])
	);
	const keyFile = join(dir, 'inputs.sha256');
	if (
		existsSync(keyFile) &&
		readFileSync(keyFile, 'utf8') === key &&
		existsSync(join(dir, 'manifest.json')) &&
		faces.every((face) => existsSync(join(dir, face.file)))
	)
		return { faces, written: Promise.resolve() };
	for (const face of faces)
		if (!existsSync(face.source))
			throw new Error(
				`${face.source} is missing: install the font package ("npm install"${face.source.includes('@fontsource/') ? `, or npm install ${face.source.split('/').slice(1, 3).join('/')}` : ''})`
			);
	const job: CutJob = {
		dir,
		cuts: faces.map((face, index) => ({
			source: face.source,
			file: face.file,
			text: texts[index]!,
			// Only the weights the site uses: Literata's 200–900 axis limited to 400–700 is a third smaller.
			...(face.variable
				? { axes: { wght: { min: weights[0], max: weights[weights.length - 1]! } } }
				: {}),
		})),
		manifest: `${JSON.stringify(faces, null, '\t')}\n`,
		key,
		keyFile,
	};
	const written = runJobWorker(new URL('./cut-faces.mjs', import.meta.url), job, 'fonts: ');
	// Its failure is thrown where it is awaited.
	written.catch(() => undefined);
	return { faces, written };
}

/** Cuts every face the book needs into its font folder and writes the manifest; returns the faces when written. */
export async function subsetFonts(contentDir: string, book: Book): Promise<WebFontFace[]> {
	const { faces, written } = startSubsetFonts(contentDir, book);
	await written;
	return faces;
}

const subsetterVersion = (
	JSON.parse(readFileSync('node_modules/subset-font/package.json', 'utf8')) as { version: string }
).version;
