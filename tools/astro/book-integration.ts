/**
 * The book as an Astro integration, the way Starlight runs Pagefind: `astro build` alone makes the whole site, and
 * `astro dev` serves it with search, PDFs and EPUBs. When Astro loads its configuration, `prepareBook` reads and checks the
 * book (a mistake is one message naming file and line, before any work) and plans the web fonts (the font
 * configuration lists them), cut in a worker thread while Astro starts; the integration typesets the PDFs and makes the EPUBs before the pages (which link them), then writes the
 * hosts' headers, the search, the PDFs and the EPUBs into the output, timing each step.
 */
import {
	cpSync,
	createReadStream,
	existsSync,
	mkdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bookFile } from '../../src/lib/book-paths';
import { bookWorkDir } from '../../src/lib/content-dir';
import { displayPath } from '../../src/lib/file-error';
import { epubStageDir } from '../../src/lib/epub-paths';
import { pdfStageDir } from '../../src/lib/pdf-paths';
import { readBookFromDisk, type BookOnDisk } from '../../src/lib/read-chapters';
import { readGlossary } from '../../src/lib/read-glossary';
import type { WebFontFace } from '../../src/lib/web-fonts';
import { writeHeaders } from '../csp/write-headers';
import {
	epubStep,
	loadDownloadMakers,
	pdfStep,
	publishStaged,
	type DownloadMakers,
} from '../lib/download-step';
import { startSubsetFonts } from '../fonts/subset-fonts';
import { writeOfflineLists } from '../offline/offline-lists';
import { writeServiceWorker } from '../offline/service-worker';
import { buildSearchIndex } from '../search/build-index';
import { bookWarnings } from '../site/book-warnings';

export interface PreparedBook {
	contentDir: string;
	read: BookOnDisk;
	faces: WebFontFace[];
	/** When the faces are written: they are cut beside Astro's start, and read by Vite when it builds or serves. */
	fontsWritten: Promise<void>;
	makers: DownloadMakers;
	/** Milliseconds each step took, for the build's summary and the benchmarks. */
	steps: Record<string, number>;
}

/** Reads and checks the book, then plans its web fonts and starts cutting them in a worker thread (kept as they are when nothing they depend on changed). */
export async function prepareBook(contentDir: string): Promise<PreparedBook> {
	const started = performance.now();
	const read = readBookFromDisk(contentDir);
	// Checked with the book, so that a mistake in it fails the build with its field, as one in book.json does.
	readGlossary(contentDir, read.book);
	const { faces, written: fontsWritten } = startSubsetFonts(contentDir, read.book);
	const steps = { fonts: Math.round(performance.now() - started) };
	return { contentDir, read, faces, fontsWritten, makers: await loadDownloadMakers(), steps };
}

/** Where a build writes what each step took (tools/bench reads it). */
export const buildReportPath = (contentDir: string) =>
	join(bookWorkDir(contentDir), 'build-report.json');

const contentTypes: Record<string, string> = {
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.pdf': 'application/pdf',
	'.epub': 'application/epub+zip',
};

