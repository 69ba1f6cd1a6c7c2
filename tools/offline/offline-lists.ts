/** The offline lists (dist/offline/<lang>.json): what saving a language for offline reading stores, each file with a hash of its bytes and its size. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { OfflineList, OfflineSummary } from '../../src/lib/offline';
import type { BookOnDisk } from '../../src/lib/read-chapters';
import { pathsUnder } from '../lib/files';

/**
 * The files of `lang`: its pages (home, status, every chapter with every pair, the 404 page), the shared scripts,
 * fonts and icons, its manifest, its search index, and the passage files its search results show (each holds a passage
 * in every language). Site paths under `base`; a page is listed by its directory URL.
 */
export function offlineFiles(
	outDir: string,
	read: BookOnDisk,
	lang: string,
	under: (dir: string) => string[] = filesIn(outDir)
): string[] {
	// Pages and files named here may be absent (a book without a status page, say); those found under a folder exist.
	const named = [
		'index.html',
		'404.html',
		'favicon.svg',
		`${lang}/index.html`,
		`${lang}/status/index.html`,
		`${lang}/manifest.webmanifest`,
		...read.chapters.map((chapter) => `${lang}/${chapter.slug}/index.html`),
	].filter((file) => existsSync(join(outDir, file)));
	return [
		...named,
		...under('_astro'),
		...under('icons'),
		...under(`pagefind/${lang}`),
		...under('search'),
	];
}

/**
 * Files whose names carry a hash of their bytes: Vite's scripts and fonts, and Pagefind's fragments, index chunks,
 * filters and metadata (a 200-chapter book has 10,560 fragments, which reading and hashing made a third of this step).
 */
const namedByContent =
	/^_astro\/|^pagefind\/[^/]+\/(fragment|index|filter)\/[^/]+_[0-9a-f]+\.pf_\w+$|^pagefind\/[^/]+\/pagefind\.[^/]+_[0-9a-f]+\.pf_meta$/u;

/** The files under a folder of the site, as site paths; each folder walked once (every language's list has the scripts and the passages). */
function filesIn(outDir: string): (dir: string) => string[] {
	const walked = new Map<string, string[]>();
	return (dir) => {
		let files = walked.get(dir);
		if (!files) {
			files = existsSync(join(outDir, dir))
				? pathsUnder(join(outDir, dir)).map((path) => relative(outDir, path))
				: [];
			walked.set(dir, files);
		}
		return files;
	};
}

const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
/** `fa/x/index.html` → `<base>fa/x/`: the URL a reader opens. */
const urlOf = (file: string, base: string) => `${base}${file.replace(/(^|\/)index\.html$/u, '$1')}`;

/** Writes `<outDir>/offline/<lang>.json` and its summary for every language; returns the lists. */
export function writeOfflineLists(outDir: string, read: BookOnDisk, base: string): OfflineList[] {
	mkdirSync(join(outDir, 'offline'), { recursive: true });
	// The scripts, fonts and icons are in every language's list: each file is read and hashed once.
	const known = new Map<string, [string, string, number]>();
	const entry = (file: string) => {
		let found = known.get(file);
		if (!found) {
			if (namedByContent.test(file)) {
				// Its name changes with its bytes: the name stands for them, and the file need not be read.
				found = [urlOf(file, base), hash(Buffer.from(file)), statSync(join(outDir, file)).size];
			} else {
				const bytes = readFileSync(join(outDir, file));
				found = [urlOf(file, base), hash(bytes), bytes.length];
			}
			known.set(file, found);
		}
		return found;
	};
	const under = filesIn(outDir);
	return read.book.languages.map(({ code }) => {
		const files = [...new Set(offlineFiles(outDir, read, code, under))].sort().map(entry);
		const list: OfflineList = {
			lang: code,
			revision: hash(Buffer.from(JSON.stringify(files))),
			bytes: files.reduce((sum, [, , bytes]) => sum + bytes, 0),
			files,
		};
		writeFileSync(join(outDir, 'offline', `${code}.json`), `${JSON.stringify(list)}\n`);
		const summary: OfflineSummary = { lang: list.lang, revision: list.revision, bytes: list.bytes };
		writeFileSync(join(outDir, 'offline', `${code}.summary.json`), `${JSON.stringify(summary)}\n`);
		return list;
	});
}
