import { describe, expect, it } from 'vitest';
import { measuredRun } from './measured-run';

describe('measured run', () => {
	it("sees the memory of a child's own children", async () => {
		// A shell whose child holds about 200 MB for a second.
		const script = 'node -e "const b = Buffer.alloc(200e6, 1); setTimeout(() => b.length, 1000)"';
		const run = await measuredRun('sh', ['-c', script]);
		expect(run.peakRssBytes).toBeGreaterThan(200e6);
		expect(run.ms).toBeGreaterThanOrEqual(1000);
	});

	it('rejects with the output of a failing command', async () => {
		await expect(measuredRun('sh', ['-c', 'echo broken >&2; exit 3'])).rejects.toThrow(
			/exit 3[\s\S]*broken/u
		);
	});
});
