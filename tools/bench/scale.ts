/**
 * `npm run bench -- --chapters 5,50,500`: how the cost of a book grows with its length. For each count,
 * builds a synthetic book from the book (tools/bench/synthetic-book.ts) in a temporary folder with `astro build`, as
 * `npm run build` does, and measures build time per step (as the book's integration reports them), peak memory, dist size, the search index and what a
 * first search fetches, PDF time (sampled above 74 chapters: every k-th chapter's PDFs and the default language's two
 * books, tools/bench/pdf-estimate.ts) and the dist size with all its PDFs (estimated from the sample when sampled). Then
 * builds a Starlight site of the same chapters in the same languages (tools/bench/starlight-site.ts), once, as ours is built once, and sets our build without its PDF step beside it.
 * Prints a table with the growth per chapter; writes bench/results/scale-latest.json.
 */
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { preview } from 'astro';
import { launchBrowser } from '../lib/chromium';
import { buildReportPath } from '../astro/book-integration';
import { filesUnder, totalBytes } from '../lib/files';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { pdfSpecs } from '../pdf/pdf-specs';
import { measuredRun } from './measured-run';
import { estimatePdfBytes, sampleStep } from './pdf-estimate';
import { measureSearch } from './search';
import {
	buildStarlightSite,
	starlightSiteDir,
	writeStarlightSite,
	type StarlightBuild,
} from './starlight-site';
import { writeSyntheticBook } from './synthetic-book';

interface ScaleRow {
	chapters: number;
	pages: number;
	/**
	 * `total` is the site build without PDFs and EPUBs (`SKIP_PDF=1 astro build`, cold), of which `astro` is the pages
	 * (Vite and rendering); `pdf` and `epub` are those steps of the full build that follows, `withDownloads` its time.
	 */
	buildMs: Record<
		| 'fonts'
		| 'astro'
		| 'csp'
		| 'search'
		| 'searchWait'
		| 'offline'
		| 'total'
		| 'pdf'
		| 'epub'
		| 'withDownloads',
		number
	>;
	peakRssBytes: number;
	distBytes: number;
	htmlBytes: number;
	averageChapterPageBytes: number;
	searchIndexBytes: number;
	firstSearchBytes: number;
	pdf: {
		typeset: number;
		of: number;
		bytes: number;
		/** All `of` PDFs: `bytes` when none was left out, else estimated from the sample (estimatePdfBytes). */
		allBytes: number;
		/** Of `allBytes`, the chapters' PDFs (alone and pairs) divided by the chapters: what each chapter adds, besides the books. */
		chapterBytesPerChapter: number;
		ms: number;
		msPerPdf: number;
		sampleEvery: number;
	};
	/** The dist with all its PDFs: `distBytes` with the sampled PDFs replaced by `pdf.allBytes`. */
	distWithAllPdfsBytes: number;
	/** One build of a Starlight site of the same chapters, its Pagefind search included. */
	starlight: StarlightBuild;
	/** Our build without its PDF and EPUB steps, divided by Starlight's build: below 1, ours is faster. */
	ratio: number;
}

const benchDir = join('node_modules', '.cache', 'bench-scale');
/**
 * What the runs wrote, removed once all are measured: on ext4, removing thousands of files makes creating files
 * slow for minutes after (the inodes just freed are passed over), which a build measured next would pay.
 */
const leftovers: string[] = [];

