/**
 * Where the PDF build keeps its work: a cache of typeset PDFs by source hash, and the staged files with their sizes.
 * BOOK_PDF_WORK_DIR moves it (the scaling benchmark builds other books without touching this one's).
 */
const workDir = process.env.BOOK_PDF_WORK_DIR ?? 'node_modules/.cache/book-pdf';
export const pdfCacheDir = `${workDir}/cache`;
export const pdfStageDir = `${workDir}/site`;
export const pdfManifestPath = `${workDir}/site/manifest.json`;
