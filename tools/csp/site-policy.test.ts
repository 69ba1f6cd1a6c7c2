import { describe, expect, it } from 'vitest';
import { tempFile } from '../ingest/test-helpers';
import { formatPolicy, mergePolicies, pagePolicy, parsePolicy } from './site-policy';

describe('site policy', () => {
	it('parses and formats a policy, ignoring empty directives and extra spaces', () => {
		const policy = parsePolicy(
			"default-src 'self';  script-src 'self' 'sha256-a=' ;; Style-Src 'self'; "
		);
		expect([...policy.keys()]).toEqual(['default-src', 'script-src', 'style-src']);
		expect(formatPolicy(policy)).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self'"
		);
	});

	it('merges policies into the union of each directive, without repeats', () => {
		const merged = mergePolicies([
			"script-src 'self' 'sha256-a='; style-src 'self'",
			"script-src 'self' 'sha256-b='; img-src 'self'",
		]);
		expect(Object.fromEntries(merged)).toEqual({
			'script-src': ["'self'", "'sha256-a='", "'sha256-b='"],
			'style-src': ["'self'"],
			'img-src': ["'self'"],
		});
	});

	it("reads a page's policy from its <meta>, entities decoded, and nothing from a page without one", () => {
		const page = tempFile(
			'page.html',
			`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' &#39;sha256-a=&#39;"></head><body></body></html>`
		);
		expect(pagePolicy(page)).toBe("script-src 'self' 'sha256-a='");
		expect(pagePolicy(tempFile('plain.html', '<!doctype html><title>x</title>'))).toBeUndefined();
	});
});
