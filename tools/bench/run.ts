/**
 * `npm run bench [-- --book <dir>]`: a benchmark, not a test. Without --chapters it measures the book (tools/bench/full.ts);
 * with `--chapters 5,50,500` it measures how the cost grows with synthetic books of that many chapters made from it (tools/bench/scale.ts).
 */
import { commandArgs, runCommand } from '../lib/cli';

const usage = 'usage: npm run bench [-- --book <dir>] [--chapters 5,50,500]';
const { values, contentDir } = commandArgs(usage, { chapters: { type: 'string' } });

await runCommand('bench', async () => {
	if (values.chapters === undefined) {
		const { runFullBench } = await import('./full');
		await runFullBench(contentDir);
		return 0;
	}
	const counts = String(values.chapters).split(',').map(Number);
	if (!counts.length || counts.some((count) => !Number.isInteger(count) || count < 1)) {
		console.error('bench: --chapters takes chapter counts, e.g. --chapters 5,50,500');
		return 2;
	}
	const { runScaleBench } = await import('./scale');
	await runScaleBench(contentDir, counts);
	return 0;
});
