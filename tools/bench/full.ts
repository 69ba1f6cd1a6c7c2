/**
 * The full benchmark of a book: builds it cold and warm, compares its site build (PDFs skipped) with a Starlight
 * site of the same chapters, and measures the output, what each page costs a reader, search, PDFs and a Lighthouse
 * run. Prints tables and writes bench/results/latest.json (and a dated copy) for notes and comparisons.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { bookWorkDir } from '../../src/lib/content-dir';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { launchBrowser } from '../lib/chromium';
import { measuredRun, tsx } from './measured-run';
import { runLighthouse } from './lighthouse';
import { measurePage } from './page-weight';
import { measureSearch } from './search';
import { measurePdfs } from './pdf';
import { filesUnder, totalBytes } from '../lib/files';
import { buildStarlightSite, writeStarlightSite } from './starlight-site';
import { buildReportPath } from '../astro/book-integration';

/** Runs `npm run build -- --book <dir>` (astro build: font subsets, PDFs, pages, headers, search) and returns its wall time in milliseconds. */
function timedBuild(contentDir: string): number {
	const start = performance.now();
	const run = spawnSync(tsx, ['tools/site/cli.ts', 'build', '--book', contentDir], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (run.status !== 0)
		throw new Error(`the build of ${contentDir} failed with exit code ${run.status}`);
	return Math.round(performance.now() - start);
}

const kindOf = (file: string) => {
	if (file.includes('/pagefind/')) return 'search index';
	const ext = extname(file);
	return ext === '.html'
		? 'html'
		: ext === '.css'
			? 'css'
			: ext === '.js' || ext === '.mjs'
				? 'js'
				: ['.woff', '.woff2', '.ttf', '.otf'].includes(ext)
					? 'fonts'
					: ext === '.pdf'
						? 'pdf'
						: 'other';
};

/** Script files a page loads eagerly: `<script src>` without async loading through import(). */
function eagerScriptBytes(htmlFile: string): number {
	const html = readFileSync(htmlFile, 'utf8');
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
		(sum, match) => sum + Buffer.byteLength(match[1]!),
		0
	);
	const external = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].reduce(
		(sum, match) => sum + statSync(join('dist', match[1]!.split('?')[0]!)).size,
		0
	);
	return inline + external;
}

/** Timed runs of one build and their median. */
interface TimedRuns {
	runsMs: number[];
	medianMs: number;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? sorted[middle]!
		: Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
};

/** The site build of this project without PDFs beside a Starlight site of the same chapters in the same languages. */
export interface SiteBuildComparison {
	ours: TimedRuns & { pages: number };
	starlight: TimedRuns & { pages: number };
	/** Our median divided by Starlight's: below 1, our site builds faster. */
	ratio: number;
}

/**
 * This project's site build without PDFs (SKIP_PDF=1: fonts, pages, headers, search) and the Starlight site of the same
 * chapters (tools/bench/starlight-site.ts), both `astro build`, warm: one unmeasured build of each first, then `runs`
 * of each, interleaved so that a slower spell of the machine (two cores, other work) falls on both alike.
 */
async function compareWithStarlight(contentDir: string, runs = 5): Promise<SiteBuildComparison> {
	// Into a folder of its own: dist/ holds the full build, which the page, search and Lighthouse figures read.
	// Beside the Starlight site, on the same disk (a much-used temporary folder can be slow to create files in).
	mkdirSync(join('node_modules', '.cache'), { recursive: true });
	const outDir = mkdtempSync(join('node_modules', '.cache', 'bench-site-'));
	const ourBuild = () =>
		measuredRun('node_modules/.bin/astro', ['build', '--silent', '--outDir', outDir], {
			BOOK_CONTENT_DIR: contentDir,
			SKIP_PDF: '1',
		});
	const site = writeStarlightSite(contentDir);
	await ourBuild();
	await buildStarlightSite(site.dir);
	const ours: number[] = [];
	const starlight: number[] = [];
	let starlightPages = 0;
	for (let run = 0; run < runs; run++) {
		process.stdout.write(`  site build ${run + 1} of ${runs}: ours…`);
		ours.push((await ourBuild()).ms);
		process.stdout.write(` ${ours.at(-1)} ms, Starlight…`);
		const build = await buildStarlightSite(site.dir);
		starlight.push(build.ms);
		starlightPages = build.pages;
		console.log(` ${build.ms} ms`);
	}
	const ourPages = filesUnder(outDir).filter(
		(file) => file.path.endsWith('.html') && !file.path.includes('/pagefind/')
	).length;
	rmSync(outDir, { recursive: true, force: true });
	rmSync(site.dir, { recursive: true, force: true });
	const comparison = {
		ours: { runsMs: ours, medianMs: median(ours), pages: ourPages },
		starlight: { runsMs: starlight, medianMs: median(starlight), pages: starlightPages },
	};
	return {
		...comparison,
		ratio: +(comparison.ours.medianMs / comparison.starlight.medianMs).toFixed(2),
	};
}

