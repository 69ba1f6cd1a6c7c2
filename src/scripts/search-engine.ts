/**
 * The search itself, loaded on first use: one Pagefind bundle per language, queries folded like the index, the
 * matches of all languages ranked together, and each result shown beside the same passage in the page's language
 * (or in the original, for a match in the page's language), a few at a time.
 */
import {
	counterpartLanguage,
	resultUrl,
	TITLE_PASSAGE,
	type PassageFileContent,
	type SearchPassage,
} from '../lib/search-passage';
import { rankAcrossLanguages } from '../lib/search-ranking';
import { markParts, markPattern, normalizeForSearch } from '../lib/search-text';
import { ALONE, searchPassageUrl, sitePath } from '../lib/urls';
import { bookLanguages } from './book-languages';
import { markedNodes } from './marks';

interface PagefindResult {
	score: number;
	data(): Promise<{
		url: string;
		excerpt: string;
		content: string;
	}>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
/** A match before it is shown. */
interface Candidate {
	language: string;
	score: number;
	rank: number;
	result: PagefindResult;
	/** The query's words as the language's index sees them. */
	terms: string[];
}
/** A match ready to show: its passage, the words to mark in it, the passage beneath it and where it leads. */
interface ShownResult {
	language: string;
	score: number;
	href: string;
	match: SearchPassage;
	marks: string[];
	counterpart?: SearchPassage;
}

/** Results shown at once, and added by each "More results". */
const PAGE_SIZE = 5;
/** Characters of a passage shown in a result. */
const EXCERPT_LENGTH = 220;

const bundles = new Map<string, Promise<Pagefind>>();

/** Each language's own pagefind.js, so each keeps its stemmer; fetched the first time that language is searched. */
function bundle(language: string): Promise<Pagefind> {
	let loaded = bundles.get(language);
	if (!loaded) {
		loaded = (async () => {
			const pagefind = (await import(
				/* @vite-ignore */ sitePath(`pagefind/${language}/pagefind.js`)
			)) as Pagefind;
			await pagefind.options({
				basePath: sitePath(`pagefind/${language}/`),
				baseUrl: '/',
				noWorker: true,
				excerptLength: 24,
			});
			await pagefind.init();
			// Pagefind readies its WebAssembly on the first query (about 60 ms here); an empty preload does it now, while
			// the reader is still typing, and fetches no index.
			await pagefind.preload('');
			return pagefind;
		})();
		bundles.set(language, loaded);
	}
	return loaded;
}

const passageFiles = new Map<string, Promise<PassageFileContent | undefined>>();

/** One passage in every language (a file of tools/search/passage-files.ts), fetched once. */
function passageFile(slug: string, id: string): Promise<PassageFileContent | undefined> {
	const url = searchPassageUrl(slug, id);
	let loaded = passageFiles.get(url);
	if (!loaded) {
		loaded = fetch(url).then(
			(response) => (response.ok ? (response.json() as Promise<PassageFileContent>) : undefined),
			() => undefined
		);
		passageFiles.set(url, loaded);
	}
	return loaded;
}

const decode = (html: string) =>
	new DOMParser().parseFromString(html, 'text/html').documentElement.textContent ?? '';

/** A window of about EXCERPT_LENGTH characters starting near `from`, at a word boundary, with ellipses where cut. */
function excerpt(text: string, from: number): string {
	if (text.length <= EXCERPT_LENGTH || from <= 0)
		return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
	const start = Math.max(
		0,
		text.lastIndexOf(' ', Math.min(from, text.length - EXCERPT_LENGTH)) + 1
	);
	return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT_LENGTH)}${start + EXCERPT_LENGTH < text.length ? '…' : ''}`;
}

/** Wires the dialog: search as the reader types, in the chosen scope. */
export function attach(dialog: HTMLDialogElement): void {
	const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
	const scope = dialog.querySelector<HTMLSelectElement>('[data-search-scope]')!;
	const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = dialog.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const pageLanguage = dialog.dataset.lang!;
	const profiles = bookLanguages();
	const languages = Object.keys(profiles);
	const names = JSON.parse(dialog.dataset.names!) as Record<string, string>;
	const strings = JSON.parse(dialog.dataset.strings!) as Record<
		'none' | 'loading' | 'resultLanguage',
		string
	> & { results: Partial<Record<Intl.LDMLPluralRule, string>> };
	// The interface's language (English on a page in a language without strings): the count's plural form and digits.
	const uiLanguage = dialog.dataset.uiLang!;
	const plural = new Intl.PluralRules(uiLanguage);
	const countText = (count: number) =>
		(strings.results[plural.select(count)] ?? strings.results.other!).replace(
			'{count}',
			count.toLocaleString(uiLanguage)
		);
	let latest = 0;
	let ranked: Candidate[] = [];
	// The page language's engine loads and warms up while the reader starts typing; `data-ready` says when it has.
	void bundle(pageLanguage).then(() => (dialog.dataset.ready = ''));

	/** Every match of the query in one language, best first, without loading any of them. */
	const searchLanguage = async (language: string, query: string): Promise<Candidate[]> => {
		const folded = normalizeForSearch(query, profiles[language]!.search);
		const response = await (await bundle(language)).search(folded);
		// Folded languages: the folded query's words (Persian «می شود» is one word, «میشود»), which markPattern finds in any written form.
		const terms = folded.split(/\s+/u).filter(Boolean);
		return (response?.results ?? []).map((result, rank) => ({
			language,
			score: result.score,
			rank,
			result,
			terms,
		}));
	};

	/** Loads what a result shows: the words Pagefind matched, then its passage as written and the passage beneath it, from one file. */
	const resolve = async (candidate: Candidate): Promise<ShownResult> => {
		const { language, terms } = candidate;
		const data = await candidate.result.data();
		const [path, hash] = data.url.split('#');
		// Records are keyed /<lang>/<slug>/#<id> (tools/search/search-records.ts).
		const slug = path!.split('/').filter(Boolean).at(-1)!;
		const id = hash || TITLE_PASSAGE;
		const file = await passageFile(slug, id);
		const found = file?.[language];
		// The match's own page companion is what stands beneath a match in the page's language.
		const beneath = counterpartLanguage(pageLanguage, language, found?.companion ?? ALONE);
		const counterpart = beneath ? file?.[beneath] : undefined;
		const match = found ?? {
			text: data.content,
			lang: language,
			title: '',
			titleLang: language,
			companion: ALONE,
		};
		// Where the text is folded for the index, Pagefind's excerpt is folded too: mark the query's words in the text as written. Elsewhere, mark what Pagefind matched (stems included).
		const matched = [...data.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)]
			.map((hit) => decode(hit[1]!).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
			.filter(Boolean);
		const marks =
			profiles[language]!.search.length || !matched.length ? terms : [...new Set(matched)];
		// The page's default companion decides the link: from the match's file in the page's language, else from the page language's file.
		const pageCompanion = (language === pageLanguage ? match : counterpart)?.companion ?? ALONE;
		return {
			language,
			score: candidate.score,
			href: resultUrl({
				pageLang: pageLanguage,
				pageCompanion,
				matchLang: language,
				slug,
				id,
				terms: marks,
			}),
			match,
			marks,
			// A page that shows the original in place of a missing translation would show the match again.
			counterpart: counterpart && counterpart.lang !== match.lang ? counterpart : undefined,
		};
	};

	const textOf = (passageText: string, lang: string, from: number, pattern?: RegExp) => {
		const text = document.createElement('span');
		text.className = 'search-result-text';
		text.lang = lang;
		text.dir = profiles[lang]?.dir ?? 'auto';
		text.append(...markedNodes(markParts(excerpt(passageText, from), pattern)));
		return text;
	};
	const languageLabel = (lang: string) =>
		Object.assign(document.createElement('span'), {
			className: 'search-result-language',
			textContent: strings.resultLanguage.replace('{language}', names[lang] ?? lang),
		});

	const render = (shown: ShownResult): HTMLLIElement => {
		const { match, counterpart } = shown;
		const item = document.createElement('li');
		item.dataset.language = shown.language;
		// The relevance it was ranked by, for whoever checks the order (the tests).
		item.dataset.score = String(shown.score);
		const link = document.createElement('a');
		link.href = shown.href;
		const title = document.createElement('span');
		title.className = 'search-result-title';
		title.lang = match.titleLang;
		title.dir = profiles[match.titleLang]?.dir ?? 'auto';
		title.textContent = match.title;
		const pattern = markPattern(shown.marks, profiles[shown.language]!.search);
		// The window starts a little before the first match (when that is not near the start anyway); the counterpart's at the
		// same share of its length, where the same words most likely are.
		const first = pattern
			? match.text.search(new RegExp(pattern.source, pattern.flags.replace('g', '')))
			: -1;
		const from = first > 80 ? first - 60 : 0;
		const head = document.createElement('span');
		head.className = 'search-result-head';
		// A title's own result names the chapter once.
		if (match.text !== match.title) head.append(title, ' ');
		head.append(languageLabel(match.lang));
		link.append(head, textOf(match.text, match.lang, from, pattern));
		if (counterpart) {
			const beneath = document.createElement('span');
			beneath.className = 'search-result-counterpart';
			beneath.append(
				languageLabel(counterpart.lang),
				' ',
				textOf(
					counterpart.text,
					counterpart.lang,
					Math.round((from / match.text.length) * counterpart.text.length)
				)
			);
			link.append(beneath);
		}
		item.append(link);
		return item;
	};

	/** Shows the next PAGE_SIZE results of the current query and returns their items; nothing if a newer query took over meanwhile. */
	const showMore = async (ticket: number): Promise<HTMLLIElement[] | undefined> => {
		const next = await Promise.all(
			ranked.slice(list.children.length, list.children.length + PAGE_SIZE).map(resolve)
		);
		if (ticket !== latest) return undefined;
		const items = next.map(render);
		list.append(...items);
		more.hidden = list.children.length >= ranked.length;
		return items;
	};

	const run = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		performance.mark(`search-input:${query}`);
		if (!query) {
			ranked = [];
			list.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			return;
		}
		const wanted = scope.value === 'all' ? languages : [scope.value];
		if (wanted.some((code) => !bundles.has(code))) status.textContent = strings.loading;
		const perLanguage = await Promise.all(wanted.map((code) => searchLanguage(code, query)));
		if (ticket !== latest) return; // the reader typed on; a newer search will render
		ranked = rankAcrossLanguages(perLanguage, pageLanguage, languages);
		const first = await Promise.all(ranked.slice(0, PAGE_SIZE).map(resolve));
		if (ticket !== latest) return;
		list.replaceChildren(...first.map(render));
		more.hidden = first.length >= ranked.length;
		status.textContent = ranked.length ? countText(ranked.length) : strings.none;
		performance.mark(`search-results:${query}`);
	};

	input.addEventListener('input', () => void run());
	scope.addEventListener('change', () => void run());
	more.addEventListener('click', () => {
		// The reader goes on from the first new result; the button may be gone.
		void showMore(latest).then((added) => added?.[0]?.querySelector('a')?.focus());
	});
	dialog.querySelector('form')!.addEventListener('submit', (event) => {
		event.preventDefault();
		list.querySelector('a')?.click();
	});
	// Arrow keys walk from the field through the results to "More results" and back; typing on a result goes on in the field.
	dialog.addEventListener('keydown', (event) => {
		const stops: HTMLElement[] = [
			input,
			...list.querySelectorAll('a'),
			...(more.hidden ? [] : [more]),
		];
		const at = stops.indexOf(document.activeElement as HTMLElement);
		if (at === -1 || event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			stops[
				Math.max(0, Math.min(stops.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))
			]!.focus();
		} else if (at > 0 && (event.key.length === 1 || event.key === 'Backspace') && event.key !== ' ')
			input.focus();
	});
	if (input.value) void run();
}
