/** The build steps that make the heavy downloads (PDFs, EPUBs): one switch to skip them, one way to fail. */
import { rmSync } from 'node:fs';

/**
 * Runs `make` unless SKIP_PDF=1 (one switch for every heavy download); when it fails, the site is still built
 * without these files (the reason and `fix` printed), except in CI, where it fails the build.
 */
export async function downloadStep(
	kind: 'PDF' | 'EPUB',
	stageDir: string,
	make: () => Promise<void>,
	fix?: string
): Promise<void> {
	if (process.env.SKIP_PDF === '1') {
		rmSync(stageDir, { recursive: true, force: true });
		console.log(`${kind}: skipped (SKIP_PDF=1); the site is built without ${kind} links`);
		return;
	}
	try {
		await make();
	} catch (error) {
		rmSync(stageDir, { recursive: true, force: true });
		if (process.env.CI) throw error;
		console.error(`${kind}: not built. ${(error as Error).message}`);
		if (fix) console.error(fix);
	}
}
