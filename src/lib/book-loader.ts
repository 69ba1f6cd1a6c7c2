/** The content loader of the chapters collection: the book read once (src/lib/read-chapters.ts), each chapter stored with its digest. */
import { relative, resolve, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readBookFromDisk } from './read-chapters';

/** Loads every assembled chapter of the book in `contentDir` under its slug; in dev, again whenever book.json or a chapter file changes. */
export function bookLoader(contentDir: string): Loader {
	return {
		name: 'parallel-book',
		load: async ({ store, logger, watcher }) => {
			const sync = () => {
				const { chapters } = readBookFromDisk(contentDir);
				// store.set skips an entry whose digest it already holds: unchanged chapters are neither stored nor re-rendered again.
				for (const chapter of chapters)
					store.set({ id: chapter.slug, data: { ...chapter }, digest: chapter.digest });
				const slugs = new Set(chapters.map((chapter) => chapter.slug));
				for (const id of store.keys()) if (!slugs.has(id)) store.delete(id);
			};
			sync();
			if (!watcher) return;
			const root = resolve(contentDir);
			const inBook = (path: string) => {
				const inside = relative(root, resolve(path));
				return (
					!inside.startsWith('..') &&
					(inside === 'book.json' ||
						(inside.startsWith(`chapters${sep}`) && inside.endsWith('.mdx')))
				);
			};
			watcher.add(root);
			const reload = (path: string) => {
				if (!inBook(path)) return;
				try {
					sync();
				} catch (error) {
					// The page shows the last good book; the message names the file and line to fix.
					logger.error((error as Error).message);
				}
			};
			for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
		},
	};
}
