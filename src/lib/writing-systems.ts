/**
 * Language data in one place: the writing systems the generator knows (direction, fonts for the web and
 * for PDFs, line height, search folding), keyed by ISO 15924 script, and how a book language resolves to
 * one. A book adds or changes writing systems under "scripts" in its book.json; nothing else in the code
 * asks which language it is looking at.
 */
import { existsSync } from 'node:fs';
import { asciiDigits } from './search-text';
import type {
	Book,
	BookConfig,
	BookLanguage,
	FontSpec,
	ScriptProfile,
	SearchFolding,
} from '../schemas';

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** Literata: a book face with Latin, Cyrillic and Greek (Google Fonts, SIL Open Font License). */
const literata = (subsets: string[]): FontSpec => ({
	family: 'Literata',
	web: '@fontsource-variable/literata',
	subsets,
	files: [
		'400Regular/Literata_400Regular.ttf',
		'700Bold/Literata_700Bold.ttf',
		'400Regular_Italic/Literata_400Regular_Italic.ttf',
		'700Bold_Italic/Literata_700Bold_Italic.ttf',
	].map((file) => `node_modules/@expo-google-fonts/literata/${file}`),
});

/** The writing systems every book can use without configuration. */
export const builtinScripts: Record<string, ScriptProfile> = {
	Latn: {
		dir: 'ltr',
		font: literata(['latin', 'latin-ext']),
		lineHeight: 1.6,
		search: [],
		basics: range(0x20, 0x7e),
	},
	Cyrl: {
		dir: 'ltr',
		font: literata(['cyrillic', 'cyrillic-ext']),
		lineHeight: 1.6,
		search: [],
		basics: `${range(0x410, 0x44f)}Ёё`,
	},
	Grek: {
		dir: 'ltr',
		font: literata(['greek', 'greek-ext']),
		lineHeight: 1.6,
		search: [],
		basics: `${range(0x391, 0x3a1)}${range(0x3a3, 0x3a9)}${range(0x3b1, 0x3c9)}άέήίόύώΆΈΉΊΌΎΏϊϋΐΰ`,
	},
	// Vazirmatn (SIL OFL) covers Persian, Arabic and Urdu letters; its Latin comes from Literata in the stack.
	Arab: {
		dir: 'rtl',
		font: {
			family: 'Vazirmatn',
			web: '@fontsource-variable/vazirmatn',
			subsets: ['arabic'],
			files: ['Regular', 'Bold'].map(
				(weight) => `node_modules/vazirmatn/fonts/ttf/Vazirmatn-${weight}.ttf`
			),
		},
		lineHeight: 1.95,
		search: ['arabic-letters', 'arabic-marks', 'digits', 'joiners'],
		basics:
			'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقکگلمنوهیپچژيكى\u200c\u200d\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670ـ',
	},
	// Frank Ruhl Libre (SIL OFL): a classic Hebrew book face.
	Hebr: {
		dir: 'rtl',
		font: {
			family: 'Frank Ruhl Libre',
			web: '@fontsource/frank-ruhl-libre',
			subsets: ['hebrew'],
			files: ['400Regular/FrankRuhlLibre_400Regular.ttf', '700Bold/FrankRuhlLibre_700Bold.ttf'].map(
				(file) => `node_modules/@expo-google-fonts/frank-ruhl-libre/${file}`
			),
		},
		lineHeight: 1.7,
		search: ['hebrew-marks'],
		basics: `${range(0x5d0, 0x5ea)}\u05be\u05f3\u05f4`,
	},
	// Hind (SIL OFL): a Devanagari text face made for running text on screens.
	Deva: {
		dir: 'ltr',
		font: {
			family: 'Hind',
			web: '@fontsource/hind',
			subsets: ['devanagari'],
			files: ['400Regular/Hind_400Regular.ttf', '700Bold/Hind_700Bold.ttf'].map(
				(file) => `node_modules/@expo-google-fonts/hind/${file}`
			),
		},
		lineHeight: 1.9,
		search: ['digits'],
		basics: range(0x900, 0x97f),
	},
};

/** Search folding a language adds to its script's: Persian writes verb prefixes and plural suffixes joined, spaced or half-spaced. */
const languageSearch: Record<string, SearchFolding[]> = { fa: ['persian-affixes'] };

/** Everything the generator needs to show, typeset and search one book language. */
export interface LanguageProfile extends BookLanguage {
	font: FontSpec;
	lineHeight: number;
	basics: string;
	/** The digits 0–9 as the language writes them (Unicode's data via Intl), for page numbers in PDFs. */
	digits: string[];
}

