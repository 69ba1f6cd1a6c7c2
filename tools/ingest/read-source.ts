/** Reads a source document and rejects what cannot be a chapter: empty, binary, or not UTF-8 (with a guess at the real encoding). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import chardet from 'chardet';
import { IngestError } from './ingest-error';

export interface SourceText {
	/** The bytes as read, for the verbatim copy and the SHA-256. */
	bytes: Uint8Array;
	/** Decoded text with a leading BOM removed and CRLF/CR line ends made LF. */
	text: string;
}

const iconvNames: Record<string, string> = {
	'windows-1256': 'WINDOWS-1256',
	'windows-1252': 'WINDOWS-1252',
	'iso-8859-1': 'ISO-8859-1',
	'utf-16le': 'UTF-16LE',
	'utf-16be': 'UTF-16BE',
};

/** The line (1-based) holding byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Index of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i]!;
		const length =
			b < 0x80
				? 1
				: b >= 0xc2 && b < 0xe0
					? 2
					: b >= 0xe0 && b < 0xf0
						? 3
						: b >= 0xf0 && b < 0xf5
							? 4
							: 0;
		if (!length || i + length > bytes.length) return i;
		for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
		i += length;
	}
	return -1;
}

/** Guesses a legacy encoding; chardet cannot tell Windows-1256 Arabic script from Latin well, so check the byte range it uses. */
function guessEncoding(bytes: Uint8Array): string {
	const guesses = chardet.analyse(bytes).map((match) => match.name.toLowerCase());
	const high = bytes.filter((b) => b >= 0xc0).length;
	const arabicLetters = bytes.filter(
		(b) =>
			(b >= 0xc1 && b <= 0xda) ||
			(b >= 0xdd && b <= 0xe5) ||
			b === 0x81 ||
			b === 0x8d ||
			b === 0x90 ||
			b === 0x98
	).length;
	if (
		guesses.includes('windows-1256') ||
		(high > 8 && arabicLetters / high > 0.8 && bytes.filter((b) => b === 0x20).length > 0)
	)
		return 'windows-1256';
	return guesses.find((name) => name !== 'utf-8') ?? 'an unknown 8-bit encoding';
}

/** Reads and checks a source document; throws IngestError naming the file (and line) when it is not usable text. */
export function readSource(path: string): SourceText {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		throw new IngestError(
			path,
			undefined,
			`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
		);
	}
	const name = basename(path);
	if (
		bytes.length >= 2 &&
		((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
	)
		throw new IngestError(
			path,
			1,
			`the file is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8, for example: iconv -f UTF-16 -t UTF-8 "${name}" > "${name}.utf8.txt"`
		);
	const nul = bytes.indexOf(0);
	if (nul >= 0)
		throw new IngestError(
			path,
			lineAt(bytes, nul),
			`the file is binary, not plain text (it contains a NUL byte at offset ${nul})`
		);
	const invalid = firstInvalidUtf8(bytes);
	if (invalid >= 0) {
		const encoding = guessEncoding(bytes);
		const iconv = iconvNames[encoding] ?? encoding.toUpperCase();
		throw new IngestError(
			path,
			lineAt(bytes, invalid),
			`the file is not valid UTF-8 (byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} at offset ${invalid}); it looks like ${encoding}. Convert it to UTF-8, for example: iconv -f ${iconv} -t UTF-8 "${name}" > "${name}.utf8.txt"`
		);
	}
	const controls = [...new TextDecoder('utf-8').decode(bytes)].filter((c) =>
		// oxlint-disable-next-line no-control-regex -- control characters are what this looks for: plain text has none
		/[\u0001-\u0008\u000e-\u001f\u007f]/.test(c)
	).length;
	let text = new TextDecoder('utf-8').decode(bytes);
	if (controls > 0) {
		// oxlint-disable-next-line no-control-regex -- as above
		const at = text.search(/[\u0001-\u0008\u000e-\u001f\u007f]/);
		throw new IngestError(
			path,
			text.slice(0, at).split('\n').length,
			`the file contains ${controls} control character(s) that plain text does not have; it looks binary`
		);
	}
	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!text.trim())
		throw new IngestError(
			path,
			undefined,
			bytes.length
				? 'the file holds only whitespace; there is nothing to make a chapter of'
				: 'the file is empty; there is nothing to make a chapter of'
		);
	return { bytes, text };
}
