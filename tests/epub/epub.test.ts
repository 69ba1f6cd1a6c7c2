/** The fixture books' EPUBs: EPUBCheck and Ace by DAISY on every one, the Persian–English book passage by passage, the same bytes when made again, and screenshots of its pages in Chromium. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { languageDir } from '../../src/lib/languages';
import { sha256 } from '../../src/lib/text-hash';
import { chromiumPath, launchBrowser } from '../../tools/lib/chromium';
import { makeEpub } from '../../tools/epub/build-epubs';
import { chapterFile } from '../../tools/epub/epub-document';
import { epubSpecs } from '../../tools/epub/epub-specs';
import { fixtureBook, fixtureBooks, fixtureDist, type FixtureName } from '../fixture-books';

/** Debian's epubcheck package (installed by .ci/run). */
const epubcheckJar = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';

interface EpubCheckReport {
	messages: { ID: string; severity: string; message: string; locations: { path: string }[] }[];
}

/** EPUBCheck's report of one file: every message of every severity (an INFO or USAGE is not reported by default). */
async function epubcheck(file: string): Promise<EpubCheckReport> {
	const { stdout } = await promisify(execFile)(
		'java',
		['-jar', epubcheckJar, file, '--json', '-'],
		{ maxBuffer: 64 * 1024 * 1024 }
	).catch((error: { stdout?: string; message: string }) => {
		// EPUBCheck exits with 1 when it found errors, and still prints its report.
		if (error.stdout) return { stdout: error.stdout };
		throw error;
	});
	return JSON.parse(stdout.slice(stdout.indexOf('{'))) as EpubCheckReport;
}

interface AceReport {
	assertions: {
		'earl:testSubject': { url: string };
		assertions?: {
			'earl:test': { 'earl:impact': string; 'dct:title': string };
			'earl:result': { html?: string };
		}[];
	}[];
}

/**
 * Ace by DAISY's findings on one EPUB (its axe runner drives Puppeteer, given this machine's Chromium): every
 * violation with its impact, page and element.
 */
async function ace(file: string): Promise<string[]> {
	const out = mkdtempSync(join(tmpdir(), 'ace-'));
	await promisify(execFile)(
		'node_modules/.bin/ace-cli',
		['--force', '--silent', '--outdir', out, file],
		{
			env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: await chromiumPath() },
			maxBuffer: 64 * 1024 * 1024,
		}
	).catch((error: { message: string }) => {
		// Ace exits non-zero when it finds violations, and still writes its report.
		if (!existsSync(join(out, 'report.json'))) throw error;
	});
	const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AceReport;
	return report.assertions.flatMap((page) =>
		(page.assertions ?? []).map(
			(finding) =>
				`${page['earl:testSubject'].url}: ${finding['earl:test']['earl:impact']} ${finding['earl:test']['dct:title']} ${finding['earl:result'].html ?? ''}`
		)
	);
}

const unzip = (file: string) => unzipSync(readFileSync(file));
const text = (files: Record<string, Uint8Array>, path: string) =>
	new TextDecoder().decode(files[path]);

