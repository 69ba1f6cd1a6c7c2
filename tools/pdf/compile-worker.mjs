// @ts-check
/** A worker thread with its own Typst compiler: receives Typst sources, answers PDF bytes (or the compiler's error). Plain JavaScript so that it starts without a TypeScript loader. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

// Exactly the book's font files (src/lib/writing-systems.ts bookFontFiles), given as bytes: nothing else on the machine is picked up.
const compiler = NodeCompiler.create({
	fontArgs: [
		{ fontBlobs: workerData.fontFiles.map((/** @type {string} */ file) => readFileSync(file)) },
	],
});
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

port.on('message', (/** @type {{ id: number, source: string }} */ { id, source }) => {
	try {
		port.postMessage({ id, pdf: compiler.pdf({ mainFileContent: source }) });
		// Typst memoizes layout results in a process-wide cache that only grows; without eviction a book of
		// 50 chapters (808 PDFs) peaked at 2 GB. Age 10 is what Typst suggests for non-watch tools.
		compiler.evictCache(10);
	} catch (error) {
		let diagnostics = '';
		try {
			diagnostics = JSON.stringify(compiler.fetchDiagnostics(/** @type {any} */ (error)));
		} catch {
			// no diagnostics to add
		}
		port.postMessage({
			id,
			error: `${/** @type {{ code?: string }} */ (error).code ?? String(error)} ${diagnostics}`,
		});
	}
});
