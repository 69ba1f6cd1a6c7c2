/**
 * Where the PDF build keeps its work, in the book's own work folder: a cache of typeset PDFs by source hash,
 * and the staged files with their sizes. BOOK_PDF_WORK_DIR moves it (the scaling benchmark builds other books).
 */
import { join } from 'node:path';
import { bookWorkDir } from '../../src/lib/content-dir';

const workDir = process.env.BOOK_PDF_WORK_DIR ?? join(bookWorkDir(), 'pdf');
export const pdfCacheDir = join(workDir, 'cache');
export const pdfStageDir = join(workDir, 'site');
export const pdfManifestPath = join(workDir, 'site', 'manifest.json');
