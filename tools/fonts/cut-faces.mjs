// @ts-check
/**
 * Cuts web font faces to given characters and writes them with their manifest (subset-fonts.ts plans them): in a
 * worker thread during a build, so that the cutting (0.3–0.5 s of HarfBuzz for a book's three faces) goes on beside
 * Astro's start instead of before it. Plain JavaScript so that the thread starts without a TypeScript loader.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import subsetFont from 'subset-font';
import { reportJob } from '../lib/job-worker.mjs';

/**
 * @typedef {{ source: string, file: string, text: string, axes?: { wght: { min: number, max: number } } }} Cut
 * @typedef {{ dir: string, cuts: Cut[], manifest: string, key: string, keyFile: string }} CutJob
 */

/**
 * Writes every face (a file already holding the same bytes is left alone), removes faces no longer planned, then the
 * manifest, and last the key that says the folder is current: a cut stopped halfway is done again next time.
 * @param {CutJob} job
 */
export async function cutFaces({ dir, cuts, manifest, key, keyFile }) {
	for (const { source, file, text, axes } of cuts) {
		const subset = await subsetFont(readFileSync(source), text, {
			targetFormat: 'woff2',
			...(axes ? { variationAxes: axes } : {}),
		});
		const target = join(dir, file);
		if (!existsSync(target) || !readFileSync(target).equals(subset)) writeFileSync(target, subset);
	}
	for (const file of readdirSync(dir))
		if (file.endsWith('.woff2') && !cuts.some((cut) => cut.file === file)) rmSync(join(dir, file));
	writeFileSync(join(dir, 'manifest.json'), manifest);
	writeFileSync(keyFile, key);
}

if (!isMainThread) await reportJob(cutFaces);
