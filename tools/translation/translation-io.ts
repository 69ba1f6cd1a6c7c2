/**
 * Moves a chapter's text out to translators as a JSON job and their translation back in as a chapter file.
 * A job carries, for every passage, the hash of the original text it shows the translator; the import keeps
 * that hash, so a translation made from an older original stays marked stale. Nothing already translated is
 * lost: passages a job leaves empty keep their present translation. Where the book has a glossary, a job also
 * carries the entries its chapter's original uses, for the translator; the import ignores them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chapterDir, chapterFile } from '../../src/lib/book-paths';
import { formatChapterFile, readChapterFile, type ChapterFile } from '../../src/lib/chapter-file';
import { FileError } from '../../src/lib/file-error';
import { termsFoundIn } from '../../src/lib/glossary-check';
import { readBook } from '../../src/lib/read-book';
import { readGlossary } from '../../src/lib/read-glossary';
import { segmentHash } from '../../src/lib/text-hash';
import type { SegmentDraft } from '../../src/lib/segment-format';
import type { Book, ChapterFrontmatter, RetiredPassage } from '../../src/schemas';

/** One passage of a job: the original as the translator saw it, and the translation (empty until made). */
export interface JobSegment {
	id: string;
	kind?: string;
	/** Hash of `original`: what this translation was made from. */
	source: string;
	original: string;
	/** The translation; empty for a passage not (yet) translated. */
	text: string;
	/** At export: "new" (no translation yet), "stale" (the original changed since it was translated) or "done". */
	status?: 'new' | 'stale' | 'done';
}

/** What a translator receives and returns. */
export interface TranslationJob {
	slug: string;
	from: string;
	to: string;
	/** How to fill in the job, for the translator. */
	instructions?: string;
	originalTitle: string;
	/** The chapter's title in `to`. */
	title: string;
	/** Who made the translation, said honestly, in the language of the translation. */
	by: string;
	/** When (YYYY-MM-DD). */
	date: string;
	/** Whether a native speaker reviewed it. */
	reviewed?: boolean;
	segments: JobSegment[];
	/** The book's glossary as far as it concerns this job; for the translator to follow, ignored by the import. */
	glossary?: JobGlossary;
}

/** A term of the glossary that the chapter's original uses, with what to write for it in the job's language. */
export interface JobTerm {
	id: string;
	note?: string;
	/** The forms of the term that the original uses. */
	original: string[];
	/** The term's renderings in the job's language (its forms: singular, plural, inflected). */
	use: string[];
	/** Renderings not to use. */
	avoid?: string[];
}

export interface JobGlossary {
	instructions: string;
	terms: JobTerm[];
	/** How translations into the job's language address the reader. */
	address?: { form: string; avoid: string[] };
}

const glossaryInstructions =
	'The book\'s glossary, as far as it concerns this chapter. Where the original says a term\'s "original" words, write one of its "use" forms (whichever the sentence needs), and never one of its "avoid" forms. ' +
	'Address the reader with the "address" form, never with its "avoid" words. This part is for reference: it is not imported.';

const instructions =
	'Write the translation of each "original" into its "text", and the chapter title into "title". Leave "text" empty for a passage you do not translate; its present translation (if any) is kept. ' +
	'Fill in "by" (who translated, in the language of the translation) and "date" (YYYY-MM-DD). Do not change "id" or "source". Passages marked "stale" have a translation made from an older original: revise it.';

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

/** Checks that `to` is a language the chapter can be translated into; returns the book. */
function checkTarget(contentDir: string, original: ChapterFile, to: string, where: string): Book {
	const book = readBook(contentDir);
	const codes = book.languages.map((language) => language.code);
	if (!codes.includes(to))
		throw new Error(
			`${where}the book has no language "${to}" (its languages are ${codes.join(', ')})`
		);
	if (to === original.frontmatter.language)
		throw new Error(
			`${where}"${to}" is the original's own language; the original is changed only by re-ingesting its source document`
		);
	return book;
}

