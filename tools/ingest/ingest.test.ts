import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterFile } from '../../src/lib/book-paths';
import { readChapterFile } from '../../src/lib/chapter-file';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { sha256 } from '../../src/lib/text-hash';
import { importJob, exportJob } from '../translation/translation-io';
import { planIngest, type IngestOptions } from './ingest';
import { emptyContentDir, tempFile, tsx } from './test-helpers';

const fixtures = 'tests/fixtures/sources';
const sources = readdirSync(fixtures).sort();

/** Plans and carries out an ingest, like the CLI does. */
function ingest(options: IngestOptions) {
	const result = planIngest(options);
	for (const [path, content] of result.writes) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, content);
	}
	for (const path of result.removes) rmSync(path);
	return result;
}

/** Every file under a folder with its content, to prove that nothing was written. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile())
			files[join(entry.parentPath, entry.name)] = readFileSync(
				join(entry.parentPath, entry.name),
				'utf8'
			);
	}
	return files;
}

function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
	return spawnSync(tsx, ['tools/ingest/cli.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env },
	});
}

/** Translates every passage of a chapter into `to` through a job, with "<to> <id>" as the text. */
function translateAll(contentDir: string, slug: string, to: string) {
	const job = exportJob(contentDir, slug, to);
	const done = importJob(
		contentDir,
		{
			...job,
			title: `${to.toUpperCase()} title`,
			by: 'a test',
			date: '2026-01-01',
			segments: job.segments.map((segment) => ({
				...segment,
				text: `${to.toUpperCase()} ${segment.id}`,
			})),
		},
		'job.json'
	);
	writeFileSync(done.path, done.text);
}

const assembled = (contentDir: string) => readBookFromDisk(contentDir).chapters;

