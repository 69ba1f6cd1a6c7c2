import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../tests/fixture-books';
import { pdfSpecs } from '../pdf/pdf-specs';
import { epubSpecs } from './epub-specs';

const { book, chapters } = fixtureBook('reader');

describe('EPUB specs', () => {
	it('gives every language the whole book alone and with counterparts, paired as the parallel PDF pairs them', () => {
		const specs = epubSpecs(book, chapters);
		expect(specs.map((spec) => spec.path)).toEqual(
			book.languages.flatMap(({ code }) => [
				`epub/${code}/book.epub`,
				`epub/${code}/book.parallel.epub`,
			])
		);
		for (const spec of specs.filter((candidate) => candidate.parallel)) {
			const pdf = pdfSpecs(book, chapters).find(
				(candidate) => candidate.path === `pdf/${spec.lang}/book.parallel.pdf`
			)!;
			expect(spec.chapters.map(({ companion }) => companion)).toEqual(
				pdf.chapters.map(({ companion }) => companion)
			);
			expect(spec.chapters.every(({ companion }) => companion && companion !== spec.lang)).toBe(
				true
			);
		}
		for (const spec of specs.filter((candidate) => !candidate.parallel))
			expect(spec.chapters.every(({ companion }) => companion === undefined)).toBe(true);
	});
});
