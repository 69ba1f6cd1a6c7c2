import { describe, expect, it } from 'vitest';
import { translationCredit } from './provenance';

const translation = (by: string | Record<string, string>) => ({
	type: 'translation' as const,
	from: 'fa',
	by,
	date: '2026-11-23',
	reviewed: false,
});

describe('translationCredit', () => {
	it("takes a plain credit to be written in the translation's own language", () => {
		expect(translationCredit(translation('Anna Schmidt'), 'de', 'ar', 'en')).toEqual({
			text: 'Anna Schmidt',
			lang: 'de',
		});
	});

	it("shows a credit given in several languages in the reader's, else the default language, else the first", () => {
		const by = { nl: 'het projectteam', en: 'the project team' };
		expect(translationCredit(translation(by), 'de', 'nl', 'en')).toEqual({
			text: 'het projectteam',
			lang: 'nl',
		});
		expect(translationCredit(translation(by), 'de', 'ar', 'en')).toEqual({
			text: 'the project team',
			lang: 'en',
		});
		expect(translationCredit(translation({ nl: 'het projectteam' }), 'de', 'ar', 'en')).toEqual({
			text: 'het projectteam',
			lang: 'nl',
		});
	});
});
