import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixtureChapterFiles } from '../../tests/fixture-books';
import { splitFrontmatter } from './chapter-file';
import {
	ChapterFormatError,
	parseSegments,
	parseSegmentsAsMdx,
	readPlainSegments,
	serializeSegments,
	type SegmentDraft,
} from './segment-format';

const draft = (text: string, extra: Partial<SegmentDraft> = {}): SegmentDraft => ({
	id: 's1',
	kind: 'paragraph',
	section: 'body',
	depth: 0,
	text,
	...extra,
});

const hostile = [
	'a {b} <c> `d` *e* _f_ [g](h) & &amp; \\ # x',
	'import x from "y"',
	'export const a = 1',
	'# not a heading',
	'- not a list',
	'1. not a list',
	'> not a quote',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[click](javascript:alert(1))',
	'{props.secret} and {/* comment */}',
	'NBSP\u00a0kept, ZWNJ می‌شود kept',
	'&copy; stays an ampersand',
	'---',
	'<!-- not a comment -->',
];

/** Compiles and runs MDX with a JSX runtime that collects the text it would render. */
async function renderWithMdx(body: string): Promise<string> {
	type Node = { type: unknown; props: { children?: unknown } };
	const jsx = (type: unknown, props: Node['props']): Node => ({ type, props });
	const Fragment = Symbol('Fragment');
	const { default: Content } = await evaluate(body, { jsx, jsxs: jsx, Fragment });
	const textOf = (node: unknown): string => {
		if (typeof node === 'string') return node;
		if (Array.isArray(node)) return node.map(textOf).join('');
		if (node && typeof node === 'object' && 'props' in node) {
			const { type, props } = node as Node;
			// Resolve component functions (the Segment placeholder renders its children).
			if (typeof type === 'function') return textOf((type as (p: unknown) => unknown)(props));
			return textOf(props.children);
		}
		return '';
	};
	return textOf(
		(Content as (props: unknown) => unknown)({
			components: { Segment: (props: Node['props']) => props.children },
		})
	).trim();
}

describe('segment format', () => {
	it.each(hostile)('writes %j so that MDX shows it literally', async (text) => {
		const body = serializeSegments([draft(text)]);
		const [segment] = parseSegments(body, 'test.mdx');
		expect(segment!.text).toBe(text);
		// The real MDX compiler agrees: run the compiled chapter and the rendered text is exactly the source text.
		expect(await renderWithMdx(body)).toBe(text);
	});

	it('renders HTML that escapes markup in the text', () => {
		const [segment] = parseSegments(
			serializeSegments([draft('<script>alert(1)</script> & "q"')]),
			'test.mdx'
		);
		expect(segment!.html).toBe('&#x3C;script>alert(1)&#x3C;/script> &#x26; "q"');
	});

	it('keeps attributes through a round trip', () => {
		const segments = [
			draft('Name', { id: 's7', kind: 'byline', section: 'comments', depth: 1 }),
			{ ...draft('', { id: 's8', untranslated: true }) },
			draft('x', { id: 's9', source: '0123456789ab' }),
		];
		const parsed = parseSegments(serializeSegments(segments), 'test.mdx');
		expect(
			parsed.map(({ id, kind, section, depth, untranslated, source }) => ({
				id,
				kind,
				section,
				depth,
				untranslated,
				source,
			}))
		).toEqual([
			{
				id: 's7',
				kind: 'byline',
				section: 'comments',
				depth: 1,
				untranslated: undefined,
				source: undefined,
			},
			{
				id: 's8',
				kind: 'paragraph',
				section: 'body',
				depth: 0,
				untranslated: true,
				source: undefined,
			},
			{
				id: 's9',
				kind: 'paragraph',
				section: 'body',
				depth: 0,
				untranslated: undefined,
				source: '0123456789ab',
			},
		]);
	});

	it.each([
		[
			'an expression',
			'<Segment id="s1">\n  hello {1 + 1}\n</Segment>\n',
			/test\.mdx.*MDX expression/,
		],
		[
			'an import',
			'import X from "y"\n\n<Segment id="s1">\n  a\n</Segment>\n',
			/test\.mdx:11: .*import\/export/,
		],
		[
			'raw JSX inside a segment',
			'<Segment id="s1">\n  a <b>c</b>\n</Segment>\n',
			/HTML\/JSX element/,
		],
		['text outside a segment', 'loose text\n', /test\.mdx:11: .*text outside a <Segment>/],
		[
			'a duplicate id',
			'<Segment id="s1">\n  a\n</Segment>\n\n<Segment id="s1">\n  b\n</Segment>\n',
			/test\.mdx:15: segment id "s1" is used twice/,
		],
		[
			'a bad id',
			'<Segment id="intro">\n  a\n</Segment>\n',
			/attribute "id": segment ids look like "s12"/,
		],
		[
			'an unknown attribute',
			'<Segment id="s1" colour="red">\n  a\n</Segment>\n',
			/test\.mdx:11: .*colour/,
		],
		[
			'an empty segment',
			'<Segment id="s1">\n</Segment>\n',
			/segment "s1" must hold exactly one paragraph of text \(it is empty\)/,
		],
		['an unclosed element', '<Segment id="s1">\n  a\n', /test\.mdx.*not valid MDX/],
	])('rejects %s with the file and line', (_name, body, message) => {
		expect(() => parseSegments(body, 'test.mdx', 10)).toThrow(ChapterFormatError);
		expect(() => parseSegments(body, 'test.mdx', 10)).toThrow(message);
	});
});

