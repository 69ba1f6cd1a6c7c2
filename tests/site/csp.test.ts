import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/csp';
import { mergePolicies, parsePolicy } from '../../tools/csp/site-policy';
import { headerPolicy } from '../../tools/csp/write-headers';
import { builtPages } from '../built-site';
import { fixtureBooks, fixtureDist, type FixtureName } from '../fixture-books';

const policyOf = (html: string) =>
	load(html)('meta[http-equiv="content-security-policy"]').attr('content');

describe.each(Object.keys(fixtureBooks) as FixtureName[])(
	'Content-Security-Policy of the %s book',
	(name) => {
		const dist = fixtureDist(name);
		const pages = builtPages(dist);

		it('every page carries a policy with no unsafe-inline, unsafe-eval or wildcard sources', () => {
			expect(pages.length).toBeGreaterThan(10);
			for (const page of pages) {
				const policy = policyOf(readFileSync(page, 'utf8'));
				expect(policy, page).toBeDefined();
				const directives = parsePolicy(policy!);
				for (const name of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri'])
					expect(directives.has(name), `${page}: ${name}`).toBe(true);
				expect(directives.get('object-src')).toEqual(["'none'"]);
				for (const [name, sources] of directives)
					for (const source of sources)
						expect(
							[
								"'unsafe-inline'",
								"'unsafe-eval'",
								"'unsafe-hashes'",
								'*',
								'data:',
								'blob:',
								'http:',
								'https:',
							],
							`${page}: ${name} ${source}`
						).not.toContain(source);
			}
		});

		it('allows each inline script and style by the hash of its exact text, and nothing else inline', () => {
			for (const page of pages) {
				const html = readFileSync(page, 'utf8');
				const directives = parsePolicy(policyOf(html)!);
				const $ = load(html);
				const inlineScripts = $('script:not([src])');
				const inlineStyles = $('style');
				expect(inlineScripts.length + inlineStyles.length, page).toBeGreaterThan(0);
				inlineScripts.each((_, element) =>
					expect(
						directives.get('script-src'),
						`${page}: ${$(element).text().slice(0, 60)}`
					).toContain(`'${cspHash($(element).text())}'`)
				);
				inlineStyles.each((_, element) =>
					expect(
						directives.get('style-src'),
						`${page}: ${$(element).text().slice(0, 60)}`
					).toContain(`'${cspHash($(element).text())}'`)
				);
				// What a hash cannot allow: event-handler and style attributes, javascript: URLs.
				$('*').each((_, node) => {
					const tag = $(node).prop('tagName');
					for (const [name, value] of Object.entries($(node).attr() ?? {})) {
						expect(name.startsWith('on'), `${page}: <${tag} ${name}>`).toBe(false);
						expect(name, `${page}: <${tag} style>`).not.toBe('style');
						expect(/^\s*javascript:/iu.test(value), `${page}: <${tag} ${name}="${value}">`).toBe(
							false
						);
					}
				});
			}
		});

		it("_headers sends the union of the pages' policies, plus frame-ancestors, for every path", () => {
			const headers = readFileSync(`${dist}/_headers`, 'utf8').split('\n');
			expect(headers[0]).toBe('/*');
			const sent = parsePolicy(headerPolicy(dist)!);
			const expected = mergePolicies(pages.map((page) => policyOf(readFileSync(page, 'utf8'))!));
			expected.set('frame-ancestors', ["'self'"]);
			expect(Object.fromEntries(sent)).toEqual(Object.fromEntries(expected));
		});
	}
);
