/** The glossary check: the passages of translations that break the book's glossary (a term rendered otherwise, an avoided form, the wrong form of address). */
import type { BookLanguage, Glossary, GlossaryTerm, SearchFolding } from '../schemas';
import type { Chapter } from './assemble-book';
import { chapterFile } from './book-paths';
import { normalizeForSearch } from './search-text';

/**
 * Text as the glossary compares it: folded as the language's search folds it, lowercased, one kind of
 * apostrophe. Where the language folds joiners (Persian), a half-space is read as a space rather than
 * dropped: it separates the parts of a word written apart («ارتباط‌عاطفی»), and it must still end a word
 * for whole-word matching («عاطفی‌اش» holds «عاطفی»).
 */
export function glossaryFolded(text: string, foldings: readonly SearchFolding[]): string {
	const joiners = foldings.includes('joiners');
	let folded = normalizeForSearch(
		text,
		foldings.filter((folding) => folding !== 'joiners')
	);
	if (joiners) folded = folded.replace(/\u200c/gu, ' ').replace(/\u200d/gu, '');
	return folded.replace(/[’‘ʼ]/gu, "'").replace(/\s+/gu, ' ').toLowerCase();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp | undefined>();

/**
 * A glossary form as a pattern over folded text: whole words only, case already folded. Where the
 * language folds joiners, its words may be written apart, half-spaced or joined, so the space between
 * them is optional.
 */
function formPattern(form: string, foldings: readonly SearchFolding[]): RegExp | undefined {
	const key = `${foldings.join()}\n${form}`;
	if (!patterns.has(key)) {
		const words = glossaryFolded(form, foldings).trim().split(' ').filter(Boolean);
		const between = foldings.includes('joiners') ? ' ?' : ' ';
		patterns.set(
			key,
			words.length
				? new RegExp(
						`(?<![\\p{L}\\p{M}\\p{N}])${words.map(escapeRegExp).join(between)}(?![\\p{L}\\p{M}\\p{N}])`,
						'u'
					)
				: undefined
		);
	}
	return patterns.get(key);
}

/** The forms (as the glossary writes them) that occur as whole words in `folded`, a text passed through glossaryFolded. */
export function formsFoundIn(
	folded: string,
	forms: readonly string[],
	foldings: readonly SearchFolding[]
): string[] {
	return forms.filter((form) => formPattern(form, foldings)?.test(folded));
}

/** A term of the glossary found in a text, with the forms of it that the text uses. */
export interface TermFound {
	term: GlossaryTerm;
	found: string[];
}

/** The terms whose rendering in `language` occurs in `text`. */
export function termsFoundIn(
	glossary: Glossary,
	language: BookLanguage,
	text: string
): TermFound[] {
	const folded = glossaryFolded(text, language.search);
	return glossary.terms
		.map((term) => ({
			term,
			found: formsFoundIn(folded, term.renderings[language.code] ?? [], language.search),
		}))
		.filter(({ found }) => found.length > 0);
}

/**
 * What a passage of a translation does against the glossary:
 * - `missing-term`: the original uses a term and the translation has none of the term's renderings;
 * - `avoided-term`: the translation uses a rendering the glossary says to avoid;
 * - `address`: the translation addresses the reader in the form the glossary says to avoid.
 */
export type GlossaryRule = 'missing-term' | 'avoided-term' | 'address';

export interface GlossaryFinding {
	slug: string;
	/** The language of the translation. */
	language: string;
	/** The passage's id ("s7"), or "title" for the chapter's title. */
	passage: string;
	rule: GlossaryRule;
	/** The term's id; none for the form of address. */
	term?: string;
	/** `missing-term`: the original's words that call for the term; otherwise the words found in the translation. */
	words: string[];
	/** What the glossary says to write: the term's renderings in the language, or the form of address. */
	use: string[];
}

/** A passage or the title of one version of a chapter. */
interface Passage {
	id: string;
	text: string;
}

/**
 * Every passage of every translation that breaks the glossary, in book order (chapter, language, passage;
 * the title first). Originals are never reported: they are their authors' words. Nor are fallbacks and
 * passages not yet translated, which show the original.
 */
export function checkGlossary(
	glossary: Glossary,
	languages: readonly BookLanguage[],
	chapters: readonly Chapter[]
): GlossaryFinding[] {
	const findings: GlossaryFinding[] = [];
	for (const chapter of chapters) {
		const original = chapter.versions[chapter.originalLanguage]!;
		const originalLanguage = languages.find(
			(language) => language.code === chapter.originalLanguage
		)!;
		const termsOfOriginal = new Map(
			passagesOf(original.title, original.segments).map((passage) => [
				passage.id,
				termsFoundIn(glossary, originalLanguage, passage.text),
			])
		);
		for (const language of languages) {
			const version = chapter.versions[language.code];
			if (version?.status !== 'translation') continue;
			const translated = version.segments.filter((segment) => !segment.untranslated);
			for (const passage of passagesOf(version.title, translated)) {
				const at = { slug: chapter.slug, language: language.code, passage: passage.id };
				const folded = glossaryFolded(passage.text, language.search);
				for (const { term, found } of termsOfOriginal.get(passage.id) ?? []) {
					const use = term.renderings[language.code];
					if (use && !formsFoundIn(folded, use, language.search).length)
						findings.push({ ...at, rule: 'missing-term', term: term.id, words: found, use });
				}
				for (const term of glossary.terms) {
					const words = formsFoundIn(folded, term.avoid?.[language.code] ?? [], language.search);
					if (words.length)
						findings.push({
							...at,
							rule: 'avoided-term',
							term: term.id,
							words,
							use: term.renderings[language.code] ?? [],
						});
				}
				const address = glossary.address[language.code];
				const words = formsFoundIn(folded, address?.avoid ?? [], language.search);
				if (address && words.length)
					findings.push({ ...at, rule: 'address', words, use: [address.form] });
			}
		}
	}
	return findings;
}

function passagesOf(title: string, segments: readonly Passage[]): Passage[] {
	return [{ id: 'title', text: title }, ...segments.map(({ id, text }) => ({ id, text }))];
}

const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(', ');
/** What to write: the term's basic form (its first), and a word that the glossary lists others. */
const write = (use: readonly string[]) =>
	use.length
		? `; write "${use[0]}"${use.length > 1 ? ' (or another form the glossary lists)' : ''}`
		: '';

/** A finding in words: what is wrong and what the glossary says to write. */
export function describeFinding(finding: GlossaryFinding): string {
	switch (finding.rule) {
		case 'missing-term':
			return `${finding.term}: the original says ${quoted(finding.words)}, the translation has none of the term's renderings${write(finding.use)}`;
		case 'avoided-term':
			return `${finding.term}: ${quoted(finding.words)} is to be avoided${write(finding.use)}`;
		case 'address':
			return `address: ${quoted(finding.words)} is to be avoided; this book addresses the reader with "${finding.use[0]}"`;
	}
}

/** A finding as a line that names the chapter file: `content/chapters/<slug>/<lang>.mdx: s7: …`. */
export function findingLine(finding: GlossaryFinding, contentDir: string): string {
	return `${chapterFile(contentDir, finding.slug, finding.language)}: ${finding.passage}: ${describeFinding(finding)}`;
}
