/**
 * `npm run translation -- export <slug> <to-lang>` prints a JSON job for a translator;
 * `npm run translation -- import <job.json>…` writes each finished job as `content/chapters/<slug>/<lang>.mdx`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { exportJob, importJob, type TranslationJob } from './translation-io';

const usage = 'usage: npm run translation -- export <slug> <to-lang> | import <job.json>… [--content <dir>]';

function main(): number {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: 'string', default: 'content' } } });
	const [command, ...rest] = positionals;
	try {
		if (command === 'export' && rest.length === 2) {
			console.log(JSON.stringify(exportJob(values.content!, rest[0]!, rest[1]!), null, '\t'));
			return 0;
		}
		if (command === 'import' && rest.length) {
			const planned = rest.map((file) => importJob(values.content!, JSON.parse(readFileSync(file, 'utf8')) as TranslationJob, file));
			for (const { path, text } of planned) {
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, text);
				console.log(`wrote ${path}`);
			}
			return 0;
		}
		console.error(usage);
		return 2;
	} catch (error) {
		console.error(`translation: ${(error as Error).message}`);
		return 1;
	}
}

process.exitCode = main();
