/** An EPUB's zip container: the `mimetype` entry first and stored, every entry with the same fixed time, so that the same files give the same bytes. */
import { zipSync, type Zippable } from 'fflate';

/** Zips the files in the order given (after `mimetype`), deflated, dated 2000-01-01 00:00 whatever the machine's time zone. */
export function zipEpub(files: Map<string, string | Uint8Array>): Uint8Array {
	// fflate writes the DOS date from the local-time fields, so a local-time date gives the same fields everywhere.
	const mtime = new Date(2000, 0, 1, 0, 0, 0);
	const bytes = (data: string | Uint8Array) =>
		typeof data === 'string' ? new TextEncoder().encode(data) : data;
	const entries: Zippable = {
		mimetype: [new TextEncoder().encode('application/epub+zip'), { level: 0, mtime }],
	};
	for (const [path, data] of files)
		if (path !== 'mimetype') entries[path] = [bytes(data), { level: 9, mtime }];
	return zipSync(entries, { mtime });
}
