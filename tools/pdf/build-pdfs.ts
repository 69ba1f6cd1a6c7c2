/**
 * Typesets every PDF of the book with Typst (`npm run pdf`, and part of `npm run build`; SKIP_PDF=1 skips it),
 * two at a time (the machine has two cores), reusing the PDF of any source that did not change.
 * Writes the book work folder's pdf/site/pdf/… and a manifest of sizes that the reader's pages link to;
 * the book's Astro integration copies them into the site after the pages (tools/astro/book-integration.ts).
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { contentDir } from '../../src/lib/content-dir';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { pdfSpecs } from './pdf-specs';
import { typstSource } from './typst-source';
import { bookFontFiles } from '../../src/lib/writing-systems';
import { pdfCacheDir, pdfManifestPath, pdfStageDir } from '../../src/lib/pdf-paths';

/** Runs sources through a pool of compiler threads. */
class CompilerPool {
	private readonly workers: Worker[];
	private readonly pending = new Map<number, { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }>();
	private next = 0;
	constructor(size: number, fontFiles: string[]) {
		this.workers = Array.from({ length: size }, () => {
			const worker = new Worker(new URL('./compile-worker.mjs', import.meta.url), { workerData: { fontFiles } });
			worker.on('message', ({ id, pdf, error }: { id: number; pdf?: Uint8Array; error?: string }) => {
				const job = this.pending.get(id)!;
				this.pending.delete(id);
				if (error) job.reject(new Error(error));
				else job.resolve(Buffer.from(pdf!));
			});
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

/** Typesets the book's PDFs; `read` is the book as the build already read it (else it is read here, before any work). */
export async function buildPdfs(read: ReturnType<typeof readBookFromDisk> = readBookFromDisk(contentDir)): Promise<void> {
	const started = performance.now();
	const { book, chapters } = read;
	const specs = pdfSpecs(book, chapters, Number(process.env.BOOK_PDF_SAMPLE ?? 1));
	// The cache key covers what shapes the output: the Typst source, the compiler's version and the font files.
	const compilerVersion = JSON.parse(readFileSync('node_modules/@myriaddreamin/typst-ts-node-compiler/package.json', 'utf8')).version as string;
	const fontFiles = bookFontFiles(book);
	const fontsKey = fontFiles.map((file) => `${file}:${statSync(file).size}`).join();
	rmSync(pdfStageDir, { recursive: true, force: true });
	mkdirSync(pdfCacheDir, { recursive: true });
	let pool: CompilerPool | undefined;
	let done = 0;
	let reused = 0;
	const manifest: Record<string, number> = {};
	await Promise.all(
		specs.map(async (spec) => {
			const source = typstSource(book, spec);
			const key = createHash('sha256').update(compilerVersion).update(fontsKey).update(source).digest('hex').slice(0, 24);
			const cached = join(pdfCacheDir, `${key}.pdf`);
			let pdf: Buffer;
			if (existsSync(cached)) {
				pdf = readFileSync(cached);
				reused++;
			} else {
				pool ??= new CompilerPool(Math.min(2, cpus().length), fontFiles);
				try {
					pdf = await pool.compile(source);
				} catch (error) {
					throw new Error(`Typst could not typeset ${spec.path}: ${(error as Error).message}`);
				}
				writeFileSync(cached, pdf);
			}
			const target = join(pdfStageDir, spec.path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, pdf);
			manifest[spec.path] = pdf.length;
			done++;
			// A counter in a terminal; in a log (CI, tests) only the summary below.
			if (process.stdout.isTTY && (done % 10 === 0 || done === specs.length)) process.stdout.write(`\rPDF ${done}/${specs.length}`);
		}),
	);
	await pool?.close();
	writeFileSync(pdfManifestPath, `${JSON.stringify(Object.fromEntries(Object.entries(manifest).sort()), null, '\t')}\n`);
	if (process.stdout.isTTY) process.stdout.write('\n');
	console.log(`PDF: ${specs.length} files (${specs.length - reused} typeset, ${reused} unchanged) in ${Math.round(performance.now() - started)} ms`);
}

/**
 * The PDF step of a build: skipped with SKIP_PDF=1; when Typst fails, the site is still built without PDFs
 * (with the reason and the fix printed), except in CI, where it fails the build.
 */
export async function pdfStep(read: ReturnType<typeof readBookFromDisk>): Promise<void> {
	if (process.env.SKIP_PDF === '1') {
		rmSync(pdfStageDir, { recursive: true, force: true });
		console.log('PDF: skipped (SKIP_PDF=1); the site is built without PDF links');
		return;
	}
	try {
		await buildPdfs(read);
	} catch (error) {
		rmSync(pdfStageDir, { recursive: true, force: true });
		if (process.env.CI) throw error;
		console.error(`PDF: not built. ${(error as Error).message}`);
		console.error('The site is built without PDFs. To fix: run `npm install` (it installs the Typst compiler, @myriaddreamin/typst-ts-node-compiler, and the fonts), or set SKIP_PDF=1 to skip PDFs on purpose.');
	}
}
