/** The PDFs the build typeset (tools/pdf), with their sizes, for the reader's download links; none when PDFs were skipped. */
import { existsSync, readFileSync } from 'node:fs';
import { pdfManifestPath, pdfPath } from './pdf-paths';
import { sitePath } from './urls';

const sizes: Record<string, number> = existsSync(pdfManifestPath)
	? JSON.parse(readFileSync(pdfManifestPath, 'utf8'))
	: {};

export interface PdfLink {
	href: string;
	bytes: number;
	kind: 'chapter' | 'chapterPair' | 'book' | 'bookParallel';
	other?: string;
}

function link(path: string, kind: PdfLink['kind'], other?: string): PdfLink | undefined {
	return sizes[path] === undefined
		? undefined
		: { href: sitePath(path), bytes: sizes[path], kind, other };
}

/** PDFs for a chapter page: the chapter alone, the pair shown, and the whole book. */
export function chapterPdfs(lang: string, slug: string, companion: string | undefined): PdfLink[] {
	return [
		link(pdfPath.chapter(lang, slug), 'chapter'),
		companion
			? link(pdfPath.chapterPair(lang, slug, companion), 'chapterPair', companion)
			: undefined,
		...bookPdfs(lang),
	].filter((pdf): pdf is PdfLink => Boolean(pdf));
}

/** PDFs of the whole book in one language. */
export function bookPdfs(lang: string): PdfLink[] {
	return [
		link(pdfPath.book(lang), 'book'),
		link(pdfPath.bookParallel(lang), 'bookParallel'),
	].filter((pdf): pdf is PdfLink => Boolean(pdf));
}
