/**
 * `npm run bench`: a benchmark, not a test. Without arguments it measures this book (tools/bench/full.ts);
 * with `--chapters 5,50,500` it measures how the cost grows with synthetic books of that many chapters (tools/bench/scale.ts).
 */
export {};

const flag = process.argv.indexOf('--chapters');
if (flag === -1) {
	const { runFullBench } = await import('./full');
	await runFullBench();
} else {
	const counts = (process.argv[flag + 1] ?? '').split(',').map(Number);
	if (!counts.length || counts.some((count) => !Number.isInteger(count) || count < 1)) {
		console.error('bench: --chapters takes chapter counts, e.g. --chapters 5,50,500');
		process.exit(1);
	}
	const { runScaleBench } = await import('./scale');
	await runScaleBench(counts);
}
