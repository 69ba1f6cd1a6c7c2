import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from './share-image-worker.mjs';

/** The chunks of a PNG: type, data, and whether its CRC is right. */
function chunks(png: Buffer) {
	const found: { type: string; data: Buffer; crcOk: boolean }[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const body = png.subarray(at + 4, at + 8 + length);
		found.push({
			type: body.subarray(0, 4).toString('latin1'),
			data: body.subarray(4),
			crcOk: png.readUInt32BE(at + 8 + length) === crc32(body),
		});
		at += 12 + length;
	}
	return found;
}

describe('encodeOpaquePng', () => {
	it('writes a PNG whose rows, unfiltered, are the pixels given, with valid chunks', () => {
		const width = 3;
		const height = 2;
		const rgba = Buffer.from(
			Array.from({ length: width * height * 4 }, (_, index) => (index * 37) % 256)
		);
		const png = encodeOpaquePng(width, height, rgba);
		expect(png.subarray(0, 8)).toEqual(
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
		);
		const parts = chunks(png);
		expect(parts.map((part) => part.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		expect(parts.every((part) => part.crcOk)).toBe(true);
		const header = parts[0]!.data;
		expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([
			width,
			height,
			8,
			6,
			0,
			0,
			0,
		]);
		const rows = inflateSync(parts[1]!.data);
		for (let y = 0; y < height; y++) {
			const row = rows.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1));
			expect(row[0]).toBe(0);
			expect(row.subarray(1)).toEqual(rgba.subarray(y * width * 4, (y + 1) * width * 4));
		}
	});
});
