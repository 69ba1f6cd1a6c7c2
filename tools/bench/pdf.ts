/** PDF costs: typesetting every PDF cold, then again after one chapter changed (a copy of the book with one passage edited), and the sizes. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bookWorkDir } from '../../src/lib/content-dir';
import { tsx } from './measured-run';

export interface PdfFigures {
	coldMs: number;
	oneChapterChangedMs: number;
	files: number;
	totalBytes: number;
	largest: { path: string; bytes: number };
	bytesByKind: Record<string, number>;
}

/** `npm run pdf -- --book <dir>`, its PDF work in `workDir`; returns the wall time in milliseconds. */
function timedPdfBuild(contentDir: string, workDir: string): number {
	const start = performance.now();
	const run = spawnSync(tsx, ['tools/site/cli.ts', 'pdf', '--book', contentDir], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BOOK_PDF_WORK_DIR: workDir },
	});
	if (run.status !== 0)
		throw new Error(`PDF build of ${contentDir} failed with exit code ${run.status}`);
	return Math.round(performance.now() - start);
}

export function measurePdfs(contentDir: string): PdfFigures {
	// The book's own PDF work folder; the edited copy below uses it too, so that only the changed chapter is typeset again.
	const workDir = join(bookWorkDir(contentDir), 'pdf');
	rmSync(join(workDir, 'cache'), { recursive: true, force: true });
	const coldMs = timedPdfBuild(contentDir, workDir);
	const manifest = JSON.parse(
		readFileSync(join(workDir, 'site', 'manifest.json'), 'utf8')
	) as Record<string, number>;
	// One chapter changes: edit one passage of one translation in a copy of the book.
	const copy = mkdtempSync(join(tmpdir(), 'bench-content-'));
	cpSync(contentDir, copy, { recursive: true });
	const slug = readdirSync(join(copy, 'chapters')).sort()[0]!;
	const file = join(
		copy,
		'chapters',
		slug,
		readdirSync(join(copy, 'chapters', slug)).find(
			(name) => !readFileSync(join(copy, 'chapters', slug, name), 'utf8').includes('type: original')
		)!
	);
	writeFileSync(
		file,
		readFileSync(file, 'utf8').replace(/(<Segment id="s2"[^>]*>\n\s+)/, '$1Edited. ')
	);
	const oneChapterChangedMs = timedPdfBuild(copy, workDir);
	rmSync(copy, { recursive: true, force: true });
	timedPdfBuild(contentDir, workDir); // back to the book's own PDFs
	const entries = Object.entries(manifest);
	const kind = (path: string) =>
		path.endsWith('book.pdf')
			? 'book'
			: path.endsWith('book.parallel.pdf')
				? 'book beside originals'
				: path.split('/').at(-1)!.split('.').length === 3
					? 'chapter pair'
					: 'chapter';
	const bytesByKind: Record<string, number> = {};
	for (const [path, bytes] of entries)
		bytesByKind[kind(path)] = (bytesByKind[kind(path)] ?? 0) + bytes;
	const largest = entries.sort((a, b) => b[1] - a[1])[0]!;
	return {
		coldMs,
		oneChapterChangedMs,
		files: entries.length,
		totalBytes: entries.reduce((sum, [, bytes]) => sum + bytes, 0),
		largest: { path: largest[0], bytes: largest[1] },
		bytesByKind,
	};
}
