/** Moves a chapter's text out to translators as JSON and their translation back in as a chapter file, with the source hashes that make staleness visible. */
import { existsSync, readdirSync } from 'node:fs';
import { chapterDir, chapterFile } from '../../src/lib/book-paths';
import { formatChapterFile, readChapterFile, type ChapterFile } from '../../src/lib/chapter-file';
import { readBook } from '../../src/lib/read-book';
import { segmentHash } from '../../src/lib/text-hash';
import type { SegmentDraft } from '../../src/lib/segment-format';

/** What a translator receives and returns. */
export interface TranslationJob {
	slug: string;
	from: string;
	to: string;
	title: string;
	/** Who made the translation, said honestly. */
	by?: string;
	/** YYYY-MM-DD. */
	date?: string;
	segments: { id: string; kind?: string; text: string }[];
}

/** The original-language file of a chapter. */
export function readOriginal(contentDir: string, slug: string): ChapterFile {
	const dir = chapterDir(contentDir, slug);
	if (!existsSync(dir)) throw new Error(`no chapter "${slug}" in ${dir}`);
	for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
		const chapter = readChapterFile(`${dir}/${name}`);
		if (chapter.frontmatter.provenance.type === 'original') return chapter;
	}
	throw new Error(`chapter "${slug}" has no original-language file in ${dir}`);
}

/** The original's segments as a job for translating into `to`. */
export function exportJob(contentDir: string, slug: string, to: string): TranslationJob {
	const original = readOriginal(contentDir, slug);
	return {
		slug,
		from: original.frontmatter.language,
		to,
		title: original.frontmatter.title,
		segments: original.segments.map((segment) => ({ id: segment.id, kind: segment.kind, text: segment.text })),
	};
}

/** Checks a returned job against the current original and returns the chapter file path and text to write. */
export function importJob(contentDir: string, job: TranslationJob, label: string): { path: string; text: string } {
	const book = readBook(contentDir);
	if (!book.languages.some((language) => language.code === job.to)) throw new Error(`${label}: "to": the book has no language "${job.to}"`);
	const original = readOriginal(contentDir, job.slug);
	if (job.to === original.frontmatter.language) throw new Error(`${label}: "to": "${job.to}" is the original's language; the original is changed only by re-ingesting its source`);
	if (!job.by || !job.date || !/^\d{4}-\d{2}-\d{2}$/.test(job.date)) throw new Error(`${label}: "by" (who translated) and "date" (YYYY-MM-DD) are required`);
	if (!job.title?.trim()) throw new Error(`${label}: "title" is empty`);
	const given = new Map(job.segments.map((segment) => [segment.id, segment.text]));
	const unknown = job.segments.filter((segment) => !original.segments.some((o) => o.id === segment.id)).map((segment) => segment.id);
	if (unknown.length) throw new Error(`${label}: segment(s) ${unknown.join(', ')} are not in the original`);
	const segments: SegmentDraft[] = original.segments.map((segment) => {
		const text = given.get(segment.id)?.trim();
		if (!text) throw new Error(`${label}: segment ${segment.id} is missing or empty`);
		return { id: segment.id, kind: segment.kind, section: segment.section, depth: segment.depth, text, source: segmentHash(segment.text) };
	});
	const path = chapterFile(contentDir, job.slug, job.to);
	const frontmatter = {
		language: job.to,
		title: job.title.trim(),
		provenance: { type: 'translation' as const, from: original.frontmatter.language, by: job.by, date: job.date, reviewed: false },
	};
	return { path, text: formatChapterFile(frontmatter, segments) };
}
