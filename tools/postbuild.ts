/**
 * After `astro build`: the steps that work on the built site, in order. `npm run build` runs them on dist/;
 * the reproducible-build test and the scaling benchmark run the same list on their own output folders.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Each step: a name and the tsx script with its arguments. */
export const postBuildSteps = (outDir: string) =>
	({
		// dist/_headers: the pages' Content-Security-Policy for hosts to send.
		csp: ['tools/csp/write-headers.ts', outDir],
		// dist/pagefind/<lang>/: one search bundle per language.
		search: ['tools/search/build-index.ts', outDir],
		// dist/pdf/: the PDFs typeset before the Astro build.
		publish: ['tools/pdf/publish-pdfs.ts', outDir],
	}) as const;

export const tsx = 'node_modules/.bin/tsx';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	for (const [name, args] of Object.entries(postBuildSteps(process.argv[2] ?? 'dist'))) {
		const run = spawnSync(tsx, [...args], { stdio: 'inherit' });
		if (run.status !== 0) {
			console.error(`postbuild: the ${name} step failed (exit ${run.status})`);
			process.exit(1);
		}
	}
}
