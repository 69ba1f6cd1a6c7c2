import { describe, expect, it } from 'vitest';
import { checkGlossary, findingLine } from '../../src/lib/glossary-check';
import { readGlossary } from '../../src/lib/read-glossary';
import { book, chapters } from './book-content';

describe('glossary: every translation keeps to content/glossary.json', () => {
	const glossary = readGlossary('content', book);

	it('the book has its glossary: terms, and the form of address in Spanish and Dutch', () => {
		expect(glossary?.terms.length).toBeGreaterThanOrEqual(6);
		expect(glossary?.address).toMatchObject({ es: { form: 'tú' }, nl: { form: 'je' } });
	});

	it('no passage of a translation breaks it (npm run glossary lists the same)', () => {
		const findings = checkGlossary(glossary!, book.languages, chapters);
		expect(
			findings.map((finding) => findingLine(finding, 'content')),
			'passages that break the glossary: change the translation, or content/glossary.json where it is wrong'
		).toEqual([]);
	});
});
