import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage } from './helpers';
import { headerPolicy } from '../../tools/csp/write-headers';
import { fixtureBook, fixtureDist } from '../fixture-books';

const { chapters } = fixtureBook('reader');
/** The policy the site's _headers tells hosts to send. */
const sentPolicy = headerPolicy(fixtureDist('reader'))!;

/**
 * Serves every response with the header policy on top of the page's own <meta> (as a host following the README
 * would), and records every violation the browser reports, from events and from the console.
 */
async function enforceAndRecord(context: BrowserContext): Promise<void> {
	await context.route('**/*', async (route) => {
		// The policy of a document governs everything it loads; other responses pass untouched.
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		await route.fulfill({
			response,
			headers: { ...response.headers(), 'content-security-policy': sentPolicy },
		});
	});
	await context.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) =>
			violations.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
			)
		);
	});
}

async function openEnforced(
	path: string
): Promise<{ page: Page; violations: () => Promise<string[]> }> {
	const console: string[] = [];
	const page = await openPage(path, { prepare: enforceAndRecord });
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/iu.test(message.text())) console.push(message.text());
	});
	return {
		page,
		violations: async () => [
			...(await page.evaluate(
				() => (window as unknown as { cspViolations: string[] }).cspViolations
			)),
			...console,
		],
	};
}

describe('the site under its Content-Security-Policy', () => {
	it('a header policy with script hashes is what the host is told to send', () => {
		expect(sentPolicy).toMatch(
			/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+;/u
		);
		expect(sentPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/u);
	});

	it('every page type loads, and theme, text size, permalinks and search (WebAssembly) work with no violation', async () => {
		const chapter = chapters[0]!;
		for (const path of ['/', '/404.html', '/en/status/', '/nl/']) {
			const { page, violations } = await openEnforced(path);
			expect(await violations(), path).toEqual([]);
			await page.context().close();
		}
		const { page, violations } = await openEnforced(`/fa/${chapter.slug}/`);
		// The early script ran (it was allowed by its hash) and set the reader's preferences before paint.
		expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
		await page.click('[data-theme-toggle]');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(
			/^(dark|light)$/u
		);
		await page.click('[data-text-size-step="1"]');
		expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('1');
		await page.locator('.permalink').first().click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#s1$/u);
		await page.keyboard.press('/');
		await page.selectOption('[data-search-scope]', 'all');
		await page.fill('[data-search-input]', 'Zappos');
		await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
		await Promise.all([
			page.waitForURL(/\?mark=/u),
			page.locator('.search-results a').first().click(),
		]);
		await page.waitForFunction(() => document.querySelectorAll('main mark').length > 0);
		expect(await violations()).toEqual([]);
	});

	it('blocks script that gets into a page: an injected inline script and an onerror attribute do not run', async () => {
		const { page, violations } = await openEnforced(`/en/${chapters[1]!.slug}/`);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = "script"';
			document.body.append(script);
			document.body.insertAdjacentHTML(
				'beforeend',
				'<img src="/no-such-image.png" onerror="window.injected = \'onerror\'">'
			);
		});
		await page.waitForFunction(
			() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 2
		);
		expect(
			await page.evaluate(() => (window as unknown as { injected?: string }).injected)
		).toBeUndefined();
		expect((await violations()).join('\n')).toMatch(
			/script-src-elem blocked inline[\s\S]*script-src-attr blocked inline/u
		);
	});
});
