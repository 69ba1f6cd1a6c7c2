/**
 * Builds the search after the pages (the book's Astro integration runs it): one Pagefind bundle per language in dist/pagefind/<lang>/, so that each
 * keeps its own stemmer and a reader downloads other languages only when searching them, and the passage files
 * results show (dist/search/, passage-files.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import type { BookOnDisk } from '../../src/lib/read-chapters';
import { filesUnder, totalBytes } from '../lib/files';
import { writePassageFiles } from './passage-files';
import { searchRecords } from './search-records';

/** Writes `<outDir>/pagefind/<lang>/` for every language of the book as the build read it, and `<outDir>/search/`. */
export async function buildSearchIndex(outDir: string, read: BookOnDisk): Promise<void> {
	const { book, chapters } = read;
	rmSync(`${outDir}/pagefind`, { recursive: true, force: true });
	for (const { code } of book.languages) {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: code });
		if (!index)
			throw new Error(`Pagefind could not create an index for ${code}: ${errors.join('; ')}`);
		const records = searchRecords(book, chapters, code);
		for (const record of records) {
			const added = await index.addCustomRecord(record);
			if (added.errors.length)
				throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: `${outDir}/pagefind/${code}` });
		if (written.errors.length)
			throw new Error(`Pagefind could not write ${code}: ${written.errors.join('; ')}`);
		// Pagefind also writes its ready-made UIs and a web worker; the site uses its own dialog and no worker.
		for (const file of readdirSync(`${outDir}/pagefind/${code}`))
			if (/^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(file))
				rmSync(`${outDir}/pagefind/${code}/${file}`);
		const files = filesUnder(`${outDir}/pagefind/${code}`);
		console.log(
			`search index ${code}: ${records.length} passages, ${kib(totalBytes(files))} in ${files.length} files`
		);
	}
	await pagefind.close();
	const count = writePassageFiles(outDir, book, chapters);
	console.log(
		`search passages: ${count} files, ${kib(totalBytes(filesUnder(`${outDir}/search`)))}`
	);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
