/** After `astro build`: copies the typeset PDFs (staged by build-pdfs.ts) into dist/pdf/. */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pdfStageDir } from './pdf-paths';

const outDir = process.argv[2] ?? 'dist';
if (existsSync(join(pdfStageDir, 'pdf'))) {
	cpSync(join(pdfStageDir, 'pdf'), join(outDir, 'pdf'), { recursive: true });
	rmSync(join(outDir, 'pdf', 'manifest.json'), { force: true });
}
