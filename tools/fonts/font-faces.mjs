// @ts-check
/** The web font faces of the site: which @fontsource file each comes from and where its subset is written. Shared by astro.config.mjs and the subsetter. */
import { readFileSync } from 'node:fs';

export const subsetDir = 'node_modules/.cache/book-fonts';

/** @typedef {{ family: string, subset: string, weight: number, source: string, file: string, unicodeRange: string[] }} FontFace */

/** @type {Array<[family: string, subsets: string[], weights: number[]]>} */
const families = [
	['literata', ['latin', 'latin-ext'], [400, 700]],
	['vazirmatn', ['arabic'], [400, 700]],
];

/** @type {FontFace[]} */
export const fontFaces = families.flatMap(([family, subsets, weights]) =>
	subsets.flatMap((subset) =>
		weights.map((weight) => ({
			family,
			subset,
			weight,
			source: `node_modules/@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff2`,
			file: `${family}-${subset}-${weight}.woff2`,
			unicodeRange: JSON.parse(readFileSync(`node_modules/@fontsource/${family}/unicode.json`, 'utf8'))[subset].split(','),
		})),
	),
);
