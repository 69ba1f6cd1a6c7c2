/** The scaling benchmark's sample of a big book's PDFs, and the bytes of all its PDFs estimated from that sample. */
import type { PdfSpec } from '../pdf/typst-source';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Every k-th chapter's PDFs are typeset, k about chapters / 50 and prime to the number of real chapters: the synthetic
 * book repeats them in order, so a k they divide would sample copies of the same few (every 10th of 500 made of five
 * is 50 copies of the first).
 */
export function sampleStep(chapters: number, realChapters: number): number {
	let step = Math.max(1, Math.round(chapters / 50));
	while (step > 1 && gcd(step, realChapters) !== 1) step++;
	return step;
}

/**
 * The bytes of all the book's PDFs from those built (path → bytes): a PDF left out by the sampling counts as the
 * average of the built ones of its language and kind (chapter alone, chapter pair); another language's book as the
 * default language's, scaled by how that language's chapter PDFs compare with the default language's.
 */
export function estimatePdfBytes(
	specs: PdfSpec[],
	built: Record<string, number>,
	defaultLanguage: string
): number {
	const kind = (spec: PdfSpec) =>
		spec.book
			? spec.path.endsWith('book.pdf')
				? 'book'
				: 'bookParallel'
			: spec.chapters[0]!.companion
				? 'pair'
				: 'chapter';
	const sums = new Map<string, { bytes: number; files: number }>();
	for (const spec of specs.filter((candidate) => built[candidate.path] !== undefined)) {
		const key = `${spec.lang} ${kind(spec)}`;
		const sum = sums.get(key) ?? { bytes: 0, files: 0 };
		sums.set(key, { bytes: sum.bytes + built[spec.path]!, files: sum.files + 1 });
	}
	const mean = (lang: string, of: string) => {
		const sum = sums.get(`${lang} ${of}`);
		return sum ? sum.bytes / sum.files : 0;
	};
	const defaultBook = (of: string) =>
		built[specs.find((spec) => spec.lang === defaultLanguage && kind(spec) === of)!.path] ?? 0;
	return Math.round(
		specs.reduce((sum, spec) => {
			if (built[spec.path] !== undefined) return sum + built[spec.path]!;
			const of = kind(spec);
			if (!spec.book) return sum + mean(spec.lang, of);
			const chapterKind = of === 'book' ? 'chapter' : 'pair';
			const scale = mean(spec.lang, chapterKind) / (mean(defaultLanguage, chapterKind) || 1);
			return sum + defaultBook(of) * scale;
		}, 0)
	);
}
