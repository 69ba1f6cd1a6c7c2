/** Puts chapter files together into chapters: one original, its translations aligned by segment id, fallbacks for missing languages, staleness derived from hashes. */
import { dirname, join } from 'node:path';
import type {
	Book,
	ChapterFrontmatter,
	Omission,
	Provenance,
	SectionKind,
	SegmentKind,
} from '../schemas';
import { parseChapterFile } from './chapter-file';
import { segmentHash, sha256 } from './text-hash';
import { displayPath, FileError } from './file-error';

/** One chapter file as found on disk. */
export interface ChapterSourceFile {
	/** Path for messages, e.g. `content/chapters/<slug>/<lang>.mdx`. */
	path: string;
	slug: string;
	/** Language from the file name. */
	fileLanguage: string;
	raw: string;
}

/** A segment ready to show: the text, its real language, and whether it is current. */
export interface ShownSegment {
	id: string;
	kind: SegmentKind;
	section: SectionKind;
	depth: number;
	/** A numbered list item's number as the original writes it ("1."). */
	marker?: string;
	text: string;
	html: string;
	/** Language of `text`: the original's where this version falls back to it. */
	lang: string;
	/** The original changed since this translation was made. */
	stale: boolean;
	/** No translation yet; `text` is the original's. */
	untranslated: boolean;
}

/** A chapter in one book language. */
export interface ChapterVersion {
	language: string;
	/** `fallback`: no translation yet, the original is shown in its place. */
	status: 'original' | 'translation' | 'fallback';
	title: string;
	/** Language of the title text. */
	titleLang: string;
	provenance: Provenance;
	/** The book editor's note in this version's language (a fallback has the original's, in the original's language). */
	editorNote?: { text: string; lang: string };
	segments: ShownSegment[];
}

export interface Chapter {
	slug: string;
	/** A digest of everything the chapter is made from (its files, its place, the book's languages): equal digests, equal chapters. */
	digest: string;
	/** Position in the book, from 0. */
	index: number;
	originalLanguage: string;
	author: string | null;
	attribution: string | null;
	/** When the source was published (YYYY-MM-DD), if known. */
	published?: string;
	/** Where the source can be read, if known. */
	url?: string;
	source: NonNullable<ChapterFrontmatter['source']>;
	omitted: Omission[];
	versions: Record<string, ChapterVersion>;
}

/** Content that cannot make a book, naming the file and the problem. */
export class BookContentError extends FileError {
	constructor(file: string, reason: string) {
		super(file, undefined, reason);
	}
}

/** Chapters already assembled, by digest: a reader passes the same map to every read so that unchanged chapters are not parsed again. */
export type ChapterCache = Map<string, Chapter>;

/** Builds all chapters in book order, reusing from `cache` those whose files did not change; throws BookContentError on inconsistent content. */
export function assembleBook(
	book: Book,
	files: ChapterSourceFile[],
	bookPath = 'content/book.json',
	cache?: ChapterCache
): Chapter[] {
	const codes = book.languages.map((language) => language.code);
	const bySlug = new Map<string, ChapterSourceFile[]>();
	for (const file of files) {
		if (!codes.includes(file.fileLanguage))
			throw new BookContentError(
				file.path,
				`"${file.fileLanguage}" is not a language of this book (${codes.join(', ')}); add it to ${bookPath} or remove the file`
			);
		bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file]);
	}
	for (const slug of bySlug.keys())
		if (!book.chapters.includes(slug))
			throw new BookContentError(
				bySlug.get(slug)![0]!.path,
				`chapter "${slug}" is not listed in the "chapters" of ${bookPath}`
			);

	const chapters = book.chapters.map((slug, index) => {
		const chapterFiles = bySlug.get(slug);
		if (!chapterFiles)
			throw new BookContentError(
				bookPath,
				`"chapters" lists "${slug}", but there is no folder ${join(dirname(bookPath), 'chapters', slug)}/ with chapter files`
			);
		const inputs = [...chapterFiles]
			.sort((a, b) => (a.path < b.path ? -1 : 1))
			.map((file) => [file.path, file.fileLanguage, file.raw]);
		const digest = sha256(JSON.stringify([codes, bookPath, slug, index, inputs])).slice(0, 16);
		return (
			cache?.get(digest) ?? assembleChapter(codes, slug, index, chapterFiles, bookPath, digest)
		);
	});
	if (cache) {
		// Only what this read produced: a long dev session does not keep every past version of a chapter.
		cache.clear();
		for (const chapter of chapters) cache.set(chapter.digest, chapter);
	}
	return chapters;
}

