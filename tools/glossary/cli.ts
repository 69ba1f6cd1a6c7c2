/** `npm run glossary -- [--book <dir>]`: every passage of a translation that breaks the book's glossary (`<book>/glossary.json`), as `file: passage: what` lines; exit 1 when there is one. */
import { commandArgs, runCommand } from '../lib/cli';

const usage = 'usage: npm run glossary -- [--book <dir>]';
const { positionals, contentDir } = commandArgs(usage, {}, true);

await runCommand('glossary', async () => {
	if (positionals.length) {
		console.error(usage);
		return 2;
	}
	const { readBookFromDisk } = await import('../../src/lib/read-chapters');
	const { readGlossary } = await import('../../src/lib/read-glossary');
	const { checkGlossary, findingLine } = await import('../../src/lib/glossary-check');
	const { glossaryFile } = await import('../../src/lib/book-paths');
	const { displayPath } = await import('../../src/lib/file-error');
	const { book, chapters } = readBookFromDisk(contentDir);
	const glossary = readGlossary(contentDir, book);
	if (!glossary) {
		console.log(
			`glossary: ${displayPath(glossaryFile(contentDir))} does not exist; nothing to check`
		);
		return 0;
	}
	const findings = checkGlossary(glossary, book.languages, chapters);
	for (const finding of findings) console.log(findingLine(finding, displayPath(contentDir)));
	const addressed = Object.keys(glossary.address);
	if (findings.length) {
		const passages = new Set(
			findings.map((finding) => `${finding.slug}/${finding.language}/${finding.passage}`)
		);
		console.error(
			`glossary: ${findings.length} finding(s) in ${passages.size} passage(s); change the translations, or ${displayPath(glossaryFile(contentDir))} where it is wrong`
		);
		return 1;
	}
	console.log(
		`glossary: every translation of ${chapters.length} chapter(s) keeps to the ${glossary.terms.length} term(s)${addressed.length ? ` and the form of address (${addressed.join(', ')})` : ''}`
	);
	return 0;
});
