/** The book's JSON files (book.json, glossary.json) parsed against their schemas, with errors that name the field, or the line of a syntax error. */
import type { z } from 'astro/zod';

/** How a reader of one kind of file reports a problem: the field (or none), the reason, the line of a syntax error. */
export type JsonProblem = (field: string | undefined, reason: string, line?: number) => Error;

/** Parses `text` (the file `name`, e.g. "book.json") and validates it; the first problem is thrown through `fail`. */
export function parseJsonFile<Schema extends z.ZodType>(
	text: string,
	schema: Schema,
	name: string,
	fail: JsonProblem
): z.infer<Schema> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		throw fail(
			undefined,
			`not valid JSON: ${message.replace(/ \(line \d+ column \d+\)$/, '')}`,
			Number(/\(line (\d+) column/.exec(message)?.[1]) || undefined
		);
	}
	const parsed = schema.safeParse(data);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	if (issue.code === 'unrecognized_keys')
		throw fail([...issue.path, issue.keys[0]].join('.'), `not a field of ${name} (a misspelling?)`);
	// A key that is not allowed (a language code that is none): the key's own issue says why.
	const reason = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
	throw fail(issue.path.join('.'), reason ?? issue.message);
}
