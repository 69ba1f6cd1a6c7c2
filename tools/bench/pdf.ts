/** PDF costs: typesetting every PDF cold, then again after one chapter changed (a copy of the content with one passage edited), and the sizes. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfCacheDir, pdfManifestPath } from '../pdf/pdf-paths';

export interface PdfFigures {
	coldMs: number;
	oneChapterChangedMs: number;
	files: number;
	totalBytes: number;
	largest: { path: string; bytes: number };
	bytesByKind: Record<string, number>;
}

function timedPdfBuild(env: NodeJS.ProcessEnv = {}): number {
	const start = performance.now();
	const run = spawnSync('node_modules/.bin/tsx', ['tools/pdf/build-pdfs.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
	if (run.status !== 0) throw new Error(`PDF build failed with exit code ${run.status}`);
	return Math.round(performance.now() - start);
}

export function measurePdfs(): PdfFigures {
	rmSync(pdfCacheDir, { recursive: true, force: true });
	const coldMs = timedPdfBuild();
	const manifest = JSON.parse(readFileSync(pdfManifestPath, 'utf8')) as Record<string, number>;
	// One chapter changes: edit one passage of one translation in a copy of the content.
	const copy = mkdtempSync(join(tmpdir(), 'bench-content-'));
	cpSync('content', copy, { recursive: true });
	const slug = readdirSync(join(copy, 'chapters')).sort()[0]!;
	const file = join(copy, 'chapters', slug, readdirSync(join(copy, 'chapters', slug)).find((name) => !readFileSync(join(copy, 'chapters', slug, name), 'utf8').includes('type: original'))!);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/(<Segment id="s2"[^>]*>\n\s+)/, '$1Edited. '));
	const oneChapterChangedMs = timedPdfBuild({ BOOK_CONTENT_DIR: copy });
	rmSync(copy, { recursive: true, force: true });
	timedPdfBuild(); // back to the real book's PDFs
	const entries = Object.entries(manifest);
	const kind = (path: string) => (path.endsWith('book.pdf') ? 'book' : path.endsWith('book.parallel.pdf') ? 'book beside originals' : path.split('/').at(-1)!.split('.').length === 3 ? 'chapter pair' : 'chapter');
	const bytesByKind: Record<string, number> = {};
	for (const [path, bytes] of entries) bytesByKind[kind(path)] = (bytesByKind[kind(path)] ?? 0) + bytes;
	const largest = entries.sort((a, b) => b[1] - a[1])[0]!;
	return { coldMs, oneChapterChangedMs, files: entries.length, totalBytes: entries.reduce((sum, [, bytes]) => sum + bytes, 0), largest: { path: largest[0], bytes: largest[1] }, bytesByKind };
}
