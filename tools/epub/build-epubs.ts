/**
 * Makes every EPUB of the book (part of `npm run build` and the dev server, skipped with the PDFs by SKIP_PDF=1): the
 * XHTML and package from epub-document.ts, the cover drawn like the share images, the fonts of the languages shown cut
 * to the characters shown, zipped the same way every time; an EPUB whose inputs did not change is taken from the cache.
 * Writes the book work folder's epub/site/epub/… and a manifest of sizes that the reader's pages link to.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';
import { stageDownload, writeSizeManifest } from '../lib/download-step';
import { contentDir } from '../../src/lib/content-dir';
import { epubCacheDir, epubManifestPath, epubStageDir } from '../../src/lib/epub-paths';
import { readBookFromDisk, type BookOnDisk } from '../../src/lib/read-chapters';
import { imageRenderer, renderCover } from '../../src/lib/share-image';
import { sha256 } from '../../src/lib/text-hash';
import {
	bookFontFiles,
	defaultScript,
	fontFamilies,
	scriptProfile,
} from '../../src/lib/writing-systems';
import type { Book } from '../../src/schemas';
import { epubText, type EpubFont } from './epub-document';
import { epubSpecs, type EpubSpec } from './epub-specs';
import { zipEpub } from './zip';

const coverPath = 'images/cover.png';

/** A font file to embed: where it comes from and what the EPUB calls it. */
interface FontSource extends EpubFont {
	source: string;
}

/** The upright faces (regular and bold) of the writing systems of `languages`, and Latin's, which names and numbers use. */
function fontsFor(book: Book, languages: string[]): FontSource[] {
	const scripts = new Set(['Latn']);
	for (const code of languages)
		scripts.add(
			book.languages.find((language) => language.code === code)?.script ??
				defaultScript(code) ??
				'Latn'
		);
	const fonts = new Map<string, FontSource>();
	for (const script of scripts) {
		const font = (scriptProfile(book, script) ?? scriptProfile(book, 'Latn')!).font;
		// Nothing in an EPUB is set in italics: the italic files would be dead weight.
		for (const source of font.files.filter((file) => !/italic/i.test(basename(file))))
			fonts.set(source, {
				source,
				family: font.family,
				weight: /bold/i.test(basename(source)) ? 700 : 400,
				href: `fonts/${basename(source)}`,
			});
	}
	return [...fonts.values()];
}

/** One EPUB's bytes: its text files, the fonts cut to their characters, the cover; and the text's key, under which the cache keeps it. */
export async function makeEpub(
	book: Book,
	spec: EpubSpec
): Promise<{ key: string; epub: () => Promise<Uint8Array> }> {
	// The fonts depend on the languages the text shows, which the text says once written.
	const draft = epubText(book, spec, [], coverPath);
	const fonts = fontsFor(book, draft.languages);
	const { files, characters } = epubText(book, spec, fonts, coverPath);
	const cover = {
		title: book.title[spec.lang]!,
		subtitle: book.subtitle[spec.lang]!,
		footer: book.languages.map((language) => language.name).join(' · '),
		dir: book.languages.find((language) => language.code === spec.lang)!.dir,
		families: fontFamilies(book, spec.lang),
		fontFiles: bookFontFiles(book),
	};
	const key = sha256(
		JSON.stringify([
			[...files],
			fonts.map((font) => [font.source, statSync(font.source).size]),
			cover,
			toolVersions,
			imageRenderer(),
		])
	).slice(0, 24);
	return {
		key,
		epub: async () => {
			const all = new Map<string, string | Uint8Array>(files);
			const text = [...characters].join('');
			for (const font of fonts)
				all.set(
					`EPUB/${font.href}`,
					await subsetFont(readFileSync(font.source), text, { targetFormat: 'truetype' })
				);
			all.set(`EPUB/${coverPath}`, await renderCover(cover));
			return zipEpub(all);
		},
	};
}

/** Makes the book's EPUBs into the stage folder with a manifest of sizes, reusing cached ones. */
export async function buildEpubs(read: BookOnDisk = readBookFromDisk(contentDir)): Promise<void> {
	const started = performance.now();
	const specs = epubSpecs(read.book, read.chapters);
	rmSync(epubStageDir, { recursive: true, force: true });
	mkdirSync(epubCacheDir, { recursive: true });
	const sizes: Record<string, number> = {};
	let made = 0;
	for (const spec of specs) {
		const { key, epub } = await makeEpub(read.book, spec);
		const cached = join(epubCacheDir, `${key}.epub`);
		let bytes: Uint8Array;
		if (existsSync(cached)) bytes = readFileSync(cached);
		else {
			bytes = await epub();
			writeFileSync(cached, bytes);
			made++;
		}
		stageDownload(epubStageDir, spec.path, bytes, sizes);
	}
	writeSizeManifest(epubManifestPath, sizes);
	console.log(
		`EPUB: ${specs.length} files (${made} made, ${specs.length - made} unchanged) in ${Math.round(performance.now() - started)} ms`
	);
}

const toolVersions = ['subset-font', 'fflate'].map(
	(name) =>
		(JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
			.version
);
