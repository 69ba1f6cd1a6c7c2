/** A minimal Starlight site holding the same chapters as a book, in the book's languages, and one timed build of it: the yardstick for the site build. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Book } from '../../src/schemas';
import type { ChapterVersion } from '../../src/lib/assemble-book';
import { readBookFromDisk } from '../../src/lib/read-chapters';
import { filesUnder, totalBytes } from '../lib/files';
import { measuredRun } from './measured-run';

/**
 * Where the Starlight site of the book in `contentDir` is written: inside the project's node_modules, so that
 * `astro` and `@astrojs/starlight` resolve from the project's own node_modules by walking up from the site.
 */
export function starlightSiteDir(contentDir: string): string {
	return join(
		'node_modules/.cache/bench-starlight',
		createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)
	);
}

/**
 * Text that Markdown reads back as it is, escaped as little as a writer would: the characters that can open inline
 * syntax (emphasis, code, links, HTML, entities, tables, strikethrough, Starlight's `:name` directives) anywhere, and
 * at the start what would make a block of it (a list, a thematic break). Whitespace runs become one space, as HTML
 * shows them, so that no line break splits the passage and no indentation makes it code.
 */
export function markdownText(text: string): string {
	return text
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/[\\`*_[\]<>#!|~&{}:$]/gu, '\\$&')
		.replace(/^[-+=]/u, '\\$&')
		.replace(/^(\d+)([.)])/u, '$1\\$2');
}

/** A YAML string scalar: a JSON string is one (double-quoted, the same escapes). */
const yamlString = (text: string) => JSON.stringify(text);

/** Starlight's locale key and content folder of a language: lowercase, as Starlight's slugs of paths are. */
export const localeKey = (code: string) => code.toLowerCase();

/** One chapter in one language as a Starlight page: the title in the frontmatter (Starlight shows it as the page's h1), each passage a block. */
export function chapterMarkdown(version: ChapterVersion): string {
	const blocks = version.segments
		// The title passage is the page's h1 on this project's pages too; Starlight takes it from the frontmatter.
		.filter(
			(segment, index) =>
				!(index === 0 && segment.kind === 'title' && segment.text === version.title)
		)
		.map((segment) => {
			const text = markdownText(segment.text);
			if (segment.kind === 'title' || segment.kind === 'heading') return `## ${text}`;
			if (segment.kind === 'quote') return `> ${text}`;
			return text;
		});
	return `---\ntitle: ${yamlString(version.title)}\n---\n\n${blocks.join('\n\n')}\n`;
}

/** A locale's index page: the book's title, subtitle and introduction in that language, and its chapters as links. */
function indexMarkdown(
	book: Book,
	lang: string,
	chapterTitles: { slug: string; title: string }[]
): string {
	const intro = book.intro[lang]!.split(/\n\s*\n/u).map(markdownText);
	const links = chapterTitles.map(
		({ slug, title }) => `- [${markdownText(title)}](/${localeKey(lang)}/${slug}/)`
	);
	return `---\ntitle: ${yamlString(book.title[lang]!)}\ndescription: ${yamlString(book.subtitle[lang]!)}\n---\n\n${[...intro, links.join('\n')].join('\n\n')}\n`;
}

/** The site's Starlight options: the book's languages as its locales, everything else Starlight's defaults (Pagefind search included). */
export function starlightOptions(book: Book) {
	return {
		title: Object.fromEntries(
			book.languages.map((language) => [language.code, book.title[language.code]!])
		),
		defaultLocale: localeKey(book.defaultLanguage),
		locales: Object.fromEntries(
			book.languages.map((language) => [
				localeKey(language.code),
				{ label: language.name, lang: language.code, dir: language.dir },
			])
		),
	};
}

