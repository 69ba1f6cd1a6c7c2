/** The book's languages as the page describes them (on the search dialog): direction and search folding, for client scripts. */
import type { SearchFolding } from '../schemas';

export interface ClientLanguage {
	dir: 'ltr' | 'rtl';
	search: SearchFolding[];
}

/** Language code → direction and search folding; empty where the page has no search dialog. */
export function bookLanguages(): Record<string, ClientLanguage> {
	const data = document.querySelector<HTMLElement>('[data-search-dialog]')?.dataset.languages;
	return data ? (JSON.parse(data) as Record<string, ClientLanguage>) : {};
}
