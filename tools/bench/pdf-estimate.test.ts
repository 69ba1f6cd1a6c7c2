import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../tests/fixture-books';
import { pdfSpecs } from '../pdf/pdf-specs';
import type { PdfSpec } from '../pdf/typst-source';
import { estimatePdfBytes, sampleStep } from './pdf-estimate';

const { book, chapters } = fixtureBook('reader');
const codes = book.languages.map((language) => language.code);

/** A size for each PDF that depends on its language and kind only, as if every chapter were alike. */
const size = (spec: PdfSpec) =>
	(codes.indexOf(spec.lang) + 1) *
	(spec.book
		? spec.path.endsWith('book.pdf')
			? 10_000
			: 30_000
		: spec.chapters[0]!.companion
			? 300
			: 100);
const sizes = (specs: PdfSpec[]) =>
	Object.fromEntries(specs.map((spec) => [spec.path, size(spec)]));

describe('PDF bytes of a big book from a sample', () => {
	it('samples about 50 chapters, every k-th with k prime to the number of real chapters', () => {
		expect(sampleStep(50, 5)).toBe(1);
		expect(sampleStep(100, 5)).toBe(2);
		expect(sampleStep(250, 5)).toBe(6);
		expect(sampleStep(500, 5)).toBe(11);
		expect(sampleStep(500, 4)).toBe(11);
	});

	it('is the sum of the sizes when every PDF was built', () => {
		const specs = pdfSpecs(book, chapters);
		const total = specs.reduce((sum, spec) => sum + size(spec), 0);
		expect(estimatePdfBytes(specs, sizes(specs), book.defaultLanguage)).toBe(total);
	});

	it("counts a left-out chapter PDF as the average of its language and kind, another language's book as the default one's scaled by the chapter PDFs", () => {
		const specs = pdfSpecs(book, chapters);
		const total = specs.reduce((sum, spec) => sum + size(spec), 0);
		const sample = pdfSpecs(book, chapters, 2);
		expect(sample.length).toBeLessThan(specs.length);
		expect(estimatePdfBytes(specs, sizes(sample), book.defaultLanguage)).toBe(total);
	});
});
