/** `npm run new-book -- <dir> --languages en,de,ar --default en`: a folder with a book.json to fill in. */
import { commandArgs, runCommand } from '../lib/cli';

const usage = 'usage: npm run new-book -- <dir> --languages <code,code,…> [--default <code>]';
const { positionals, values } = commandArgs(
	usage,
	{ languages: { type: 'string' }, default: { type: 'string' } },
	true
);

await runCommand('new-book', async () => {
	const { newBook } = await import('./new-book');
	const [dir] = positionals;
	if (positionals.length !== 1 || typeof values.languages !== 'string') {
		console.error(usage);
		return 2;
	}
	const languages = values.languages
		.split(',')
		.map((code) => code.trim())
		.filter(Boolean);
	const defaultLanguage = typeof values.default === 'string' ? values.default : languages[0]!;
	const file = newBook({ dir: dir!, languages, defaultLanguage });
	console.log(
		`wrote ${file}: replace its TODO texts and "site", then add chapters with npm run ingest -- <file> --book ${dir}`
	);
	return 0;
});