describe('EPUBs', () => {
	it('EPUBCheck is installed (Debian package epubcheck)', () => {
		expect(
			existsSync(epubcheckJar),
			`${epubcheckJar} is missing: the EPUB tests need EPUBCheck (apt-get install epubcheck, or set EPUBCHECK_JAR)`
		).toBe(true);
	});

	for (const name of Object.keys(fixtureBooks) as FixtureName[])
		it(`every EPUB of the ${name} book passes EPUBCheck with no error and no warning`, async () => {
			const { book, chapters } = fixtureBook(name);
			const files = epubSpecs(book, chapters).map((spec) => join(fixtureDist(name), spec.path));
			for (const file of files) expect(existsSync(file), file).toBe(true);
			// Two at a time: the machine has two cores, and each check starts a Java machine.
			const reports: [string, EpubCheckReport][] = [];
			for (let i = 0; i < files.length; i += 2)
				reports.push(
					...(await Promise.all(
						files
							.slice(i, i + 2)
							.map(async (file) => [file, await epubcheck(file)] as [string, EpubCheckReport])
					))
				);
			const messages = reports.flatMap(([file, report]) =>
				report.messages.map(
					(message) =>
						`${file}: ${message.severity} ${message.ID} ${message.message} (${message.locations.map((location) => location.path).join(', ')})`
				)
			);
			expect(messages).toEqual([]);
		}, 300_000);

	for (const name of Object.keys(fixtureBooks) as FixtureName[])
		it(`Ace by DAISY finds no accessibility violation in any EPUB of the ${name} book`, async () => {
			const { book, chapters } = fixtureBook(name);
			const findings: string[] = [];
			for (const spec of epubSpecs(book, chapters))
				findings.push(...(await ace(join(fixtureDist(name), spec.path))));
			expect(findings).toEqual([]);
		}, 300_000);

	it('the Persian book with its counterparts has every passage of both languages in order, each with its lang and dir', () => {
		const { book, chapters } = fixtureBook('reader');
		const spec = epubSpecs(book, chapters).find(
			(candidate) => candidate.lang === 'fa' && candidate.parallel
		)!;
		expect(spec.chapters.some(({ companion }) => companion === 'en')).toBe(true);
		const files = unzip(join(fixtureDist('reader'), spec.path));
		const opf = load(text(files, 'EPUB/package.opf'), { xml: true });
		expect(opf('spine').attr('page-progression-direction')).toBe('rtl');
		expect(opf('dc\\:language').first().text()).toBe('fa');
		for (const [index, { chapter, companion }] of spec.chapters.entries()) {
			const $ = load(text(files, `EPUB/${chapterFile(index)}`), { xml: true });
			expect($('html').attr('lang')).toBe('fa');
			expect($('html').attr('dir')).toBe('rtl');
			const expected = chapter.versions.fa!.segments.flatMap((segment, i) => {
				const counterpart = chapter.versions[companion!]!.segments[i]!;
				return [...(segment.kind === 'title' ? [] : [segment]), counterpart].map((passage) => ({
					text: passage.text,
					lang: passage.lang,
					xmlLang: passage.lang,
					dir: languageDir(book, passage.lang),
				}));
			});
			const shown = $('.passage')
				.map((_, element) => {
					// A list item's text follows its marker.
					const body = $(element).clone();
					body.find('.marker').remove();
					return {
						text: $(element).hasClass('item') ? body.text().replace(/^ /, '') : body.text(),
						lang: $(element).attr('lang'),
						xmlLang: $(element).attr('xml:lang'),
						dir: $(element).attr('dir'),
					};
				})
				.get();
			expect(shown, chapter.slug).toEqual(expected);
			// Every element says its language and direction.
			expect($('body *:not([lang])').length, chapter.slug).toBe(0);
			expect($('body *:not([dir])').length, chapter.slug).toBe(0);
		}
	});

	it('making an EPUB again gives the same bytes (fixed times, content dates, deterministic font subsets)', async () => {
		const { book, chapters } = fixtureBook('reader');
		for (const spec of epubSpecs(book, chapters).filter((candidate) => candidate.lang === 'fa')) {
			const again = await (await makeEpub(book, spec)).epub();
			expect(sha256(again), spec.path).toBe(
				sha256(readFileSync(join(fixtureDist('reader'), spec.path)))
			);
		}
	}, 60_000);

	it('Chromium shows the Persian–English pages (screenshots in test-results/epub/)', async () => {
		const { book, chapters } = fixtureBook('reader');
		const spec = epubSpecs(book, chapters).find(
			(candidate) => candidate.lang === 'fa' && candidate.parallel
		)!;
		const dir = mkdtempSync(join(tmpdir(), 'epub-'));
		for (const [path, data] of Object.entries(unzip(join(fixtureDist('reader'), spec.path)))) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), data);
		}
		mkdirSync('test-results/epub', { recursive: true });
		const browser = await launchBrowser();
		const fontsUsed: Record<string, string[]> = {};
		try {
			const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
			for (const file of ['cover.xhtml', 'title.xhtml', 'nav.xhtml', chapterFile(0)]) {
				await page.goto(`file://${join(dir, 'EPUB', file)}`);
				await page.evaluate(() => document.fonts.ready);
				await page.screenshot({
					path: `test-results/epub/fa-parallel-${file.replace('.xhtml', '')}.png`,
					fullPage: file !== 'cover.xhtml',
				});
				fontsUsed[file] = await page.evaluate(() =>
					[...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family)
				);
			}
		} finally {
			await browser.close();
		}
		// The embedded faces draw the text (no fallback to a system font): Persian's and, for the English, Latin's.
		expect(fontsUsed['title.xhtml']).toContain('Vazirmatn');
		expect(fontsUsed['nav.xhtml']).toContain('Vazirmatn');
		expect(fontsUsed[chapterFile(0)]).toEqual(expect.arrayContaining(['Vazirmatn', 'Literata']));
	}, 60_000);
});
