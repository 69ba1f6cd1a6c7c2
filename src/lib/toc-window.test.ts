import { describe, expect, it } from 'vitest';
import { tocWindow, type TocItem } from './toc-window';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
const show = (items: TocItem<number>[]) =>
	items
		.map((item) => (item.kind === 'chapter' ? String(item.chapter) : `…${item.hidden}`))
		.join(' ');

describe('sidebar chapter window', () => {
	it('lists every chapter of a short book', () => {
		expect(show(tocWindow(numbers(25), 12))).toBe(numbers(25).join(' '));
	});

	it('lists the ends and the neighbours of the current chapter of a long book, counting the rest', () => {
		expect(show(tocWindow(numbers(100), 49, 25, 2))).toBe('1 …46 48 49 50 51 52 …47 100');
		expect(show(tocWindow(numbers(100), 0, 25, 2))).toBe('1 2 3 …96 100');
		expect(show(tocWindow(numbers(100), 98, 25, 2))).toBe('1 …95 97 98 99 100');
		expect(show(tocWindow(numbers(100), 3, 25, 2))).toBe('1 2 3 4 5 6 …93 100');
	});

	it('keeps every chapter accounted for, and the list the same length however long the book', () => {
		for (const count of [26, 50, 500, 5000]) {
			const items = tocWindow(numbers(count), Math.floor(count / 2));
			const listed = items.filter((item) => item.kind === 'chapter').length;
			const hidden = items.reduce((sum, item) => sum + (item.kind === 'gap' ? item.hidden : 0), 0);
			expect(listed + hidden).toBe(count);
			expect(listed).toBe(23);
		}
	});
});
