import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipEpub } from './zip';

const files = () =>
	new Map<string, string | Uint8Array>([
		['META-INF/container.xml', '<container/>'],
		['EPUB/a.xhtml', 'فارسی '.repeat(100)],
	]);

describe('EPUB zip', () => {
	it('puts the mimetype first, stored, with no extra field, so that its text is at byte 38', () => {
		const zip = zipEpub(files());
		const view = new DataView(zip.buffer, zip.byteOffset);
		expect(view.getUint32(0, true)).toBe(0x04034b50);
		// Compression method 0 (stored), name "mimetype", no extra field.
		expect(view.getUint16(8, true)).toBe(0);
		expect(view.getUint16(28, true)).toBe(0);
		expect(new TextDecoder().decode(zip.subarray(30, 38))).toBe('mimetype');
		expect(new TextDecoder().decode(zip.subarray(38, 58))).toBe('application/epub+zip');
	});

	it('keeps the files and their order, and gives the same bytes for the same files in any time zone', () => {
		const zip = zipEpub(files());
		expect(Object.keys(unzipSync(zip))).toEqual([
			'mimetype',
			'META-INF/container.xml',
			'EPUB/a.xhtml',
		]);
		expect(new TextDecoder().decode(unzipSync(zip)['EPUB/a.xhtml'])).toBe('فارسی '.repeat(100));
		expect(Buffer.from(zipEpub(files())).equals(Buffer.from(zip))).toBe(true);
		// DOS date of 2000-01-01 00:00 in the local header: ((2000 - 1980) << 9) | (1 << 5) | 1, time 0.
		const view = new DataView(zip.buffer, zip.byteOffset);
		expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([
			0,
			(20 << 9) | (1 << 5) | 1,
		]);
	});
});
