import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSource } from './segment-source';

const source = (name: string) =>
	segmentSource(readFileSync(`tests/fixtures/sources/${name}`, 'utf8'));
const kinds = (result: ReturnType<typeof segmentSource>) =>
	result.segments.map((segment) => segment.kind);

describe('segmentSource on the five sources', () => {
	it('Persian: five paragraphs, one per line, nothing left out', () => {
		const result = source('000_7e7c576158c518be.txt');
		expect(kinds(result)).toEqual(Array(5).fill('paragraph'));
		expect(result.segments.map((segment) => segment.line)).toEqual([1, 2, 3, 4, 5]);
		expect(result.omitted).toEqual([]);
		expect(result.segments[0]!.text.startsWith('این یک ارتباط عاطفی است که برنده می شود')).toBe(
			true
		);
	});

	it('English (Purple Goldfish): quotes kept as quotes, follow line out, bio marked', () => {
		const result = source('001_73bc6ae0d175591b.txt');
		expect(kinds(result)).toEqual([
			'paragraph',
			'quote',
			'paragraph',
			'quote',
			'paragraph',
			'quote',
			'paragraph',
			'paragraph',
			'paragraph',
			'paragraph',
		]);
		expect(result.omitted).toEqual([
			{
				line: 17,
				text: 'Follow me on\u00a0Twitter\u00a0or\u00a0LinkedIn.',
				reason: expect.stringContaining('follow line'),
			},
		]);
		expect(
			result.segments.filter((segment) => segment.section === 'bio').map((segment) => segment.line)
		).toEqual([19, 21]);
		expect(result.author).toBe('Stan Phelps');
	});

	it('Spanish: title once, duplicated header, date/comment counters and image caption recorded as chrome', () => {
		const result = source('002_16cc3f30fa6a93ed.txt');
		expect(result.segments[0]).toMatchObject({
			kind: 'title',
			text: 'EL CLIENTE EN EL CENTRO',
			line: 1,
		});
		expect(result.omitted.map((omission) => omission.line)).toEqual([3, 5, 7, 8]);
		expect(result.omitted[1]!.reason).toMatch(/repeats line 1/);
		expect(result.omitted[3]!.reason).toMatch(/image search/);
		expect(result.attribution).toBe('Hazlo distinto y triunfa');
		expect(result.segments).toHaveLength(7);
	});

	it('Dutch: headings, a five-item list, and two nested reader comments kept as a marked section', () => {
		const result = source('003_9dbfa6d1b9233b3e.txt');
		expect(
			result.segments.filter((segment) => segment.kind === 'heading').map((segment) => segment.text)
		).toEqual([
			'To live and deliver WOW',
			'Klanten worden je ambassadeurs',
			'Ik ben benieuwd naar jouw verhaal',
		]);
		expect(result.segments.filter((segment) => segment.kind === 'list-item')).toHaveLength(5);
		const comments = result.segments.filter((segment) => segment.section === 'comments');
		expect(
			comments.map((segment) => [segment.kind, segment.depth, segment.text.slice(0, 12)])
		).toEqual([
			['byline', 0, 'Annelies'],
			['paragraph', 0, 'Zelf kan ik '],
			['byline', 1, 'wiep'],
			['paragraph', 1, 'Hoi Annelies'],
			['paragraph', 1, 'Wat een cool'],
			['paragraph', 1, 'Dank voor he'],
			['paragraph', 1, 'Fijne dag,'],
			['paragraph', 1, 'Wiep'],
		]);
		expect(result.omitted).toEqual([]);
		expect(result.attribution).toBe('Delivering Happiness van Tony Hsieh');
	});

	it('English (Futurum): author bio kept as a section, share label and related-content footer recorded', () => {
		const result = source('004_cdd531359144f4f4.txt');
		expect(result.segments[0]).toMatchObject({
			kind: 'title',
			text: 'Developing Deeper Emotional Connections with Customers',
		});
		const bio = result.segments.filter((segment) => segment.section === 'bio');
		expect(bio[0]).toMatchObject({ kind: 'heading', text: 'Author Information' });
		expect(bio).toHaveLength(6);
		expect(result.author).toBe('Keith Kirkpatrick');
		expect(result.omitted[0]).toMatchObject({ line: 45, text: 'SHARE:' });
		expect(
			result.omitted.slice(1).every((omission) => /related-content/.test(omission.reason))
		).toBe(true);
		expect(result.omitted.map((omission) => omission.text)).toContain('Book a Demo');
		expect(result.omitted.at(-1)!.line).toBe(62);
	});
});

describe('segmentSource rules', () => {
	it('joins hard-wrapped lines of one paragraph and keeps separate sentences apart', () => {
		const result = segmentSource(
			'A paragraph that was wrapped\nin the middle of a sentence.\nA new sentence on its own line.\n'
		);
		expect(result.segments.map((segment) => segment.text)).toEqual([
			'A paragraph that was wrapped in the middle of a sentence.',
			'A new sentence on its own line.',
		]);
	});

	it('keeps a repeated line that is article text, not page header', () => {
		const long = 'x'.repeat(250);
		const result = segmentSource(`${long}\n\nWOW!\n\nMore text.\n\nWOW!\n`);
		expect(result.segments.filter((segment) => segment.text === 'WOW!')).toHaveLength(2);
	});
});
