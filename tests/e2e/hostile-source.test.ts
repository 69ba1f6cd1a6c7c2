import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyContentDir, tempFile } from '../../tools/ingest/test-helpers';
import { newContext } from './helpers';
import { builtFile } from '../built-site';

/** A source written to attack the page it becomes part of: every line must show as text and run nothing. */
const hostileLines = [
	`<script>window.pwned = 'script'</script> closes nothing`,
	`<img src="/x.png" onerror="window.pwned = 'onerror'"> and <svg onload="window.pwned = 'svg'"></svg>`,
	`[a link](javascript:window.pwned='markdown') and <a href="javascript:window.pwned='anchor'">an anchor</a> and <javascript:alert(1)>`,
	`{window.pwned = 'expression'} and {/* comment */} in braces`,
	`import pwned from "./evil.js"`,
	`export const pwned = 'export'`,
	`<iframe src="javascript:window.pwned='iframe'"></iframe> &lt;b&gt; stays as typed`,
];

let outDir: string;

beforeAll(() => {
	const contentDir = emptyContentDir();
	const source = tempFile('hostile.txt', `${hostileLines.join('\n\n')}\n`);
	const ingest = spawnSync(
		'node_modules/.bin/tsx',
		[
			'tools/ingest/cli.ts',
			source,
			'--book',
			contentDir,
			'--lang',
			'en',
			'--slug',
			'hostile',
			'--title',
			'A hostile source',
		],
		{ encoding: 'utf8' }
	);
	expect(ingest.status, ingest.stderr).toBe(0);
	outDir = join(mkdtempSync(join(tmpdir(), 'book-hostile-')), 'dist');
	const build = spawnSync(
		'node_modules/.bin/tsx',
		['tools/site/cli.ts', 'build', '--book', contentDir, '--out', outDir],
		{ encoding: 'utf8', env: { ...process.env, SKIP_PDF: '1' } }
	);
	expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
}, 120_000);

describe('a source full of markup and script', () => {
	it('is shown as its exact text and runs nothing, in its own page and beside a translation', async () => {
		const context = await newContext();
		// Serve the temporary build as a static host would.
		await context.route('http://book.test/**', async (route) => {
			const file = builtFile(new URL(route.request().url()).pathname, outDir);
			await (file
				? route.fulfill({
						body: readFileSync(file),
						contentType: file.endsWith('.html') ? 'text/html' : undefined,
					})
				: route.fulfill({ status: 404 }));
		});
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		for (const path of ['/en/hostile/', '/fa/hostile/', '/en/hostile/?with=only']) {
			await page.goto(`http://book.test${path}`, { waitUntil: 'load' });
			const passages = await page.$$eval('.row [lang="en"]', (cells) =>
				cells.map((cell) => cell.textContent.trim())
			);
			expect(passages, path).toEqual(expect.arrayContaining(hostileLines));
			expect(
				await page.$$eval(
					'.parallel script, .parallel img, .parallel svg, .parallel iframe, [onerror], [onload], a[href^="javascript"]',
					(elements) => elements.map((element) => element.outerHTML)
				),
				path
			).toEqual([]);
			// Clicking the text that looks like a link does nothing.
			await page.getByText('an anchor', { exact: false }).first().click();
			expect(
				await page.evaluate(() => (window as unknown as { pwned?: string }).pwned),
				path
			).toBeUndefined();
		}
		expect(dialogs).toEqual([]);
		await context.close();
	});
});
