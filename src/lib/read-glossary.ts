/** Reads a book's optional `glossary.json` and checks it against the schema and the book (its languages, unique term ids, no form both used and avoided). */
import { existsSync, readFileSync } from 'node:fs';
import { glossarySchema, type Book, type Glossary } from '../schemas';
import { glossaryFile } from './book-paths';
import { FileError } from './file-error';
import { parseJsonFile } from './json-file';
import { glossaryFolded } from './glossary-check';

/** A problem in glossary.json, naming the file, the field (or the line of a syntax error) and the reason. */
export class GlossaryError extends FileError {
	constructor(file: string, field: string | undefined, reason: string, line?: number) {
		super(file, line, field ? `field "${field}": ${reason}` : reason);
	}
}

/** The book's glossary, validated; undefined when the book has none. */
export function readGlossary(contentDir: string, book: Book): Glossary | undefined {
	const file = glossaryFile(contentDir);
	if (!existsSync(file)) return undefined;
	const glossary = parseJsonFile(
		readFileSync(file, 'utf8'),
		glossarySchema,
		'glossary.json',
		(field, reason, line) => new GlossaryError(file, field, reason, line)
	);
	const languages = new Map(book.languages.map((language) => [language.code, language]));
	const notABookLanguage = (field: string, code: string) =>
		new GlossaryError(
			file,
			field,
			`"${code}" is not one of the book's languages (${[...languages.keys()].join(', ')})`
		);
	const ids = new Set<string>();
	glossary.terms.forEach((term, index) => {
		if (ids.has(term.id))
			throw new GlossaryError(file, `terms.${index}.id`, `"${term.id}" is the id of another term`);
		ids.add(term.id);
		for (const [field, forms] of [
			['renderings', term.renderings],
			['avoid', term.avoid ?? {}],
		] as const)
			for (const code of Object.keys(forms))
				if (!languages.has(code)) throw notABookLanguage(`terms.${index}.${field}.${code}`, code);
		// A form both to use and to avoid would report every translation that follows the glossary.
		for (const [code, avoided] of Object.entries(term.avoid ?? {})) {
			const foldings = languages.get(code)!.search;
			const used = new Set(
				(term.renderings[code] ?? []).map((form) => glossaryFolded(form, foldings).trim())
			);
			const both = avoided.find((form) => used.has(glossaryFolded(form, foldings).trim()));
			if (both !== undefined)
				throw new GlossaryError(
					file,
					`terms.${index}.avoid.${code}`,
					`"${both}" is also one of the term's renderings; a form is either used or avoided`
				);
		}
	});
	for (const [code, address] of Object.entries(glossary.address)) {
		const language = languages.get(code);
		if (!language) throw notABookLanguage(`address.${code}`, code);
		const form = glossaryFolded(address.form, language.search).trim();
		if (address.avoid.some((word) => glossaryFolded(word, language.search).trim() === form))
			throw new GlossaryError(
				file,
				`address.${code}.avoid`,
				`"${address.form}" is the form to use; it cannot be avoided too`
			);
	}
	return glossary;
}
