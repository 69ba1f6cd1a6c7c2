// @ts-check
/** A worker thread that writes one language's Pagefind bundle with a Pagefind process of its own (build-index.ts). Plain JavaScript so that it starts without a TypeScript loader. */
import { readdirSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { reportJob } from '../lib/job-worker.mjs';

/**
 * @typedef {import('./search-records').SearchRecord} SearchRecord
 * @typedef {{ dir: string, language: string, records: SearchRecord[] }} BundleJob
 */

/**
 * Adds every record to the index, all sent before the first answer is awaited (one round trip to the Pagefind
 * process each, awaited in turn, left it idle between records). The service handles its messages one at a time
 * in the order sent, so the bundle is the same as when each was awaited; the first refusal is reported once all
 * are answered.
 * @param {Pick<pagefind.PagefindIndex, 'addCustomRecord'>} index
 * @param {SearchRecord[]} records
 */
export async function addRecords(index, records) {
	const answers = await Promise.all(records.map((record) => index.addCustomRecord(record)));
	const refused = answers.findIndex((answer) => answer.errors.length);
	if (refused >= 0)
		throw new Error(
			`Pagefind refused ${records[refused]?.url}: ${answers[refused]?.errors.join('; ')}`
		);
}

/**
 * One language's bundle in `dir`.
 * @param {BundleJob} job
 */
export async function writeBundle({ dir, language, records }) {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
	if (!index)
		throw new Error(`Pagefind could not create an index for ${language}: ${errors.join('; ')}`);
	await addRecords(index, records);
	const written = await index.writeFiles({ outputPath: dir });
	if (written.errors.length)
		throw new Error(`Pagefind could not write ${language}: ${written.errors.join('; ')}`);
	// Pagefind also writes its ready-made UIs and a web worker; the site uses its own dialog and no worker.
	for (const file of readdirSync(dir))
		if (/^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(file))
			rmSync(`${dir}/${file}`);
}

// The Pagefind package keeps one process per module instance, so a thread of its own is what gives each bundle its own process.
if (!isMainThread) {
	// The search is written while the pages render, and the build ends when the pages do: this thread and the Pagefind
	// process it starts (which inherits it) take the cores the pages leave. On Linux the nice value is a thread's.
	if (process.platform === 'linux') setPriority(19);
	await reportJob(async (/** @type {BundleJob} */ job) => {
		try {
			await writeBundle(job);
		} finally {
			await pagefind.close();
		}
	});
}
