import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			// The ingest tests start the CLI as a child process, which takes seconds on a busy 2-core machine.
			{ test: { name: 'unit', include: ['src/**/*.test.ts', 'tools/**/*.test.ts'], testTimeout: 30_000 } },
			// Checks of the committed book: every source line kept, every chapter complete and aligned.
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			// Checks of the built site in dist/ (run after `npm run build`; `npm test` does both).
			// One file at a time: several of them run `astro build` on other content, and builds share the project's .astro/ folder.
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'], fileParallelism: false } },
			// The PDFs in dist/pdf: structure with pdf.js, fonts, tags and text with poppler.
			{ test: { name: 'pdf', include: ['tests/pdf/**/*.test.ts'] } },
			// Real Chromium against the built site served by astro preview. After the other projects (groupOrder 1):
			// the hostile-source test builds another book, which must not overlap the site tests' builds, and the
			// browser's timings should not compete with them for the two cores.
			{ test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false, sequence: { groupOrder: 1 } } },
		],
	},
});
