/** The chapter body format: a sequence of `<Segment>` MDX elements, parsed to data and written back with MDX-safe escaping. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { PhrasingContent } from 'mdast';
import { segmentAttributesSchema, type SegmentAttributes } from '../schemas';
import { FileError } from './file-error';

/** One aligned unit of a chapter in one language. */
export interface Segment extends SegmentAttributes {
	/** Plain text, exactly as the reader sees it. Empty when `untranslated`. */
	text: string;
	/** Inline HTML of the text (escaped; emphasis and links kept). */
	html: string;
	/** Line of the `<Segment>` in its file, for error messages. */
	line: number;
}

/** A problem in a chapter file, reported as `file:line: message`. */
export class ChapterFormatError extends FileError {}

const allowedInline = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'break', 'link']);

function describe(node: { type: string }): string {
	switch (node.type) {
		case 'mdxjsEsm':
			return 'an import/export statement (text that starts with "import" or "export" must be escaped)';
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return 'an MDX expression in braces (write \\{ for a literal brace)';
		case 'mdxJsxTextElement':
		case 'mdxJsxFlowElement':
			return 'an HTML/JSX element (write \\< for a literal "<")';
		default:
			return `markdown of type "${node.type}"`;
	}
}

function checkInline(nodes: PhrasingContent[], file: string, lineOffset: number): void {
	for (const node of nodes) {
		const line = (node.position?.start.line ?? 0) + lineOffset;
		if (!allowedInline.has(node.type))
			throw new ChapterFormatError(
				file,
				line,
				`a segment may hold only text, emphasis and links, not ${describe(node)}`
			);
		if (node.type === 'link' && !/^(https?:|mailto:|#)/i.test(node.url))
			throw new ChapterFormatError(
				file,
				line,
				`link target "${node.url}" is not an http(s), mailto or #fragment URL`
			);
		if ('children' in node) checkInline(node.children, file, lineOffset);
	}
}

function readAttributes(element: MdxJsxFlowElement, file: string, line: number): SegmentAttributes {
	const raw: Record<string, string | true> = {};
	for (const attribute of element.attributes) {
		if (
			attribute.type !== 'mdxJsxAttribute' ||
			(attribute.value !== null && typeof attribute.value !== 'string')
		)
			throw new ChapterFormatError(
				file,
				line,
				'segment attributes must be plain name="value" pairs, without braces'
			);
		raw[attribute.name] = attribute.value ?? true;
	}
	const parsed = segmentAttributesSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ChapterFormatError(
			file,
			line,
			issue.path.length
				? `<Segment> attribute "${issue.path.join('.')}": ${issue.message}`
				: `<Segment>: ${issue.message}`
		);
	}
	return parsed.data;
}

/**
 * Parses a chapter body into segments. `lineOffset` is the number of file lines before the body
 * (the frontmatter), so that errors point at the right line of `file`.
 */
export function parseSegments(body: string, file: string, lineOffset = 0): Segment[] {
	return readPlainSegments(body, file, lineOffset) ?? parseSegmentsAsMdx(body, file, lineOffset);
}

/** A `<Segment …>` line as serializeSegments writes it: plain name="value" attributes, or a bare `untranslated`. */
const openingTag = /^<Segment((?: [a-z]+(?:="[^"&{}<>\\]*")?)*)( \/)?>$/u;
const attributePattern = / ([a-z]+)(?:="([^"]*)")?/gu;
/**
 * A segment's line of text that neither Markdown nor MDX can read as anything but text: no character that can open
 * markup, an escape or a reference, none that can start a block (a list, a quote, a break) or look like an import, no tab
 * and no space at either end.
 */
const plainText = /^(?![-+=>\d\s]|import\b|export\b)[^\\`*_[\]<>{}&!~|#\t\r]+(?<!\s)$/u;

/**
 * The body as serializeSegments writes it, read without the MDX parser where it can be (a book of 500 chapters has
 * 2,000 files): each `<Segment …>` on its own line, then its text on one indented line, then `</Segment>`; or
 * `<Segment … untranslated />`; blank lines between. Plain text is read as it stands; a segment whose text holds
 * markup is given to the parser alone. Anything else (a broken or repeated segment) is left to the parser for the
 * whole body, which reports the errors: undefined.
 */
export function readPlainSegments(
	body: string,
	file: string,
	lineOffset: number
): Segment[] | undefined {
	const lines = body.split('\n');
	const segments: Segment[] = [];
	const seen = new Set<string>();
	for (let index = 0; index < lines.length; index++) {
		if (lines[index] === '') continue;
		const tag = openingTag.exec(lines[index]!);
		if (!tag) return undefined;
		const raw: Record<string, string | true> = {};
		for (const [, name, value] of tag[1]!.matchAll(attributePattern)) raw[name!] = value ?? true;
		const parsed = segmentAttributesSchema.safeParse(raw);
		if (!parsed.success || seen.has(parsed.data.id)) return undefined;
		seen.add(parsed.data.id);
		const line = index + 1 + lineOffset;
		if (tag[2]) {
			if (!parsed.data.untranslated) return undefined;
			segments.push({ ...parsed.data, text: '', html: '', line });
			continue;
		}
		const text = lines[index + 1]?.startsWith('  ') ? lines[index + 1]!.slice(2) : undefined;
		if (parsed.data.untranslated || text === undefined || lines[index + 2] !== '</Segment>')
			return undefined;
		if (plainText.test(text)) segments.push({ ...parsed.data, text, html: text, line });
		else {
			const parsedAlone = markupSegment(lines.slice(index, index + 3).join('\n'), file, line - 1);
			if (!parsedAlone) return undefined;
			segments.push(parsedAlone);
		}
		index += 2;
	}
	return segments;
}

/** One segment, on the body's lines after `lineOffset`, read by the parser; undefined where it is not one valid segment. */
function markupSegment(block: string, file: string, lineOffset: number): Segment | undefined {
	try {
		const parsed = parseSegmentsAsMdx(block, file, lineOffset);
		return parsed.length === 1 ? parsed[0] : undefined;
	} catch {
		return undefined;
	}
}

/** Parses a chapter body with the MDX parser: any body, and the errors of a body that is not a chapter's. */
export function parseSegmentsAsMdx(body: string, file: string, lineOffset = 0): Segment[] {
	let tree;
	try {
		tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
	} catch (error) {
		const cause = error as {
			line?: number;
			place?: { line?: number };
			reason?: string;
			message: string;
		};
		const line = cause.line ?? cause.place?.line;
		throw new ChapterFormatError(
			file,
			line ? line + lineOffset : undefined,
			`not valid MDX: ${cause.reason ?? cause.message}`
		);
	}
	const segments: Segment[] = [];
	const seen = new Set<string>();
	for (const node of tree.children) {
		const line = (node.position?.start.line ?? 0) + lineOffset;
		if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Segment')
			throw new ChapterFormatError(
				file,
				line,
				`only <Segment> elements may stand at the top level of a chapter, found ${node.type === 'paragraph' ? 'text outside a <Segment>' : describe(node)}`
			);
		const attributes = readAttributes(node, file, line);
		if (seen.has(attributes.id))
			throw new ChapterFormatError(file, line, `segment id "${attributes.id}" is used twice`);
		seen.add(attributes.id);
		const paragraphs = node.children;
		if (attributes.untranslated) {
			if (paragraphs.length)
				throw new ChapterFormatError(
					file,
					line,
					`segment "${attributes.id}" is marked untranslated but has text`
				);
			segments.push({ ...attributes, text: '', html: '', line });
			continue;
		}
		if (paragraphs.length !== 1 || paragraphs[0]!.type !== 'paragraph')
			throw new ChapterFormatError(
				file,
				line,
				`segment "${attributes.id}" must hold exactly one paragraph of text${paragraphs.length ? '' : ' (it is empty)'}`
			);
		const paragraph = paragraphs[0];
		checkInline(paragraph.children, file, lineOffset);
		const text = toString(paragraph);
		if (!text.trim())
			throw new ChapterFormatError(file, line, `segment "${attributes.id}" is empty`);
		const html = toHtml(toHast({ type: 'root', children: paragraph.children } as never));
		segments.push({ ...attributes, text, html, line });
	}
	return segments;
}

/** What a writer needs to know of a segment. */
export type SegmentDraft = Pick<
	Segment,
	'id' | 'kind' | 'section' | 'depth' | 'source' | 'untranslated' | 'marker'
> & { text: string };

function attribute(name: string, value: string | null): MdxJsxAttribute {
	return { type: 'mdxJsxAttribute', name, value };
}

/** Writes segments as an MDX body; any text is escaped so that MDX shows it literally. */
export function serializeSegments(segments: SegmentDraft[]): string {
	const children = segments.map((segment): MdxJsxFlowElement => {
		const attributes = [attribute('id', segment.id)];
		if (segment.kind !== 'paragraph') attributes.push(attribute('kind', segment.kind));
		if (segment.section !== 'body') attributes.push(attribute('section', segment.section));
		if (segment.depth) attributes.push(attribute('depth', String(segment.depth)));
		if (segment.marker) attributes.push(attribute('marker', segment.marker));
		if (segment.source) attributes.push(attribute('source', segment.source));
		if (segment.untranslated) attributes.push(attribute('untranslated', null));
		return {
			type: 'mdxJsxFlowElement',
			name: 'Segment',
			attributes,
			children: segment.untranslated
				? []
				: [{ type: 'paragraph', children: [{ type: 'text', value: segment.text }] }],
		};
	});
	return toMarkdown({ type: 'root', children }, { extensions: [mdxToMarkdown()] });
}
