// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The book (content/, or BOOK_CONTENT_DIR) decides the site URL and its languages; src/lib/read-book.ts validates the file in full.
const contentDir = process.env.BOOK_CONTENT_DIR ?? 'content';
const book = JSON.parse(readFileSync(`${contentDir}/book.json`, 'utf8'));
const locales = Object.fromEntries(book.languages.map((/** @type {{code: string}} */ language) => [language.code, language.code]));

export default defineConfig({
	site: process.env.SITE_URL ?? book.site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), sitemap({ i18n: { defaultLocale: book.defaultLanguage, locales } })],
});
