import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/text-hash';
import { pdfSpecs } from '../../tools/pdf/pdf-specs';
import { fixtureBook, fixtureBooks } from '../fixture-books';

const work = mkdtempSync(join(tmpdir(), 'pdf-shards-'));
const { book, chapters } = fixtureBook('reader');
const total = pdfSpecs(book, chapters).length;

/** `npm run pdf -- --book <reader> …` with its own PDF work folder (cache and stage), as on a runner of its own. */
function pdf(workDir: string, args: string[] = []): string {
	const run = spawnSync(
		'node_modules/.bin/tsx',
		['tools/site/cli.ts', 'pdf', '--book', fixtureBooks.reader, ...args],
		{ encoding: 'utf8', env: { ...process.env, BOOK_PDF_WORK_DIR: join(work, workDir) } }
	);
	expect(run.status, run.stderr).toBe(0);
	return run.stdout;
}

/** Every file under a folder with the SHA-256 of its bytes. */
const hashes = (dir: string) =>
	Object.fromEntries(
		(
			readdirSync(dir, { recursive: true, withFileTypes: true }) as {
				isFile(): boolean;
				parentPath: string;
				name: string;
			}[]
		)
			.filter((entry) => entry.isFile())
			.map((entry) => [
				relative(dir, join(entry.parentPath, entry.name)),
				sha256(readFileSync(join(entry.parentPath, entry.name))),
			])
	);

describe('PDFs spread over runners (npm run pdf -- --shard K/N)', () => {
	it('three shards typeset every PDF once between them, and a build from their union gives the same PDFs as one unsharded run, byte for byte', () => {
		pdf('whole');
		const shards = [1, 2, 3].map((index) => {
			const out = join(work, `shard-${index}`);
			expect(pdf(`runner-${index}`, ['--shard', `${index}/3`, '--out', out])).toMatch(
				new RegExp(`^PDF shard ${index}/3: \\d+ of ${total} files`, 'm')
			);
			return hashes(out);
		});
		const sizes = shards.map((shard) => Object.keys(shard).length);
		// About equal shares, none of them empty, no PDF in two.
		expect(Math.min(...sizes)).toBeGreaterThan(total / 3 / 2);
		expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(total);
		const union = Object.assign({}, ...shards) as Record<string, string>;
		expect(union).toEqual(hashes(join(work, 'whole', 'cache')));

		pdf('last', ['--import', ...[1, 2, 3].map((index) => join(work, `shard-${index}`))]);
		expect(pdf('last')).toMatch(
			new RegExp(`^PDF: ${total} files \\(0 typeset, ${total} unchanged\\)`, 'm')
		);
		expect(hashes(join(work, 'last', 'site'))).toEqual(hashes(join(work, 'whole', 'site')));
	}, 120_000);
});
