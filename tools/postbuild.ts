/**
 * After `astro build`: the steps that work on the built site, in order, in one process. `npm run build` runs
 * them on dist/; the reproducible-build test and the benchmarks run them on their own output folders.
 * `tsx tools/postbuild.ts [outDir] [--step name]`: all steps, or one (the scaling benchmark times each).
 */
import { pathToFileURL } from 'node:url';
import { writeHeaders } from './csp/write-headers';
import { publishPdfs } from './pdf/publish-pdfs';
import { buildSearchIndex } from './search/build-index';

export const postBuildSteps = {
	// <outDir>/_headers: the pages' Content-Security-Policy for hosts to send.
	csp: writeHeaders,
	// <outDir>/pagefind/<lang>/: one search bundle per language.
	search: buildSearchIndex,
	// <outDir>/pdf/: the PDFs typeset before the Astro build.
	publish: publishPdfs,
} satisfies Record<string, (outDir: string) => void | Promise<void>>;

export type PostBuildStep = keyof typeof postBuildSteps;

export const tsx = 'node_modules/.bin/tsx';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const args = process.argv.slice(2);
	const stepFlag = args.indexOf('--step');
	const only = stepFlag === -1 ? undefined : (args.splice(stepFlag, 2)[1] as PostBuildStep);
	if (only && !(only in postBuildSteps)) throw new Error(`postbuild: no step "${only}"; steps: ${Object.keys(postBuildSteps).join(', ')}`);
	const outDir = args[0] ?? 'dist';
	for (const [name, step] of Object.entries(postBuildSteps)) if (!only || name === only) await step(outDir);
}
