/**
 * The site's web fonts, planned from the book's writing systems: which @fontsource files are cut to the
 * book's characters (tools/fonts), the faces Astro serves (astro.config.mjs), what each page preloads
 * (BaseLayout) and the font stack and line height of each language (the generated language stylesheet).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Book } from '../schemas';
import { bookWorkDir } from './content-dir';
import { layerOrder } from './css-layers';
import {
	bookScripts,
	defaultScript,
	languageDigits,
	languageProfile,
	scriptProfile,
} from './writing-systems';

/** One file of the site: a family's subset at one weight (or every weight, from a variable font), cut to the book's characters. */
export interface WebFontFace {
	family: string;
	subset: string;
	/** A CSS font-weight: "400", or a range ("400 700") that a variable file covers. */
	weight: string;
	/** Cut from a variable font, its weight axis limited to the range. */
	variable: boolean;
	/** The @fontsource file it is cut from. */
	source: string;
	/** File name of the cut file in the book's font folder. */
	file: string;
	unicodeRange: string[];
	/** The CSS variable Astro gives this family-and-subset (one per subset, so that a page can preload just the one it needs). */
	cssVariable: string;
}

/** The weights the site uses: running text and bold (headings, the book title, emphasis). */
export const weights = [400, 700] as const;
const isVariable = (web: string) => web.startsWith('@fontsource-variable/');
/** Line height of running text in global.css; writing systems that need more get a rule of their own. */
const defaultLineHeight = 1.6;
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
export const cssVariableOf = (family: string, subset: string) =>
	`--font-${slug(family)}-${slug(subset)}`;

/** Code points of a unicode-range list such as "U+0000-00FF,U+0131". */
function inRange(ranges: string[], codePoint: number): boolean {
	return ranges.some((range) => {
		const [from, to = from] = range
			.replace(/^U\+/i, '')
			.split('-')
			.map((hex) => Number.parseInt(hex, 16)) as [number, number?];
		return codePoint >= from && codePoint <= to;
	});
}

/** The subsets of an @fontsource package with their unicode ranges. */
function packageSubsets(packageName: string): Record<string, string[]> {
	const ranges = JSON.parse(
		readFileSync(join('node_modules', packageName, 'unicode.json'), 'utf8')
	) as Record<string, string>;
	return Object.fromEntries(
		Object.entries(ranges).map(([subset, list]) => [subset, list.split(',')])
	);
}

/**
 * The faces a book needs: for each family of its writing systems, the subsets those systems name, and any
 * other subset of the family that has characters of the book no chosen subset covers (a Greek word in an
 * English text gets Literata's Greek; Vazirmatn's Latin is never needed beside Literata's).
 */
export function planWebFonts(book: Book, characters: Set<string>): WebFontFace[] {
	const families = new Map<string, { web: string; subsets: Set<string> }>();
	for (const script of bookScripts(book)) {
		const font = scriptProfile(book, script)!.font;
		const entry = families.get(font.family) ?? { web: font.web, subsets: new Set<string>() };
		for (const subset of font.subsets) entry.subsets.add(subset);
		families.set(font.family, entry);
	}
	const available = new Map([...families.values()].map(({ web }) => [web, packageSubsets(web)]));
	const covered: string[][] = [];
	for (const { web, subsets } of families.values())
		for (const subset of subsets) {
			const ranges = available.get(web)![subset];
			if (!ranges)
				throw new Error(
					`${web} has no subset "${subset}" (it has ${Object.keys(available.get(web)!).join(', ')})`
				);
			covered.push(ranges);
		}
	let uncovered = [...characters]
		.map((char) => char.codePointAt(0)!)
		.filter((point) => !covered.some((ranges) => inRange(ranges, point)));
	const faces: WebFontFace[] = [];
	for (const [family, { web, subsets }] of families) {
		const used = Object.entries(available.get(web)!).filter(([subset, ranges]) => {
			if (subsets.has(subset)) return true;
			const needed = uncovered.some((point) => inRange(ranges, point));
			if (needed) uncovered = uncovered.filter((point) => !inRange(ranges, point));
			return needed;
		});
		const id = web.split('/')[1]!;
		for (const [subset, ranges] of used) {
			const common = {
				family,
				subset,
				unicodeRange: ranges,
				cssVariable: cssVariableOf(family, subset),
			};
			// A variable font: one file for both weights, so that a page preloading it draws its headings in it too.
			if (isVariable(web))
				faces.push({
					...common,
					weight: weights.join(' '),
					variable: true,
					source: join('node_modules', web, 'files', `${id}-${subset}-wght-normal.woff2`),
					file: `${id}-${subset}-wght.woff2`,
				});
			else
				for (const weight of weights)
					faces.push({
						...common,
						weight: String(weight),
						variable: false,
						source: join('node_modules', web, 'files', `${id}-${subset}-${weight}-normal.woff2`),
						file: `${id}-${subset}-${weight}.woff2`,
					});
		}
	}
	return faces;
}

