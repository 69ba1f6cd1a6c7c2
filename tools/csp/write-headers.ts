/**
 * After `astro build`: writes dist/_headers (the format Netlify and Cloudflare Pages read) so that hosts can
 * send the pages' Content-Security-Policy as a header, where it also covers what a <meta> cannot (frame-ancestors).
 */
import { globSync, writeFileSync } from 'node:fs';
import { formatPolicy, mergePolicies, pagePolicy } from './site-policy';

const outDir = process.argv[2] ?? 'dist';
const pages = globSync('**/*.html', { cwd: outDir });
const missing = pages.filter((page) => !pagePolicy(`${outDir}/${page}`));
if (missing.length) {
	console.error(`csp: ${missing.length} page(s) carry no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?): ${missing.slice(0, 5).join(', ')}`);
	process.exit(1);
}
const policy = mergePolicies(pages.map((page) => pagePolicy(`${outDir}/${page}`)!));
// A header may say what a <meta> may not: no other site may frame the book.
policy.set('frame-ancestors', ["'self'"]);
const headers = ['/*', `  Content-Security-Policy: ${formatPolicy(policy)}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', ''].join('\n');
writeFileSync(`${outDir}/_headers`, headers);
console.log(`csp: dist/_headers written from the policies of ${pages.length} pages`);
