/**
 * `npm run build`: `astro build`, which makes the whole site (the book's integration, tools/astro/book-integration.ts,
 * adds fonts, PDFs, search and headers), into a fresh folder beside the output, swapped in only when everything
 * succeeded, so that a failed build leaves the last good site as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';

export interface BuildOptions {
	/** The book folder; the process must already point at it (BOOK_CONTENT_DIR, set by the CLI's --book). */
	contentDir: string;
	/** Where the site goes (dist/). */
	outDir?: string;
	/** Astro's own logging: "warn" keeps a build's output to what it did and what went wrong. */
	logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

export async function buildSite({
	contentDir,
	outDir = 'dist',
	logLevel = 'warn',
}: BuildOptions): Promise<void> {
	const started = performance.now();
	const next = `${outDir}.next`;
	rmSync(next, { recursive: true, force: true });
	try {
		await build({ root: process.cwd(), outDir: next, logLevel });
	} catch (error) {
		rmSync(next, { recursive: true, force: true });
		throw error;
	}
	const previous = `${outDir}.previous`;
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(outDir)) renameSync(outDir, previous);
	renameSync(next, outDir);
	rmSync(previous, { recursive: true, force: true });
	console.log(
		`built ${contentDir} into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
}
