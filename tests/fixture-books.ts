/**
 * The fixture books that the code's tests build and read (tests/fixtures/books/): each is built with the
 * project's own build command into a folder of its own, once for each change of the book or of the code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { readBookFromDisk } from '../src/lib/read-chapters';

export const fixtureBooks = {
	/** Four languages like the first book (fa, en, es, nl), an original in each: the reader, search and PDF tests. */
	reader: 'tests/fixtures/books/reader',
	/** Another publisher's book: en, de, ar; two originals; one translation partial. */
	second: 'tests/fixtures/books/second-book',
	/** One chapter in every writing system the project ships fonts for; Urdu has no interface strings. */
	scripts: 'tests/fixtures/books/scripts',
} as const;
export type FixtureName = keyof typeof fixtureBooks;

const workDir = (name: FixtureName) => join('node_modules/.cache/test-books', name);
/** Where a fixture book's site is built. */
export const fixtureDist = (name: FixtureName) => join(workDir(name), 'dist');
/** What its build printed (warnings included). */
export const fixtureBuildLog = (name: FixtureName) =>
	readFileSync(join(workDir(name), 'build.log'), 'utf8');
/** Every chapter file of every fixture book, for tests of how chapter files are read. */
export const fixtureChapterFiles = (): string[] =>
	Object.values(fixtureBooks).flatMap((dir) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((path) => path.endsWith('.mdx'))
			.map((path) => join(dir, path))
	);
/** The fixture book as the tools read it. */
export const fixtureBook = (name: FixtureName) => readBookFromDisk(fixtureBooks[name]);

/** A hash of every file under the given paths, by content: what a build of the book depends on. */
function inputs(paths: string[]): string {
	const hash = createHash('sha256');
	for (const path of paths) {
		if (!existsSync(path)) continue;
		const files = statSync(path).isDirectory()
			? (readdirSync(path, { recursive: true }) as string[]).map((file) => join(path, file)).sort()
			: [path];
		for (const file of files)
			if (statSync(file).isFile()) hash.update(`${file}\0`).update(readFileSync(file));
	}
	return hash.digest('hex');
}

/** Builds a fixture book unless its last build is of the same book and code; returns its dist folder. */
export function buildFixture(name: FixtureName): string {
	const dist = fixtureDist(name);
	const stampFile = join(workDir(name), 'stamp');
	const stamp = inputs([
		fixtureBooks[name],
		'src',
		'tools',
		'astro.config.mjs',
		'package-lock.json',
	]);
	if (existsSync(dist) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp)
		return dist;
	mkdirSync(workDir(name), { recursive: true });
	rmSync(stampFile, { force: true });
	// CI=1: a PDF the fixture cannot typeset fails its build instead of leaving the site without PDFs.
	const run = spawnSync(
		'node_modules/.bin/tsx',
		['tools/site/cli.ts', 'build', '--book', fixtureBooks[name], '--out', dist],
		{ encoding: 'utf8', env: { ...process.env, CI: '1', SKIP_PDF: '' } }
	);
	writeFileSync(join(workDir(name), 'build.log'), `${run.stdout}\n${run.stderr}`);
	if (run.status !== 0)
		throw new Error(`the fixture book "${name}" did not build:\n${run.stdout}\n${run.stderr}`);
	writeFileSync(stampFile, stamp);
	return dist;
}
