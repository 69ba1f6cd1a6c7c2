/** Short content hashes: a translation records the hash of the original text it was made from, so staleness is derived, not stored. */
import { createHash } from 'node:crypto';

/** SHA-256 of bytes or text, as 64 hex digits. */
export function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/** The 12-hex-digit hash of an original segment's text that its translations carry as `source`. */
export function segmentHash(text: string): string {
	return sha256(text.normalize('NFC')).slice(0, 12);
}
