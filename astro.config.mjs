// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The book decides the site URL and its languages; src/lib/read-book.ts validates the file in full.
const book = JSON.parse(readFileSync(new URL('./content/book.json', import.meta.url), 'utf8'));
const locales = Object.fromEntries(book.languages.map((/** @type {{code: string}} */ language) => [language.code, language.code]));

export default defineConfig({
	site: process.env.SITE_URL ?? book.site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), sitemap({ i18n: { defaultLocale: book.defaultLanguage, locales } })],
});
