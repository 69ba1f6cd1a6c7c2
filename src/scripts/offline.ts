/**
 * Offline reading, loaded after the page where a service worker can run (preferences.ts): registers the worker
 * (tools/offline), keeps the first page visited, runs the page's "Read offline" control (src/components/OfflineSave.astro)
 * and brings a saved copy up to date when the book changed, telling the reader once.
 */
import {
	cacheNames,
	offlineListUrl,
	offlineSummaryUrl,
	serviceWorkerUrl,
	type OfflineList,
	type OfflineSummary,
} from '../lib/offline';

const names = cacheNames();
type Strings = Record<'save' | 'saving' | 'saved' | 'updated' | 'failed', string>;

/** The list saved with a copy (kept in the copy's cache under its own URL, last, so that only a whole copy has one). */
async function savedList(lang: string): Promise<OfflineList | undefined> {
	if (!(await caches.has(names.saved(lang)))) return undefined;
	const response = await (await caches.open(names.saved(lang))).match(offlineListUrl(lang));
	return response ? ((await response.json()) as OfflineList) : undefined;
}

/** A file of the site as it is now (the list, or its summary), past any cache. */
async function current<T>(url: string): Promise<T> {
	const response = await fetch(url, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${response.status} ${response.url}`);
	return (await response.json()) as T;
}
const currentList = (lang: string) => current<OfflineList>(offlineListUrl(lang));
const currentSummary = (lang: string) => current<OfflineSummary>(offlineSummaryUrl(lang));

/**
 * Brings the copy of `list.lang` to `list`: fetches each file it lacks or holds in another revision, drops the files
 * the list no longer has, and stores the list last. A page visited before is dropped from the pages visited, so that
 * offline the reader gets the copy's version, never an older one.
 */
async function store(
	list: OfflineList,
	saved: OfflineList | undefined,
	progress: (bytesDone: number) => void
): Promise<void> {
	const cache = await caches.open(names.saved(list.lang));
	const visited = await caches.open(names.visited);
	const had = new Map(saved?.files.map(([path, revision]) => [path, revision]));
	const queue = list.files.filter(([path, revision]) => had.get(path) !== revision);
	let done = list.bytes - queue.reduce((sum, [, , bytes]) => sum + bytes, 0);
	progress(done);
	// Six at a time, as a browser loads a page: fast, without flooding a phone's connection.
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const [path, , bytes] = next;
			const response = await fetch(path, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`${response.status} ${path}`);
			await cache.put(path, response);
			await visited.delete(path, { ignoreSearch: true });
			done += bytes;
			progress(done);
		}
	};
	await Promise.all(Array.from({ length: 6 }, worker));
	const listed = new Set(list.files.map(([path]) => path));
	for (const request of await cache.keys()) {
		const path = new URL(request.url).pathname;
		if (!listed.has(path)) await cache.delete(request);
	}
	await cache.put(
		offlineListUrl(list.lang),
		new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } })
	);
}

/** A short notice at the foot of the screen, read out once. */
function notify(text: string, lang: string): void {
	const notice = Object.assign(document.createElement('p'), {
		className: 'offline-notice',
		textContent: text,
		lang,
	});
	notice.setAttribute('role', 'status');
	document.body.append(notice);
	setTimeout(() => notice.remove(), 10_000);
}

/** The "Read offline" control: the size before saving, the progress while saving, "saved" and a way to remove it. */
async function runControl(section: HTMLElement): Promise<void> {
	const lang = section.dataset.offlineSave!;
	const strings = JSON.parse(section.dataset.strings!) as Strings;
	const status = section.querySelector<HTMLElement>('[data-offline-status]')!;
	const progress = section.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
	const save = section.querySelector<HTMLButtonElement>('[data-offline-action="save"]')!;
	const remove = section.querySelector<HTMLButtonElement>('[data-offline-action="remove"]')!;
	const locale = section.lang || document.documentElement.lang;
	const size = (bytes: number) =>
		new Intl.NumberFormat(locale, {
			style: 'unit',
			unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
			maximumFractionDigits: 1,
		}).format(bytes >= 1e6 ? bytes / 1e6 : Math.max(1, Math.round(bytes / 1e3)));
	const percent = (share: number) =>
		new Intl.NumberFormat(locale, { style: 'percent' }).format(share);

	let saved = await savedList(lang);
	let summary: OfflineSummary | undefined;
	const show = () => {
		progress.hidden = true;
		save.hidden = Boolean(saved);
		remove.hidden = !saved;
		status.textContent = saved ? strings.saved.replace('{size}', size(saved.bytes)) : '';
		// Until the size has come (when the control scrolls into view), "…" stands for it; saving needs no size.
		save.textContent = strings.save.replace('{size}', summary ? size(summary.bytes) : '…');
		save.disabled = false;
	};
	show();
	section.hidden = false;
	if (saved) {
		// The book changed since it was saved: the copy follows, and the reader is told once.
		try {
			summary = await currentSummary(lang);
			if (summary.revision !== saved.revision) {
				const list = await currentList(lang);
				await store(list, saved, () => {});
				saved = list;
				notify(strings.updated, locale);
				show();
			}
		} catch {
			// Offline, or offline again halfway: the copy stays as it was and is brought up to date next time.
		}
	} else {
		// The size is fetched when the control comes into view, not on every page a reader opens.
		new IntersectionObserver((entries, observer) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			currentSummary(lang).then(
				(found) => {
					summary = found;
					show();
				},
				() => {}
			);
		}).observe(section);
	}

	const saveAll = async () => {
		save.disabled = true;
		progress.hidden = false;
		progress.value = 0;
		let said = -1;
		try {
			const target = await currentList(lang);
			await store(target, saved, (bytesDone) => {
				const share = target.bytes ? bytesDone / target.bytes : 1;
				progress.value = share;
				// The live region speaks every tenth, not every file.
				const tenth = Math.floor(share * 10);
				if (tenth !== said) {
					said = tenth;
					status.textContent = strings.saving.replace('{percent}', percent(tenth / 10));
				}
			});
			saved = target;
			show();
			remove.focus();
		} catch {
			progress.hidden = true;
			status.textContent = strings.failed;
			save.disabled = false;
		}
	};
	const removeAll = async () => {
		await caches.delete(names.saved(lang));
		saved = undefined;
		summary ??= await currentSummary(lang).catch(() => undefined);
		show();
		save.focus();
	};
	save.addEventListener('click', () => void saveAll());
	remove.addEventListener('click', () => void removeAll());
}

export async function start(): Promise<void> {
	await navigator.serviceWorker.register(serviceWorkerUrl());
	// The first page was loaded before the worker ran: it keeps this page and what it loaded now.
	if (!navigator.serviceWorker.controller) {
		const { active } = await navigator.serviceWorker.ready;
		active?.postMessage({
			type: 'CACHE_URLS',
			urls: [
				location.href,
				...performance
					.getEntriesByType('resource')
					.map((entry) => entry.name)
					.filter((url) => new URL(url).origin === location.origin),
			],
		});
	}
	const section = document.querySelector<HTMLElement>('[data-offline-save]');
	if (section) await runControl(section);
}
