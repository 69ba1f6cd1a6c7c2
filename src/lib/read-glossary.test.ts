import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBook } from './read-book';
import { GlossaryError, readGlossary } from './read-glossary';

// The reader fixture's book.json: languages fa, en, es, nl.
const fixture = 'tests/fixtures/books/reader';
const book = readBook(fixture);

/** A book folder with the fixture's book.json and this glossary.json (text as written, or data to write as JSON); none if undefined. */
function bookWithGlossary(glossary?: unknown): string {
	const dir = mkdtempSync(join(tmpdir(), 'book-glossary-'));
	copyFileSync(join(fixture, 'book.json'), join(dir, 'book.json'));
	if (glossary !== undefined)
		writeFileSync(
			join(dir, 'glossary.json'),
			typeof glossary === 'string' ? glossary : JSON.stringify(glossary, null, '\t')
		);
	return dir;
}

const term = {
	id: 'emotional-connection',
	renderings: { en: ['emotional connection'], nl: ['emotionele band'] },
};

describe('readGlossary', () => {
	it('finds no glossary in a book without glossary.json', () => {
		expect(readGlossary(bookWithGlossary(), book)).toBeUndefined();
	});

	it('reads a glossary, with no avoided words of address and no address where none are given', () => {
		expect(readGlossary(bookWithGlossary({ terms: [term] }), book)).toEqual({
			terms: [term],
			address: {},
		});
		expect(readGlossary(bookWithGlossary({ address: { nl: { form: 'je' } } }), book)).toEqual({
			terms: [],
			address: { nl: { form: 'je', avoid: [] } },
		});
	});

	it.each([
		[
			'a JSON syntax error, with its line',
			'{\n\t"terms": [\n\t]\n\t"address": {}\n}',
			/glossary\.json:4: not valid JSON/,
		],
		[
			'a language the book does not have',
			{ terms: [{ ...term, renderings: { ...term.renderings, de: ['emotionale Bindung'] } }] },
			/glossary\.json: field "terms\.0\.renderings\.de": "de" is not one of the book's languages \(fa, en, es, nl\)/,
		],
		[
			'a language the book does not have, among the avoided forms',
			{ terms: [{ ...term, avoid: { de: ['Verbindung'] } }] },
			/field "terms\.0\.avoid\.de": "de" is not one of the book's languages/,
		],
		[
			'a form of address for a language the book does not have',
			{ address: { de: { form: 'du', avoid: ['Sie'] } } },
			/field "address\.de": "de" is not one of the book's languages/,
		],
		[
			'something that is not a language code',
			{ terms: [{ ...term, renderings: { English: ['emotional connection'] } }] },
			/field "terms\.0\.renderings\.English": expected a language code such as "fa" or "en"/,
		],
		[
			'two terms with one id',
			{ terms: [term, { ...term, renderings: { en: ['customer service'] } }] },
			/field "terms\.1\.id": "emotional-connection" is the id of another term/,
		],
		[
			'a term in no language',
			{ terms: [{ id: 'nothing', renderings: {} }] },
			/field "terms\.0\.renderings": give the term in a language/,
		],
		[
			'an empty form',
			{ terms: [{ ...term, renderings: { en: ['emotional connection', ' '] } }] },
			/field "terms\.0\.renderings\.en\.1": a form cannot be empty/,
		],
		[
			'a misspelt field',
			{ terms: [{ ...term, avoided: { nl: ['emotionele verbinding'] } }] },
			/field "terms\.0\.avoided": not a field of glossary\.json/,
		],
		[
			'a form both used and avoided (as folded: case and Persian spellings)',
			{
				terms: [
					{
						...term,
						renderings: { fa: ['ارتباط عاطفی'] },
						avoid: { fa: ['ارتباط\u200cعاطفي'] },
					},
				],
			},
			/field "terms\.0\.avoid\.fa": "ارتباط\u200cعاطفي" is also one of the term's renderings/,
		],
		[
			'the form of address among the words to avoid',
			{ address: { es: { form: 'tú', avoid: ['usted', 'Tú'] } } },
			/field "address\.es\.avoid": "tú" is the form to use; it cannot be avoided too/,
		],
	])('refuses %s, naming the file and the field', (_name, glossary, message) => {
		const dir = bookWithGlossary(glossary);
		expect(() => readGlossary(dir, book)).toThrow(GlossaryError);
		expect(() => readGlossary(dir, book)).toThrow(message);
	});
});
