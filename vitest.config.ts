import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['src/**/*.test.ts', 'tools/**/*.test.ts'] } },
			// Checks of the committed book: every source line kept, every chapter complete and aligned.
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			// Checks of the built site in dist/ (run after `npm run build`; `npm test` does both).
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
		],
	},
});
