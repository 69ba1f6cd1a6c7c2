import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Builds the site from a copy of content/ with one file changed; returns the build's exit code and output. */
function buildWith(path: string, change: (text: string) => string) {
	const dir = mkdtempSync(join(tmpdir(), 'book-invalid-'));
	cpSync('content', join(dir, 'content'), { recursive: true });
	const file = join(dir, 'content', path);
	writeFileSync(file, change(readFileSync(file, 'utf8')));
	const run = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(dir, 'dist')], { encoding: 'utf8', env: { ...process.env, BOOK_CONTENT_DIR: join(dir, 'content') } });
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('invalid content fails the build, naming the file, the field and the reason', () => {
	it('an invalid frontmatter field', () => {
		const { status, output } = buildWith('chapters/klanten-als-ambassadeurs/en.mdx', (text) => text.replace('reviewed: false', 'reviewed: maybe'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/klanten-als-ambassadeurs\/en/);
		expect(output).toMatch(/provenance\.reviewed/);
	}, 60_000);

	it('a translation missing a segment', () => {
		const { status, output } = buildWith('chapters/klanten-als-ambassadeurs/es.mdx', (text) => text.replace(/<Segment id="s12"[\s\S]*?<\/Segment>\n/, ''));
		expect(status).not.toBe(0);
		expect(output).toMatch(/klanten-als-ambassadeurs\/es\.mdx: is missing segment\(s\) s12 of the original/);
	}, 60_000);
});
