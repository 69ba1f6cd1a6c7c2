/** On chapter pages: copy a passage's link, keep the passage when switching language, remember the pair and the text size. */
import { markParts, markPattern } from '../lib/search-text';
import { bookLanguages } from './book-languages';
import { markedNodes } from './marks';
import { store } from './preferences';
import { PAIR_PARAM } from '../lib/urls';

const root = document.documentElement;

// The pair picker's radios show the pair through CSS (the inline pair-choice script set them before the text was
// drawn). Here the choice is remembered for the next chapters, and the address names the pair shown when it is not
// the chapter's default, so that the address, a copied passage link and the links to other chapters open this pair.
const chapter = document.querySelector<HTMLElement>('.chapter[data-default-companion]');
const picker = document.querySelector<HTMLFieldSetElement>('.pair-picker');
/** Sets or removes the pair in a URL's query; the rest of the query is left as written where nothing changes. */
const withPair = (href: string, companion: string | null) => {
	const url = new URL(href, location.href);
	if (url.searchParams.get(PAIR_PARAM) === companion) return href;
	if (companion) url.searchParams.set(PAIR_PARAM, companion);
	else url.searchParams.delete(PAIR_PARAM);
	return url.href;
};
const showPairInLinks = () => {
	const checked = picker?.querySelector<HTMLInputElement>('input:checked')?.value;
	if (!checked) return;
	const named = checked === chapter?.dataset.defaultCompanion ? null : checked;
	const address = withPair(location.href, named);
	if (address !== location.href) history.replaceState(history.state, '', address);
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-chapter-link]'))
		link.href = withPair(link.href, named);
};
picker?.addEventListener('change', (event) => {
	store.set('reader.companion', (event.target as HTMLInputElement).value);
	showPairInLinks();
});
showPairInLinks();

// "#" beside each passage: following it highlights the passage; the full link also goes to the clipboard.
const status = document.querySelector<HTMLElement>('[data-copy-status]');
document.addEventListener('click', (event) => {
	const link = (event.target as Element).closest<HTMLAnchorElement>('a.permalink');
	if (!link || !navigator.clipboard) return;
	navigator.clipboard.writeText(link.href).then(
		() => {
			if (!status) return;
			status.textContent = status.dataset.copiedText ?? '';
			link.dataset.copied = '';
			setTimeout(() => delete link.dataset.copied, 2000);
		},
		() => {}
	);
});

// Switching language keeps the passage at the top of the screen (just below the sticky header).
const header = document.querySelector<HTMLElement>('.site-header');
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-passage]')) {
	link.addEventListener('click', () => {
		const rows = document.querySelectorAll<HTMLElement>('.row[id]');
		const top = (header?.getBoundingClientRect().bottom ?? 0) + 16;
		const current = [...rows].find((row) => row.getBoundingClientRect().bottom > top);
		if (current && current !== rows[0]) link.hash = current.id;
	});
}

// Text size: a few steps around the default, kept across pages.
const sizes = [-2, -1, 0, 1, 2, 3];
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-size-step]')) {
	button.addEventListener('click', () => {
		const current = Number(root.dataset.textSize ?? 0);
		const next = Math.min(
			Math.max(current + Number(button.dataset.textSizeStep), sizes[0]!),
			sizes.at(-1)!
		);
		root.dataset.textSize = String(next);
		store.set('reader.textSize', String(next));
	});
}

// Arriving from a search result (?mark=…&in=nl#s12): mark the search terms in the passage, in the language they were
// found in (the page's language unless `in` says another).
const query = new URLSearchParams(location.search);
const terms = query.get('mark')?.split(/\s+/u).filter(Boolean) ?? [];
const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
if (terms.length && target) {
	const languages = bookLanguages();
	const foundIn = query.get('in');
	for (const cell of target.querySelectorAll<HTMLElement>('.cell')) {
		if (foundIn ? cell.lang !== foundIn : !cell.classList.contains('primary')) continue;
		const pattern = markPattern(terms, languages[cell.lang]?.search ?? []);
		const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
		const nodes: Text[] = [];
		while (walker.nextNode()) nodes.push(walker.currentNode as Text);
		for (const node of nodes) {
			const parts = markParts(node.data, pattern);
			if (!parts.some((part) => part.marked)) continue;
			node.replaceWith(...markedNodes(parts));
		}
	}
}