/** The original's passages as a job for translating into `to`, with the present translation (if any) filled in and its state. */
export function exportJob(contentDir: string, slug: string, to: string): TranslationJob {
	const original = readOriginal(contentDir, slug);
	const book = checkTarget(contentDir, original, to, '');
	const glossary = jobGlossary(contentDir, book, original, to);
	const path = chapterFile(contentDir, slug, to);
	const present = existsSync(path) ? readChapterFile(path) : undefined;
	const done = new Map(
		(present?.segments ?? [])
			.filter((segment) => !segment.untranslated)
			.map((segment) => [segment.id, segment])
	);
	const provenance = present?.frontmatter.provenance;
	return {
		slug,
		from: original.frontmatter.language,
		to,
		instructions,
		originalTitle: original.frontmatter.title,
		title: present?.frontmatter.title ?? '',
		by:
			provenance?.type === 'translation' && typeof provenance.by === 'string' ? provenance.by : '',
		date: '',
		segments: original.segments.map((segment) => {
			const source = segmentHash(segment.text);
			const translation = done.get(segment.id);
			return {
				id: segment.id,
				kind: segment.kind,
				source,
				original: segment.text,
				text: translation?.text ?? '',
				status: !translation ? 'new' : translation.source === source ? 'done' : 'stale',
			};
		}),
		...(glossary ? { glossary } : {}),
	};
}

/** The glossary entries a job into `to` needs: the terms the original uses (title or passages) that have a rendering in `to`, and the form of address; none when the book has no glossary or none concerns the job. */
function jobGlossary(
	contentDir: string,
	book: Book,
	original: ChapterFile,
	to: string
): JobGlossary | undefined {
	const glossary = readGlossary(contentDir, book);
	if (!glossary) return undefined;
	const from = book.languages.find((language) => language.code === original.frontmatter.language)!;
	const found = new Map<string, Set<string>>();
	for (const text of [
		original.frontmatter.title,
		...original.segments.map((segment) => segment.text),
	])
		for (const { term, found: forms } of termsFoundIn(glossary, from, text))
			found.set(term.id, new Set([...(found.get(term.id) ?? []), ...forms]));
	const terms = glossary.terms.flatMap((term): JobTerm[] => {
		const use = term.renderings[to];
		const forms = found.get(term.id);
		if (!use || !forms) return [];
		const avoid = term.avoid?.[to];
		return [
			{
				id: term.id,
				...(term.note ? { note: term.note } : {}),
				original: [...forms],
				use,
				...(avoid ? { avoid } : {}),
			},
		];
	});
	const address = glossary.address[to];
	if (!terms.length && !address) return undefined;
	return {
		instructions: glossaryInstructions,
		terms,
		...(address ? { address: { form: address.form, avoid: address.avoid } } : {}),
	};
}