async function measureBook(fromDir: string, chapters: number): Promise<ScaleRow> {
	// Beside the Starlight site it is compared with (node_modules/.cache/bench-starlight/), on the same disk and in a
	// folder as fresh: creating thousands of files in a temporary folder much used before took five times as long.
	mkdirSync(benchDir, { recursive: true });
	const work = mkdtempSync(join(benchDir, `${chapters}-`));
	const content = join(work, 'content');
	const dist = join(work, 'dist');
	const slugs = writeSyntheticBook(fromDir, content, chapters);
	const sampleEvery = sampleStep(chapters, readBookFromDisk(fromDir).chapters.length);
	const env = {
		BOOK_CONTENT_DIR: content,
		BOOK_PDF_WORK_DIR: join(work, 'pdf'),
		BOOK_PDF_SAMPLE: String(sampleEvery),
	};
	// The site build without PDFs and EPUBs, cold (a new book has no caches yet), as it is compared with Starlight's: a
	// build of its own, since the search runs beside the PDF step in a full build, so that subtracting that step's
	// time would leave the search out. The book's integration reports what each step took.
	process.stdout.write(`  ${chapters} chapters: astro build without PDFs…`);
	const siteDist = join(work, 'site-dist');
	const site = await measuredRun(
		'node_modules/.bin/astro',
		['build', '--silent', '--outDir', siteDist],
		{
			...env,
			SKIP_PDF: '1',
		}
	);
	const report = () =>
		JSON.parse(readFileSync(buildReportPath(content), 'utf8')) as Record<string, number>;
	const steps = report();
	// Then the full build, as `npm run build` runs it, for the PDFs and EPUBs (the rest is warm by now).
	process.stdout.write(` ${(site.ms / 1000).toFixed(1)} s; with PDFs and EPUBs…`);
	const run = await measuredRun(
		'node_modules/.bin/astro',
		['build', '--silent', '--outDir', dist],
		env
	);
	const downloads = report();
	const buildMs = {
		fonts: steps.fonts ?? 0,
		astro: steps.pages ?? 0,
		csp: steps.csp ?? 0,
		// The search runs beside the pages; what it adds to the build is the wait after them.
		search: steps.search ?? 0,
		searchWait: steps.searchWait ?? 0,
		offline: steps.offline ?? 0,
		total: site.ms,
		pdf: downloads.pdf ?? 0,
		epub: downloads.epub ?? 0,
		withDownloads: run.ms,
	};
	const peakRssBytes = Math.max(site.peakRssBytes, run.peakRssBytes);
	console.log(
		` ${(run.ms / 1000).toFixed(1)} s, ${(peakRssBytes / 2 ** 20).toFixed(0)} MiB (${Object.entries(
			buildMs
		)
			.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
			.join(', ')})`
	);
	const all = filesUnder(dist);
	const html = all.filter((file) => file.path.endsWith('.html'));
	const languages = readdirSync(join(dist, 'pagefind'));
	const chapterPages = languages.flatMap((code) =>
		slugs.map((slug) => statSync(join(dist, code, slug, 'index.html')).size)
	);
	const pdfs = all.filter((file) => file.path.endsWith('.pdf'));
	const synthetic = readBookFromDisk(content);
	const specs = pdfSpecs(synthetic.book, synthetic.chapters);
	const built = Object.fromEntries(pdfs.map((file) => [relative(dist, file.path), file.bytes]));
	const allPdfBytes = estimatePdfBytes(specs, built, synthetic.book.defaultLanguage);
	const chapterPdfBytes = estimatePdfBytes(
		specs.filter((spec) => !spec.book),
		built,
		synthetic.book.defaultLanguage
	);
	const distWithAllPdfsBytes = totalBytes(all) - totalBytes(pdfs) + allPdfBytes;
	console.log(
		`  ${chapters} chapters: dist with all ${specs.length} PDFs ${(distWithAllPdfsBytes / 2 ** 20).toFixed(0)} MiB, of it PDFs ${(allPdfBytes / 2 ** 20).toFixed(0)} MiB (${Math.round((100 * allPdfBytes) / distWithAllPdfsBytes)}%; chapter PDFs ${(chapterPdfBytes / chapters / 1024).toFixed(0)} KiB a chapter)${pdfs.length < specs.length ? `, estimated from the ${pdfs.length} typeset` : ''}`
	);

	// What a reader's first search fetches, from the built site served as usual.
	const bookDir = process.env.BOOK_CONTENT_DIR;
	process.env.BOOK_CONTENT_DIR = content;
	const server = await preview({
		root: process.cwd(),
		outDir: dist,
		logLevel: 'error',
		server: { port: 4397, host: '127.0.0.1' },
	});
	const browser = await launchBrowser();
	const search = await measureSearch(browser, `http://127.0.0.1:${server.port}`, dist, content);
	await browser.close();
	await server.stop();
	process.env.BOOK_CONTENT_DIR = bookDir;

	// The same chapters as a Starlight site, built once and cold, as ours was (a new book has no caches yet).
	process.stdout.write(`  ${chapters} chapters: Starlight build…`);
	const starlightSite = writeStarlightSite(content, starlightSiteDir(content));
	const starlight = await buildStarlightSite(starlightSite.dir);
	leftovers.push(starlightSite.dir);
	const ratio = +(buildMs.total / starlight.ms).toFixed(2);
	console.log(
		` ${(starlight.ms / 1000).toFixed(1)} s, ${starlight.pages} pages; ours without PDFs and EPUBs / Starlight: ${ratio}`
	);

	leftovers.push(work);
	return {
		chapters,
		pages: html.length,
		buildMs,
		peakRssBytes,
		distBytes: totalBytes(all),
		htmlBytes: totalBytes(html),
		averageChapterPageBytes: Math.round(
			chapterPages.reduce((total, bytes) => total + bytes, 0) / chapterPages.length
		),
		searchIndexBytes: Object.values(search.indexBytesPerLanguage).reduce(
			(total, bytes) => total + bytes,
			0
		),
		firstSearchBytes: Math.max(...Object.values(search.firstSearch).map((first) => first.bytes)),
		pdf: {
			typeset: pdfs.length,
			of: specs.length,
			bytes: totalBytes(pdfs),
			allBytes: allPdfBytes,
			chapterBytesPerChapter: Math.round(chapterPdfBytes / chapters),
			ms: buildMs.pdf,
			msPerPdf: Math.round(buildMs.pdf / pdfs.length),
			sampleEvery,
		},
		distWithAllPdfsBytes,
		starlight,
		ratio,
	};
}

