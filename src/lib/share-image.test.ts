import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookWorkDir } from './content-dir';
import { readBook } from './read-book';
import { renderShareImage, type ShareImageText } from './share-image';
import { bookFontFiles, fontFamilies } from './writing-systems';

const book = readBook('tests/fixtures/books/reader');
const image = (title: string): ShareImageText => ({
	title,
	kicker: 'Kicker',
	footer: 'Footer',
	dir: 'ltr',
	families: fontFamilies(book, 'en'),
	titleDir: 'ltr',
	titleFamilies: fontFamilies(book, 'en'),
	fontFiles: bookFontFiles(book),
});
const cached = () => readdirSync(join(bookWorkDir(), 'share-images'));

describe('renderShareImage', () => {
	it('draws a PNG once per drawing and reuses it from the work folder while nothing it is drawn from changes', async () => {
		const title = `A title drawn at ${process.pid}-${Date.now()}`;
		const startFiles = (() => {
			try {
				return cached();
			} catch {
				return [];
			}
		})();
		const first = await renderShareImage(image(title));
		expect(first.subarray(1, 4).toString()).toBe('PNG');
		const files = cached();
		expect((await renderShareImage(image(title))).equals(first)).toBe(true);
		expect(cached()).toEqual(files);
		expect((await renderShareImage(image(`${title}, changed`))).equals(first)).toBe(false);
		const added = cached().filter((file) => !files.includes(file));
		expect(added.length).toBe(1);
		// This test's own images do not stay in the cache.
		const before = files.filter((file) => !startFiles.includes(file));
		for (const file of [...added, ...before]) rmSync(join(bookWorkDir(), 'share-images', file));
	});
});
