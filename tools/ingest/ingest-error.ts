/** The one error the ingest reports to the user: which file, which line, what is wrong. */
export class IngestError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | undefined,
		readonly reason: string,
	) {
		super(`${file}${line ? `:${line}` : ''}: ${reason}`);
		this.name = 'IngestError';
	}
}
