import { isAbsolute, relative, resolve } from 'node:path';

/** A path as a user would type it from the project folder: relative inside it, absolute outside (not ../../tmp/…). */
export function displayPath(path: string): string {
	const inside = relative(process.cwd(), resolve(path));
	const shown = inside.startsWith('..') || isAbsolute(inside) ? resolve(path) : inside;
	return path.endsWith('/') ? `${shown}/` : shown;
}

/** An error about a file the user gave us, reported as `file:line: reason` so that editors and terminals can jump to it. */
export class FileError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | undefined,
		readonly reason: string
	) {
		super(`${displayPath(file)}${line ? `:${line}` : ''}: ${reason}`);
		this.name = new.target.name;
	}
}
