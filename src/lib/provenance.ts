/** Who made a translation, said in the reader's language where the chapter gives the credit in it. */
import type { Provenance } from '../schemas';

type Translation = Extract<Provenance, { type: 'translation' }>;

/**
 * The credit to show a reader whose interface is in `readerLang`, with the language it is written in: a plain
 * credit is in the translation's own language; of several, the reader's, else the book's default, else the first.
 */
export function translationCredit(
	provenance: Translation,
	translationLang: string,
	readerLang: string,
	defaultLang: string
): { text: string; lang: string } {
	const { by } = provenance;
	if (typeof by === 'string') return { text: by, lang: translationLang };
	const lang = [readerLang, defaultLang].find((code) => by[code]) ?? Object.keys(by)[0]!;
	return { text: by[lang]!, lang };
}
