/** The ingest: one plain-text document in, one chapter out (original-language MDX, verbatim source copy, updated translations and book order). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { bookFile, chapterDir, chapterFile, chaptersDir, sourcesDir } from '../../src/lib/book-paths';
import { formatChapterFile, readChapterFile, type ChapterFile } from '../../src/lib/chapter-file';
import { readBook } from '../../src/lib/read-book';
import { segmentHash, sha256 } from '../../src/lib/text-hash';
import type { SegmentDraft } from '../../src/lib/segment-format';
import type { ChapterFrontmatter } from '../../src/schemas';
import { assignIds } from './assign-ids';
import { detectLanguage, languageName } from './detect-language';
import { IngestError } from './ingest-error';
import { readSource } from './read-source';
import { segmentSource } from './segment-source';

export interface IngestOptions {
	file: string;
	contentDir: string;
	lang?: string;
	slug?: string;
	title?: string;
	author?: string;
	attribution?: string;
}

export interface IngestResult {
	slug: string;
	language: string;
	/** Files to write: path → new text (or bytes for the verbatim source). Only files whose content changes. */
	writes: Map<string, string | Uint8Array>;
	/** Human-readable lines about what happened. */
	report: string[];
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The chapter whose original was made from a source file of this name, if any. */
function findChapterBySource(contentDir: string, sourceName: string): { slug: string; language: string } | undefined {
	const dir = chaptersDir(contentDir);
	if (!existsSync(dir)) return undefined;
	for (const slug of readdirSync(dir)) {
		for (const name of readdirSync(join(dir, slug)).filter((file) => file.endsWith('.mdx'))) {
			const { frontmatter } = readChapterFile(join(dir, slug, name));
			if (frontmatter.provenance.type === 'original' && frontmatter.source?.file === sourceName) return { slug, language: frontmatter.language };
		}
	}
	return undefined;
}

/** The first sentence, cut at a word boundary, for a document without a title line. */
function firstSentence(text: string): string {
	const sentence = /^.*?[.!?؟…](\s|$)/u.exec(text)?.[0].trim() ?? text;
	if (sentence.length <= 70) return sentence.replace(/[.]$/, '');
	return `${sentence.slice(0, 70).replace(/\s+\S*$/u, '')}…`;
}

