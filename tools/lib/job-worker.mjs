// @ts-check
/**
 * A worker thread that does one job and ends (a search bundle, the web font cuts): the caller's side starts it and
 * waits, the thread's side does the job and says how it ended. Plain JavaScript, so that the threads, which import
 * it, start without a TypeScript loader.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * Runs the worker module at `url` on `data`; resolves when it reports its job done, rejects with the error it reports
 * or when it stops before reporting. Errors start with `prefix`.
 * @param {URL} url
 * @param {unknown} data
 * @param {string} prefix
 * @returns {Promise<void>}
 */
export function runJobWorker(url, data, prefix) {
	return new Promise((resolve, reject) => {
		const worker = new Worker(url, { workerData: data });
		worker.once('message', (/** @type {{ error?: string }} */ { error }) =>
			error ? reject(new Error(`${prefix}${error}`)) : resolve()
		);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`${prefix}the worker stopped (${code})`)));
	});
}

/**
 * In the worker thread: does `job` on the data the thread was started with, then reports how it ended.
 * @param {(data: any) => Promise<void>} job
 */
export async function reportJob(job) {
	/** @type {{ error?: string }} */
	let outcome = {};
	try {
		await job(workerData);
	} catch (error) {
		outcome = { error: error instanceof Error ? error.message : String(error) };
	}
	/** @type {import('node:worker_threads').MessagePort} */ (parentPort).postMessage(outcome);
}
