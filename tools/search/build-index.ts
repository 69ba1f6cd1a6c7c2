/**
 * Builds the search from the book (the book's Astro integration runs it while the pages are made): one Pagefind bundle per language in dist/pagefind/<lang>/, so that each
 * keeps its own stemmer and a reader downloads other languages only when searching them, and the passage files
 * results show (dist/search/, passage-files.ts).
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { BookOnDisk } from '../../src/lib/read-chapters';
import { filesUnder, totalBytes } from '../lib/files';
import * as pagefind from 'pagefind';
import { runJobWorker } from '../lib/job-worker.mjs';
import { writeBundle, type BundleJob } from './bundle-worker.mjs';
import { writePassageFiles } from './passage-files';
import { searchRecords } from './search-records';

/**
 * Writes `<outDir>/pagefind/<lang>/` for every language of the book as the build read it, and `<outDir>/search/`; returns
 * what it wrote, a line a bundle and one for the passages, for the caller to print when it suits (a build runs it
 * while Astro prints the pages).
 */
export function buildSearchIndex(outDir: string, read: BookOnDisk): Promise<string[]> {
	const built = building.then(() => writeSearch(outDir, read));
	building = built.catch(() => undefined);
	return built;
}

// One search at a time in a process: a small book's bundles share this module's Pagefind process, which the first to
// finish would close under the other (a build's search and the dev server's, a rebuild and the next).
let building: Promise<unknown> = Promise.resolve();

async function writeSearch(outDir: string, read: BookOnDisk): Promise<string[]> {
	const { book, chapters } = read;
	rmSync(`${outDir}/pagefind`, { recursive: true, force: true });
	const jobs = book.languages.map(({ code }) => ({
		dir: `${outDir}/pagefind/${code}`,
		language: code,
		records: searchRecords(book, chapters, code),
	}));
	// A Pagefind process handles one message at a time, so one process per bundle, up to twice as many at once as
	// there are cores: they wait on the disk as much as on a core (a file per passage), and they run niced beside the
	// pages (bundle-worker.mjs). At 200 chapters on a disk slow to create files, four at once took the search from 13 s
	// to 9 s. This thread writes the passage files meanwhile. A small book's bundles are written here, in one process:
	// starting a thread and a process per language costs more than it saves below a few thousand passages.
	const passageCount = jobs.reduce((sum, job) => sum + job.records.length, 0);
	const queue = [...jobs];
	const bundles =
		passageCount < parallelFrom
			? (async () => {
					for (const job of jobs) await writeBundle(job);
					await pagefind.close();
				})()
			: Promise.all(
					Array.from({ length: Math.min(jobs.length, 2 * availableParallelism()) }, async () => {
						for (let job = queue.shift(); job; job = queue.shift()) await bundleInWorker(job);
					})
				);
	const [, passages] = await Promise.all([bundles, writePassageFiles(outDir, book, chapters)]);
	return [
		...jobs.map(({ dir, language, records }) => {
			const files = filesUnder(dir);
			return `search index ${language}: ${records.length} passages, ${kib(totalBytes(files))} in ${files.length} files`;
		}),
		`search passages: ${passages} files, ${kib(totalBytes(filesUnder(`${outDir}/search`)))}`,
	];
}

/** Writes one bundle in a worker thread (bundle-worker.mjs). */
const bundleInWorker = (job: BundleJob): Promise<void> =>
	runJobWorker(
		new URL('./bundle-worker.mjs', import.meta.url),
		job,
		`search index ${job.language}: `
	);

/** Passages from which the bundles are written in worker threads (the reader book has 264; 200 chapters, 10,560). */
const parallelFrom = 2000;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