/** Reads a job file; a syntax error names the file and line. */
export function readJob(file: string): TranslationJob {
	const text = readFileSync(file, 'utf8');
	try {
		return JSON.parse(text) as TranslationJob;
	} catch (error) {
		const message = (error as Error).message;
		throw new FileError(
			file,
			Number(/\(line (\d+) column/.exec(message)?.[1]) || undefined,
			`not valid JSON: ${message.replace(/ \(line \d+ column \d+\)$/, '')}`
		);
	}
}

export interface ImportResult {
	path: string;
	text: string;
	report: string[];
}

/** Checks a returned job against the chapter and merges it into the translation; errors name the file. */
export function importJob(contentDir: string, job: TranslationJob, file: string): ImportResult {
	const fail = (reason: string): never => {
		throw new FileError(file, undefined, reason);
	};
	if (!job || typeof job !== 'object' || !Array.isArray(job.segments))
		fail(
			'not a translation job: it has no "segments" list (make one with npm run translation -- export <slug> <lang> -o <file>)'
		);
	if (typeof job.slug !== 'string' || typeof job.to !== 'string')
		fail('"slug" and "to" must say which chapter and language the job is for');
	let original: ChapterFile;
	try {
		original = readOriginal(contentDir, job.slug);
		checkTarget(contentDir, original, job.to, '"to": ');
	} catch (error) {
		return fail((error as Error).message);
	}
	if (typeof job.by !== 'string' || !job.by.trim())
		fail('"by" is empty: say who made the translation');
	if (
		typeof job.date !== 'string' ||
		!/^\d{4}-\d{2}-\d{2}$/.test(job.date) ||
		Number.isNaN(Date.parse(job.date))
	)
		fail(
			`"date" must be the date of the translation as YYYY-MM-DD (it is ${JSON.stringify(job.date)})`
		);

	const path = chapterFile(contentDir, job.slug, job.to);
	const present = existsSync(path) ? readChapterFile(path) : undefined;
	const previous = new Map((present?.segments ?? []).map((segment) => [segment.id, segment]));
	const current = new Map(original.segments.map((segment) => [segment.id, segment]));
	const retiredIds = new Set((original.frontmatter.retired ?? []).map((passage) => passage.id));
	const report: string[] = [];

	const given = new Map<string, JobSegment>();
	const retired: RetiredPassage[] = [...(present?.frontmatter.retired ?? [])];
	for (const segment of job.segments) {
		if (typeof segment?.id !== 'string') fail('every segment needs its "id"');
		if (given.has(segment.id)) fail(`segment ${segment.id} appears twice`);
		const text = typeof segment.text === 'string' ? segment.text.trim() : '';
		if (text && !/^[0-9a-f]{12}$/.test(segment.source ?? ''))
			fail(
				`segment ${segment.id} has no "source" hash of the original it was translated from; export the job again and translate in that file`
			);
		if (!current.has(segment.id)) {
			if (!retiredIds.has(segment.id)) fail(`segment ${segment.id} is not in the original`);
			// Translated after its passage left the original: kept, not lost.
			if (text) {
				retired.push({ id: segment.id, text, source: segment.source, retired: job.date });
				report.push(
					`${segment.id}: its passage has left the original; the translation is kept under "retired"`
				);
			}
			continue;
		}
		given.set(segment.id, { ...segment, text });
	}

	let translated = 0;
	let stale = 0;
	const segments: SegmentDraft[] = original.segments.map((segment) => {
		const base = {
			id: segment.id,
			kind: segment.kind,
			section: segment.section,
			depth: segment.depth,
			...(segment.marker ? { marker: segment.marker } : {}),
		};
		const job = given.get(segment.id);
		const before = previous.get(segment.id);
		const kept =
			before && !before.untranslated ? { text: before.text, source: before.source } : undefined;
		// A passage the job leaves empty, or returns unchanged, keeps what it had.
		const made =
			job?.text && job.text !== kept?.text ? { text: job.text, source: job.source } : kept;
		if (!made) return { ...base, text: '', untranslated: true };
		if (made !== kept) translated++;
		if (made.source !== segmentHash(segment.text)) {
			stale++;
			if (made !== kept)
				report.push(
					`${segment.id}: translated from an older original (the passage changed after the job was exported); marked stale, to revise`
				);
		}
		return { ...base, text: made.text, source: made.source };
	});

	const title =
		typeof job.title === 'string' && job.title.trim()
			? job.title.trim()
			: present?.frontmatter.title;
	if (!title) fail('"title" is empty: give the chapter title in the translation\'s language');
	const frontmatter: ChapterFrontmatter = {
		language: job.to,
		title: title!,
		provenance: {
			type: 'translation',
			from: original.frontmatter.language,
			by: job.by.trim(),
			date: job.date,
			reviewed: job.reviewed === true,
		},
		...(retired.length ? { retired } : {}),
	};
	const untranslated = segments.filter((segment) => segment.untranslated).length;
	report.unshift(
		`${job.slug} (${job.to}): ${translated} passage(s) translated or revised, ${untranslated} still to translate, ${stale} stale`
	);
	return { path, text: formatChapterFile(frontmatter, segments), report };
}
