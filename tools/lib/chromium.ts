/** Launches headless Chromium for tests, screenshots and benchmarks: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the one @sparticuz/chromium unpacks from npm. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
} from 'playwright-core';

/** Flags for a sandboxed machine without network: no first-run, no background connections that would be refused. */
export const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Path of the Chromium binary to drive. */
export async function chromiumPath(): Promise<string> {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	const { default: bundled } = await import('@sparticuz/chromium');
	return bundled.executablePath();
}

/** A browser context in a fresh user-data-dir, closed with `context.close()`. */
export async function launchContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
	return chromium.launchPersistentContext(userDataDir, {
		executablePath: await chromiumPath(),
		args: chromiumFlags,
		headless: true,
		...options,
	});
}

/** A browser for many isolated contexts; Playwright gives it a fresh temporary profile (user-data-dir) of its own. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: await chromiumPath(),
		args: chromiumFlags,
		headless: true,
	});
}
