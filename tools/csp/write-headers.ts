/**
 * After `astro build`: writes dist/_headers (the format Netlify and Cloudflare Pages read) so that hosts can
 * send the pages' Content-Security-Policy as a header, where it also covers what a <meta> cannot (frame-ancestors).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { formatPolicy, mergePolicies, pagePolicy } from './site-policy';

const cspHeader = 'Content-Security-Policy';

/** Writes `<outDir>/_headers` from the policies of the pages in `outDir`. */
export function writeHeaders(outDir: string): void {
	const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) =>
		file.endsWith('.html')
	);
	const policies = pages.map((page) => pagePolicy(`${outDir}/${page}`));
	const missing = pages.filter((_, index) => !policies[index]);
	if (missing.length)
		throw new Error(
			`csp: ${missing.length} page(s) carry no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?): ${missing.slice(0, 5).join(', ')}`
		);
	const policy = mergePolicies(policies as string[]);
	// A header may say what a <meta> may not: no other site may frame the book.
	policy.set('frame-ancestors', ["'self'"]);
	const headers = [
		'/*',
		`  ${cspHeader}: ${formatPolicy(policy)}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'',
	].join('\n');
	writeFileSync(`${outDir}/_headers`, headers);
	console.log(`csp: ${outDir}/_headers written from the policies of ${pages.length} pages`);
}

/** The Content-Security-Policy that `<outDir>/_headers` sends, as written by writeHeaders. */
export function headerPolicy(outDir: string): string | undefined {
	const line = readFileSync(`${outDir}/_headers`, 'utf8')
		.split('\n')
		.find((candidate) => candidate.trim().startsWith(`${cspHeader}:`));
	return line
		?.trim()
		.slice(cspHeader.length + 1)
		.trim();
}
