/** After `astro build`: copies the typeset PDFs (staged by build-pdfs.ts) into dist/pdf/. */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pdfStageDir } from '../../src/lib/pdf-paths';

/** Copies the staged PDFs into `<outDir>/pdf/` (nothing when PDFs were skipped). */
export function publishPdfs(outDir: string): void {
	if (!existsSync(join(pdfStageDir, 'pdf'))) return;
	cpSync(join(pdfStageDir, 'pdf'), join(outDir, 'pdf'), { recursive: true });
	rmSync(join(outDir, 'pdf', 'manifest.json'), { force: true });
}
