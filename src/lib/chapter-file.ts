/** Reads and writes one language version of a chapter (`content/chapters/<slug>/<lang>.mdx`): YAML frontmatter plus a `<Segment>` body. */
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, stringify as stringifyYaml } from 'yaml';
import { chapterSchema, type ChapterFrontmatter } from '../schemas';
import {
	ChapterFormatError,
	parseSegments,
	serializeSegments,
	type Segment,
	type SegmentDraft,
} from './segment-format';

export interface ChapterFile {
	frontmatter: ChapterFrontmatter;
	segments: Segment[];
}

/** Splits `---` frontmatter from the body; `bodyLine` is the file line where the body starts (0-based offset). */
export function splitFrontmatter(
	raw: string,
	file: string
): { yaml: string; body: string; bodyLineOffset: number } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
	if (!match)
		throw new ChapterFormatError(
			file,
			1,
			'a chapter file must start with YAML frontmatter between "---" lines'
		);
	return {
		yaml: match[1]!,
		body: raw.slice(match[0].length),
		bodyLineOffset: match[0].split('\n').length - 1,
	};
}

/** Parses a chapter file's text; errors name the file, the line (counted from the top of the file) or field, and the reason. */
export function parseChapterFile(raw: string, file: string): ChapterFile {
	const { yaml, body, bodyLineOffset } = splitFrontmatter(raw, file);
	return {
		frontmatter: readFrontmatter(yaml) ?? parseFrontmatter(yaml, file),
		segments: parseSegments(body, file, bodyLineOffset),
	};
}

/**
 * Valid frontmatter, read by js-yaml: six times as fast as the yaml package's documents, which keep every node's
 * place for the error messages (a 200-chapter book's frontmatter took 0.2 s). Both read YAML 1.2's core schema, so
 * they give the same values; anything that is not valid YAML or not a valid chapter is left to parseFrontmatter, for
 * its message: undefined.
 */
export function readFrontmatter(yaml: string): ChapterFrontmatter | undefined {
	let value: unknown;
	try {
		value = load(yaml, { schema: CORE_SCHEMA });
	} catch {
		return undefined;
	}
	const parsed = chapterSchema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** Parses frontmatter with every node's place: its errors name the file line of the field. */
export function parseFrontmatter(yaml: string, file: string): ChapterFrontmatter {
	// The YAML starts on the file's second line, after "---".
	const lines = new LineCounter();
	const fileLine = (offset: number) => lines.linePos(offset).line + 1;
	const document = parseDocument(yaml, { lineCounter: lines });
	const syntax = document.errors[0];
	if (syntax)
		throw new ChapterFormatError(
			file,
			fileLine(syntax.pos[0]),
			`frontmatter is not valid YAML: ${syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`
		);
	const parsed = chapterSchema.safeParse(document.toJS());
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		// The line of the field, or of its nearest parent that is there.
		let node: unknown;
		for (let depth = issue.path.length; depth >= 0 && !node; depth--)
			node = depth
				? document.getIn(issue.path.slice(0, depth) as (string | number)[], true)
				: undefined;
		const range = (node as { range?: [number, number, number] } | undefined)?.range;
		throw new ChapterFormatError(
			file,
			range ? fileLine(range[0]) : undefined,
			`frontmatter field "${issue.path.join('.')}": ${issue.message}`
		);
	}
	return parsed.data;
}

/** Reads and parses a chapter file from disk. */
export function readChapterFile(path: string): ChapterFile {
	return parseChapterFile(readFileSync(path, 'utf8'), path);
}

/** The text of a chapter file; stable for equal input, so that re-running the ingest changes nothing. */
export function formatChapterFile(
	frontmatter: ChapterFrontmatter,
	segments: SegmentDraft[]
): string {
	const yaml = stringifyYaml(frontmatter, { lineWidth: 0 });
	return `---\n${yaml}---\n\n${serializeSegments(segments)}`;
}
