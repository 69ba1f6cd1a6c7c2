import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeColors } from './theme-colors';

describe('themeColors', () => {
	it('are the surfaces and the accent of the stylesheet, light and dark', () => {
		const css = readFileSync('src/styles/global.css', 'utf8');
		const light = /:root \{[^}]*--surface: (#[0-9a-f]{6});[^}]*\}/u.exec(css)?.[1];
		const accent = /:root \{[^}]*--accent: (#[0-9a-f]{6});[^}]*\}/u.exec(css)?.[1];
		const dark = /:root\[data-theme='dark'\] \{[^}]*--surface: (#[0-9a-f]{6});/u.exec(css)?.[1];
		expect([light, accent, dark]).toEqual([
			themeColors.light.background,
			themeColors.light.accent,
			themeColors.dark.background,
		]);
	});
});
