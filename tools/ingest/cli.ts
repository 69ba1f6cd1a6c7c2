/** `npm run ingest -- <file> [--lang <code>] [--slug <slug>] [--title …] [--author …] [--attribution …] [--content <dir>]` */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { planIngest } from './ingest';

const usage = 'usage: npm run ingest -- <file.txt> [--lang <code>] [--slug <slug>] [--title <title>] [--author <name>] [--attribution <source>] [--content <dir>]';

function main(): number {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				lang: { type: 'string' },
				slug: { type: 'string' },
				title: { type: 'string' },
				author: { type: 'string' },
				attribution: { type: 'string' },
				content: { type: 'string', default: 'content' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		console.error(`ingest: ${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help || positionals.length !== 1) {
		console.error(usage);
		return values.help ? 0 : 2;
	}
	try {
		const result = planIngest({ file: positionals[0]!, contentDir: values.content!, lang: values.lang, slug: values.slug, title: values.title, author: values.author, attribution: values.attribution });
		for (const [path, content] of result.writes) {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, content);
		}
		for (const line of result.report) console.log(line);
		console.log(result.writes.size ? `wrote ${[...result.writes.keys()].join(', ')}` : 'nothing changed');
		return 0;
	} catch (error) {
		console.error(`ingest: ${(error as Error).message}`);
		return 1;
	}
}

process.exitCode = main();
