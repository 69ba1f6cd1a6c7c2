/**
 * Cuts the web fonts down to the characters this book uses (plus each script's basic set), so that a
 * chapter page stays light. Runs before every build; writes node_modules/.cache/book-fonts/ (not committed),
 * which astro.config.mjs reads. Same content, same files: the output is deterministic.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fontFaces, subsetDir } from './font-faces.mjs';
import { contentDir } from '../../src/lib/content-dir';

/** Every character a page of this book can show: book metadata, chapter files, UI strings. */
function bookCharacters(): Set<string> {
	const texts = [readFileSync(join(contentDir, 'book.json'), 'utf8')];
	const chapters = join(contentDir, 'chapters');
	for (const slug of readdirSync(chapters)) for (const file of readdirSync(join(chapters, slug))) texts.push(readFileSync(join(chapters, slug, file), 'utf8'));
	for (const file of readdirSync('src/translations')) texts.push(readFileSync(join('src/translations', file), 'utf8'));
	// Numbers, dates and language names come from Intl at build time; keep the digits and punctuation they use.
	texts.push('0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬،؛؟«»…–—‘’“”·×−+#%&()[]{}/:;.,!?@*\'"-_=<>$€£ ');
	return new Set(texts.join('').normalize('NFC'));
}

/** A script's basic letters, always kept so that small edits to the text never fall back to another face. */
const basics: Record<string, string> = {
	latin: Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join(''),
	'latin-ext': '',
	arabic: 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقکگلمنوهیپچژ\u200c\u200d\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670ـ',
};

export async function subsetFonts(): Promise<void> {
	mkdirSync(subsetDir, { recursive: true });
	const used = bookCharacters();
	for (const face of fontFaces) {
		const text = [...new Set([...used, ...basics[face.subset]!])].join('');
		const source = readFileSync(face.source);
		const subset = await subsetFont(source, text, { targetFormat: 'woff2' });
		const target = join(subsetDir, face.file);
		if (!existsSync(target) || !readFileSync(target).equals(subset)) writeFileSync(target, subset);
	}
}

await subsetFonts();
