import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterFile } from '../../src/lib/book-paths';
import { readChapterFile } from '../../src/lib/chapter-file';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { sha256 } from '../../src/lib/text-hash';
import { importJob, exportJob } from '../translation/translation-io';
import { planIngest, type IngestOptions } from './ingest';
import { emptyContentDir, tempFile } from './test-helpers';

const sources = readdirSync('content/sources').sort();

/** Plans and writes an ingest, like the CLI does. */
function ingest(options: IngestOptions) {
	const result = planIngest(options);
	for (const [path, content] of result.writes) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, content);
	}
	return result;
}

/** Every file under a folder with its content, to prove that nothing was written. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
	}
	return files;
}

function runCli(args: string[]) {
	return spawnSync('node_modules/.bin/tsx', ['tools/ingest/cli.ts', ...args], { encoding: 'utf8' });
}

const assembled = (contentDir: string) => readBookFromDisk(contentDir).chapters;

describe('ingest', () => {
	it.each(sources)('makes a chapter of %s that builds at once, with every other language falling back to the original', (name) => {
		const contentDir = emptyContentDir();
		const result = ingest({ file: `content/sources/${name}`, contentDir });
		expect(sha256(readFileSync(join(contentDir, 'sources', name)))).toBe(sha256(readFileSync(`content/sources/${name}`)));
		const chapter = readChapterFile(chapterFile(contentDir, result.slug, result.language));
		expect(chapter.frontmatter.source).toEqual({ file: name, sha256: sha256(readFileSync(`content/sources/${name}`)), language: result.language });
		expect(chapter.segments.map((segment) => segment.id)).toEqual(chapter.segments.map((_, index) => `s${index + 1}`));
		const [built] = assembled(contentDir);
		for (const [code, version] of Object.entries(built!.versions)) {
			expect(version.status).toBe(code === result.language ? 'original' : 'fallback');
			expect(version.segments.every((segment) => segment.lang === result.language)).toBe(true);
		}
	});

	it('is idempotent: a second run on an unchanged source writes nothing', () => {
		const contentDir = emptyContentDir();
		ingest({ file: 'content/sources/003_9dbfa6d1b9233b3e.txt', contentDir });
		expect(planIngest({ file: 'content/sources/003_9dbfa6d1b9233b3e.txt', contentDir }).writes.size).toBe(0);
		const cli = runCli(['content/sources/003_9dbfa6d1b9233b3e.txt', '--content', contentDir]);
		expect(cli.status).toBe(0);
		expect(cli.stdout).toMatch(/nothing changed/);
	});

	it('on a changed source keeps ids and translations of unchanged segments and marks changed ones stale', () => {
		const contentDir = emptyContentDir();
		const original = readFileSync('content/sources/002_16cc3f30fa6a93ed.txt', 'utf8');
		const file = tempFile('002_16cc3f30fa6a93ed.txt', original);
		const { slug } = ingest({ file, contentDir });
		const job = exportJob(contentDir, slug, 'en');
		const translated = importJob(contentDir, { ...job, title: 'THE CUSTOMER AT THE CENTER', by: 'a test', date: '2026-01-01', segments: job.segments.map((segment) => ({ id: segment.id, text: `EN ${segment.id}` })) }, 'job.json');
		writeFileSync(translated.path, translated.text);

		const before = readChapterFile(chapterFile(contentDir, slug, 'es')).segments;
		const edited = original.replace('No intentamos maximizar cada transacción.', 'No intentamos maximizar cada venta.').replace('Del libro:', 'Un párrafo nuevo.\n\nDel libro:');
		writeFileSync(file, edited);
		const result = ingest({ file, contentDir });
		expect(result.report.join('\n')).toMatch(/en: 1 stale segment\(s\) to revise, 1 new segment\(s\) to translate/);

		const after = readChapterFile(chapterFile(contentDir, slug, 'es')).segments;
		expect(after.map((segment) => segment.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's8', 's7']);
		expect(after.find((segment) => segment.id === 's6')!.text).toBe(before.find((segment) => segment.id === 's6')!.text.replace('transacción', 'venta'));
		const [chapter] = assembled(contentDir);
		const english = chapter!.versions.en!;
		expect(english.status).toBe('translation');
		expect(english.segments.filter((segment) => segment.stale).map((segment) => segment.id)).toEqual(['s6']);
		expect(english.segments.filter((segment) => segment.untranslated).map((segment) => [segment.id, segment.lang, segment.text])).toEqual([['s8', 'es', 'Un párrafo nuevo.']]);
		expect(english.segments.find((segment) => segment.id === 's5')).toMatchObject({ text: 'EN s5', stale: false, lang: 'en' });
		expect(readFileSync(join(contentDir, 'sources', '002_16cc3f30fa6a93ed.txt'), 'utf8')).toBe(edited);
	});

	it('escapes MDX-hostile text so that the chapter shows the source exactly', () => {
		const contentDir = emptyContentDir();
		const lines = ['import React from "react"', 'export default function x() {}', 'Price: {price} <b>bold</b> `code` *stars* and {{double}}', '<script>alert("x")</script> <img src=x onerror=alert(1)>', 'A link [here](javascript:alert(1)) stays text & so does &amp;.'];
		const file = tempFile('hostile.txt', `${lines.join('\n\n')}\n`);
		const { slug } = ingest({ file, contentDir, lang: 'en', slug: 'hostile' });
		const chapter = readChapterFile(chapterFile(contentDir, slug, 'en'));
		expect(chapter.segments.map((segment) => segment.text)).toEqual(lines);
		expect(chapter.segments.map((segment) => segment.html).join('')).not.toMatch(/<script|<img|<b>|href=/);
	});

	it.each([
		[['--lang', 'de'], /--lang de: the book has no language "de"/],
		[[], /the text looks like German \("de"\), which is not a language of this book/],
	])('rejects a language the book does not have (%j), exiting non-zero and writing nothing', (flags, message) => {
		const contentDir = emptyContentDir();
		const before = snapshot(contentDir);
		const file = tempFile('german.txt', 'Kunden, die von sich aus über Ihren Service sprechen, sind die besten Botschafter, die ein Unternehmen haben kann. Darum lohnt es sich.\n');
		const cli = runCli([file, '--content', contentDir, ...flags]);
		expect(cli.status).toBe(1);
		expect(cli.stderr).toMatch(new RegExp(`german\\.txt: ${message.source}`));
		expect(snapshot(contentDir)).toEqual(before);
	});

	it('rejects bad input through the CLI with the file named, exit 1, nothing written', () => {
		const contentDir = emptyContentDir();
		const before = snapshot(contentDir);
		const cli = runCli([tempFile('blank.txt', '\n \n'), '--content', contentDir]);
		expect(cli.status).toBe(1);
		expect(cli.stderr).toMatch(/ingest: .*blank\.txt: the file holds only whitespace/);
		expect(snapshot(contentDir)).toEqual(before);
	});
});
