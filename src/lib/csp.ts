/** Content-Security-Policy source expressions: the hash a browser computes for an inline script or style. */
import { createHash } from 'node:crypto';

/** `sha256-<base64>` of the exact text between the tags, the form CSP hash sources take. */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
