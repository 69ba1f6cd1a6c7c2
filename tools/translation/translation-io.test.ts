import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterFile } from '../../src/lib/book-paths';
import { readChapterFile } from '../../src/lib/chapter-file';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { planIngest } from '../ingest/ingest';
import { emptyContentDir, tempFile, tsx } from '../ingest/test-helpers';
import type { TranslationJob } from './translation-io';

const article =
	'Baking Bread\n\nBread needs only four things: flour, water, salt and yeast.\n\nThe dough has to rest overnight in a cool place.\n\nBake the loaf at 240 degrees for forty minutes.\n';

/** A book in en, de and ar with one English chapter; returns its folder, the chapter's slug and its source file. */
function bookWithChapter(text = article) {
	const contentDir = emptyContentDir(['en', 'de', 'ar']);
	const file = tempFile('bread.txt', text);
	ingestInto(contentDir, file);
	return { contentDir, slug: 'baking-bread', file };
}

function ingestInto(contentDir: string, file: string) {
	const result = planIngest({ file, contentDir, lang: 'en' });
	for (const [path, content] of result.writes) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, content);
	}
}

const cli = (contentDir: string, ...args: string[]) =>
	spawnSync(tsx, ['tools/translation/cli.ts', ...args, '--book', contentDir], { encoding: 'utf8' });

/** Exports a job to a file through the CLI, as a translator would receive it. */
function exported(
	contentDir: string,
	slug: string,
	to: string
): { path: string; job: TranslationJob } {
	const path = join(tempFile('x', ''), '..', `${slug}.${to}.json`);
	const run = cli(contentDir, 'export', slug, to, '-o', path);
	expect(run.status, run.stderr).toBe(0);
	return { path, job: JSON.parse(readFileSync(path, 'utf8')) as TranslationJob };
}

function returned(
	path: string,
	job: TranslationJob,
	texts: Record<string, string>,
	fields: Partial<TranslationJob> = {}
): string {
	writeFileSync(
		path,
		JSON.stringify({
			...job,
			title: 'Brot backen',
			by: 'Anna Schmidt',
			date: '2026-05-01',
			...fields,
			segments: job.segments.map((segment) => ({
				...segment,
				text: texts[segment.id] ?? segment.text,
			})),
		})
	);
	return path;
}

