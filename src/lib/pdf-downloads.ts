/** The PDFs (tools/pdf) and EPUBs (tools/epub) the build made, with their sizes, for the reader's download links; none when they were skipped. */
import { existsSync, readFileSync } from 'node:fs';
import { epubManifestPath, epubPath } from './epub-paths';
import { pdfManifestPath, pdfPath } from './pdf-paths';
import { sitePath } from './urls';

const readSizes = (manifest: string): Record<string, number> =>
	existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {};
const sizes: Record<string, number> = {
	...readSizes(pdfManifestPath),
	...readSizes(epubManifestPath),
};

export interface PdfLink {
	href: string;
	bytes: number;
	kind: 'chapter' | 'chapterPair' | 'book' | 'bookParallel';
	format: 'pdf' | 'epub';
	/** A pair's other language: on the chapter page its download shows while the pair picker shows that pair (src/lib/pair-css.ts). */
	other?: string;
}

function link(path: string, kind: PdfLink['kind'], other?: string): PdfLink | undefined {
	return sizes[path] === undefined
		? undefined
		: {
				href: sitePath(path),
				bytes: sizes[path],
				kind,
				format: path.endsWith('.epub') ? 'epub' : 'pdf',
				other,
			};
}

/**
 * Downloads for the chapter page, which offers every pair: the chapter alone, each pair built (marked with its
 * companion, so that it shows with that pair), and the whole book (PDF and EPUB). Only the pair of `lang` with its
 * default companion has a PDF (docs/decisions/pdf-set.md); another pair prints from the page. Every link is to a file
 * the build made (the manifest), so the list follows whatever tools/pdf/pdf-specs.ts makes.
 */
export function chapterPageDownloads(lang: string, slug: string, companions: string[]): PdfLink[] {
	const pairs = companions.map((companion) =>
		link(pdfPath.chapterPair(lang, slug, companion), 'chapterPair', companion)
	);
	return [link(pdfPath.chapter(lang, slug), 'chapter'), ...pairs, ...bookDownloads(lang)].filter(
		(pdf): pdf is PdfLink => Boolean(pdf)
	);
}

/** The whole book in one language, alone and beside the originals: as PDF, then as EPUB. */
export function bookDownloads(lang: string): PdfLink[] {
	return [
		link(pdfPath.book(lang), 'book'),
		link(pdfPath.bookParallel(lang), 'bookParallel'),
		link(epubPath.book(lang), 'book'),
		link(epubPath.bookParallel(lang), 'bookParallel'),
	].filter((pdf): pdf is PdfLink => Boolean(pdf));
}