export function bookIntegration(prepared: PreparedBook): AstroIntegration {
	const { contentDir, read, makers, steps } = prepared;
	/** Runs one step and records its time. */
	const timed = async (name: string, step: () => unknown) => {
		const started = performance.now();
		await step();
		steps[name] = Math.round(performance.now() - started);
	};
	let pagesStarted = 0;
	let command = '';
	let search: Promise<string[]> = Promise.resolve([]);
	const searchStageDir = join(bookWorkDir(contentDir), 'search-stage');
	let base = '/';
	return {
		name: 'parallel-book',
		hooks: {
			'astro:config:setup': ({ command: running, addWatchFile, updateConfig }) => {
				command = running;
				// Built sites have a service worker, the dev server none (it would serve pages from a cache while they are
				// edited): said by the command, not by NODE_ENV, which a test runner sets.
				updateConfig({
					vite: { define: { __SERVICE_WORKER__: JSON.stringify(command === 'build') } },
				});
				// The dev server restarts (and reads the book again) when book.json changes.
				addWatchFile(resolve(bookFile(contentDir)));
				if (command === 'build') {
					// The search is made from the book, not from the pages: begun now, it is written while Astro syncs the
					// content, Vite bundles and the pages render (its Pagefind processes take the cores they leave), in a
					// folder of its own because Astro empties the output folder before the pages, and moved in after them.
					const searchStarted = performance.now();
					search = buildSearchIndex(searchStageDir, read).then((summary) => {
						steps.search = Math.round(performance.now() - searchStarted);
						return summary;
					});
					// Its failure is thrown where it is awaited, after the pages.
					search.catch(() => undefined);
				}
				if (command !== 'build' && command !== 'dev') return;
				for (const warning of bookWarnings(read.book, contentDir))
					console.warn(`warning: ${warning}`);
				console.log(`fonts: ${prepared.faces.length} files cut to the book's characters`);
			},
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:start': async () => {
				await timed('fontsWait', () => prepared.fontsWritten);
				await timed('pdf', () => pdfStep(read, makers));
				await timed('epub', () => epubStep(read, makers));
				pagesStarted = performance.now();
			},
			'astro:build:done': async ({ dir, pages }) => {
				steps.pages = Math.round(performance.now() - pagesStarted);
				// As messages show paths: relative inside the project, absolute outside it.
				const outDir = displayPath(fileURLToPath(dir).replace(/\/$/, ''));
				console.log(`pages: ${pages.length} in ${(steps.pages / 1000).toFixed(1)} s`);
				await timed('csp', () => writeHeaders(outDir));
				await timed('searchWait', async () => {
					for (const line of await search) console.log(line);
					for (const folder of ['pagefind', 'search'])
						moveFolder(join(searchStageDir, folder), join(outDir, folder));
				});
				// Last: the offline lists hash what the other steps wrote.
				await timed('offline', async () => {
					const lists = writeOfflineLists(outDir, read, base);
					const worker = await writeServiceWorker(outDir, base);
					console.log(
						`offline: service worker precaching ${worker.count} scripts (${(worker.size / 1024).toFixed(1)} KiB); saving a language stores ${lists
							.map((list) => `${list.lang} ${(list.bytes / 2 ** 20).toFixed(1)} MiB`)
							.join(', ')}`
					);
				});
				await timed('publish', () => {
					publishStaged(pdfStageDir, 'pdf', outDir);
					publishStaged(epubStageDir, 'epub', outDir);
				});
				mkdirSync(bookWorkDir(contentDir), { recursive: true });
				writeFileSync(buildReportPath(contentDir), `${JSON.stringify(steps, null, '\t')}\n`);
			},
			// The dev server also serves the search (built once at start, again when a chapter changes), the PDFs and the EPUBs.
			'astro:server:setup': async ({ server }) => {
				// Astro also sets up the Vite server it syncs the content with, during a build when NODE_ENV is not
				// production (a test runner's): only the dev server serves the book.
				if (command !== 'dev') return;
				await prepared.fontsWritten;
				const devDir = join(bookWorkDir(contentDir), 'dev');
				await pdfStep(read, makers);
				await epubStep(read, makers);
				for (const line of await buildSearchIndex(devDir, read)) console.log(line);
				let again: NodeJS.Timeout | undefined;
				server.watcher.on('change', (file) => {
					if (!resolve(file).startsWith(resolve(contentDir) + sep) || !file.endsWith('.mdx'))
						return;
					clearTimeout(again);
					again = setTimeout(() => {
						// A mistake in the chapter is reported (by Astro too) and the last search stays until it is mended.
						Promise.resolve()
							.then(() => buildSearchIndex(devDir, readBookFromDisk(contentDir)))
							.catch((error: Error) => console.error(`search: not rebuilt: ${error.message}`));
					}, 300);
				});
				server.middlewares.use((request, response, next) => {
					const pathname = decodeURIComponent(
						new URL(request.url ?? '/', 'http://localhost').pathname
					);
					// Under the site's base, as the built site serves them.
					if (!pathname.startsWith(base)) return next();
					const path = `/${pathname.slice(base.length)}`;
					const root = /^\/(pagefind|search)\//.test(path)
						? devDir
						: path.startsWith('/pdf/')
							? pdfStageDir
							: path.startsWith('/epub/')
								? epubStageDir
								: undefined;
					const file = root && resolve(join(root, path));
					if (
						!root ||
						!file ||
						!file.startsWith(resolve(root) + sep) ||
						!existsSync(file) ||
						!statSync(file).isFile()
					)
						return next();
					response.setHeader(
						'content-type',
						contentTypes[extname(file)] ?? 'application/octet-stream'
					);
					createReadStream(file).pipe(response);
				});
			},
		},
	};
}

/** Moves a folder to where it belongs, replacing what is there: a rename, or a copy where the two are on different disks. */
function moveFolder(from: string, to: string): void {
	rmSync(to, { recursive: true, force: true });
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}
