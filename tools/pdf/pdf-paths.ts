/** Where the PDF build keeps its work: a cache of typeset PDFs by source hash, and the staged files with their sizes. */
export const pdfCacheDir = 'node_modules/.cache/book-pdf/cache';
export const pdfStageDir = 'node_modules/.cache/book-pdf/site';
export const pdfManifestPath = 'node_modules/.cache/book-pdf/site/manifest.json';
