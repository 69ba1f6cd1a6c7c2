import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/text-hash';
import { chapters } from './book-content';

const normalize = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ').trim();
/** A source line without its list bullet, which the chapter keeps as structure rather than text. */
const withoutBullet = (line: string) => normalize(line).replace(/^[•◦▪‣·*-] /u, '');

describe('fidelity: no source text lost', () => {
	const sharedSources = '../shared/sources';
	it('the project holds the five sources verbatim and needs nothing outside itself', () => {
		const names = readdirSync('content/sources').sort();
		expect(names).toHaveLength(5);
		for (const name of names) {
			const chapter = chapters.find((candidate) => candidate.source.file === name);
			expect(chapter, name).toBeDefined();
			expect(sha256(readFileSync(`content/sources/${name}`))).toBe(chapter!.source.sha256);
			// Where ../shared is beside the project (CI), the copy is byte-identical to what was received.
			try {
				expect(sha256(readFileSync(`content/sources/${name}`))).toBe(sha256(readFileSync(`${sharedSources}/${name}`)));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			}
		}
	});

	it.each(chapters.map((chapter) => [chapter.slug, chapter] as const))('%s: every non-empty source line is in the original or in its recorded omissions', (_slug, chapter) => {
		const lines = readFileSync(`content/sources/${chapter.source.file}`, 'utf8').split('\n');
		const original = chapter.versions[chapter.originalLanguage]!;
		const texts = original.segments.map((segment) => normalize(segment.text));
		const missing: string[] = [];
		lines.forEach((line, index) => {
			if (!line.trim()) return;
			const inChapter = texts.some((text) => text.includes(withoutBullet(line)));
			const omitted = chapter.omitted.some((omission) => omission.line === index + 1 && normalize(omission.text) === normalize(line));
			if (!inChapter && !omitted) missing.push(`line ${index + 1}: ${line.slice(0, 60)}`);
		});
		expect(missing).toEqual([]);
		// Every omission record quotes its source line exactly, with a reason.
		for (const omission of chapter.omitted) {
			expect(normalize(lines[omission.line - 1] ?? '')).toBe(normalize(omission.text));
			expect(omission.reason.length).toBeGreaterThan(10);
		}
		// And nothing in the original that is not in the source.
		const source = normalize(lines.join(' '));
		for (const segment of original.segments) expect(source).toContain(normalize(segment.text));
	});

	it('the Persian original stays exactly as written (Persian letters, spaces where the author put them)', () => {
		const persian = chapters.find((chapter) => chapter.originalLanguage === 'fa')!;
		const text = persian.versions.fa!.segments.map((segment) => segment.text).join('\n');
		expect(text).toBe(readFileSync(`content/sources/${persian.source.file}`, 'utf8').trim());
		expect(text).toContain('می شود');
	});
});