/** The site's Astro config: Starlight with the options in starlight.json (a file of data, which tests can read). */
const astroConfig = (book: Book) =>
	[
		"import { defineConfig } from 'astro/config';",
		"import starlight from '@astrojs/starlight';",
		"import options from './starlight.json';",
		'',
		'// Written by tools/bench/starlight-site.ts: the same chapters as the book, in its languages.',
		'export default defineConfig({',
		`\tsite: ${JSON.stringify(book.site)},`,
		"\t// The book's site has a root page too; Starlight has no root locale here, so the root sends readers to the default one.",
		`\tredirects: { '/': ${JSON.stringify(`/${localeKey(book.defaultLanguage)}/`)} },`,
		'\tintegrations: [starlight(options)],',
		'});',
		'',
	].join('\n');

const contentConfig = [
	"import { defineCollection } from 'astro:content';",
	"import { docsLoader } from '@astrojs/starlight/loaders';",
	"import { docsSchema } from '@astrojs/starlight/schema';",
	'',
	'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
	'',
].join('\n');

/** What was written: the site's folder and how many Markdown pages it holds. */
export interface StarlightSite {
	dir: string;
	pages: number;
}

/** Writes the Starlight site of the book in `contentDir` into `siteDir`, replacing what was there (Astro's caches in it too). */
export function writeStarlightSite(
	contentDir: string,
	siteDir: string = starlightSiteDir(contentDir)
): StarlightSite {
	const { book, chapters } = readBookFromDisk(contentDir);
	rmSync(siteDir, { recursive: true, force: true });
	writeFileSync(join(mkdirp(siteDir), 'astro.config.mjs'), astroConfig(book));
	writeFileSync(
		join(siteDir, 'starlight.json'),
		`${JSON.stringify(starlightOptions(book), null, '\t')}\n`
	);
	writeFileSync(join(mkdirp(join(siteDir, 'src')), 'content.config.ts'), contentConfig);
	let pages = 0;
	for (const { code } of book.languages) {
		const docs = mkdirp(join(siteDir, 'src/content/docs', localeKey(code)));
		for (const chapter of chapters)
			writeFileSync(join(docs, `${chapter.slug}.md`), chapterMarkdown(chapter.versions[code]!));
		writeFileSync(
			join(docs, 'index.md'),
			indexMarkdown(
				book,
				code,
				chapters.map((chapter) => ({ slug: chapter.slug, title: chapter.versions[code]!.title }))
			)
		);
		pages += chapters.length + 1;
	}
	return { dir: siteDir, pages };
}

const mkdirp = (dir: string) => {
	mkdirSync(dir, { recursive: true });
	return dir;
};

/** One build of a Starlight site: wall time and peak memory of `astro build`, and what it wrote. */
export interface StarlightBuild {
	ms: number;
	peakRssBytes: number;
	/** HTML files in the output, Pagefind's own excluded (the redirect at the root and the 404 page included). */
	pages: number;
	htmlBytes: number;
	/** Every file of Pagefind's index. */
	searchIndexBytes: number;
}

/** Builds the site in `siteDir` with the project's `astro build` (as this project's own build is timed) into `<siteDir>/dist`. */
export async function buildStarlightSite(siteDir: string): Promise<StarlightBuild> {
	const run = await measuredRun('node_modules/.bin/astro', [
		'build',
		'--silent',
		'--root',
		siteDir,
	]);
	const dist = join(siteDir, 'dist');
	// A Starlight build without its search index is not the build it should be compared with.
	if (!existsSync(join(dist, 'pagefind', 'pagefind.js')))
		throw new Error(`the Starlight build in ${siteDir} wrote no Pagefind index`);
	const all = filesUnder(dist);
	const html = all.filter(
		(file) => file.path.endsWith('.html') && !file.path.includes('/pagefind/')
	);
	return {
		ms: run.ms,
		peakRssBytes: run.peakRssBytes,
		pages: html.length,
		htmlBytes: totalBytes(html),
		searchIndexBytes: totalBytes(all.filter((file) => file.path.includes('/pagefind/'))),
	};
}
