/** The build steps that make the heavy downloads (PDFs, EPUBs): one switch to skip them, one way to fail, one way to stage and publish their files. */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { epubStageDir } from '../../src/lib/epub-paths';
import { pdfStageDir } from '../../src/lib/pdf-paths';
import type { BookOnDisk } from '../../src/lib/read-chapters';

/** What makes the heavy downloads; undefined when SKIP_PDF=1 skips them. */
export type DownloadMakers =
	| {
			buildPdfs: (read: BookOnDisk) => Promise<void>;
			buildEpubs: (read: BookOnDisk) => Promise<void>;
	  }
	| undefined;

/**
 * Loads the PDF typesetter and the EPUB maker, unless SKIP_PDF=1 (one switch for every heavy download): a build that
 * skips them does not pay the 0.2 s their loading costs. Called while Astro loads the configuration: the module loader
 * that reads this project's TypeScript is closed once it has.
 */
export async function loadDownloadMakers(): Promise<DownloadMakers> {
	if (process.env.SKIP_PDF === '1') return undefined;
	const [{ buildPdfs }, { buildEpubs }] = await Promise.all([
		import('../pdf/build-pdfs'),
		import('../epub/build-epubs'),
	]);
	return { buildPdfs, buildEpubs };
}

/**
 * Runs `make`, or says the step is skipped when there is nothing to make it with; when it fails, the site is still
 * built without these files (the reason and `fix` printed), except in CI, where it fails the build.
 */
async function downloadStep(
	kind: 'PDF' | 'EPUB',
	stageDir: string,
	make: (() => Promise<void>) | undefined,
	fix?: string
): Promise<void> {
	if (!make) {
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

/** The PDF step of a build: skipped with SKIP_PDF=1, the site built without PDFs when Typst fails. */
export function pdfStep(read: BookOnDisk, makers: DownloadMakers): Promise<void> {
	return downloadStep(
		'PDF',
		pdfStageDir,
		makers && (() => makers.buildPdfs(read)),
		'The site is built without PDFs. To fix: run `npm install` (it installs the Typst compiler, @myriaddreamin/typst-ts-node-compiler, and the fonts), or set SKIP_PDF=1 to skip PDFs on purpose.'
	);
}

/** The EPUB step of a build: skipped with the PDFs, the site built without EPUBs when it fails. */
export function epubStep(read: BookOnDisk, makers: DownloadMakers): Promise<void> {
	return downloadStep('EPUB', epubStageDir, makers && (() => makers.buildEpubs(read)));
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