/** The CSS variables of a family, its script's own subsets last (the Latin family's last one carries the generic fallbacks). */
function familyVariables(faces: WebFontFace[], family: string, ownSubsets: string[]): string[] {
	const variables = [
		...new Set(faces.filter((face) => face.family === family).map((face) => face.cssVariable)),
	];
	const own = ownSubsets.map((subset) => cssVariableOf(family, subset)).reverse();
	return [
		...variables.filter((variable) => !own.includes(variable)),
		...own.filter((variable) => variables.includes(variable)),
	];
}

/** The variable Astro's fonts carry the generic fallbacks on: the Latin family's first subset. */
export function fallbackVariable(book: Book): string {
	const latin = scriptProfile(book, 'Latn')!.font;
	return cssVariableOf(latin.family, latin.subsets[0]!);
}

/** The font stack of a writing system: its own family, then the Latin family (for Latin words, digits and names) with the fallbacks. */
export function fontStack(book: Book, faces: WebFontFace[], script: string): string {
	const own = scriptProfile(book, script)!.font;
	const latin = scriptProfile(book, 'Latn')!.font;
	const variables = [
		...new Set([
			...familyVariables(faces, own.family, own.subsets),
			...(own.family === latin.family ? [] : familyVariables(faces, latin.family, latin.subsets)),
		]),
	];
	// The variable with the generic fallbacks goes last whatever the script: before a Cyrillic subset, it would draw Russian in a system serif.
	const fallback = fallbackVariable(book);
	return [
		...variables.filter((variable) => variable !== fallback),
		...variables.filter((variable) => variable === fallback),
	]
		.map((variable) => `var(${variable})`)
		.join(', ');
}

/**
 * The language stylesheet: every text in its script's face and line height. `:root, [lang]` sets the Latin
 * stack, so that an element marked with any other language (an English interface string on a page in a
 * language without strings) switches back; each book language in another script or line height follows.
 */
export function languageCss(book: Book, faces: WebFontFace[]): string {
	const latin = fontStack(book, faces, 'Latn');
	const rules = [
		`:root { --font-latin: ${latin}; }`,
		':root, [lang] { font-family: var(--font-latin); }',
	];
	const lineHeights: string[] = [];
	const counters: string[] = [];
	for (const language of book.languages) {
		// A numbered list counts in the digits of its language (a Persian list reads ۱. ۲. ۳.), by the same data as the text.
		const digits = languageDigits(language.code);
		if (digits.join('') !== '0123456789')
			counters.push(
				`@counter-style digits-${language.code} { system: numeric; symbols: ${digits.map((digit) => `"${digit}"`).join(' ')}; suffix: ". "; }`,
				`ol:lang(${language.code}) { list-style-type: digits-${language.code}; }`
			);
		const profile = languageProfile(book, language.code);
		const stack = fontStack(book, faces, language.script);
		if (stack !== latin) rules.push(`:lang(${language.code}) { font-family: ${stack}; }`);
		if (profile.lineHeight !== defaultLineHeight)
			lineHeights.push(
				`.parallel .cell:lang(${language.code}) { line-height: ${profile.lineHeight}; }`
			);
	}
	// The same layer order as global.css, whichever stylesheet comes first.
	return `${layerOrder}\n@layer base {\n\t${[...rules, ...counters].join('\n\t')}\n}\n@layer components {\n\t${lineHeights.join('\n\t')}\n}\n`;
}

/** Where the cut font files of the book in `contentDir` and their list (manifest.json) are written. */
export const fontDir = (contentDir: string) => join(bookWorkDir(contentDir), 'fonts');

/** The faces tools/fonts cut for a book; fails with what to run when they are not there. */
export function readFontManifest(contentDir: string): WebFontFace[] {
	const path = join(fontDir(contentDir), 'manifest.json');
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as WebFontFace[];
	} catch {
		throw new Error(
			`${path} is missing: the web fonts are cut when Astro loads its configuration (astro.config.mjs; "npm run fonts" does it alone)`
		);
	}
}

/** The font families a page declares, and whether to preload each: the first subset of every writing system whose text the page shows. */
export function pageFonts(
	book: Book,
	contentDir: string,
	languages: string[]
): { cssVariable: string; preload: boolean }[] {
	const preload = new Set(
		languages.map((code) => {
			const script =
				book.languages.find((language) => language.code === code)?.script ??
				defaultScript(code) ??
				'Latn';
			const font = (scriptProfile(book, script) ?? scriptProfile(book, 'Latn')!).font;
			return cssVariableOf(font.family, font.subsets[0]!);
		})
	);
	return [...new Set(readFontManifest(contentDir).map((face) => face.cssVariable))].map(
		(cssVariable) => ({ cssVariable, preload: preload.has(cssVariable) })
	);
}
