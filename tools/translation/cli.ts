/**
 * `npm run translation -- export <slug> <to-lang> -o <job.json>` writes a job for a translator;
 * `npm run translation -- import <job.json>…` merges each returned job into `<book>/chapters/<slug>/<lang>.mdx`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { commandArgs, runCommand } from '../lib/cli';

const usage =
	'usage: npm run translation -- export <slug> <to-lang> -o <job.json> [--book <dir>]\n       npm run translation -- import <job.json>… [--book <dir>]';
const { values, positionals, contentDir } = commandArgs(
	usage,
	{ output: { type: 'string', short: 'o' } },
	true
);
const [command, ...rest] = positionals;

await runCommand('translation', async () => {
	const { exportJob, importJob, readJob } = await import('./translation-io');
	if (command === 'export' && rest.length === 2) {
		const text = `${JSON.stringify(exportJob(contentDir, rest[0]!, rest[1]!), null, '\t')}\n`;
		if (typeof values.output !== 'string') {
			process.stdout.write(text);
			return 0;
		}
		mkdirSync(dirname(values.output), { recursive: true });
		writeFileSync(values.output, text);
		console.log(
			`wrote ${values.output}: give it to the translator; bring it back with npm run translation -- import ${values.output}${contentDir === 'content' ? '' : ` --book ${contentDir}`}`
		);
		return 0;
	}
	if (command === 'import' && rest.length) {
		// Every job is checked before any file is written.
		const planned = rest.map((file) => importJob(contentDir, readJob(file), file));
		for (const { path, text, report } of planned) {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, text);
			for (const line of report) console.log(line);
			console.log(`wrote ${path}`);
		}
		return 0;
	}
	console.error(usage);
	return 2;
});
