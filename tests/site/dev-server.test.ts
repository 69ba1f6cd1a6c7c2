import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { fixtureBooks } from '../fixture-books';

// A copy of the reader book, so that a chapter can be changed while the server runs; beside any dev server a person runs (--ignore-lock).
const book = join(mkdtempSync(join(tmpdir(), 'book-dev-')), 'book');
cpSync(fixtureBooks.reader, book, { recursive: true });
const port = 4500 + (process.pid % 400);
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let output = '';

beforeAll(async () => {
	// As a person starts it: not in Vitest's test mode, which Vite would carry into the dev server.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'
		)
	);
	server = spawn(
		'node_modules/.bin/astro',
		['dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
		{ env: { ...env, BOOK_CONTENT_DIR: book, SKIP_PDF: '' }, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	server.stdout!.on('data', (chunk: Buffer) => (output += chunk));
	server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
	for (let tries = 0; tries < 240 && !/ready in/.test(output); tries++)
		await new Promise((done) => setTimeout(done, 500));
	expect(output, output).toMatch(/ready in/);
}, 180_000);

afterAll(() => {
	server?.kill();
});

const get = async (path: string) => {
	const response = await fetch(origin + path);
	return {
		status: response.status,
		type: response.headers.get('content-type') ?? '',
		body: Buffer.from(await response.arrayBuffer()),
	};
};

describe('astro dev serves the whole book', () => {
	const { book: data, chapters } = readBookFromDisk(book);
	const chapter = chapters[0]!;
	const lang = data.defaultLanguage;
	const passage = chapter.versions[lang]!.segments[1]!;

	it('pages, with the search engine, the passage files search results read, the PDFs and the EPUBs', async () => {
		// The first request can come while Astro still syncs the content it announced ready with.
		let page = await get(`/${lang}/${chapter.slug}/`);
		for (let tries = 0; tries < 40 && page.status !== 200; tries++)
			page = await new Promise((done) => setTimeout(done, 500)).then(() =>
				get(`/${lang}/${chapter.slug}/`)
			);
		expect(page.status, output).toBe(200);
		const engine = await get(`/pagefind/${lang}/pagefind.js`);
		expect([engine.status, engine.type]).toEqual([200, 'text/javascript']);
		const file = await get(`/search/${chapter.slug}/${passage.id}.json`);
		expect(JSON.parse(file.body.toString('utf8'))[lang].text).toBe(passage.text);
		const pdf = await get(`/pdf/${lang}/book.pdf`);
		expect([pdf.status, pdf.body.subarray(0, 5).toString()]).toEqual([200, '%PDF-']);
		const epub = await get(`/epub/${lang}/book.parallel.epub`);
		expect([epub.status, epub.type, epub.body.subarray(30, 58).toString()]).toEqual([
			200,
			'application/epub+zip',
			'mimetypeapplication/epub+zip',
		]);
	}, 60_000);

	it('shows a changed chapter and rebuilds its search', async () => {
		const path = join(book, 'chapters', chapter.slug, `${lang}.mdx`);
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace(passage.text, `${passage.text} Zeppelinhangar.`)
		);
		let text = '';
		for (let tries = 0; tries < 60 && !text.includes('Zeppelinhangar'); tries++) {
			await new Promise((done) => setTimeout(done, 500));
			text = JSON.parse(
				(await get(`/search/${chapter.slug}/${passage.id}.json`)).body.toString('utf8')
			)[lang].text;
		}
		expect(text).toBe(`${passage.text} Zeppelinhangar.`);
		// The content loader watches the book (on its own, beside the search rebuild): the page shows the new text without a restart.
		let page = '';
		for (let tries = 0; tries < 60 && !page.includes('Zeppelinhangar'); tries++) {
			page = (await get(`/${lang}/${chapter.slug}/`)).body.toString('utf8');
			if (!page.includes('Zeppelinhangar')) await new Promise((done) => setTimeout(done, 500));
		}
		expect(page).toContain('Zeppelinhangar');
	}, 60_000);
});
