/** `npm run ingest -- <file> [--book <dir>] [--lang <code>] [--slug <slug>] [--title …] [--author …] [--attribution …] [--replace]` */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { commandArgs, runCommand } from '../lib/cli';

const usage =
	'usage: npm run ingest -- <file.txt> [--book <dir>] [--lang <code>] [--slug <slug>] [--title <title>] [--author <name>] [--attribution <source>] [--replace]';
const { values, positionals, contentDir } = commandArgs(
	usage,
	{
		lang: { type: 'string' },
		slug: { type: 'string' },
		title: { type: 'string' },
		author: { type: 'string' },
		attribution: { type: 'string' },
		replace: { type: 'boolean' },
	},
	true
);
const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);

await runCommand('ingest', async () => {
	if (positionals.length !== 1) {
		console.error(usage);
		return 2;
	}
	const { planIngest } = await import('./ingest');
	const result = planIngest({
		file: positionals[0]!,
		contentDir,
		lang: text('lang'),
		slug: text('slug'),
		title: text('title'),
		author: text('author'),
		attribution: text('attribution'),
		replace: values.replace === true,
	});
	for (const [path, content] of result.writes) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, content);
	}
	for (const path of result.removes) rmSync(path);
	for (const line of result.report) console.log(line);
	console.log(
		result.writes.size ? `wrote ${[...result.writes.keys()].join(', ')}` : 'nothing changed'
	);
	return 0;
});
