import { describe, expect, it } from 'vitest';
import { revisionThreshold, sharedText } from './revision';

const article = [
	'Bread needs flour, water, salt and yeast.',
	'The dough has to rest overnight in a cool place.',
	'Bake it at 240 degrees for forty minutes.',
];

describe('sharedText', () => {
	it('is 1 for the same text and stays above the threshold for a revision', () => {
		expect(sharedText(article, article)).toBe(1);
		const revised = [
			article[0]!,
			'The dough has to rest for a night somewhere cool.',
			article[2]!,
			'Let it cool before cutting.',
		];
		expect(sharedText(article, revised)).toBeGreaterThan(revisionThreshold);
	});

	it('falls below the threshold for another document', () => {
		expect(
			sharedText(article, [
				'Coffee is a sign of welcome in an Arab home.',
				'The host pours the first cup with his right hand.',
			])
		).toBeLessThan(revisionThreshold);
	});
});
