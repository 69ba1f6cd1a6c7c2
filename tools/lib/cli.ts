/** What every command shares: which book it works on (--book, BOOK_CONTENT_DIR, content/), and how it reports a failure. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FileError } from '../../src/lib/file-error';

/** The book folder named by `--book <dir>`, else BOOK_CONTENT_DIR, else content/. */
export function bookDirOf(values: { book?: string | boolean }): string {
	return typeof values.book === 'string'
		? values.book
		: (process.env.BOOK_CONTENT_DIR ?? 'content');
}

/**
 * Parses a command's arguments (every command takes `--book <dir>`) and points the whole process at that
 * book by setting BOOK_CONTENT_DIR, which Astro's configuration and the build steps read. Call it before
 * importing anything that reads the book.
 */
export function commandArgs(
	usage: string,
	options: NonNullable<ParseArgsConfig['options']>,
	allowPositionals = false
): {
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
	contentDir: string;
} {
	let values: Record<string, string | boolean | undefined>;
	let positionals: string[];
	try {
		const parsed = parseArgs({
			args: process.argv.slice(2),
			allowPositionals,
			options: { ...options, book: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		});
		values = parsed.values;
		positionals = parsed.positionals;
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		process.exit(2);
	}
	if (values.help) {
		console.log(usage);
		process.exit(0);
	}
	const contentDir = bookDirOf(values);
	process.env.BOOK_CONTENT_DIR = contentDir;
	return { values, positionals, contentDir };
}

/**
 * Runs a command and turns a failure into one message: `file:line: reason` for problems in the book's
 * files, the message alone for the rest; the stack trace only with DEBUG=1. Exits when the command is done
 * (a server command never is).
 */
export async function runCommand(
	name: string,
	main: () => Promise<number | void> | number | void
): Promise<void> {
	process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
	try {
		process.exitCode = (await main()) ?? 0;
	} catch (error) {
		process.exitCode = 1;
		if (process.env.DEBUG) console.error(error);
		else console.error(`${name}: ${describeError(error)}`);
	}
	// A failed Astro build can leave a bundler service or a watcher running, and the process would wait for it forever.
	process.exit();
}

/** The message of an error a user can act on, found inside the wrappers of Astro and Vite. */
export function describeError(error: unknown): string {
	for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause)
		if (cause instanceof FileError || (cause as Error).name?.endsWith('ConfigError'))
			return (cause as Error).message;
	const message = (error as Error)?.message ?? String(error);
	return message;
}
