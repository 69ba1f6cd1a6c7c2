import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureBooks } from '../fixture-books';

const work = mkdtempSync(join(tmpdir(), 'book-invalid-'));
const book = join(work, 'book');
const dist = join(work, 'dist');

function build() {
	const run = spawnSync(
		'node_modules/.bin/tsx',
		['tools/site/cli.ts', 'build', '--book', book, '--out', dist],
		{ encoding: 'utf8', env: { ...process.env, SKIP_PDF: '1' } }
	);
	return { status: run.status, output: `${run.stdout}\n${run.stderr}`, stderr: run.stderr };
}

/** Every file of the built site with its size and time: what a failed build must leave as it was. */
function snapshot(): Record<string, string> {
	return Object.fromEntries(
		(readdirSync(dist, { recursive: true }) as string[])
			.map((file) => join(dist, file))
			.filter((file) => statSync(file).isFile())
			.map((file) => [file, `${statSync(file).size}:${statSync(file).mtimeMs}`])
	);
}

beforeAll(() => {
	cpSync(fixtureBooks.reader, book, { recursive: true });
	const first = build();
	expect(first.status, first.output).toBe(0);
}, 180_000);

/** Changes one file of the book copy for one test, and puts it back afterwards. */
function withChange(path: string, change: (text: string) => string, check: () => void) {
	const file = join(book, path);
	const before = readFileSync(file, 'utf8');
	writeFileSync(file, change(before));
	try {
		check();
	} finally {
		writeFileSync(file, before);
	}
}

describe('invalid content fails the build with one message naming the file (and line), and leaves the last good site as it was', () => {
	it.each([
		[
			'an invalid frontmatter field',
			'chapters/klanten-die-verhalen-vertellen/en.mdx',
			(text: string) => text.replace('reviewed: false', 'reviewed: maybe'),
			/klanten-die-verhalen-vertellen\/en\.mdx:(\d+): frontmatter field "provenance\.reviewed"/,
			'reviewed: maybe',
		],
		[
			'a translation missing a segment',
			'chapters/klanten-die-verhalen-vertellen/es.mdx',
			(text: string) => text.replace(/<Segment id="s12"[\s\S]*?<\/Segment>\n/, ''),
			/klanten-die-verhalen-vertellen\/es\.mdx: is missing segment\(s\) s12 of the original/,
			undefined,
		],
		[
			'markup in a passage',
			'chapters/a-service-company/nl.mdx',
			(text: string) => text.replace(/(<Segment id="s3"[^>]*>\n\s+)/, '$1{price} '),
			/a-service-company\/nl\.mdx:(\d+): a segment may hold only text/,
			'{price}',
		],
		[
			'a glossary rendering in a language the book does not have',
			'glossary.json',
			(text: string) => text.replace('"nl": ["Zappos"]', '"de": ["Zappos"]'),
			/glossary\.json: field "terms\.0\.renderings\.de"/,
			undefined,
		],
		[
			'a language without a font',
			'book.json',
			(text: string) => text.replace('"code": "nl"', '"code": "th"'),
			/book\.json: field "languages\.3\.script": "th" is written in the Thai script, and this book has no font for it/,
			undefined,
		],
	])(
		'%s',
		(_name, path, change, message, line) => {
			const before = snapshot();
			withChange(path, change, () => {
				const { status, output, stderr } = build();
				expect(status).toBe(1);
				const match = message.exec(output);
				expect(match, output).not.toBeNull();
				// The line named is the line that holds the mistake, counted from the top of the file.
				if (line)
					expect(
						readFileSync(join(book, path), 'utf8').split('\n')[Number(match![1]) - 1]
					).toContain(line);
				expect(stderr, 'no stack trace').not.toMatch(/\n\s+at /);
				expect(snapshot()).toEqual(before);
				expect(existsSync(`${dist}.next`)).toBe(false);
			});
		},
		120_000
	);
});