describe('reading chapters as the ingest writes them, without parsing the whole body as MDX', () => {
	const fixtureFiles = fixtureChapterFiles();

	it('reads every chapter file of the fixture books as the MDX parser does, most of them by itself', () => {
		let plain = 0;
		for (const file of fixtureFiles) {
			const { body, bodyLineOffset } = splitFrontmatter(readFileSync(file, 'utf8'), file);
			const expected = parseSegmentsAsMdx(body, file, bodyLineOffset);
			const read = readPlainSegments(body, file, bodyLineOffset);
			if (read) {
				plain++;
				expect(read, file).toEqual(expected);
			}
			expect(parseSegments(body, file, bodyLineOffset), file).toEqual(expected);
		}
		// The fixtures hold markup on purpose; most of their files are plain.
		expect(plain).toBeGreaterThan(fixtureFiles.length / 2);
	});

	it.each([
		// All but the one without markup.
		...hostile.filter((text) => !text.startsWith('NBSP')),
		// A digit may start a list ("1999. a year"): left to the parser, which knows.
		'1999 was a year',
		'  leading spaces',
		'trailing space ',
		'tab\tinside',
		'two\nlines',
		'1999. a year',
		'+ plus',
		'= equals',
		'a * b',
		'snake_case',
		'a & b',
		'see ~/file',
		'a | b',
		'wow!',
	])(
		'gives %j to the MDX parser alone, between plain segments, and reads it the same way',
		(text) => {
			const body = serializeSegments([
				draft('Before.'),
				draft(text, { id: 's2' }),
				draft('After.', { id: 's3' }),
			]);
			const expected = parseSegmentsAsMdx(body, 'test.mdx', 7);
			// Text on two lines is not a segment as the ingest writes it: the whole body goes to the parser.
			expect(readPlainSegments(body, 'test.mdx', 7)).toEqual(
				text.includes('\n') ? undefined : expected
			);
			expect(parseSegments(body, 'test.mdx', 7)).toEqual(expected);
		}
	);

	it.each([
		'Plain words, with commas; colons: "quotes" and \'apostrophes\' (and brackets).',
		'زاپوس؟ «می‌شود» ۱۲۳',
		'E-mail: a@b.example, https://example.org/path?q=1',
		'NBSP\u00a0kept, ZWNJ می‌شود kept',
	])('reads %j by itself, as the MDX parser does', (text) => {
		const body = serializeSegments([
			draft(text),
			draft('', { id: 's2', untranslated: true }),
			draft(text, { id: 's3', kind: 'list-item', marker: '2.', source: '0123456789ab' }),
		]);
		const read = readPlainSegments(body, 'test.mdx', 4);
		expect(read).toBeDefined();
		expect(read).toEqual(parseSegmentsAsMdx(body, 'test.mdx', 4));
	});

	it('leaves a body it cannot be sure of to the parser, for its error', () => {
		for (const body of [
			'<Segment id="s1">\n  a\n</Segment>\n\n<Segment id="s1">\n  b\n</Segment>\n',
			'<Segment id="s1" untranslated>\n  a\n</Segment>\n',
			'<Segment id="s1" />\n',
			'<Segment id="intro">\n  a\n</Segment>\n',
			'<Segment id="s1">\n</Segment>\n',
			'<Segment id="s1">\n  a\n',
			'loose text\n',
		])
			expect(readPlainSegments(body, 'test.mdx', 0), body).toBeUndefined();
	});
});