/** One chapter from its files: the original, its translations checked against it segment by segment, fallbacks for missing languages. */
function assembleChapter(
	codes: string[],
	slug: string,
	index: number,
	chapterFiles: ChapterSourceFile[],
	bookPath: string,
	digest: string
): Chapter {
	const folder = `${join(dirname(bookPath), 'chapters', slug)}/`;
	const parsed = chapterFiles.map((file) => {
		const chapter = parseChapterFile(file.raw, file.path);
		if (chapter.frontmatter.language !== file.fileLanguage)
			throw new BookContentError(
				file.path,
				`frontmatter says language "${chapter.frontmatter.language}" but the file name says "${file.fileLanguage}"`
			);
		return { file, ...chapter };
	});
	const originals = parsed.filter((version) => version.frontmatter.provenance.type === 'original');
	if (originals.length !== 1)
		throw new BookContentError(
			folder,
			originals.length
				? `has ${originals.length} originals (${originals.map((o) => o.file.path).join(', ')}); a chapter has exactly one`
				: 'has no original-language file (provenance type "original")'
		);
	const original = originals[0]!;
	const meta = original.frontmatter;
	if (meta.slug !== slug)
		throw new BookContentError(
			original.file.path,
			`frontmatter slug "${meta.slug}" differs from its folder "${slug}"`
		);
	const originalIds = original.segments.map((segment) => segment.id);
	const hashes = new Map(
		original.segments.map((segment) => [segment.id, segmentHash(segment.text)])
	);
	const originalById = new Map(original.segments.map((segment) => [segment.id, segment]));

	const versions: Record<string, ChapterVersion> = {};
	for (const version of parsed) {
		const ids = version.segments.map((segment) => segment.id);
		const missing = originalIds.filter((id) => !ids.includes(id));
		const extra = ids.filter((id) => !originalIds.includes(id));
		if (missing.length)
			throw new BookContentError(
				version.file.path,
				`is missing segment(s) ${missing.join(', ')} of the original ${displayPath(original.file.path)}`
			);
		if (extra.length)
			throw new BookContentError(
				version.file.path,
				`has segment(s) ${extra.join(', ')} that the original ${displayPath(original.file.path)} does not have`
			);
		if (ids.join() !== originalIds.join())
			throw new BookContentError(
				version.file.path,
				`has the original's segments in a different order`
			);
		const isOriginal = version === original;
		versions[version.frontmatter.language] = {
			language: version.frontmatter.language,
			status: isOriginal ? 'original' : 'translation',
			title: version.frontmatter.title,
			titleLang: version.frontmatter.language,
			provenance: version.frontmatter.provenance,
			...(version.frontmatter.editorNote
				? {
						editorNote: {
							text: version.frontmatter.editorNote,
							lang: version.frontmatter.language,
						},
					}
				: {}),
			segments: version.segments.map((segment) => {
				const source = originalById.get(segment.id)!;
				const shown = segment.untranslated ? source : segment;
				return {
					id: segment.id,
					kind: source.kind,
					section: source.section,
					depth: source.depth,
					...(source.marker ? { marker: source.marker } : {}),
					text: shown.text,
					html: shown.html,
					lang: segment.untranslated ? meta.language : version.frontmatter.language,
					stale: !isOriginal && !segment.untranslated && segment.source !== hashes.get(segment.id),
					untranslated: Boolean(segment.untranslated),
				};
			}),
		};
	}
	const originalVersion = versions[meta.language]!;
	for (const code of codes) {
		versions[code] ??= {
			...originalVersion,
			language: code,
			status: 'fallback',
			segments: originalVersion.segments.map((segment) => ({ ...segment, untranslated: true })),
		};
	}
	return {
		slug,
		digest,
		index,
		originalLanguage: meta.language,
		author: meta.author ?? null,
		attribution: meta.attribution ?? null,
		...(meta.published ? { published: meta.published } : {}),
		...(meta.url ? { url: meta.url } : {}),
		source: meta.source!,
		omitted: meta.omitted ?? [],
		versions,
	};
}
