/** The built site as the tests see it: every HTML page in it, and the file a URL path resolves to as a static host serves it. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file under `dir` (dist/ unless told). */
export function builtPages(dir = 'dist'): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The URL path a reader opens for a built HTML file: `dist/en/x/index.html` → `/en/x/`. */
export const sitePath = (file: string, dir = 'dist') =>
	`/${relative(dir, file)}`.replace(/(^|\/)index\.html$/u, '$1');

/** The built file a URL path resolves to (`/en/x/` → `dist/en/x/index.html`), or undefined: what a static host would answer. */
export function builtFile(path: string, dir = 'dist'): string | undefined {
	const clean = decodeURIComponent(path.split(/[?#]/u)[0]!);
	return [join(dir, clean), join(dir, clean, 'index.html')].find(
		(candidate) => existsSync(candidate) && statSync(candidate).isFile()
	);
}
