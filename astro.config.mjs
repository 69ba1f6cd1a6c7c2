// @ts-check
import { join } from 'node:path';
import { defineConfig, fontProviders } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { bookWorkDir, contentDir } from './src/lib/content-dir';
import { siteAddress } from './src/lib/site-address';
import { pairCss } from './src/lib/pair-css';
import { fallbackVariable, fontDir, languageCss } from './src/lib/web-fonts';
import { bookIntegration, prepareBook } from './tools/astro/book-integration';

// The book (content/, or BOOK_CONTENT_DIR) decides the site URL, its languages and its fonts: read and checked
// here, before anything else, with its web fonts cut to its characters.
const prepared = await prepareBook(contentDir);
const { book } = prepared.read;
const codes = book.languages.map((language) => language.code);
// SITE_URL or book.json's site; a path in it (a GitHub Pages project site: /<repo>/) is where every page lives.
const address = siteAddress(book);
const base = address.pathname;

/** The same page in every language, and x-default, for a URL of the sitemap. @param {string} url */
function sitemapAlternates(url) {
	const parts = new URL(url).pathname.slice(base.length).split('/').filter(Boolean);
	const rest = codes.includes(parts[0] ?? '') ? parts.slice(1) : parts;
	const at = (/** @type {string} */ code) =>
		new URL(`${base}${[code, ...rest].join('/')}/`, url).href;
	return [
		...codes.map((code) => ({ lang: code, url: at(code) })),
		{ lang: 'x-default', url: rest.length ? at(book.defaultLanguage) : new URL(base, url).href },
	];
}

/**
 * Self-hosted fonts: the faces tools/fonts cut from @fontsource packages for the book's writing systems
 * (src/lib/writing-systems.ts), one Astro family per family and subset, so that a page preloads only the
 * subset its text needs and browsers fetch the others only for text that uses them.
 * font-display "optional": a face that is not there at first paint is not swapped in later, so the
 * layout never shifts (the metric-matched fallbacks Astro generates need Times New Roman or Arial,
 * which Linux machines lack); preloading makes the web font ready in time on any usable connection.
 */
const faces = prepared.faces;
const fonts = [...new Set(faces.map((face) => face.cssVariable))].map((cssVariable) => {
	const variants = faces.filter((face) => face.cssVariable === cssVariable);
	return {
		provider: fontProviders.local(),
		// A family exists because a face has it.
		name: /** @type {typeof faces[number]} */ (variants[0]).family,
		cssVariable,
		display: /** @type {const} */ ('optional'),
		// Generic fallbacks once, at the end of every stack (src/lib/web-fonts.ts: the Latin family comes last).
		fallbacks: cssVariable === fallbackVariable(book) ? ['Georgia', 'serif'] : [],
		options: {
			variants: /** @type {[any, ...any[]]} */ (
				variants.map((face) => ({
					src: [`./${join(fontDir(contentDir), face.file)}`],
					weight: face.weight,
					style: 'normal',
					unicodeRange: face.unicodeRange,
				}))
			),
		},
	};
});

/** The language stylesheet (each language's font stack and line height, and which companion's column shows), imported by BaseLayout as virtual:book/languages.css. */
function languageStylesheet() {
	const id = 'virtual:book/languages.css';
	return {
		name: 'book-language-stylesheet',
		/** @param {string} source */
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		/** @param {string} resolved */
		load: (resolved) =>
			resolved === `\0${id}` ? `${languageCss(book, faces)}${pairCss(book)}` : undefined,
	};
}

// Every book gets an Astro cache of its own: Astro's content cache knows entries by id, and a book whose
// ids and text equal another's (a test's or benchmark's copy) would otherwise be built from the other's files.
const cacheDir = `./${join(bookWorkDir(contentDir), 'astro')}/`;

export default defineConfig({
	cacheDir,
	site: address.origin,
	base,
	trailingSlash: 'always',
	// Stylesheets inline: one round trip less before the first paint on a phone (measured with Lighthouse, see docs/performance.md).
	// Several pages at a time: the share images are drawn in worker threads (src/lib/share-image.ts), one per core,
	// while other pages render.
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
	// A Content-Security-Policy <meta> on every page: scripts and styles only from this site or by the
	// hash of their exact inline text (Astro hashes its own; BaseLayout adds the early-preferences
	// script's). 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JavaScript eval.
	// Hosts can send the same policy as a header: see README ("Hosting") and dist/_headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// No highlighter: chapters hold prose, never code, and Astro warns that its default (Shiki) needs 'unsafe-inline' under the CSP.
	markdown: { syntaxHighlight: false },
	integrations: [
		// Only the one indexable URL of each text: pair views (/<lang>/<slug>/<companion>/) point at it by canonical link.
		// Alternates as the pages declare them (Head.astro): every language, and x-default (the root for home pages,
		// the default language elsewhere). The integration's own i18n option took the root for an English page.
		sitemap({
			filter: (page) =>
				!/\/404\/?$/.test(page) &&
				new URL(page).pathname.slice(base.length).split('/').filter(Boolean).length <= 2,
			serialize: (item) => ({ ...item, links: sitemapAlternates(item.url) }),
		}),
		// Last, after the sitemap: PDFs before the pages; headers, search and PDFs into the output after them.
		bookIntegration(prepared),
	],
	fonts,
	vite: {
		// The base for src/lib/urls.ts, in pages and client scripts alike.
		define: { __SITE_BASE__: JSON.stringify(base) },
		plugins: [languageStylesheet()],
		build: {
			rollupOptions: {
				// The URL helpers travel with preferences.ts, which every page loads: shared with the search engine (loaded
				// on first use), they would otherwise be a chunk of their own, one more request before a page is ready.
				output: {
					codeSplitting: {
						groups: [
							{ name: 'preferences', test: /src[\\/](scripts[\\/]preferences|lib[\\/]urls)\.ts$/ },
						],
					},
				},
			},
		},
	},
});