const mib = (bytes: number) => +(bytes / 2 ** 20).toFixed(1);
const kib = (bytes: number) => +(bytes / 1024).toFixed(1);

/** The table people read: one row per book size, then the cost of each added chapter between sizes. */
function printTable(rows: ScaleRow[]): void {
	console.table(
		Object.fromEntries(
			rows.map((row) => [
				`${row.chapters} chapters`,
				{
					pages: row.pages,
					'build s (no PDFs)': +(row.buildMs.total / 1000).toFixed(1),
					'astro s': +(row.buildMs.astro / 1000).toFixed(1),
					'search s': +(row.buildMs.search / 1000).toFixed(1),
					'peak MiB': mib(row.peakRssBytes),
					'dist MiB': mib(row.distBytes),
					'dist MiB, all PDFs': mib(row.distWithAllPdfsBytes),
					'PDF share': `${Math.round((100 * row.pdf.allBytes) / row.distWithAllPdfsBytes)}%`,
					'chapter PDFs KiB a chapter': kib(row.pdf.chapterBytesPerChapter),
					'html MiB': mib(row.htmlBytes),
					'chapter page KiB': kib(row.averageChapterPageBytes),
					'index MiB': mib(row.searchIndexBytes),
					'1st search KiB': kib(row.firstSearchBytes),
					PDFs: `${row.pdf.typeset}/${row.pdf.of}`,
					'PDF s': +(row.pdf.ms / 1000).toFixed(1),
					'Starlight s': +(row.starlight.ms / 1000).toFixed(1),
					'Starlight pages': row.starlight.pages,
					'Starlight HTML MiB': mib(row.starlight.htmlBytes),
					ratio: row.ratio,
				},
			])
		)
	);
	const growth = rows.slice(1).map((row, index) => {
		const before = rows[index]!;
		const per = (value: (r: ScaleRow) => number) =>
			(value(row) - value(before)) / (row.chapters - before.chapters);
		return [
			`${before.chapters}→${row.chapters}, per chapter`,
			{
				'build ms': Math.round(per((r) => r.buildMs.total)),
				'astro ms': Math.round(per((r) => r.buildMs.astro)),
				'dist KiB (no PDF)': kib(per((r) => r.distBytes - r.pdf.bytes)),
				'html KiB': kib(per((r) => r.htmlBytes)),
				'index KiB': kib(per((r) => r.searchIndexBytes)),
				'1st search B': Math.round(per((r) => r.firstSearchBytes)),
			},
		] as const;
	});
	if (growth.length) console.table(Object.fromEntries(growth));
}

export async function runScaleBench(fromDir: string, counts: number[]): Promise<void> {
	const rows: ScaleRow[] = [];
	for (const count of counts) {
		console.log(`Synthetic book of ${count} chapters:`);
		rows.push(await measureBook(fromDir, count));
	}
	for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
	mkdirSync('bench/results', { recursive: true });
	writeFileSync(
		'bench/results/scale-latest.json',
		`${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, '\t')}\n`
	);
	printTable(rows);
	console.log(
		"Dist growth excludes PDFs, which are sampled above 74 chapters (see the PDF columns); 'dist MiB, all PDFs' is the site with every PDF, estimated from the sampled ones when sampled (GitHub Pages takes 1 GB). Build s: a cold site build without PDFs and EPUBs (SKIP_PDF=1); ratio: that build / the Starlight build of the same chapters, also cold. Written to bench/results/scale-latest.json"
	);
}
