/**
 * The whole build of a book, in one process: web fonts cut to the book, PDFs, Astro, then the post-build steps
 * (search index, CSP headers, PDFs published). Builds into a fresh folder beside the output and swaps it in only
 * when every step succeeded, so that a failed build leaves the last good site as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { subsetFonts } from '../fonts/subset-fonts';
import { pdfStep } from '../pdf/build-pdfs';
import { postBuildSteps } from '../postbuild';
import { bookWarnings } from './book-warnings';

export interface BuildOptions {
	/** The book folder; the process must already point at it (BOOK_CONTENT_DIR, set by the CLI's --book). */
	contentDir: string;
	/** Where the site goes (dist/). */
	outDir?: string;
	/** Astro's own logging: "warn" keeps a build's output to what it did and what went wrong. */
	logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

export async function buildSite({ contentDir, outDir = 'dist', logLevel = 'warn' }: BuildOptions): Promise<void> {
	const started = performance.now();
	// The whole book read and checked first, as the tools read it: a mistake is reported as file:line before any
	// work is done (Astro's own content check names neither the file nor the line).
	const read = readBookFromDisk(contentDir);
	const { book } = read;
	for (const warning of bookWarnings(book, contentDir)) console.warn(`warning: ${warning}`);
	const faces = await subsetFonts(contentDir, book);
	console.log(`fonts: ${faces.length} files cut to the book's characters`);
	await pdfStep(read);
	const next = `${outDir}.next`;
	rmSync(next, { recursive: true, force: true });
	try {
		await build({ root: process.cwd(), outDir: next, logLevel });
		for (const step of Object.values(postBuildSteps)) await step(next);
	} catch (error) {
		rmSync(next, { recursive: true, force: true });
		throw error;
	}
	const previous = `${outDir}.previous`;
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(outDir)) renameSync(outDir, previous);
	renameSync(next, outDir);
	rmSync(previous, { recursive: true, force: true });
	console.log(`built ${contentDir} into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