describe('ingest', () => {
	it.each(sources)(
		'makes a chapter of %s that builds at once, with every other language falling back to the original',
		(name) => {
			const contentDir = emptyContentDir();
			const result = ingest({ file: `${fixtures}/${name}`, contentDir });
			expect(sha256(readFileSync(join(contentDir, 'sources', name)))).toBe(
				sha256(readFileSync(`${fixtures}/${name}`))
			);
			const chapter = readChapterFile(chapterFile(contentDir, result.slug, result.language));
			expect(chapter.frontmatter.source).toEqual({
				file: name,
				sha256: sha256(readFileSync(`${fixtures}/${name}`)),
				language: result.language,
			});
			expect(chapter.segments.map((segment) => segment.id)).toEqual(
				chapter.segments.map((_, index) => `s${index + 1}`)
			);
			const [built] = assembled(contentDir);
			for (const [code, version] of Object.entries(built!.versions)) {
				expect(version.status).toBe(code === result.language ? 'original' : 'fallback');
				expect(version.segments.every((segment) => segment.lang === result.language)).toBe(true);
			}
		}
	);

	it('is idempotent: a second run on an unchanged source writes nothing', () => {
		const contentDir = emptyContentDir();
		ingest({ file: `${fixtures}/003_9dbfa6d1b9233b3e.txt`, contentDir });
		expect(
			planIngest({ file: `${fixtures}/003_9dbfa6d1b9233b3e.txt`, contentDir }).writes.size
		).toBe(0);
		const cli = runCli([`${fixtures}/003_9dbfa6d1b9233b3e.txt`, '--book', contentDir]);
		expect(cli.status).toBe(0);
		expect(cli.stdout).toMatch(/nothing changed/);
	});

	it('works on the book named by --book, or else by BOOK_CONTENT_DIR, and never on content/', () => {
		const byFlag = emptyContentDir();
		const byEnvironment = emptyContentDir();
		const before = snapshot('content');
		expect(runCli([`${fixtures}/000_7e7c576158c518be.txt`, '--book', byFlag]).status).toBe(0);
		expect(
			runCli([`${fixtures}/000_7e7c576158c518be.txt`], { BOOK_CONTENT_DIR: byEnvironment }).status
		).toBe(0);
		for (const dir of [byFlag, byEnvironment])
			expect(readdirSync(join(dir, 'chapters'))).toHaveLength(1);
		expect(snapshot('content')).toEqual(before);
	});

	it('on a changed source keeps ids and translations of unchanged segments and marks changed ones stale', () => {
		const contentDir = emptyContentDir();
		const original = readFileSync(`${fixtures}/002_16cc3f30fa6a93ed.txt`, 'utf8');
		const file = tempFile('002_16cc3f30fa6a93ed.txt', original);
		const { slug } = ingest({ file, contentDir });
		translateAll(contentDir, slug, 'en');

		const before = readChapterFile(chapterFile(contentDir, slug, 'es')).segments;
		const edited = original
			.replace('No intentamos maximizar cada transacción.', 'No intentamos maximizar cada venta.')
			.replace('Del libro:', 'Un párrafo nuevo.\n\nDel libro:');
		writeFileSync(file, edited);
		const result = ingest({ file, contentDir });
		expect(result.report.join('\n')).toMatch(
			/en: 1 stale segment\(s\) to revise, 1 new segment\(s\) to translate/
		);

		const after = readChapterFile(chapterFile(contentDir, slug, 'es')).segments;
		expect(after.map((segment) => segment.id)).toEqual([
			's1',
			's2',
			's3',
			's4',
			's5',
			's6',
			's8',
			's7',
		]);
		expect(after.find((segment) => segment.id === 's6')!.text).toBe(
			before.find((segment) => segment.id === 's6')!.text.replace('transacción', 'venta')
		);
		const [chapter] = assembled(contentDir);
		const english = chapter!.versions.en!;
		expect(english.status).toBe('translation');
		expect(
			english.segments.filter((segment) => segment.stale).map((segment) => segment.id)
		).toEqual(['s6']);
		expect(
			english.segments
				.filter((segment) => segment.untranslated)
				.map((segment) => [segment.id, segment.lang, segment.text])
		).toEqual([['s8', 'es', 'Un párrafo nuevo.']]);
		expect(english.segments.find((segment) => segment.id === 's5')).toMatchObject({
			text: 'EN s5',
			stale: false,
			lang: 'en',
		});
		expect(readFileSync(join(contentDir, 'sources', '002_16cc3f30fa6a93ed.txt'), 'utf8')).toBe(
			edited
		);
	});

	it("keeps what the publisher added to an original (publication date, link, editor's note) when its source is revised", () => {
		const contentDir = emptyContentDir();
		const original = readFileSync(`${fixtures}/002_16cc3f30fa6a93ed.txt`, 'utf8');
		const file = tempFile('002_16cc3f30fa6a93ed.txt', original);
		const { slug } = ingest({ file, contentDir });
		const path = chapterFile(contentDir, slug, 'es');
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace(
				'\nomitted:',
				'\npublished: 2020-01-25\nurl: https://example.com/el-cliente\neditorNote: Nota del editor.\nomitted:'
			)
		);
		writeFileSync(
			file,
			original.replace(
				'No intentamos maximizar cada transacción.',
				'No intentamos maximizar cada venta.'
			)
		);
		ingest({ file, contentDir });
		expect(readChapterFile(path).frontmatter).toMatchObject({
			published: '2020-01-25',
			url: 'https://example.com/el-cliente',
			editorNote: 'Nota del editor.',
		});
	});

	it('keeps the translations of passages that leave the original, and never gives their ids to new passages', () => {
		const contentDir = emptyContentDir();
		const original = readFileSync(`${fixtures}/002_16cc3f30fa6a93ed.txt`, 'utf8');
		const file = tempFile('002_16cc3f30fa6a93ed.txt', original);
		const { slug } = ingest({ file, contentDir, today: '2026-02-01' });
		translateAll(contentDir, slug, 'nl');
		const gone = readChapterFile(chapterFile(contentDir, slug, 'es')).segments.find((segment) =>
			segment.text.startsWith('No intentamos maximizar')
		)!;

		writeFileSync(file, original.replace(/^No intentamos maximizar.*$/mu, ''));
		const result = ingest({ file, contentDir, today: '2026-03-01' });
		expect(result.report.join('\n')).toMatch(
			new RegExp(
				`nl: .*1 translated passage\\(s\\) whose original left \\(${gone.id}\\) kept under "retired"`
			)
		);
		const dutch = readChapterFile(chapterFile(contentDir, slug, 'nl'));
		expect(dutch.frontmatter.retired).toEqual([
			{
				id: gone.id,
				text: `NL ${gone.id}`,
				source: expect.stringMatching(/^[0-9a-f]{12}$/),
				retired: '2026-03-01',
			},
		]);
		expect(readChapterFile(chapterFile(contentDir, slug, 'es')).frontmatter.retired).toEqual([
			{ id: gone.id, text: gone.text, retired: '2026-03-01' },
		]);
		// The book still builds, and a passage added later gets a new id.
		expect(
			assembled(contentDir)[0]!.versions.nl!.segments.some((segment) => segment.id === gone.id)
		).toBe(false);
		writeFileSync(
			file,
			`${original.replace(/^No intentamos maximizar.*$/mu, '')}\nUna frase añadida al final del artículo.\n`
		);
		ingest({ file, contentDir, today: '2026-04-01' });
		const ids = readChapterFile(chapterFile(contentDir, slug, 'es')).segments.map(
			(segment) => segment.id
		);
		expect(ids).not.toContain(gone.id);
	});

	it("refuses a different document with the file name of a chapter's source, and replaces the chapter only when told, keeping the old one", () => {
		const contentDir = emptyContentDir();
		const file = tempFile('article.txt', readFileSync(`${fixtures}/003_9dbfa6d1b9233b3e.txt`));
		const { slug } = ingest({ file, contentDir });
		translateAll(contentDir, slug, 'en');
		translateAll(contentDir, slug, 'fa');
		const before = snapshot(contentDir);

		writeFileSync(file, readFileSync(`${fixtures}/001_73bc6ae0d175591b.txt`));
		const refused = runCli([file, '--book', contentDir, '--lang', 'nl']);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(
			new RegExp(
				`article\\.txt: this document has the file name of chapter "${slug}"'s source, but only \\d+% of its words are that chapter's: it is another text, not a revision\\. Nothing was changed\\..*--replace`
			)
		);
		expect(snapshot(contentDir)).toEqual(before);

		const replaced = runCli([file, '--book', contentDir, '--replace']);
		expect(replaced.status, replaced.stderr).toBe(0);
		const kept = readdirSync(join(contentDir, 'chapters', slug)).find((name) =>
			name.startsWith('replaced-')
		)!;
		for (const code of ['nl', 'en', 'fa'])
			expect(readFileSync(join(contentDir, 'chapters', slug, kept, `${code}.mdx`), 'utf8')).toBe(
				before[chapterFile(contentDir, slug, code)]
			);
		expect(replaced.stdout).toMatch(/replaced chapter .*kept in/);
		const [chapter] = assembled(contentDir);
		expect(chapter!.originalLanguage).toBe('en');
		expect(chapter!.versions.fa!.status).toBe('fallback');
	});

	it('makes numbered and bulleted lines list items, keeping each number', () => {
		const contentDir = emptyContentDir(['en', 'fa']);
		const file = tempFile(
			'bread.txt',
			'Baking Bread\n\nWhat you need for one loaf of bread at home:\n\n1. 500 grams of flour\n2. 350 grams of water\n10) a pinch of salt\n\n- Use a scale.\n• Keep the dough covered.\n'
		);
		const { slug } = ingest({ file, contentDir, lang: 'en' });
		const chapter = readChapterFile(chapterFile(contentDir, slug, 'en'));
		expect(chapter.segments.map((segment) => [segment.kind, segment.marker, segment.text])).toEqual(
			[
				['title', undefined, 'Baking Bread'],
				['paragraph', undefined, 'What you need for one loaf of bread at home:'],
				['list-item', '1.', '500 grams of flour'],
				['list-item', '2.', '350 grams of water'],
				['list-item', '10)', 'a pinch of salt'],
				['list-item', undefined, 'Use a scale.'],
				['list-item', undefined, 'Keep the dough covered.'],
			]
		);
		expect(readFileSync(chapterFile(contentDir, slug, 'en'), 'utf8')).not.toContain('\\.');
	});

	it('escapes MDX-hostile text so that the chapter shows the source exactly', () => {
		const contentDir = emptyContentDir();
		const lines = [
			'import React from "react"',
			'export default function x() {}',
			'Price: {price} <b>bold</b> `code` *stars* and {{double}}',
			'<script>alert("x")</script> <img src=x onerror=alert(1)>',
			'A link [here](javascript:alert(1)) stays text & so does &amp;.',
		];
		const file = tempFile('hostile.txt', `${lines.join('\n\n')}\n`);
		const { slug } = ingest({ file, contentDir, lang: 'en', slug: 'hostile' });
		const chapter = readChapterFile(chapterFile(contentDir, slug, 'en'));
		expect(chapter.segments.map((segment) => segment.text)).toEqual(lines);
		expect(chapter.segments.map((segment) => segment.html).join('')).not.toMatch(
			/<script|<img|<b>|href=/
		);
	});

	it.each([
		[['--lang', 'de'], /--lang de: the book has no language "de"/],
		[[], /the text looks like German \("de"\), which is not a language of this book/],
	])(
		'rejects a language the book does not have (%j), exiting non-zero and writing nothing',
		(flags, message) => {
			const contentDir = emptyContentDir();
			const before = snapshot(contentDir);
			const file = tempFile(
				'german.txt',
				'Kunden, die von sich aus über Ihren Service sprechen, sind die besten Botschafter, die ein Unternehmen haben kann. Darum lohnt es sich.\n'
			);
			const cli = runCli([file, '--book', contentDir, ...flags]);
			expect(cli.status).toBe(1);
			expect(cli.stderr).toMatch(new RegExp(`german\\.txt: ${message.source}`));
			expect(snapshot(contentDir)).toEqual(before);
		}
	);

	it('rejects bad input through the CLI with the file named, exit 1, nothing written, no stack trace', () => {
		const contentDir = emptyContentDir();
		const before = snapshot(contentDir);
		const cli = runCli([tempFile('blank.txt', '\n \n'), '--book', contentDir]);
		expect(cli.status).toBe(1);
		expect(cli.stderr).toMatch(/^ingest: .*blank\.txt: the file holds only whitespace/);
		expect(cli.stderr).not.toMatch(/\n\s+at /);
		expect(snapshot(contentDir)).toEqual(before);
	});

	it.each([
		[
			'a YAML syntax error',
			(text: string) => text.replace('language: en', 'language: en: fr'),
			/en\.mdx:(\d+): frontmatter is not valid YAML/,
			'language: en: fr',
		],
		[
			'an invalid field',
			(text: string) => text.replace('  type: original', '  type: origin'),
			/en\.mdx:(\d+): frontmatter field "provenance.type"/,
			'  type: origin',
		],
		[
			'markup in a passage',
			(text: string) => text.replace('Keep the dough covered.', 'Keep the {dough} covered.'),
			/en\.mdx:(\d+): a segment may hold only text/,
			'Keep the {dough} covered.',
		],
	])(
		'names the line of %s in a chapter file, counted from the top of the file',
		(_name, change, message, line) => {
			const contentDir = emptyContentDir(['en', 'fa']);
			const file = tempFile(
				'bread.txt',
				'Baking Bread\n\nWhat you need for one loaf of bread at home.\n\n- Keep the dough covered.\n'
			);
			const { slug } = ingest({ file, contentDir, lang: 'en' });
			const path = chapterFile(contentDir, slug, 'en');
			writeFileSync(path, change(readFileSync(path, 'utf8')));
			const cli = runCli([file, '--book', contentDir]);
			expect(cli.status).toBe(1);
			const number = Number(message.exec(cli.stderr)?.[1]);
			expect(readFileSync(path, 'utf8').split('\n')[number - 1], cli.stderr).toContain(line);
		}
	);
});

describe('a book folder', () => {
	it('that holds no book.json is named in the error', () => {
		const cli = runCli([
			`${fixtures}/000_7e7c576158c518be.txt`,
			'--book',
			tempFile('x', '').replace(/x$/, 'no-such-book'),
		]);
		expect(cli.status).toBe(1);
		expect(cli.stderr).toMatch(
			/no-such-book\/book\.json: cannot read the book's description \(ENOENT\).*npm run new-book/
		);
		expect(existsSync('content/chapters/este-libro')).toBe(false);
	});
});