describe('translation export', () => {
	it('writes a job file with every passage, its source hash, and "by" and "date" to fill in', () => {
		const { contentDir, slug } = bookWithChapter();
		const { job } = exported(contentDir, slug, 'de');
		expect(job).toMatchObject({
			slug,
			from: 'en',
			to: 'de',
			title: '',
			by: '',
			date: '',
			originalTitle: 'Baking Bread',
		});
		expect(job.segments.map((segment) => [segment.id, segment.status, segment.text])).toEqual([
			['s1', 'new', ''],
			['s2', 'new', ''],
			['s3', 'new', ''],
			['s4', 'new', ''],
		]);
		for (const segment of job.segments) expect(segment.source).toMatch(/^[0-9a-f]{12}$/);
		expect(job.instructions).toMatch(/"by"/);
		// This book has no glossary.
		expect(job).not.toHaveProperty('glossary');
	});

	it("carries the glossary's terms that the original uses, as the target language renders them, and its form of address", () => {
		const { contentDir, slug } = bookWithChapter();
		writeFileSync(
			join(contentDir, 'glossary.json'),
			JSON.stringify({
				terms: [
					{
						id: 'dough',
						note: 'what bread is made of',
						renderings: { en: ['dough'], de: ['Teig'], ar: ['العجين', 'عجين'] },
						avoid: { de: ['Masse'] },
					},
					// Named in the original in two forms, one of them capitalized.
					{
						id: 'bread',
						renderings: { en: ['bread', 'loaf'], de: ['Brot', 'Laib'] },
					},
					// Not in the original: not in the job.
					{ id: 'oven', renderings: { en: ['oven'], de: ['Ofen'], ar: ['الفرن'] } },
					// No rendering in German: not in a German job.
					{ id: 'yeast', renderings: { en: ['yeast'], ar: ['الخميرة'] } },
				],
				address: { de: { form: 'du', avoid: ['Ihnen', 'Ihr'] } },
			})
		);
		const german = exported(contentDir, slug, 'de');
		expect(german.job.glossary).toEqual({
			instructions: expect.stringMatching(/"use".*"avoid".*"address"/s),
			terms: [
				{
					id: 'dough',
					note: 'what bread is made of',
					original: ['dough'],
					use: ['Teig'],
					avoid: ['Masse'],
				},
				{ id: 'bread', original: ['bread', 'loaf'], use: ['Brot', 'Laib'] },
			],
			address: { form: 'du', avoid: ['Ihnen', 'Ihr'] },
		});
		expect(exported(contentDir, slug, 'ar').job.glossary).toEqual({
			instructions: expect.any(String),
			terms: [
				{
					id: 'dough',
					original: ['dough'],
					note: 'what bread is made of',
					use: ['العجين', 'عجين'],
				},
				{ id: 'yeast', original: ['yeast'], use: ['الخميرة'] },
			],
		});
		// The import takes the job back, glossary and all, and the chapter file holds no trace of it.
		const run = cli(
			contentDir,
			'import',
			returned(german.path, german.job, { s1: 'Brot backen', s3: 'Der Teig muss ruhen.' })
		);
		expect(run.status, run.stderr).toBe(0);
		const file = readFileSync(chapterFile(contentDir, slug, 'de'), 'utf8');
		expect(file).toContain('Der Teig muss ruhen.');
		expect(file).not.toMatch(/glossary|Masse|Ihnen/);
	});

	it('refuses to export while the glossary is invalid, naming its file and field', () => {
		const { contentDir, slug } = bookWithChapter();
		writeFileSync(
			join(contentDir, 'glossary.json'),
			JSON.stringify({ terms: [{ id: 'dough', renderings: { fr: ['pâte'] } }] })
		);
		const run = cli(contentDir, 'export', slug, 'de');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(
			/glossary\.json: field "terms\.0\.renderings\.fr": "fr" is not one of the book's languages/
		);
	});

	it.each([
		[
			'a language the book does not have',
			'fr',
			/the book has no language "fr" \(its languages are en, de, ar\)/,
		],
		["the original's own language", 'en', /"en" is the original's own language/],
	])('refuses %s before any work is done', (_name, to, message) => {
		const { contentDir, slug } = bookWithChapter();
		const run = cli(contentDir, 'export', slug, to, '-o', join(contentDir, 'job.json'));
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(message);
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});
});

describe('translation import', () => {
	it('accepts a partial job: the passages it leaves empty stay untranslated, and later jobs keep what was done', () => {
		const { contentDir, slug } = bookWithChapter();
		const first = exported(contentDir, slug, 'de');
		expect(
			cli(
				contentDir,
				'import',
				returned(first.path, first.job, { s1: 'Brot backen', s2: 'Brot braucht nur vier Dinge.' })
			).status
		).toBe(0);
		let german = readBookFromDisk(contentDir).chapters[0]!.versions.de!;
		expect(german.segments.map((segment) => [segment.id, segment.untranslated])).toEqual([
			['s1', false],
			['s2', false],
			['s3', true],
			['s4', true],
		]);
		// A second job carries the translations made so far; emptying one of them does not delete it.
		const second = exported(contentDir, slug, 'de');
		expect(second.job.segments.map((segment) => segment.status)).toEqual([
			'done',
			'done',
			'new',
			'new',
		]);
		expect(
			cli(
				contentDir,
				'import',
				returned(second.path, second.job, { s2: '', s3: 'Der Teig muss ruhen.' })
			).status
		).toBe(0);
		german = readBookFromDisk(contentDir).chapters[0]!.versions.de!;
		expect(german.segments.map((segment) => [segment.id, segment.text])).toEqual([
			['s1', 'Brot backen'],
			['s2', 'Brot braucht nur vier Dinge.'],
			['s3', 'Der Teig muss ruhen.'],
			['s4', 'Bake the loaf at 240 degrees for forty minutes.'],
		]);
		expect(german.provenance).toMatchObject({
			type: 'translation',
			from: 'en',
			by: 'Anna Schmidt',
			date: '2026-05-01',
			reviewed: false,
		});
	});

	it('keeps the source hash of the job: a job made before the original changed stays stale, and says so', () => {
		const { contentDir, slug, file } = bookWithChapter();
		const { path, job } = exported(contentDir, slug, 'de');
		// The original changes while the translator works.
		writeFileSync(file, article.replace('in a cool place', 'somewhere cool'));
		ingestInto(contentDir, file);
		const run = cli(
			contentDir,
			'import',
			returned(path, job, {
				s1: 'Brot backen',
				s2: 'Brot braucht vier Dinge.',
				s3: 'Der Teig muss an einem kühlen Ort ruhen.',
				s4: 'Bei 240 Grad backen.',
			})
		);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/s3: translated from an older original .* marked stale/);
		const german = readBookFromDisk(contentDir).chapters[0]!.versions.de!;
		expect(german.segments.filter((segment) => segment.stale).map((segment) => segment.id)).toEqual(
			['s3']
		);
		// Exported again, the stale passage says so and carries the new original.
		const again = exported(contentDir, slug, 'de');
		expect(again.job.segments.find((segment) => segment.id === 's3')).toMatchObject({
			status: 'stale',
			original: 'The dough has to rest overnight somewhere cool.',
			text: 'Der Teig muss an einem kühlen Ort ruhen.',
		});
	});

	it.each([
		[
			'a JSON syntax error',
			(path: string) =>
				writeFileSync(path, '{\n  "slug": "baking-bread",\n  "to": "de"\n  "by": "x"\n}'),
			/\.json:4: not valid JSON/,
		],
		[
			'no "by"',
			(path: string, job: TranslationJob) => returned(path, job, { s1: 'Brot' }, { by: '' }),
			/\.json: "by" is empty: say who made the translation/,
		],
		[
			'a date that is not YYYY-MM-DD',
			(path: string, job: TranslationJob) =>
				returned(path, job, { s1: 'Brot' }, { date: '1.5.2026' }),
			/\.json: "date" must be the date of the translation as YYYY-MM-DD/,
		],
		[
			'a language the book does not have',
			(path: string, job: TranslationJob) => returned(path, job, { s1: 'Brot' }, { to: 'fr' }),
			/\.json: "to": the book has no language "fr"/,
		],
		[
			'a passage the original never had',
			(path: string, job: TranslationJob) =>
				returned(
					path,
					{
						...job,
						segments: [
							...job.segments,
							{ id: 's99', source: '000000000000', original: '', text: 'x' },
						],
					},
					{ s1: 'Brot' }
				),
			/\.json: segment s99 is not in the original/,
		],
	])('refuses %s, naming the file, and writes nothing', (_name, spoil, message) => {
		const { contentDir, slug } = bookWithChapter();
		const { path, job } = exported(contentDir, slug, 'de');
		spoil(path, job);
		const run = cli(contentDir, 'import', path);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(message);
		expect(() => readFileSync(chapterFile(contentDir, slug, 'de'))).toThrow(/ENOENT/);
	});

	it('keeps a translation of a passage that left the original while the job was out', () => {
		const { contentDir, slug, file } = bookWithChapter();
		const { path, job } = exported(contentDir, slug, 'de');
		writeFileSync(
			file,
			article.replace('The dough has to rest overnight in a cool place.\n\n', '')
		);
		ingestInto(contentDir, file);
		const run = cli(
			contentDir,
			'import',
			returned(path, job, { s1: 'Brot backen', s3: 'Der Teig muss ruhen.' })
		);
		expect(run.status, run.stderr).toBe(0);
		expect(readChapterFile(chapterFile(contentDir, slug, 'de')).frontmatter.retired).toEqual([
			{
				id: 's3',
				text: 'Der Teig muss ruhen.',
				source: job.segments[2]!.source,
				retired: '2026-05-01',
			},
		]);
	});
});