export async function runFullBench(contentDir: string): Promise<void> {
	const { book, chapters } = readBookFromDisk(contentDir);
	rmSync('dist', { recursive: true, force: true });
	rmSync('.astro', { recursive: true, force: true });
	rmSync('node_modules/.astro', { recursive: true, force: true });
	rmSync(bookWorkDir(contentDir), { recursive: true, force: true });
	/** What one step of the last build took, as the book's integration reported it. */
	const stepMs = (step: string) =>
		(JSON.parse(readFileSync(buildReportPath(contentDir), 'utf8')) as Record<string, number>)[
			step
		] ?? 0;
	const coldMs = timedBuild(contentDir);
	const epubColdMs = stepMs('epub');
	const warmMs = timedBuild(contentDir);
	const epubWarmMs = stepMs('epub');
	console.log('Site build without PDFs, compared with Starlight:');
	const siteBuildComparison = await compareWithStarlight(contentDir);

	const sized = filesUnder('dist');
	const files = sized.map((file) => file.path);
	const byKind: Record<string, { files: number; bytes: number; gzipBytes: number }> = {};
	for (const file of files) {
		const kind = kindOf(file);
		const bytes = readFileSync(file);
		byKind[kind] ??= { files: 0, bytes: 0, gzipBytes: 0 };
		byKind[kind].files += 1;
		byKind[kind].bytes += bytes.length;
		byKind[kind].gzipBytes += gzipSync(bytes).length;
	}
	const pages = files.filter((file) => file.endsWith('.html') && !file.includes('/pagefind/'));
	const chapterPages = pages.filter((file) => file.split('/').length === 4);
	const sizeOf = new Map(sized.map((file) => [file.path, file.bytes]));
	const pageBytes = (list: string[]) =>
		Math.round(list.reduce((sum, file) => sum + sizeOf.get(file)!, 0) / Math.max(list.length, 1));

	const result = {
		date: new Date().toISOString(),
		node: process.version,
		build: { coldMs, warmMs },
		siteBuildComparison,
		dist: { files: files.length, bytes: totalBytes(sized) },
		byKind,
		pages: {
			count: pages.length,
			chapterPages: chapterPages.length,
			averageChapterHtmlBytes: pageBytes(chapterPages),
			averageHomeHtmlBytes: pageBytes(pages.filter((file) => file.split('/').length === 3)),
		},
		eagerJavaScriptBytes: {
			max: Math.max(...pages.map(eagerScriptBytes)),
			chapterPage: eagerScriptBytes(chapterPages[0]!),
		},
	};

	// What each kind of page costs a reader on a phone, and a Lighthouse mobile run of a chapter page: the first
	// chapter, read in its original language and in the book's default language (or another, when they are the same).
	const first = chapters[0]!;
	const codes = book.languages.map((language) => language.code);
	const original = first.originalLanguage;
	const other =
		codes.find((code) => code !== original && code === book.defaultLanguage) ??
		codes.find((code) => code !== original)!;
	const third = codes.find((code) => code !== original && code !== other) ?? other;
	const pageTypes: Record<string, string> = {
		root: '/',
		[`home (${book.defaultLanguage})`]: `/${book.defaultLanguage}/`,
		[`home (${original})`]: `/${original}/`,
		[`chapter, default pair (${original} beside ${other})`]: `/${original}/${first.slug}/`,
		[`chapter, default pair (${other} beside ${original})`]: `/${other}/${first.slug}/`,
		[`chapter, other pair (${third} beside ${other})`]: `/${third}/${first.slug}/?with=${other}`,
		[`chapter, alone (${third})`]: `/${third}/${first.slug}/?with=only`,
		'404': '/404.html',
	};
	const server = await preview({
		root: process.cwd(),
		logLevel: 'error',
		server: { port: 4398, host: '127.0.0.1' },
	});
	const origin = `http://127.0.0.1:${server.port}`;
	const browser = await launchBrowser();
	const transfer: Record<string, Awaited<ReturnType<typeof measurePage>>> = {};
	for (const [name, path] of Object.entries(pageTypes))
		transfer[name] = await measurePage(browser, origin, path);
	const search = await measureSearch(browser, origin, 'dist', contentDir);
	await browser.close();
	let lighthouseResult: Awaited<ReturnType<typeof runLighthouse>> | { error: string };
	try {
		lighthouseResult = await runLighthouse(`${origin}/${original}/${first.slug}/`);
	} catch (error) {
		lighthouseResult = { error: (error as Error).message };
	}
	await server.stop();
	const pdf = measurePdfs(contentDir);
	// EPUBs: made in the build (cold: nothing cached; warm: all reused), their sizes as published.
	const epubFiles = filesUnder('dist/epub').map((file) => ({
		path: file.path.replace(/^dist\//, ''),
		bytes: file.bytes,
	}));
	const epub = {
		coldMs: epubColdMs,
		warmMs: epubWarmMs,
		files: epubFiles.length,
		totalBytes: totalBytes(epubFiles),
		sizes: Object.fromEntries(epubFiles.map((file) => [file.path, file.bytes])),
	};
	const report = { ...result, transfer, search, pdf, epub, lighthouse: lighthouseResult };

	mkdirSync('bench/results', { recursive: true });
	writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, '\t')}\n`);
	writeFileSync(
		`bench/results/${result.date.replace(/[:.]/g, '-')}.json`,
		`${JSON.stringify(report, null, '\t')}\n`
	);
	console.log(`build: cold ${coldMs} ms, warm ${warmMs} ms`);
	const { ours, starlight, ratio } = siteBuildComparison;
	console.log(
		`site build without PDFs, compared with Starlight (warm, median of ${ours.runsMs.length} interleaved runs each):`
	);
	console.table({
		'this project (no PDFs)': {
			'median ms': ours.medianMs,
			'runs ms': ours.runsMs.join(', '),
			pages: ours.pages,
		},
		'Starlight, same chapters': {
			'median ms': starlight.medianMs,
			'runs ms': starlight.runsMs.join(', '),
			pages: starlight.pages,
		},
	});
	console.log(`ratio (ours / Starlight): ${ratio}`);
	console.log(`dist: ${result.dist.files} files, ${(result.dist.bytes / 1024).toFixed(1)} KiB`);
	console.table(
		Object.fromEntries(
			Object.entries(byKind).map(([kind, value]) => [
				kind,
				{
					files: value.files,
					KiB: +(value.bytes / 1024).toFixed(1),
					'gzip KiB': +(value.gzipBytes / 1024).toFixed(1),
				},
			])
		)
	);
	console.log(
		`chapter page HTML: ${result.pages.averageChapterHtmlBytes} B on average over ${chapterPages.length} pages; eager JavaScript: ${result.eagerJavaScriptBytes.max} B at most`
	);
	console.table(
		Object.fromEntries(
			Object.entries(transfer).map(([name, weight]) => [
				name,
				{
					requests: weight.requests,
					'html KB': +(weight.bytes.html / 1000).toFixed(1),
					'css KB': +(weight.bytes.css / 1000).toFixed(1),
					'js KB': +(weight.bytes.js / 1000).toFixed(1),
					'fonts KB': +(weight.bytes.font / 1000).toFixed(1),
					'total KB (br)': +(weight.total / 1000).toFixed(1),
					'total KB (gzip)': +(weight.gzipTotal / 1000).toFixed(1),
					'eager JS KB': +(weight.eagerJsBytes / 1000).toFixed(1),
					'after load KB': +(weight.afterLoadBytes / 1000).toFixed(1),
					'service worker KB (new)': +(weight.serviceWorker.bytes / 1000).toFixed(1),
					'service worker KB (HTTP cache)': +(weight.serviceWorker.reused / 1000).toFixed(1),
					'service worker requests': weight.serviceWorker.requests,
				},
			])
		)
	);
	console.log(
		`search index: ${Object.entries(search.indexBytesPerLanguage)
			.map(([code, bytes]) => `${code} ${(bytes / 1024).toFixed(1)} KiB`)
			.join(', ')}`
	);
	console.table(
		Object.fromEntries(
			[
				...Object.entries(search.firstSearch),
				['all languages', search.allLanguagesFirstSearch] as const,
			].map(([name, first]) => [
				`first search, ${name}`,
				{
					query: first.query,
					'KB fetched': +(first.bytes / 1000).toFixed(1),
					requests: first.requests,
					'ms to results (pasted)': +first.ms.toFixed(1),
					'ms (typed)': +first.typedMs.toFixed(1),
					results: first.results,
				},
			])
		)
	);
	console.log(
		`keystroke to results: median ${search.keystrokeToResultsMs.median} ms, p90 ${search.keystrokeToResultsMs.p90} ms over ${search.keystrokeToResultsMs.samples} queries`
	);
	console.log('PDF:', JSON.stringify(pdf, null, 2));
	console.log(
		`EPUB: ${epub.files} files, ${(epub.totalBytes / 1024).toFixed(1)} KiB, made in ${epub.coldMs} ms cold, ${epub.warmMs} ms when nothing changed`
	);
	console.table(
		Object.fromEntries(
			Object.entries(epub.sizes).map(([path, bytes]) => [path, { KiB: +(bytes / 1024).toFixed(1) }])
		)
	);
	console.log('Lighthouse (mobile):', JSON.stringify(lighthouseResult, null, 2));
	console.log('written to bench/results/latest.json');
}
