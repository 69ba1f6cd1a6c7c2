/**
 * Typesets every PDF of the book with Typst (`npm run pdf`, and part of `npm run build`; SKIP_PDF=1 skips it),
 * two at a time (the machine has two cores), reusing the PDF of any source that did not change; or a share of
 * them (`--shard K/N`), for books whose PDFs are spread over several CI runners.
 * Writes the book work folder's pdf/site/pdf/… and a manifest of sizes that the reader's pages link to;
 * the book's Astro integration copies them into the site after the pages (tools/astro/book-integration.ts).
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { stageDownload, writeSizeManifest } from '../lib/download-step';
import { contentDir } from '../../src/lib/content-dir';
import { readBookFromDisk, type BookOnDisk } from '../../src/lib/read-chapters';
import { pdfSpecs } from './pdf-specs';
import { typstSource, type PdfSpec } from './typst-source';
import { bookFontFiles } from '../../src/lib/writing-systems';
import { pdfCacheDir, pdfManifestPath, pdfStageDir } from '../../src/lib/pdf-paths';

/** Runs sources through a pool of compiler threads. */
class CompilerPool {
	private readonly workers: Worker[];
	private readonly pending = new Map<
		number,
		{ resolve: (pdf: Buffer) => void; reject: (error: Error) => void }
	>();
	private next = 0;
	constructor(size: number, fontFiles: string[]) {
		this.workers = Array.from({ length: size }, () => {
			const worker = new Worker(new URL('./compile-worker.mjs', import.meta.url), {
				workerData: { fontFiles },
			});
			worker.on(
				'message',
				({ id, pdf, error }: { id: number; pdf?: Uint8Array; error?: string }) => {
					const job = this.pending.get(id)!;
					this.pending.delete(id);
					if (error) job.reject(new Error(error));
					else job.resolve(Buffer.from(pdf!));
				}
			);
			return worker;
		});
	}
	compile(source: string): Promise<Buffer> {
		const id = this.next++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			this.workers[id % this.workers.length]!.postMessage({ id, source });
		});
	}
	close(): Promise<number[]> {
		return Promise.all(this.workers.map((worker) => worker.terminate()));
	}
}

/** One PDF to make: what it is, its Typst source, and the key of the cache entry it is stored under. */
interface PdfJob {
	spec: PdfSpec;
	source: string;
	key: string;
}

/** Every PDF of the book as a job; the cache key covers what shapes the output: the Typst source, the compiler's version and the font files. */
function pdfJobs({ book, chapters }: BookOnDisk): { jobs: PdfJob[]; fontFiles: string[] } {
	const compilerVersion = JSON.parse(
		readFileSync('node_modules/@myriaddreamin/typst-ts-node-compiler/package.json', 'utf8')
	).version as string;
	const fontFiles = bookFontFiles(book);
	const fontsKey = fontFiles.map((file) => `${file}:${statSync(file).size}`).join();
	const jobs = pdfSpecs(book, chapters, Number(process.env.BOOK_PDF_SAMPLE ?? 1)).map((spec) => {
		const source = typstSource(book, spec);
		return {
			spec,
			source,
			key: createHash('sha256')
				.update(compilerVersion)
				.update(fontsKey)
				.update(source)
				.digest('hex')
				.slice(0, 24),
		};
	});
	return { jobs, fontFiles };
}

