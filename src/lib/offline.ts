/** Names the service worker (tools/offline), the save control (src/scripts/offline-save.ts) and the build share: the offline lists and the caches, per book. */
import { base as siteBase, sitePath } from './urls';

/** What saving a language for offline reading stores: every file with its revision (a hash of its bytes) and size. */
export interface OfflineList {
	lang: string;
	/** Changes when any file of the list changes: a saved copy with another revision is brought up to date. */
	revision: string;
	bytes: number;
	/** Site paths (under the base), revision, bytes. */
	files: [path: string, revision: string, bytes: number][];
}

/** A list's size and revision only: what a page fetches to show the size, or to see whether a saved copy is current. */
export type OfflineSummary = Omit<OfflineList, 'files'>;

/** The list of one language's files: `/offline/<lang>.json`. */
export const offlineListUrl = (lang: string) => sitePath(`offline/${lang}.json`);
/** Its summary (a hundred bytes, where the list of a long book is hundreds of kilobytes): `/offline/<lang>.summary.json`. */
export const offlineSummaryUrl = (lang: string) => sitePath(`offline/${lang}.summary.json`);
export const serviceWorkerUrl = () => sitePath('sw.js');

/**
 * Cache names carry the site's base, so that two books on one origin (GitHub Pages project sites) keep their own:
 * the pages visited, the shared assets (scripts and fonts, named by their hash), and each saved language.
 */
export const cacheNames = (base = siteBase) => ({
	visited: `book${base}visited`,
	assets: `book${base}assets`,
	saved: (lang: string) => `book${base}saved-${lang}`,
});
