import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError } from './ingest-error';
import { readSource } from './read-source';
import { tempFile } from './test-helpers';

const persian =
	'این یک ارتباط عاطفی است که برنده می شود و باعث موفقیت می گردد.\nزاپوس همچنین در خدمات تلفنی نیز استاد است.\n';
const spanish =
	'EL CLIENTE EN EL CENTRO\n\nUnas semanas después de la muerte de su madre, Lamarr escribió en su blog.\n';

describe('readSource', () => {
	it.each([
		['empty.txt', '', /empty\.txt: the file is empty/],
		['blank.txt', '  \n\t\n   \n', /blank\.txt: the file holds only whitespace/],
		[
			'image.txt',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
			/image\.txt:3: the file is binary/,
		],
		['controls.txt', 'text\nmore\u0002\u0003 text\n', /controls\.txt:2: .*control character/],
		[
			'utf16.txt',
			iconv.encode('hello', 'utf-16le', { addBOM: true }),
			/utf16\.txt:1: the file is UTF-16.*iconv -f UTF-16 -t UTF-8/,
		],
		[
			'farsi-1256.txt',
			iconv.encode(persian, 'windows-1256'),
			/farsi-1256\.txt:1: the file is not valid UTF-8 .*looks like windows-1256.*iconv -f WINDOWS-1256 -t UTF-8 "farsi-1256\.txt"/,
		],
		[
			'spanish-1252.txt',
			iconv.encode(spanish, 'windows-1252'),
			/spanish-1252\.txt:3: the file is not valid UTF-8 \(byte 0xe9.*looks like (windows-1252|iso-8859-1).*iconv -f (WINDOWS-1252|ISO-8859-1) -t UTF-8/,
		],
	])('rejects %s with a message naming the file, line and fix', (name, content, message) => {
		const path = tempFile(name, content);
		expect(() => readSource(path)).toThrow(IngestError);
		expect(() => readSource(path)).toThrow(message);
	});

	it('reads UTF-8, drops a byte-order mark and normalizes CRLF', () => {
		const path = tempFile('crlf.txt', `\uFEFF${spanish.replace(/\n/g, '\r\n')}`);
		expect(readSource(path).text).toBe(spanish);
	});

	it('names a missing file', () => {
		expect(() => readSource('/nonexistent/nothing.txt')).toThrow(
			/nothing\.txt: cannot read the file \(ENOENT\)/
		);
	});
});
