/** The search itself, loaded on first use: one Pagefind bundle per language, queries normalized like the index, results ranked and labeled per language. */
import { markParts, markPattern, normalizeForSearch } from '../lib/search-text';
import type { SearchFolding } from '../schemas';
import { bookLanguages } from './book-languages';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title: string; text: string };
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
}
interface Hit extends PagefindResultData {
	language: string;
	score: number;
	marks: string[];
}

const bundles = new Map<string, Promise<Pagefind>>();

/** Each language's own pagefind.js, so each keeps its stemmer; fetched the first time that language is searched. */
function bundle(language: string): Promise<Pagefind> {
	let loaded = bundles.get(language);
	if (!loaded) {
		loaded = (async () => {
			const pagefind = (await import(/* @vite-ignore */ `/pagefind/${language}/pagefind.js`)) as Pagefind;
			await pagefind.options({ basePath: `/pagefind/${language}/`, baseUrl: '/', noWorker: true, excerptLength: 24 });
			await pagefind.init();
			return pagefind;
		})();
		bundles.set(language, loaded);
	}
	return loaded;
}

const decode = (html: string) => new DOMParser().parseFromString(html, 'text/html').documentElement.textContent ?? '';

async function searchLanguage(language: string, foldings: SearchFolding[], query: string): Promise<Hit[]> {
	const pagefind = await bundle(language);
	const folded = normalizeForSearch(query, foldings);
	const response = await pagefind.search(folded);
	const top = (response?.results ?? []).slice(0, 8);
	// Folded languages: the folded query's words (Persian «می شود» is one word, «میشود»), which markPattern finds in any written form.
	const queryTerms = folded.split(/\s+/u).filter(Boolean);
	return Promise.all(
		top.map(async (result) => {
			const data = await result.data();
			// Excerpts of folded text come back folded: mark the query in the text as written. Elsewhere, mark what Pagefind matched (stems included).
			const matched = [...data.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => decode(match[1]!).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
			return { ...data, language, score: result.score, marks: foldings.length || !matched.length ? queryTerms : [...new Set(matched)] };
		}),
	);
}

/** A window of the passage around its first marked word, with the marks. */
function snippet(text: string, pattern: RegExp | undefined): DocumentFragment {
	const first = pattern ? text.search(new RegExp(pattern.source, pattern.flags.replace('g', ''))) : -1;
	const start = first > 80 ? text.lastIndexOf(' ', first - 60) + 1 : 0;
	const window = `${start > 0 ? '…' : ''}${text.slice(start, start + 220)}${start + 220 < text.length ? '…' : ''}`;
	const fragment = document.createDocumentFragment();
	for (const part of markParts(window, pattern)) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			fragment.append(mark);
		} else fragment.append(part.text);
	}
	return fragment;
}

/** Wires the dialog: search as the reader types, in the chosen scope. */
export function attach(dialog: HTMLDialogElement): void {
	const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
	const scope = dialog.querySelector<HTMLSelectElement>('[data-search-scope]')!;
	const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const pageLanguage = dialog.dataset.lang!;
	const profiles = bookLanguages();
	const languages = Object.keys(profiles);
	const names = JSON.parse(dialog.dataset.names!) as Record<string, string>;
	const strings = JSON.parse(dialog.dataset.strings!) as Record<'none' | 'loading' | 'resultLanguage', string> & { results: Partial<Record<Intl.LDMLPluralRule, string>> };
	// The interface's language (English on a page in a language without strings): the count's plural form and digits.
	const uiLanguage = dialog.dataset.uiLang!;
	const plural = new Intl.PluralRules(uiLanguage);
	const countText = (count: number) => (strings.results[plural.select(count)] ?? strings.results.other!).replace('{count}', count.toLocaleString(uiLanguage));
	let latest = 0;
	void bundle(pageLanguage);

	const run = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		performance.mark(`search-input:${query}`);
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		const wanted = scope.value === 'all' ? [pageLanguage, ...languages.filter((code) => code !== pageLanguage)] : [scope.value];
		if (wanted.some((code) => !bundles.has(code))) status.textContent = strings.loading;
		const perLanguage = await Promise.all(wanted.map((code) => searchLanguage(code, profiles[code]!.search, query)));
		if (ticket !== latest) return; // the reader typed on; a newer search will render
		const hits = perLanguage.flat();
		list.replaceChildren(
			...hits.map((hit) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				const [path, passage] = hit.url.split('#');
				link.href = `${path}?mark=${encodeURIComponent(hit.marks.join(' '))}${passage ? `#${passage}` : ''}`;
				const title = document.createElement('span');
				title.className = 'search-result-title';
				title.lang = hit.language;
				title.dir = profiles[hit.language]!.dir;
				title.textContent = hit.meta.title;
				const language = document.createElement('span');
				language.className = 'search-result-language';
				language.textContent = strings.resultLanguage.replace('{language}', names[hit.language]!);
				const text = document.createElement('span');
				text.className = 'search-result-text';
				text.lang = hit.language;
				text.dir = profiles[hit.language]!.dir;
				text.append(snippet(hit.meta.text, markPattern(hit.marks, profiles[hit.language]!.search)));
				link.append(title, ' ', language, text);
				item.append(link);
				item.dataset.language = hit.language;
				return item;
			}),
		);
		status.textContent = hits.length ? countText(hits.length) : strings.none;
		performance.mark(`search-results:${query}`);
	};
	input.addEventListener('input', () => void run());
	scope.addEventListener('change', () => void run());
	dialog.querySelector('form')!.addEventListener('submit', (event) => {
		event.preventDefault();
		list.querySelector('a')?.click();
	});
	if (input.value) void run();
}
