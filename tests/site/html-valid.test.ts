import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fixtureBooks, fixtureDist, type FixtureName } from '../fixture-books';

/** The Nu Html Checker (the W3C validator, from the vnu-jar package; needs Java, which .ci/run installs if missing). */
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('HTML', () => {
	it('every built page of every fixture book is valid HTML (Nu Html Checker, all its rules, errors reported)', () => {
		const run = spawnSync(
			'java',
			[
				'-jar',
				vnu,
				'--errors-only',
				'--skip-non-html',
				'--format',
				'gnu',
				...(Object.keys(fixtureBooks) as FixtureName[]).map((name) => `${fixtureDist(name)}/`),
			],
			{ encoding: 'utf8' }
		);
		if (run.error)
			throw new Error(`java is needed to run the Nu Html Checker: ${run.error.message}`);
		expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
		expect(run.status).toBe(0);
	}, 120_000);
});
