import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/text-hash';
import { bookFontFiles } from '../../src/lib/writing-systems';
import { pdfSpecs } from '../../tools/pdf/pdf-specs';
import { typstSource } from '../../tools/pdf/typst-source';
import { fixtureBook, fixtureBooks, fixtureDist } from '../fixture-books';

const dist = fixtureDist('reader');
const { book, chapters } = fixtureBook('reader');

/** Every file under a folder with the SHA-256 of its bytes. */
function hashes(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => [
				relative(dir, join(entry.parentPath, entry.name)),
				sha256(readFileSync(join(entry.parentPath, entry.name))),
			])
	);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
	expect(result.status, `${command} ${args.join(' ')}: ${result.stderr}`).toBe(0);
	return `${result.stdout}${result.stderr}`;
}

describe('reproducible builds', () => {
	it('a second build of the same book and code, by `astro build` alone, gives a byte-identical site (PDFs, search and headers included) and no warning but the placeholder address', () => {
		const again = join(mkdtempSync(join(tmpdir(), 'dist-again-')), 'dist');
		const output = run('node_modules/.bin/astro', ['build', '--outDir', again], {
			BOOK_CONTENT_DIR: fixtureBooks.reader,
			CI: '1',
			SKIP_PDF: '',
		});
		// Astro's own lines, then what the book's steps did. The one warning: this book's "site" is a placeholder address
		// (*.test), said once; nothing from Astro or Vite (the chapters once raised one per file).
		expect(output).toMatch(/^search index fa: \d+ passages, [\d.]+ KiB in \d+ files$/m);
		expect(output).toMatch(/^search passages: \d+ files, [\d.]+ KiB$/m);
		expect(output.match(/^.*(\[WARN\]|warning).*$/gim)).toEqual([
			expect.stringMatching(
				/^warning: .*book\.json "site" is https:\/\/reader\.fixture\.test\/, a placeholder/
			),
		]);
		const first = hashes(dist);
		const second = hashes(again);
		expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
		const different = Object.keys(first).filter((file) => first[file] !== second[file]);
		expect(different).toEqual([]);
	}, 120_000);

	it('typesetting a PDF again gives the same bytes (fixed dates, no random ids)', () => {
		const compiler = NodeCompiler.create({
			fontArgs: [{ fontBlobs: bookFontFiles(book).map((file) => readFileSync(file)) }],
		});
		const specs = pdfSpecs(book, chapters);
		for (const spec of [
			specs.find((s) => s.book && s.lang === 'fa')!,
			specs.find((s) => !s.book && s.chapters[0]!.companion)!,
		]) {
			const pdf = compiler.pdf({ mainFileContent: typstSource(book, spec) });
			expect(sha256(pdf), spec.path).toBe(sha256(readFileSync(`${dist}/${spec.path}`)));
		}
	}, 60_000);
});
