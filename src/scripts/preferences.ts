/** On every page: the theme switch and the contents, offline reading started after load; the store of the reader's choices (theme, text size, pair). */
const root = document.documentElement;
const store = {
	get: (key: string) => {
		try {
			return localStorage.getItem(key);
		} catch {
			return null;
		}
	},
	set: (key: string, value: string) => {
		try {
			localStorage.setItem(key, value);
		} catch {
			// Private mode or storage disabled: the choice lasts for this page only.
		}
	},
};

// Theme: an explicit choice wins over the system preference and is kept across pages.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const isDark = () =>
	root.dataset.theme
		? root.dataset.theme === 'dark'
		: matchMedia('(prefers-color-scheme: dark)').matches;
// The browser's own bars follow a chosen theme too (the page's theme-color metas answer the system's by default).
const followTheme = () => {
	if (!root.dataset.theme) return;
	const surface = getComputedStyle(root).getPropertyValue('--surface').trim();
	for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]'))
		meta.content = surface;
};
followTheme();
if (toggle) {
	toggle.setAttribute('aria-pressed', String(isDark()));
	toggle.addEventListener('click', () => {
		root.dataset.theme = isDark() ? 'light' : 'dark';
		store.set('reader.theme', root.dataset.theme);
		toggle.setAttribute('aria-pressed', String(isDark()));
		followTheme();
	});
}

// Browsers without ::details-content keep a closed <details> shut: open the contents on wide screens.
const toc = document.querySelector<HTMLDetailsElement>('[data-toc]');
if (toc && matchMedia('(min-width: 64rem)').matches) toc.open = true;

// Offline reading (src/scripts/offline.ts): after the page has loaded, where a service worker can run; the dev server has none.
declare const __SERVICE_WORKER__: boolean;
if (__SERVICE_WORKER__ && 'serviceWorker' in navigator && 'caches' in window)
	addEventListener('load', () => {
		import('./offline')
			.then((offline) => offline.start())
			.catch((error: unknown) => console.warn('Offline reading is not available:', error));
	});

export { store };
