import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBook } from './read-book';

const fixture = 'tests/fixtures/books/reader';
// book.json as these tests break it: any field, of any shape (the reason for `any`).
// oxlint-disable-next-line typescript/no-explicit-any
type EditableBook = Record<string, any>;
const original = JSON.parse(readFileSync(`${fixture}/book.json`, 'utf8')) as Record<
	string,
	unknown
>;
function withBook(change: (book: EditableBook) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'book-json-'));
	const book = structuredClone(original) as EditableBook;
	change(book);
	writeFileSync(join(dir, 'book.json'), JSON.stringify(book));
	return dir;
}

describe('readBook', () => {
	it("reads a book, resolving each language's script, direction and search folding from the writing-system data", () => {
		expect(readBook(fixture).languages).toEqual([
			{
				code: 'fa',
				name: 'فارسی',
				script: 'Arab',
				dir: 'rtl',
				search: ['arabic-letters', 'arabic-marks', 'digits', 'joiners', 'persian-affixes'],
			},
			{ code: 'en', name: 'English', script: 'Latn', dir: 'ltr', search: [] },
			{ code: 'es', name: 'Español', script: 'Latn', dir: 'ltr', search: [] },
			{ code: 'nl', name: 'Nederlands', script: 'Latn', dir: 'ltr', search: [] },
		]);
	});

	it('takes a writing system the project lacks from book.json', () => {
		const thai = {
			dir: 'ltr',
			font: {
				family: 'Noto Serif Thai',
				web: '@fontsource/noto-serif-thai',
				subsets: ['thai'],
				files: ['fonts/NotoSerifThai-Regular.ttf'],
			},
			lineHeight: 1.8,
		};
		const book = readBook(
			withBook((book) => {
				book.languages.push({ code: 'th', name: 'ไทย' });
				for (const field of ['title', 'subtitle', 'description', 'intro']) book[field].th = 'ไทย';
				book.scripts = { Thai: thai };
			})
		);
		expect(book.languages.at(-1)).toEqual({
			code: 'th',
			name: 'ไทย',
			script: 'Thai',
			dir: 'ltr',
			search: [],
		});
	});
	it.each([
		[
			'a title missing in one language',
			(book: EditableBook) => delete book.title.nl,
			/book\.json: field "title\.nl": missing/,
		],
		[
			'a duplicate chapter slug',
			(book: EditableBook) => book.chapters.push(book.chapters[0]),
			/field "chapters": a chapter slug is listed twice/,
		],
		[
			'a bad direction',
			(book: EditableBook) => (book.languages[0].dir = 'up'),
			/field "languages\.0\.dir"/,
		],
		[
			'a direction against the script',
			(book: EditableBook) => (book.languages[0].dir = 'ltr'),
			/field "languages\.0\.dir": "fa" is written in the Arab script, which runs rtl/,
		],
		[
			'a language whose script has no font',
			(book: EditableBook) => (book.languages[1].code = 'ja'),
			/field "languages\.1\.script": "ja" is written in the Jpan script, and this book has no font for it .*Add one under "scripts" in book\.json/,
		],
		[
			'an unknown field (a typo)',
			(book: EditableBook) => (book.subtitel = book.subtitle),
			/book\.json: field "subtitel": not a field of book\.json/,
		],
		[
			'an unknown default language',
			(book: EditableBook) => (book.defaultLanguage = 'de'),
			/field "defaultLanguage": "de" is not one of the book's languages/,
		],
		['a JSON syntax error', undefined, /book\.json:3: not valid JSON/],
	])('rejects %s with the file and field', (_name, change, message) => {
		if (!change) {
			const dir = mkdtempSync(join(tmpdir(), 'book-json-'));
			writeFileSync(join(dir, 'book.json'), '{\n  "title": {}\n  "languages": []\n}');
			expect(() => readBook(dir)).toThrow(message);
			return;
		}
		expect(() => readBook(withBook(change))).toThrow(message);
	});
});
