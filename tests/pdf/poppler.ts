/** Reading PDFs in the tests with poppler (Debian's poppler-utils, installed by .ci/run): a tool's output, and the running heads. */
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/** Runs a poppler tool and returns what it printed. */
export function poppler(tool: string, args: string[]): string {
	const run = spawnSync(tool, args, { encoding: 'utf8' });
	if (run.error)
		throw new Error(
			`${tool} is needed for the PDF tests (Debian package poppler-utils): ${run.error.message}`
		);
	if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${run.stderr}`);
	return run.stdout;
}

/** The running head of each page: the text of the top margin, page by page (pdftotext separates pages by form feeds). */
export function runningHeads(file: string): string[] {
	const info = poppler('pdfinfo', [file]);
	const [, width] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.map(Number);
	const heads = poppler('pdftotext', [
		'-enc',
		'UTF-8',
		'-x',
		'0',
		'-y',
		'0',
		'-W',
		String(Math.ceil(width!)),
		'-H',
		'66', // the top margin is 2.4 cm (68 pt); the running head sits inside it
		file,
		'-',
	]);
	return heads.split('\f').slice(0, -1);
}

/**
 * Each page's head (`heads`, as the test compares text) names the chapter the page belongs to, the last of `opening`
 * (each chapter's first page, from 0) at or before it, and a page where a chapter begins has none. Pages before the
 * first chapter (cover, introduction, contents) are not looked at.
 */
export function expectRunningHeads(heads: string[], opening: number[], titles: string[]): void {
	for (const [index, head] of heads.entries()) {
		const chapter = opening.findLastIndex((page) => page <= index);
		if (chapter === -1) continue;
		if (opening.includes(index)) expect(head, `page ${index + 1} opens a chapter`).toBe('');
		else expect(head, `page ${index + 1}`).toContain(titles[chapter]);
	}
}
