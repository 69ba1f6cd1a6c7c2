// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The book (content/, or BOOK_CONTENT_DIR) decides the site URL and its languages; src/lib/read-book.ts validates the file in full.
const contentDir = process.env.BOOK_CONTENT_DIR ?? 'content';
const book = JSON.parse(readFileSync(`${contentDir}/book.json`, 'utf8'));
const locales = Object.fromEntries(book.languages.map((/** @type {{code: string}} */ language) => [language.code, language.code]));

/**
 * @font-face variants of a @fontsource package: its woff2 file and unicode-range per subset and weight,
 * read from the package itself so that the build needs no network.
 * @param {string} family @param {string[]} subsets @param {number[]} weights
 */
function fontsourceVariants(family, subsets, weights) {
	const variants = subsets.flatMap((subset) =>
		weights.map((weight) => {
			const unicodeRange = JSON.parse(readFileSync(`node_modules/@fontsource/${family}/unicode.json`, 'utf8'))[subset].split(',');
			return { src: [`./node_modules/@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff2`], weight, style: 'normal', unicodeRange };
		}),
	);
	return /** @type {[any, ...any[]]} */ (variants);
}

export default defineConfig({
	site: process.env.SITE_URL ?? book.site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		mdx(),
		// Only the one indexable URL of each text: pair views (/<lang>/<slug>/<companion>/) point at it by canonical link.
		sitemap({ i18n: { defaultLocale: book.defaultLanguage, locales }, filter: (page) => !/\/404\/?$/.test(page) && new URL(page).pathname.split('/').filter(Boolean).length <= 2 }),
	],
	// Self-hosted fonts from @fontsource packages, one file per script subset and weight, preloaded.
	// font-display "optional": a face that is not there at first paint is not swapped in later, so the
	// layout never shifts (the metric-matched fallbacks Astro generates need Times New Roman or Arial,
	// which Linux machines lack); preloading makes the web font ready in time on any usable connection.
	fonts: [
		{ provider: fontProviders.local(), name: 'Literata', cssVariable: '--font-literata', display: 'optional', fallbacks: ['Georgia', 'serif'], options: { variants: fontsourceVariants('literata', ['latin'], [400, 700]) } },
		// A family of its own so that pages preload only the basic Latin file; browsers fetch this one only for text that needs it.
		{ provider: fontProviders.local(), name: 'Literata', cssVariable: '--font-literata-ext', display: 'optional', fallbacks: [], options: { variants: fontsourceVariants('literata', ['latin-ext'], [400, 700]) } },
		{ provider: fontProviders.local(), name: 'Vazirmatn', cssVariable: '--font-vazirmatn', display: 'optional', fallbacks: ['Tahoma', 'sans-serif'], options: { variants: fontsourceVariants('vazirmatn', ['arabic'], [400, 700]) } },
		// Vazirmatn's own Latin letters for Latin words inside Persian text, fetched only where such words occur.
		{ provider: fontProviders.local(), name: 'Vazirmatn', cssVariable: '--font-vazirmatn-latin', display: 'optional', fallbacks: [], options: { variants: fontsourceVariants('vazirmatn', ['latin'], [400, 700]) } },
	],
});
