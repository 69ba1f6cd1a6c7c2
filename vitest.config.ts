import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			// The ingest tests start the CLI as a child process, which takes seconds on a busy 2-core machine.
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
					testTimeout: 30_000,
				},
			},
			// The repository itself: the publishing workflow.
			{ test: { name: 'repo', include: ['tests/*.test.ts'] } },
			// Checks of the real book in content/: every source line kept, every chapter complete and aligned, and it builds.
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			// Checks of the fixture books' built sites (tests/fixtures/books, built by the global setup when they or the code changed).
			// One file at a time: several of them build other books, and builds share the project's .astro/ folder.
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/setup/build-fixtures.ts'],
					fileParallelism: false,
					hookTimeout: 300_000,
				},
			},
			// The fixture books' PDFs: structure with pdf.js, fonts, tags and text with poppler.
			{
				test: {
					name: 'pdf',
					include: ['tests/pdf/**/*.test.ts'],
					globalSetup: ['tests/setup/build-fixtures.ts'],
					hookTimeout: 300_000,
				},
			},
			// The fixture books' EPUBs: EPUBCheck, the passages of the Persian–English book, screenshots in Chromium.
			{
				test: {
					name: 'epub',
					include: ['tests/epub/**/*.test.ts'],
					globalSetup: ['tests/setup/build-fixtures.ts'],
					hookTimeout: 300_000,
				},
			},
			// Real Chromium against the fixture books' sites, served as a static host would. After the other projects (groupOrder 1):
			// the hostile-source test builds another book, which must not overlap the site tests' builds, and the
			// browser's timings should not compete with them for the two cores.
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/setup/serve-fixtures.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					fileParallelism: false,
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
