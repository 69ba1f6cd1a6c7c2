/** An error about a file the user gave us, reported as `file:line: reason` so that editors and terminals can jump to it. */
export class FileError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | undefined,
		readonly reason: string,
	) {
		super(`${file}${line ? `:${line}` : ''}: ${reason}`);
		this.name = new.target.name;
	}
}
