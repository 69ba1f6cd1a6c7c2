/** Splits a plain-text document into segments (title, headings, paragraphs, list items, quotes, bio and comments) and records every line left out. */
import type { Omission, SectionKind, SegmentKind } from '../../src/schemas';
import {
	attributionLabel,
	bioHeading,
	followRule,
	lineRules,
	trailingChromeHeading,
} from './chrome-rules';

/** A segment before it has an id. */
export interface DraftSegment {
	kind: SegmentKind;
	section: SectionKind;
	depth: number;
	text: string;
	/** First source line (1-based) the segment comes from. */
	line: number;
	/** A numbered list item's number as written ("1.", "2)"); bulleted items have none. */
	marker?: string;
}

export interface Segmentation {
	segments: DraftSegment[];
	omitted: Omission[];
	/** The author as the text names them (the opening name of the author's bio), or null. */
	author: string | null;
	/** The source the text credits ("Bron: …", "Del libro: …"), or null. */
	attribution: string | null;
}

interface Line {
	number: number;
	indent: number;
	content: string;
}

const bullet = /^[•◦▪‣·*-]\s+/u;
/** A numbered list line: "1. ", "2) ", "۳. " (digits of any script); the marker is kept as the segment's attribute. */
const numbered = /^(\p{Nd}{1,4}[.)])\s+/u;
const endsSentence = /[.!?…:;,。؟،؛"”»)\]]$/u;
const wholeQuote = /^(["“«„‘].*["”»“’]|>\s.*)$/u;
/** Lines longer than this end the page header, where repeated lines are furniture. */
const headerZoneEnd = 200;

function indentOf(raw: string): number {
	let width = 0;
	for (const char of raw) {
		if (char === ' ' || char === '\u00a0') width += 1;
		else if (char === '\t') width += 4;
		else break;
	}
	return width;
}

function isHeading(line: Line, blockSize: number): boolean {
	return (
		blockSize === 1 &&
		!bullet.test(line.content) &&
		!numbered.test(line.content) &&
		line.content.length <= 120 &&
		!endsSentence.test(line.content) &&
		/\p{L}/u.test(line.content) &&
		line.content.split(/\s+/).length <= 20
	);
}

/** A list item that is only a short name and introduces indented text below it: a reader comment's byline. */
function isCommentByline(line: Line, next: Line | undefined): boolean {
	if (!bullet.test(line.content) || !next || next.indent <= line.indent) return false;
	const name = line.content.replace(bullet, '');
	return (
		name.length <= 30 &&
		name.split(/\s+/).length <= 3 &&
		/^\p{L}[\p{L}\p{M}'’ .-]*$/u.test(name) &&
		!endsSentence.test(name)
	);
}

/** Splits `text` (LF line ends) into segments; every non-empty line ends up in a segment or in `omitted`. */
export function segmentSource(text: string): Segmentation {
	const lines: (Line | null)[] = text
		.split('\n')
		.map((raw, index) =>
			raw.trim() ? { number: index + 1, indent: indentOf(raw), content: raw.trim() } : null
		);
	const nonEmpty = lines.filter((line): line is Line => line !== null);
	const segments: DraftSegment[] = [];
	const omitted: Omission[] = [];
	const omit = (line: Line, reason: string) =>
		omitted.push({ line: line.number, text: line.content, reason });

	const firstLong =
		nonEmpty.find((line) => line.content.length > headerZoneEnd)?.number ?? Infinity;
	const seen = new Map<string, number>();
	let section: SectionKind = 'body';
	let trailing: string | null = null;
	const commentIndents: number[] = [];
	let attribution: string | null = null;
	let attributionNext = false;

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (!line) continue;
		const blockStart = i === 0 || lines[i - 1] === null;
		let blockSize = 0;
		for (let k = i; k < lines.length && lines[k]; k++) blockSize++;
		if (!blockStart) blockSize = 2; // a line inside a block is never a heading
		const next = nonEmpty[nonEmpty.indexOf(line) + 1];

		if (!trailing && segments.length && trailingChromeHeading.pattern.test(line.content))
			trailing = trailingChromeHeading.reason;
		if (trailing) {
			omit(line, trailing);
			continue;
		}
		const earlier = seen.get(line.content);
		if (earlier !== undefined && line.number < firstLong) {
			omit(line, `repeats line ${earlier}: the page header was copied twice`);
			continue;
		}
		seen.set(line.content, seen.get(line.content) ?? line.number);
		const rule = lineRules.find((candidate) => candidate.pattern.test(line.content));
		if (rule) {
			omit(line, rule.reason);
			continue;
		}
		if (followRule.pattern.test(line.content)) {
			omit(line, `${followRule.reason}; what follows it is the author's bio`);
			if (section === 'body') section = 'bio';
			continue;
		}

		const label = attributionLabel.exec(line.content);
		if (attributionNext && !attribution) attribution = line.content.replace(/\.$/, '');
		attributionNext = false;
		if (label) {
			if (label[2]!.trim()) attribution ??= label[2]!.trim().replace(/\.$/, '');
			else attributionNext = true;
		}

		if (section !== 'comments' && isCommentByline(line, next)) section = 'comments';
		if (section === 'body' && bioHeading.test(line.content)) section = 'bio';

		let kind: SegmentKind = 'paragraph';
		let depth = 0;
		let content = line.content;
		let marker: string | undefined;
		if (section === 'comments') {
			const byline = isCommentByline(line, next);
			while (commentIndents.length && commentIndents.at(-1)! >= line.indent) commentIndents.pop();
			depth = byline ? commentIndents.length : Math.max(commentIndents.length - 1, 0);
			if (byline) {
				commentIndents.push(line.indent);
				kind = 'byline';
				content = content.replace(bullet, '');
			}
		} else if (bullet.test(content)) {
			kind = 'list-item';
			content = content.replace(bullet, '');
		} else if (numbered.test(content)) {
			kind = 'list-item';
			marker = numbered.exec(content)![1]!;
			content = content.replace(numbered, '');
		} else if (wholeQuote.test(content)) {
			kind = 'quote';
			content = content.replace(/^>\s/, '');
		} else if (isHeading(line, blockSize)) {
			kind = segments.length === 0 ? 'title' : 'heading';
		}

		// A hard-wrapped paragraph: this line continues the previous one mid-sentence.
		const previous = segments.at(-1);
		const previousLine = lines[i - 1];
		if (
			previous &&
			previousLine &&
			kind === 'paragraph' &&
			previous.kind === 'paragraph' &&
			previous.section === section &&
			previousLine.indent === line.indent &&
			!endsSentence.test(previous.text) &&
			/^\p{Ll}/u.test(content)
		) {
			previous.text += ` ${content}`;
			continue;
		}
		segments.push({
			kind,
			section,
			depth,
			text: content,
			line: line.number,
			...(marker ? { marker } : {}),
		});
	}

	const bioOpening = segments.find(
		(segment) => segment.section === 'bio' && segment.kind === 'paragraph'
	);
	const author = bioOpening
		? (/^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+\p{Ll}/u.exec(bioOpening.text)?.[1] ??
			null)
		: null;
	return { segments, omitted, author, attribution };
}
