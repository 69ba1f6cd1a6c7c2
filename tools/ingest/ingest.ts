/** The ingest: one plain-text document in, one chapter out (original-language MDX, verbatim source copy, updated translations and book order). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import slugify from '@sindresorhus/slugify';
import {
	bookFile,
	chapterDir,
	chapterFile,
	chaptersDir,
	sourcesDir,
} from '../../src/lib/book-paths';
import { formatChapterFile, readChapterFile, type ChapterFile } from '../../src/lib/chapter-file';
import { readBook } from '../../src/lib/read-book';
import { segmentHash, sha256 } from '../../src/lib/text-hash';
import type { SegmentDraft } from '../../src/lib/segment-format';
import type { ChapterFrontmatter, RetiredPassage } from '../../src/schemas';
import { assignIds } from './assign-ids';
import { revisionThreshold, sharedText } from './revision';
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
	/** Replace the chapter made from a source of the same name even though the new document is not a revision of it. */
	replace?: boolean;
	/** The date recorded on passages that leave the original (YYYY-MM-DD); today by default. */
	today?: string;
}

export interface IngestResult {
	slug: string;
	language: string;
	/** Files to write: path → new text (or bytes for the verbatim source). Only files whose content changes. */
	writes: Map<string, string | Uint8Array>;
	/** Files to delete after writing (a replaced chapter's files, whose copies are among the writes). */
	removes: string[];
	/** Human-readable lines about what happened. */
	report: string[];
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The chapter whose original was made from a source file of this name, if any. */
function findChapterBySource(
	contentDir: string,
	sourceName: string
): { slug: string; language: string } | undefined {
	const dir = chaptersDir(contentDir);
	if (!existsSync(dir)) return undefined;
	for (const slug of readdirSync(dir)) {
		for (const name of readdirSync(join(dir, slug)).filter((file) => file.endsWith('.mdx'))) {
			const { frontmatter } = readChapterFile(join(dir, slug, name));
			if (frontmatter.provenance.type === 'original' && frontmatter.source?.file === sourceName)
				return { slug, language: frontmatter.language };
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

/** Plans the ingest of one document without touching the disk; throws IngestError on bad input or when it would lose work. */
export function planIngest(options: IngestOptions): IngestResult {
	const contentDir = options.contentDir;
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const book = readBook(contentDir);
	const codes = book.languages.map((language) => language.code);
	const source = readSource(options.file);
	const sourceName = basename(options.file);
	const report: string[] = [];
	const removes: string[] = [];

	let language = options.lang;
	if (language && !codes.includes(language))
		throw new IngestError(
			options.file,
			undefined,
			`--lang ${language}: the book has no language "${language}" (its languages are ${codes.join(', ')}; add it to ${bookFile(contentDir)} first)`
		);
	const detection = detectLanguage(source.text, codes);
	if (!language) {
		if (detection.any === 'und')
			throw new IngestError(
				options.file,
				undefined,
				`cannot tell the language of so short a text; pass --lang (one of ${codes.join(', ')})`
			);
		if (!codes.includes(detection.any))
			throw new IngestError(
				options.file,
				undefined,
				`the text looks like ${languageName(detection.any)} ("${detection.any}"), which is not a language of this book (${codes.join(', ')}); add the language to ${bookFile(contentDir)}, or pass --lang if the detection is wrong`
			);
		language = detection.any;
		report.push(`language: detected ${languageName(language)} (${language})`);
	} else if (detection.any !== 'und' && detection.any !== language) {
		report.push(
			`language: --lang ${language} given; the detector would have said ${languageName(detection.any)} (${detection.any})`
		);
	}

	const { segments: drafts, omitted, author, attribution } = segmentSource(source.text);
	if (!drafts.length)
		throw new IngestError(
			options.file,
			undefined,
			'no article text is left once site chrome is set aside; nothing to make a chapter of'
		);

	const existing = findChapterBySource(contentDir, sourceName);
	if (options.slug && !slugPattern.test(options.slug))
		throw new IngestError(
			options.file,
			undefined,
			`--slug "${options.slug}": use lowercase ASCII letters and digits joined by "-"`
		);
	if (existing && options.slug && existing.slug !== options.slug)
		throw new IngestError(
			options.file,
			undefined,
			`this source is already chapter "${existing.slug}"; to rename it, move ${chapterDir(contentDir, existing.slug)} and change its slug there`
		);
	if (existing && existing.language !== language && !options.replace)
		throw new IngestError(
			options.file,
			undefined,
			`this source is already chapter "${existing.slug}" with original language "${existing.language}", not "${language}"; to replace that chapter with this document, run again with --replace`
		);

	// A document with the name of a chapter's source is a revision of it, unless most of its text differs.
	let previous: ChapterFile | undefined = existing
		? readChapterFile(chapterFile(contentDir, existing.slug, existing.language))
		: undefined;
	let replacing = false;
	if (existing && previous) {
		const shared = sharedText(
			previous.segments.map((segment) => segment.text),
			drafts.map((draft) => draft.text)
		);
		if (shared < revisionThreshold || existing.language !== language) {
			if (!options.replace)
				throw new IngestError(
					options.file,
					undefined,
					`this document has the file name of chapter "${existing.slug}"'s source, but only ${Math.round(shared * 100)}% of its words are that chapter's: it is another text, not a revision. ` +
						`Nothing was changed. To make it a chapter of its own, give the file another name; to replace chapter "${existing.slug}" with it (its present text and translations are kept in ${chapterDir(contentDir, existing.slug)}/replaced-${today}/), run again with --replace.`
				);
			replacing = true;
		}
	}

	const titleSegment = drafts.find((draft) => draft.kind === 'title');
	const derivedTitle = titleSegment?.text ?? firstSentence(drafts[0]!.text);
	let slug = options.slug ?? existing?.slug ?? slugify(options.title ?? derivedTitle);
	if (!slugPattern.test(slug)) slug = slugify(sourceName.replace(/\.[^.]*$/, ''));
	if (
		!existing &&
		existsSync(chapterDir(contentDir, slug)) &&
		readdirSync(chapterDir(contentDir, slug)).some((name) => name.endsWith('.mdx'))
	)
		throw new IngestError(
			options.file,
			undefined,
			`a different chapter already has the slug "${slug}"; pass --slug to choose another`
		);

	const writes = new Map<string, string | Uint8Array>();
	const put = (path: string, content: string | Uint8Array) => {
		const current = existsSync(path) && !removes.includes(path) ? readFileSync(path) : undefined;
		if (!current || !Buffer.from(content).equals(current)) writes.set(path, content);
	};

	if (replacing) {
		// The chapter's present files move, unchanged, to a folder the build does not read: nothing is lost.
		const folder = chapterDir(contentDir, slug);
		let kept = join(folder, `replaced-${today}`);
		for (let n = 2; existsSync(kept); n++) kept = join(folder, `replaced-${today}-${n}`);
		const files = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
		for (const name of files) {
			writes.set(join(kept, name), readFileSync(join(folder, name)));
			removes.push(join(folder, name));
		}
		const translated = files
			.filter((name) => name !== `${existing!.language}.mdx`)
			.map((name) => name.replace(/\.mdx$/, ''));
		report.push(
			`replaced chapter "${slug}": its previous text${translated.length ? ` and its translations (${translated.join(', ')})` : ''} are kept in ${kept}/; the new text starts with no translations`
		);
		previous = undefined;
	}

	const originalPath = chapterFile(contentDir, slug, language);
	const previousRetired = previous?.frontmatter.retired ?? [];
	const ids = assignIds(
		drafts.map((draft) => draft.text),
		previous?.segments ?? [],
		previousRetired.map((passage) => passage.id)
	);
	const segments: SegmentDraft[] = drafts.map((draft, index) => ({
		id: ids[index]!,
		kind: draft.kind,
		section: draft.section,
		depth: draft.depth,
		...(draft.marker ? { marker: draft.marker } : {}),
		text: draft.text,
	}));
	const kept = new Set(ids);
	// Passages that left the original stay in its file, with the date they left.
	const leaving = (previous?.segments ?? []).filter((segment) => !kept.has(segment.id));
	const retired: RetiredPassage[] = [
		...previousRetired,
		...leaving.map((segment) => ({ id: segment.id, text: segment.text, retired: today })),
	];
	const old = replacing ? undefined : previous?.frontmatter;
	const frontmatter: ChapterFrontmatter = {
		language,
		title: options.title ?? old?.title ?? derivedTitle,
		provenance: { type: 'original' },
		slug,
		source: { file: sourceName, sha256: sha256(source.bytes), language },
		author: options.author ?? (old ? (old.author ?? null) : author),
		attribution: options.attribution ?? (old ? (old.attribution ?? null) : attribution),
		// What the publisher or editor added stays with a revised source; a replaced document starts without it.
		...(old?.published ? { published: old.published } : {}),
		...(old?.url ? { url: old.url } : {}),
		...(old?.editorNote ? { editorNote: old.editorNote } : {}),
		omitted,
		...(retired.length ? { retired } : {}),
	};

	const sourceCopy = join(sourcesDir(contentDir), sourceName);
	if (resolve(sourceCopy) !== resolve(options.file)) put(sourceCopy, source.bytes);
	put(originalPath, formatChapterFile(frontmatter, segments));
	if (leaving.length)
		report.push(
			`${language}: ${leaving.length} passage(s) left the original (${leaving.map((segment) => segment.id).join(', ')}); their text is kept under "retired" in ${originalPath}`
		);

	const hashOf = new Map(segments.map((segment) => [segment.id, segmentHash(segment.text)]));
	const changed = segments
		.filter(
			(segment) =>
				previous &&
				previous.segments.find((before) => before.id === segment.id)?.text !== segment.text
		)
		.map((segment) => segment.id);
	for (const code of codes.filter((code) => code !== language)) {
		const path = chapterFile(contentDir, slug, code);
		if (replacing || !existsSync(path)) {
			report.push(
				`${code}: not yet translated (the site shows the original, labeled, until ${path} exists)`
			);
			continue;
		}
		const translation = readChapterFile(path);
		const byId = new Map(translation.segments.map((segment) => [segment.id, segment]));
		const updated: SegmentDraft[] = segments.map((segment) => {
			const done = byId.get(segment.id);
			if (!done || done.untranslated)
				return { ...segment, text: '', source: undefined, untranslated: true };
			return { ...segment, text: done.text, source: done.source, untranslated: undefined };
		});
		const stale = updated.filter(
			(segment) => segment.source && segment.source !== hashOf.get(segment.id)
		).length;
		// A translation of a passage that left the original is kept, never deleted.
		const orphans = translation.segments.filter(
			(segment) => !hashOf.has(segment.id) && !segment.untranslated
		);
		const translationRetired: RetiredPassage[] = [
			...(translation.frontmatter.retired ?? []),
			...orphans.map((segment) => ({
				id: segment.id,
				text: segment.text,
				...(segment.source ? { source: segment.source } : {}),
				retired: today,
			})),
		];
		put(
			path,
			formatChapterFile(
				{
					...translation.frontmatter,
					...(translationRetired.length ? { retired: translationRetired } : {}),
				},
				updated
			)
		);
		const toTranslate = updated.filter((segment) => segment.untranslated).length;
		report.push(
			`${code}: ${stale} stale segment(s) to revise${orphans.length ? `, ${orphans.length} translated passage(s) whose original left (${orphans.map((segment) => segment.id).join(', ')}) kept under "retired" in ${path}` : ''}${toTranslate ? `, ${toTranslate} new segment(s) to translate` : ''}`
		);
	}

	if (!book.chapters.includes(slug)) {
		const raw = JSON.parse(readFileSync(bookFile(contentDir), 'utf8')) as { chapters: string[] };
		raw.chapters.push(slug);
		put(bookFile(contentDir), `${JSON.stringify(raw, null, '\t')}\n`);
	}
	// A replaced chapter's file that the new text takes the place of is written, not removed.
	const removed = removes.filter((path) => !writes.has(path));
	report.unshift(
		`chapter "${slug}" (${language}): ${segments.length} segments, ${omitted.length} source line(s) left out as site chrome${previous ? `, ${changed.length} changed since the last ingest` : ''}`
	);
	return { slug, language, writes, removes: removed, report };
}
