// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fontFaces, subsetDir } from './tools/fonts/font-faces.mjs';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The book (content/, or BOOK_CONTENT_DIR) decides the site URL and its languages; src/lib/read-book.ts validates the file in full.
const contentDir = process.env.BOOK_CONTENT_DIR ?? 'content';
const book = JSON.parse(readFileSync(`${contentDir}/book.json`, 'utf8'));
/** @type {string[]} */
const codes = book.languages.map((/** @type {{code: string}} */ language) => language.code);

/** The same page in every language, and x-default, for a URL of the sitemap. @param {string} url */
function sitemapAlternates(url) {
	const parts = new URL(url).pathname.split('/').filter(Boolean);
	const rest = codes.includes(parts[0] ?? '') ? parts.slice(1) : parts;
	const at = (/** @type {string} */ code) => new URL(`/${[code, ...rest].join('/')}/`, url).href;
	return [...codes.map((code) => ({ lang: code, url: at(code) })), { lang: 'x-default', url: rest.length ? at(book.defaultLanguage) : new URL('/', url).href }];
}

/**
 * @font-face variants of one family: the subset files tools/fonts/subset-fonts.ts cut from @fontsource,
 * with the unicode-range of the @fontsource subset they come from.
 * @param {string} family @param {string[]} subsets
 */
function fontVariants(family, subsets) {
	const variants = fontFaces
		.filter((face) => face.family === family && subsets.includes(face.subset))
		.map((face) => {
			const src = `./${subsetDir}/${face.file}`;
			if (!existsSync(src)) throw new Error(`${src} is missing: run "npm run fonts" (npm run build and npm run dev do it first)`);
			return { src: [src], weight: face.weight, style: 'normal', unicodeRange: face.unicodeRange };
		});
	return /** @type {[any, ...any[]]} */ (variants);
}

// Another book's folder gets a cache of its own: Astro's content cache knows entries by id, and a
// book whose ids and text equal this one's (a test's or benchmark's copy) would otherwise be built
// from the other book's files.
const cacheDir = process.env.BOOK_CONTENT_DIR ? `./node_modules/.astro/books/${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}/` : undefined;

export default defineConfig({
	cacheDir,
	site: process.env.SITE_URL ?? book.site,
	trailingSlash: 'always',
	// Stylesheets inline: one round trip less before the first paint on a phone (measured with Lighthouse, see docs/performance.md).
	build: { format: 'directory', inlineStylesheets: 'always' },
	// A Content-Security-Policy <meta> on every page: scripts and styles only from this site or by the
	// hash of their exact inline text (Astro hashes its own; BaseLayout adds the early-preferences
	// script's). 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JavaScript eval.
	// Hosts can send the same policy as a header: see README ("Hosting") and dist/_headers.
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// Chapters hold prose, never code; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
	markdown: { syntaxHighlight: false },
	integrations: [
		mdx(),
		// Only the one indexable URL of each text: pair views (/<lang>/<slug>/<companion>/) point at it by canonical link.
		// Alternates as the pages declare them (Head.astro): every language, and x-default (the root for home pages,
		// the default language elsewhere). The integration's own i18n option took the root for an English page.
		sitemap({ filter: (page) => !/\/404\/?$/.test(page) && new URL(page).pathname.split('/').filter(Boolean).length <= 2, serialize: (item) => ({ ...item, links: sitemapAlternates(item.url) }) }),
	],
	// Self-hosted fonts from @fontsource packages, cut to the characters the book uses, one file per
	// script and weight, preloaded.
	// font-display "optional": a face that is not there at first paint is not swapped in later, so the
	// layout never shifts (the metric-matched fallbacks Astro generates need Times New Roman or Arial,
	// which Linux machines lack); preloading makes the web font ready in time on any usable connection.
	fonts: [
		{ provider: fontProviders.local(), name: 'Literata', cssVariable: '--font-literata', display: 'optional', fallbacks: ['Georgia', 'serif'], options: { variants: fontVariants('literata', ['latin']) } },
		// A family of its own so that pages preload only the basic Latin file; browsers fetch this one only for text that needs it.
		{ provider: fontProviders.local(), name: 'Literata', cssVariable: '--font-literata-ext', display: 'optional', fallbacks: [], options: { variants: fontVariants('literata', ['latin-ext']) } },
		// No fallbacks of its own: Latin words inside Persian text continue in Literata (see --font-persian).
		{ provider: fontProviders.local(), name: 'Vazirmatn', cssVariable: '--font-vazirmatn', display: 'optional', fallbacks: [], options: { variants: fontVariants('vazirmatn', ['arabic']) } },
	],
});
