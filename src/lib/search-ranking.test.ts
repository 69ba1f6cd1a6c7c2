import { describe, expect, it } from 'vitest';
import { rankAcrossLanguages } from './search-ranking';

const match = (language: string, score: number, rank: number) => ({ language, score, rank });

describe('rankAcrossLanguages', () => {
	it('orders matches of all languages by score, not by language', () => {
		const ranked = rankAcrossLanguages(
			[
				[match('en', 0.9, 0), match('en', 0.2, 1)],
				[match('nl', 2.5, 0), match('nl', 0.5, 1)],
			],
			'en',
			['fa', 'en', 'nl']
		);
		expect(ranked.map((entry) => `${entry.language}${entry.rank}`)).toEqual([
			'nl0',
			'en0',
			'nl1',
			'en1',
		]);
	});

	it('gives ties to the page language, then to the book order of languages, and keeps each list in its order', () => {
		const ranked = rankAcrossLanguages(
			[[match('fa', 1, 0), match('fa', 1, 1)], [match('nl', 1, 0)], [match('es', 1.0000000001, 0)]],
			'nl',
			['fa', 'en', 'es', 'nl']
		);
		expect(ranked.map((entry) => `${entry.language}${entry.rank}`)).toEqual([
			'nl0',
			'fa0',
			'fa1',
			'es0',
		]);
	});
});
