/** Reads and writes one language version of a chapter (`content/chapters/<slug>/<lang>.mdx`): YAML frontmatter plus a `<Segment>` body. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { chapterSchema, type ChapterFrontmatter } from '../schemas';
import { ChapterFormatError, parseSegments, serializeSegments, type Segment, type SegmentDraft } from './segment-format';

export interface ChapterFile {
	frontmatter: ChapterFrontmatter;
	segments: Segment[];
}

/** Splits `---` frontmatter from the body; `bodyLine` is the file line where the body starts (0-based offset). */
export function splitFrontmatter(raw: string, file: string): { yaml: string; body: string; bodyLineOffset: number } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
	if (!match) throw new ChapterFormatError(file, 1, 'a chapter file must start with YAML frontmatter between "---" lines');
	return { yaml: match[1]!, body: raw.slice(match[0].length), bodyLineOffset: match[0].split('\n').length - 1 };
}

/** Parses a chapter file's text; errors name the file, the line or field, and the reason. */
export function parseChapterFile(raw: string, file: string): ChapterFile {
	const { yaml, body, bodyLineOffset } = splitFrontmatter(raw, file);
	let data: unknown;
	try {
		data = parseYaml(yaml);
	} catch (error) {
		throw new ChapterFormatError(file, undefined, `frontmatter is not valid YAML: ${(error as Error).message}`);
	}
	const parsed = chapterSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ChapterFormatError(file, undefined, `frontmatter field "${issue.path.join('.')}": ${issue.message}`);
	}
	return { frontmatter: parsed.data, segments: parseSegments(body, file, bodyLineOffset) };
}

/** Reads and parses a chapter file from disk. */
export function readChapterFile(path: string): ChapterFile {
	return parseChapterFile(readFileSync(path, 'utf8'), path);
}

/** The text of a chapter file; stable for equal input, so that re-running the ingest changes nothing. */
export function formatChapterFile(frontmatter: ChapterFrontmatter, segments: SegmentDraft[]): string {
	const yaml = stringifyYaml(frontmatter, { lineWidth: 0 });
	return `---\n${yaml}---\n\n${serializeSegments(segments)}`;
}
