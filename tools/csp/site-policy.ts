/** The site's Content-Security-Policy: read from the <meta> Astro writes into each page, merged into one policy a host can send as a header. */
import { readFileSync } from 'node:fs';
import { decodeHTMLAttribute } from 'entities';

/** A policy as directive name → its source expressions, in the order written. */
export type Policy = Map<string, string[]>;

/** Parses a policy string ("a 'self'; b x y") into directives. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const directive of text.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/u);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** Writes a policy back as a string. */
export function formatPolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy in a built page's <meta http-equiv="content-security-policy">, or undefined if it has none. */
export function pagePolicy(htmlFile: string): string | undefined {
	// A pattern, not an HTML parser: parsing each page's head took 7 ms, a minute for a book of 500 chapters
	// (8,000 pages). Astro writes this one form; tests/site/csp.test.ts reads the same tag with a parser.
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/iu.exec(
		readFileSync(htmlFile, 'utf8')
	)?.[1];
	return content === undefined ? undefined : decodeHTMLAttribute(content);
}

/** One policy that allows what each page's policy allows: the union of every directive's sources. */
export function mergePolicies(policies: string[]): Policy {
	const merged: Policy = new Map();
	for (const text of policies)
		for (const [name, sources] of parsePolicy(text))
			merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
	return merged;
}