/** Plans the ingest of one document without touching the disk; throws IngestError on bad input. */
export function planIngest(options: IngestOptions): IngestResult {
	const contentDir = options.contentDir;
	const book = readBook(contentDir);
	const codes = book.languages.map((language) => language.code);
	const source = readSource(options.file);
	const sourceName = basename(options.file);
	const report: string[] = [];

	let language = options.lang;
	if (language && !codes.includes(language)) throw new IngestError(options.file, undefined, `--lang ${language}: the book has no language "${language}" (its languages are ${codes.join(', ')}; add it to ${bookFile(contentDir)} first)`);
	const detection = detectLanguage(source.text, codes);
	if (!language) {
		if (detection.any === 'und') throw new IngestError(options.file, undefined, `cannot tell the language of so short a text; pass --lang (one of ${codes.join(', ')})`);
		if (!codes.includes(detection.any)) throw new IngestError(options.file, undefined, `the text looks like ${languageName(detection.any)} ("${detection.any}"), which is not a language of this book (${codes.join(', ')}); add the language to ${bookFile(contentDir)}, or pass --lang if the detection is wrong`);
		language = detection.any;
		report.push(`language: detected ${languageName(language)} (${language})`);
	} else if (detection.any !== 'und' && detection.any !== language) {
		report.push(`language: --lang ${language} given; the detector would have said ${languageName(detection.any)} (${detection.any})`);
	}

	const { segments: drafts, omitted, author, attribution } = segmentSource(source.text);
	if (!drafts.length) throw new IngestError(options.file, undefined, 'no article text is left once site chrome is set aside; nothing to make a chapter of');

	const existing = findChapterBySource(contentDir, sourceName);
	if (options.slug && !slugPattern.test(options.slug)) throw new IngestError(options.file, undefined, `--slug "${options.slug}": use lowercase ASCII letters and digits joined by "-"`);
	if (existing && options.slug && existing.slug !== options.slug) throw new IngestError(options.file, undefined, `this source is already chapter "${existing.slug}"; to rename it, move content/chapters/${existing.slug} and change its slug there`);
	if (existing && existing.language !== language) throw new IngestError(options.file, undefined, `this source is already chapter "${existing.slug}" with original language "${existing.language}", not "${language}"`);
	const titleSegment = drafts.find((draft) => draft.kind === 'title');
	const derivedTitle = titleSegment?.text ?? firstSentence(drafts[0]!.text);
	let slug = options.slug ?? existing?.slug ?? slugify(options.title ?? derivedTitle);
	if (!slugPattern.test(slug)) slug = slugify(sourceName.replace(/\.[^.]*$/, ''));
	if (!existing && existsSync(chapterDir(contentDir, slug)) && readdirSync(chapterDir(contentDir, slug)).length)
		throw new IngestError(options.file, undefined, `a different chapter already has the slug "${slug}"; pass --slug to choose another`);

	const originalPath = chapterFile(contentDir, slug, language);
	const previous: ChapterFile | undefined = existsSync(originalPath) ? readChapterFile(originalPath) : undefined;
	const ids = assignIds(
		drafts.map((draft) => draft.text),
		previous?.segments ?? [],
	);
	const segments: SegmentDraft[] = drafts.map((draft, index) => ({ id: ids[index]!, kind: draft.kind, section: draft.section, depth: draft.depth, text: draft.text }));
	const old = previous?.frontmatter;
	const frontmatter: ChapterFrontmatter = {
		language,
		title: options.title ?? old?.title ?? derivedTitle,
		provenance: { type: 'original' },
		slug,
		source: { file: sourceName, sha256: sha256(source.bytes), language },
		author: options.author ?? (old ? (old.author ?? null) : author),
		attribution: options.attribution ?? (old ? (old.attribution ?? null) : attribution),
		omitted,
	};

	const writes = new Map<string, string | Uint8Array>();
	const put = (path: string, content: string | Uint8Array) => {
		const current = existsSync(path) ? readFileSync(path) : undefined;
		if (!current || !Buffer.from(content).equals(current)) writes.set(path, content);
	};
	const sourceCopy = join(sourcesDir(contentDir), sourceName);
	if (resolve(sourceCopy) !== resolve(options.file)) put(sourceCopy, source.bytes);
	put(originalPath, formatChapterFile(frontmatter, segments));

	const hashOf = new Map(segments.map((segment) => [segment.id, segmentHash(segment.text)]));
	const changed = segments.filter((segment) => previous && previous.segments.find((old) => old.id === segment.id)?.text !== segment.text).map((segment) => segment.id);
	for (const code of codes.filter((code) => code !== language)) {
		const path = chapterFile(contentDir, slug, code);
		if (!existsSync(path)) {
			report.push(`${code}: not yet translated (the site shows the original, labeled, until ${path} exists)`);
			continue;
		}
		const translation = readChapterFile(path);
		const byId = new Map(translation.segments.map((segment) => [segment.id, segment]));
		const kept: SegmentDraft[] = segments.map((segment) => {
			const done = byId.get(segment.id);
			if (!done || done.untranslated) return { ...segment, text: '', source: undefined, untranslated: true };
			return { ...segment, text: done.text, source: done.source, untranslated: undefined };
		});
		const stale = kept.filter((segment) => segment.source && segment.source !== hashOf.get(segment.id)).length;
		const dropped = translation.segments.filter((segment) => !hashOf.has(segment.id)).map((segment) => segment.id);
		put(path, formatChapterFile(translation.frontmatter, kept));
		report.push(`${code}: ${stale} stale segment(s) to revise${dropped.length ? `, removed ${dropped.join(', ')} (no longer in the original)` : ''}${kept.some((s) => s.untranslated) ? `, ${kept.filter((s) => s.untranslated).length} new segment(s) to translate` : ''}`);
	}

	if (!book.chapters.includes(slug)) {
		const raw = JSON.parse(readFileSync(bookFile(contentDir), 'utf8')) as { chapters: string[] };
		raw.chapters.push(slug);
		put(bookFile(contentDir), `${JSON.stringify(raw, null, '\t')}\n`);
	}
	report.unshift(`chapter "${slug}" (${language}): ${segments.length} segments, ${omitted.length} source line(s) left out as site chrome${previous ? `, ${changed.length} changed since the last ingest` : ''}`);
	return { slug, language, writes, report };
}