/** Typesets the jobs whose PDF the cache lacks, two at a time (the machine has two cores), and hands every PDF to `store`. */
async function typeset(
	jobs: PdfJob[],
	fontFiles: string[],
	store: (job: PdfJob, pdf: Buffer) => void
): Promise<{ typeset: number }> {
	mkdirSync(pdfCacheDir, { recursive: true });
	let pool: CompilerPool | undefined;
	let done = 0;
	let typesetCount = 0;
	await Promise.all(
		jobs.map(async (job) => {
			const cached = join(pdfCacheDir, `${job.key}.pdf`);
			let pdf: Buffer;
			if (existsSync(cached)) pdf = readFileSync(cached);
			else {
				pool ??= new CompilerPool(Math.min(2, cpus().length), fontFiles);
				try {
					pdf = await pool.compile(job.source);
				} catch (error) {
					throw new Error(`Typst could not typeset ${job.spec.path}: ${(error as Error).message}`);
				}
				writeFileSync(cached, pdf);
				typesetCount++;
			}
			store(job, pdf);
			done++;
			// A counter in a terminal; in a log (CI, tests) only the summary.
			if (process.stdout.isTTY && (done % 10 === 0 || done === jobs.length))
				process.stdout.write(`\rPDF ${done}/${jobs.length}`);
		})
	);
	await pool?.close();
	if (process.stdout.isTTY) process.stdout.write('\n');
	return { typeset: typesetCount };
}

/** Typesets the book's PDFs into the stage folder with a manifest of sizes; `read` is the book as the build already read it (else it is read here, before any work). */
export async function buildPdfs(read: BookOnDisk = readBookFromDisk(contentDir)): Promise<void> {
	const started = performance.now();
	const { jobs, fontFiles } = pdfJobs(read);
	rmSync(pdfStageDir, { recursive: true, force: true });
	const sizes: Record<string, number> = {};
	const { typeset: count } = await typeset(jobs, fontFiles, ({ spec }, pdf) =>
		stageDownload(pdfStageDir, spec.path, pdf, sizes)
	);
	writeSizeManifest(pdfManifestPath, sizes);
	console.log(
		`PDF: ${jobs.length} files (${count} typeset, ${jobs.length - count} unchanged) in ${Math.round(performance.now() - started)} ms`
	);
}

/**
 * Share `index` (from 1) of `count`: the jobs dealt out largest source first, each to the share with the least source so
 * far (ties to the lower share), so that runners get about equal work and every runner computes the same shares.
 */
export function shardOf<Job extends { source: string; spec: { path: string } }>(
	jobs: Job[],
	index: number,
	count: number
): Job[] {
	const order = [...jobs].sort(
		(a, b) => b.source.length - a.source.length || (a.spec.path < b.spec.path ? -1 : 1)
	);
	const loads = Array.from({ length: count }, () => 0);
	return order.filter((job) => {
		const share = loads.indexOf(Math.min(...loads));
		loads[share]! += job.source.length;
		return share === index - 1;
	});
}

/**
 * `npm run pdf -- --shard K/N --out <dir>`: typesets share K of N of the book's PDFs (for a CI matrix of N runners) and
 * writes them to `<dir>` as the cache holds them (`<key>.pdf`); `importPdfs` on the last runner makes them its cache.
 */
export async function buildPdfShard(
	index: number,
	count: number,
	outDir: string,
	read: BookOnDisk = readBookFromDisk(contentDir)
): Promise<void> {
	const started = performance.now();
	const { jobs, fontFiles } = pdfJobs(read);
	const share = shardOf(jobs, index, count);
	mkdirSync(outDir, { recursive: true });
	const made = await typeset(share, fontFiles, (job, pdf) =>
		writeFileSync(join(outDir, `${job.key}.pdf`), pdf)
	);
	console.log(
		`PDF shard ${index}/${count}: ${share.length} of ${jobs.length} files (${made.typeset} typeset) into ${outDir} in ${Math.round(performance.now() - started)} ms`
	);
}

/** `npm run pdf -- --import <dir>…`: the shards' PDFs into the cache, so that the build that follows typesets none of them again. */
export function importPdfs(dirs: string[]): void {
	mkdirSync(pdfCacheDir, { recursive: true });
	let imported = 0;
	for (const dir of dirs) {
		// Only files named by a cache key: a key is a hash of the source, so a PDF of other content is never taken for this one.
		for (const name of readdirSync(dir).filter((file) => /^[0-9a-f]{24}\.pdf$/.test(file))) {
			copyFileSync(join(dir, name), join(pdfCacheDir, name));
			imported++;
		}
	}
	console.log(`PDF: ${imported} files imported into the cache from ${dirs.join(', ')}`);
}