/** The script Unicode's likely-subtags data gives a language code: fa → Arab, ru → Cyrl, sr-Latn → Latn. */
export function defaultScript(code: string): string | undefined {
	try {
		return new Intl.Locale(code).maximize().script;
	} catch {
		return undefined;
	}
}

/** The digits 0–9 in the numbering system `code` uses by default. */
export function languageDigits(code: string): string[] {
	const format = new Intl.NumberFormat(code, { useGrouping: false });
	return Array.from({ length: 10 }, (_, digit) => format.format(digit));
}

/** A writing system of this book: the book's own definition, else the built-in one. */
export function scriptProfile(
	book: Pick<BookConfig, 'scripts'>,
	script: string
): ScriptProfile | undefined {
	return book.scripts?.[script] ?? builtinScripts[script];
}

/** What is wrong with one language of book.json, or its resolved form. */
export type LanguageResolution =
	{ language: BookLanguage } | { problem: { field: string; message: string } };

/** Resolves a language of book.json to its script, direction and search folding; says what is missing when it cannot. */
export function resolveLanguage(
	book: Pick<BookConfig, 'scripts'>,
	language: BookConfig['languages'][number]
): LanguageResolution {
	const script = language.script ?? defaultScript(language.code);
	if (!script)
		return {
			problem: {
				field: 'script',
				message: `cannot tell which script "${language.code}" is written in; give it, for example "script": "Latn"`,
			},
		};
	const profile = scriptProfile(book, script);
	if (!profile) {
		const known = [
			...new Set([...Object.keys(builtinScripts), ...Object.keys(book.scripts ?? {})]),
		].join(', ');
		return {
			problem: {
				field: 'script',
				message:
					`"${language.code}" is written in the ${script} script, and this book has no font for it (known scripts: ${known}). ` +
					`Add one under "scripts" in book.json: "${script}": { "dir": "ltr" or "rtl", "font": { "family", "web" (an @fontsource package), "subsets", "files" (TrueType files for PDFs) } }, ` +
					`after installing the font's packages, for example: npm install @fontsource/<font> @expo-google-fonts/<font>. README, "Languages and fonts", shows an example.`,
			},
		};
	}
	if (language.dir && language.dir !== profile.dir)
		return {
			problem: {
				field: 'dir',
				message: `"${language.code}" is written in the ${script} script, which runs ${profile.dir}; remove "dir" or correct it`,
			},
		};
	const search = language.search ?? [
		...profile.search,
		...(languageSearch[language.code] ?? languageSearch[language.code.split('-')[0]!] ?? []),
	];
	return {
		language: { code: language.code, name: language.name, script, dir: profile.dir, search },
	};
}

/** The full profile of a book language. */
export function languageProfile(book: Book, code: string): LanguageProfile {
	const language = book.languages.find((candidate) => candidate.code === code);
	if (!language)
		throw new Error(
			`"${code}" is not a language of this book (${book.languages.map((l) => l.code).join(', ')})`
		);
	const profile = scriptProfile(book, language.script)!;
	return {
		...language,
		font: profile.font,
		lineHeight: profile.lineHeight,
		basics: profile.basics,
		digits: languageDigits(code),
	};
}

/** The writing systems a book's pages use: its languages' scripts, and Latin (interface text, names, numbers) always. */
export function bookScripts(book: Book): string[] {
	return [...new Set(['Latn', ...book.languages.map((language) => language.script)])];
}

/** The TrueType files of a book's font families (its writing systems' and Latin), for PDFs and share images; a missing one is named. */
export function bookFontFiles(book: Book): string[] {
	const files = [
		...new Set(bookScripts(book).flatMap((script) => scriptProfile(book, script)!.font.files)),
	];
	const missing = files.filter((file) => !existsSync(file));
	if (missing.length)
		throw new Error(
			`font file(s) missing: ${missing.join(', ')}. Run "npm install"; a font named under "scripts" in book.json must be installed first (npm install <its package>)`
		);
	return files;
}

/** Families to set text in `code` with, in order: its writing system's, then Latin, then the book's others (a word in another script). */
export function fontFamilies(book: Book, code: string): string[] {
	const script =
		book.languages.find((language) => language.code === code)?.script ??
		defaultScript(code) ??
		'Latn';
	return [
		...new Set(
			[script, 'Latn', ...bookScripts(book)].map(
				(name) => (scriptProfile(book, name) ?? scriptProfile(book, 'Latn')!).font.family
			)
		),
	];
}

/** Text with each run of digits (of any script) written in the digits of `code`: a list marker "3." is «۳.» in Persian. */
export function inLanguageDigits(text: string, code: string): string {
	const format = new Intl.NumberFormat(code, { useGrouping: false });
	return text.replace(/\p{Nd}+/gu, (digits) => format.format(Number(asciiDigits(digits))));
}
