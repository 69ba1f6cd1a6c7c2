/** The build steps that make the heavy downloads (PDFs, EPUBs): one switch to skip them, one way to fail, one way to stage and publish their files. */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { epubStageDir } from '../../src/lib/epub-paths';
import { pdfStageDir } from '../../src/lib/pdf-paths';
import type { BookOnDisk } from '../../src/lib/read-chapters';

/**
 * Runs `make` unless SKIP_PDF=1 (one switch for every heavy download); when it fails, the site is still built
 * without these files (the reason and `fix` printed), except in CI, where it fails the build.
 */
async function downloadStep(
	kind: 'PDF' | 'EPUB',
	stageDir: string,
	make: () => Promise<void>,
	fix?: string
): Promise<void> {
	if (process.env.SKIP_PDF === '1') {
		rmSync(stageDir, { recursive: true, force: true });
		console.log(`${kind}: skipped (SKIP_PDF=1); the site is built without ${kind} links`);
		return;
	}
	try {
		await make();
	} catch (error) {
		rmSync(stageDir, { recursive: true, force: true });
		if (process.env.CI) throw error;
		console.error(`${kind}: not built. ${(error as Error).message}`);
		if (fix) console.error(fix);
	}
}

/**
 * The PDF step of a build (skipped with SKIP_PDF=1, the site built without PDFs when Typst fails). The typesetter is
 * loaded when the step runs, so that a build that skips it does not pay for loading it.
 */
export function pdfStep(read: BookOnDisk): Promise<void> {
	return downloadStep(
		'PDF',
		pdfStageDir,
		async () => (await import('../pdf/build-pdfs')).buildPdfs(read),
		'The site is built without PDFs. To fix: run `npm install` (it installs the Typst compiler, @myriaddreamin/typst-ts-node-compiler, and the fonts), or set SKIP_PDF=1 to skip PDFs on purpose.'
	);
}

/** The EPUB step of a build: skipped with the PDFs (SKIP_PDF=1, one switch for the heavy downloads), the site built without EPUBs when it fails. */
export function epubStep(read: BookOnDisk): Promise<void> {
	return downloadStep('EPUB', epubStageDir, async () =>
		(await import('../epub/build-epubs')).buildEpubs(read)
	);
}

/** Writes one made file at its site path (`pdf/fa/book.pdf`) under `stageDir` and records its size, which the pages show beside the link. */
export function stageDownload(
	stageDir: string,
	path: string,
	bytes: Uint8Array,
	sizes: Record<string, number>
): void {
	const target = join(stageDir, path);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, bytes);
	sizes[path] = bytes.length;
}

/** The sizes of the staged files, by path in order, for src/lib/pdf-downloads.ts. */
export function writeSizeManifest(path: string, sizes: Record<string, number>): void {
	const sorted = Object.entries(sizes).sort(([a], [b]) => (a < b ? -1 : 1));
	writeFileSync(path, `${JSON.stringify(Object.fromEntries(sorted), null, '\t')}\n`);
}

/** After the pages: copies `<stageDir>/<folder>/` (pdf, epub) into the site (nothing when the step was skipped). */
export function publishStaged(stageDir: string, folder: string, outDir: string): void {
	if (!existsSync(join(stageDir, folder))) return;
	cpSync(join(stageDir, folder), join(outDir, folder), { recursive: true });
}
