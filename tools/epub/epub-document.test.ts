import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../tests/fixture-books';
import { chapterFile, epubText, escapeXml, modifiedDate } from './epub-document';
import { epubSpecs } from './epub-specs';

const { book, chapters } = fixtureBook('reader');

describe('EPUB documents', () => {
	it('escapes the characters XML gives meaning to and drops those it forbids', () => {
		expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe(
			'&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;'
		);
	});

	it('dates the EPUB by its newest translation, not by the clock', () => {
		expect(modifiedDate(chapters)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
		expect(modifiedDate(chapters)).toBe(modifiedDate(chapters));
	});

	it('lists every chapter in the navigation and the spine, right to left for Persian, with the accessibility metadata', () => {
		const spec = epubSpecs(book, chapters).find((candidate) => candidate.lang === 'fa')!;
		const { files, characters, languages } = epubText(book, spec, [], 'images/cover.png');
		const opf = files.get('EPUB/package.opf')!;
		const nav = files.get('EPUB/nav.xhtml')!;
		for (const [index, { chapter }] of spec.chapters.entries()) {
			expect(nav).toContain(`href="${chapterFile(index)}"`);
			expect(nav).toContain(escapeXml(chapter.versions.fa!.title));
			expect(opf).toContain(`<itemref idref="chapter-${index + 1}"/>`);
		}
		expect(opf).toContain('<spine page-progression-direction="rtl">');
		for (const property of [
			'schema:accessMode',
			'schema:accessModeSufficient',
			'schema:accessibilityFeature',
			'schema:accessibilityHazard',
			'schema:accessibilitySummary',
			'dcterms:conformsTo',
			'dcterms:modified',
		])
			expect(opf).toContain(`property="${property}"`);
		expect(languages).toContain('fa');
		expect(characters.has('ک')).toBe(true);
	});
});
