import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../tests/fixture-books';
import { pairCss } from './pair-css';

const { book } = fixtureBook('reader');

describe('pairCss', () => {
	it('hides each language’s companion parts unless its radio is checked, and falls back to the default pair without :has()', () => {
		const css = pairCss(book);
		for (const { code } of book.languages) {
			expect(css).toContain(
				`.chapter:has(.pair-picker input[value="${code}"]:not(:checked)) [data-beside="${code}"] { display: none; }`
			);
			expect(css).toContain(
				`.chapter:not([data-default-companion="${code}"]) [data-beside="${code}"] { display: none; }`
			);
		}
		expect(css).toContain('@supports not selector(:has(*))');
	});

	it('quotes every code, whatever its form', () => {
		const css = pairCss({
			...book,
			languages: [{ ...book.languages[0]!, code: 'zh-Hant' }],
		});
		expect(css).toContain('input[value="zh-Hant"]');
		expect(css).toContain('[data-beside="zh-Hant"]');
	});
});
