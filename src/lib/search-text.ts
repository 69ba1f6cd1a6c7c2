/**
 * Search text: one normalization applied both to what is indexed and to every query, and the
 * pattern that finds a normalized term again in the text as written (to mark it). Persian needs it:
 * Pagefind folds neither Arabic and Persian Yeh/Kaf nor digits, and reads «می شود» as two words.
 */

const persianLetter = '[\\u0600-\\u06FF]';
/** Verb prefixes written joined, with a half-space or with a space: «میشود», «می‌شود», «می شود». */
const verbPrefix = new RegExp(`(^|[\\s\\u200c«(\\[])(ن?می)[\\s\\u200c]+(?=${persianLetter})`, 'gu');
/** Suffixes written joined, with a half-space or with a space: «کفشها», «کفش‌ها», «کفش ها». */
const suffix = new RegExp(`(${persianLetter})[\\s\\u200c]+(ها|های|هایی|هایش|هایشان|هایم|تر|ترین|ای|اند|ام|ایم|اید)(?=$|[\\s.,،؛:!؟?»)\\]])`, 'gu');
const harakatAndTatweel = /[\u064B-\u065F\u0670\u0640]/gu;

/** Persian and Arabic-Indic digits as ASCII digits. */
export function asciiDigits(text: string): string {
	return text.replace(/[۰-۹]/gu, (digit) => String(digit.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660));
}

/** Persian text as the index sees it: one form of Yeh and Kaf, ASCII digits, no diacritics or tatweel, prefixes and suffixes joined, no ZWNJ. */
export function normalizePersian(text: string): string {
	return asciiDigits(text.normalize('NFC'))
		.replace(/[يى]/gu, 'ی')
		.replace(/ك/gu, 'ک')
		.replace(/ۀ/gu, 'ه')
		.replace(harakatAndTatweel, '')
		.replace(verbPrefix, '$1$2')
		.replace(suffix, '$1$2')
		.replace(suffix, '$1$2')
		.replace(/[\u200c\u200d]/gu, '');
}

/** A query or a text as the search index of `lang` sees it. */
export function normalizeForSearch(text: string, lang: string): string {
	return lang === 'fa' ? normalizePersian(text) : text.normalize('NFC');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a normalized character may be in the text as written. */
function variantsOf(char: string): string {
	if (char === 'ی') return '[یيى]';
	if (char === 'ک') return '[کك]';
	if (char === 'ه') return '[هۀ]';
	if (/[0-9]/.test(char)) return `[${char}${String.fromCharCode(0x06f0 + Number(char))}${String.fromCharCode(0x0660 + Number(char))}]`;
	return escapeRegExp(char);
}

/**
 * A pattern that finds any of `terms` (as typed) in text as written in `lang`. For Persian, each
 * letter may be followed by diacritics, tatweel, a half-space or one space, and Yeh, Kaf and digits
 * may take any of their forms. Other languages match words that start with the term.
 */
export function markPattern(terms: string[], lang: string): RegExp | undefined {
	const words = terms.map((term) => normalizeForSearch(term, lang).trim()).filter((term) => term.length > 0);
	if (!words.length) return undefined;
	if (lang !== 'fa') return new RegExp(`(${words.map(escapeRegExp).join('|')})[\\p{L}\\p{M}]*`, 'giu');
	const between = '[\\u064B-\\u065F\\u0670\\u0640\\u200c]*[ ]?[\\u200c]?';
	return new RegExp(`(${words.map((word) => [...word.replace(/\s+/gu, '')].map(variantsOf).join(between)).join('|')})`, 'gu');
}

/** Splits text into plain and marked parts, for rendering with <mark>. */
export function markParts(text: string, pattern: RegExp | undefined): { text: string; marked: boolean }[] {
	if (!pattern) return [{ text, marked: false }];
	const parts: { text: string; marked: boolean }[] = [];
	let last = 0;
	for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
		if (!match[0]) continue;
		if (match.index! > last) parts.push({ text: text.slice(last, match.index), marked: false });
		parts.push({ text: match[0], marked: true });
		last = match.index! + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), marked: false });
	return parts;
}
