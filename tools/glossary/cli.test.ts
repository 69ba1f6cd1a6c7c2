import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIngest } from '../ingest/ingest';
import { emptyContentDir, tempFile, tsx } from '../ingest/test-helpers';
import { exportJob, importJob } from '../translation/translation-io';

const article =
	'Baking Bread\n\nBread needs only four things: flour, water, salt and yeast.\n\nThe dough has to rest overnight in a cool place.\n';

/** A book in en and de with one English chapter translated into German as given (passages s1–s3). */
function translatedBook(german: string[]): string {
	const contentDir = emptyContentDir(['en', 'de']);
	for (const [path, content] of planIngest({
		file: tempFile('bread.txt', article),
		contentDir,
		lang: 'en',
	}).writes) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, content);
	}
	const job = exportJob(contentDir, 'baking-bread', 'de');
	const { path, text } = importJob(
		contentDir,
		{
			...job,
			title: 'Brot backen',
			by: 'Anna Schmidt',
			date: '2026-05-01',
			segments: job.segments.map((segment, index) => ({ ...segment, text: german[index] ?? '' })),
		},
		'job.json'
	);
	writeFileSync(path, text);
	return contentDir;
}

const glossary = {
	terms: [
		{ id: 'dough', renderings: { en: ['dough'], de: ['Teig'] }, avoid: { de: ['Masse'] } },
		{ id: 'yeast', renderings: { en: ['yeast'], de: ['Hefe'] } },
	],
	address: { de: { form: 'du', avoid: ['Ihnen'] } },
};

const glossaryCli = (contentDir: string) =>
	spawnSync(tsx, ['tools/glossary/cli.ts', '--book', contentDir], { encoding: 'utf8' });

describe('npm run glossary', () => {
	it('lists every passage that breaks the glossary, as file: passage: lines, and fails', () => {
		const contentDir = translatedBook([
			'Brot backen',
			'Brot braucht nur Mehl, Wasser und Salz.',
			'Die Masse muss bei Ihnen über Nacht ruhen.',
		]);
		writeFileSync(join(contentDir, 'glossary.json'), JSON.stringify(glossary));
		const run = glossaryCli(contentDir);
		expect(run.status).toBe(1);
		const file = `${contentDir}/chapters/baking-bread/de.mdx`;
		expect(run.stdout.trim().split('\n')).toEqual([
			`${file}: s2: yeast: the original says "yeast", the translation has none of the term's renderings; write "Hefe"`,
			`${file}: s3: dough: the original says "dough", the translation has none of the term's renderings; write "Teig"`,
			`${file}: s3: dough: "Masse" is to be avoided; write "Teig"`,
			`${file}: s3: address: "Ihnen" is to be avoided; this book addresses the reader with "du"`,
		]);
		expect(run.stderr).toMatch(/^glossary: 4 finding\(s\) in 2 passage\(s\)/);
	});

	it('says so in one line when every translation keeps to it', () => {
		const contentDir = translatedBook([
			'Brot backen',
			'Brot braucht nur Mehl, Wasser, Salz und Hefe.',
			'Der Teig muss über Nacht ruhen.',
		]);
		writeFileSync(join(contentDir, 'glossary.json'), JSON.stringify(glossary));
		const run = glossaryCli(contentDir);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout.trim()).toBe(
			'glossary: every translation of 1 chapter(s) keeps to the 2 term(s) and the form of address (de)'
		);
	});

	it('has nothing to check in a book without a glossary, and names a mistake in one by file and field', () => {
		const contentDir = translatedBook(['Brot backen']);
		const none = glossaryCli(contentDir);
		expect(none.status).toBe(0);
		expect(none.stdout).toMatch(/glossary\.json does not exist; nothing to check/);
		writeFileSync(
			join(contentDir, 'glossary.json'),
			JSON.stringify({ terms: [{ ...glossary.terms[0], id: 'Dough' }] })
		);
		const invalid = glossaryCli(contentDir);
		expect(invalid.status).toBe(1);
		expect(invalid.stderr).toMatch(
			/^glossary: .*glossary\.json: field "terms\.0\.id": term ids are lowercase ASCII words/
		);
		expect(invalid.stderr).not.toMatch(/\n\s+at /);
	});
});
