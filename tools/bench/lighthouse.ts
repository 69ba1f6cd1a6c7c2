/** A Lighthouse mobile run (its default: emulated phone, throttled network and CPU) of one page, against the same Chromium the tests use. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumFlags, chromiumPath } from '../lib/chromium';

export interface LighthouseScores {
	url: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Milliseconds, from the performance category. */
	firstContentfulPaint: number;
	largestContentfulPaint: number;
	totalBlockingTime: number;
	cumulativeLayoutShift: number;
	/** Audits that did not score full marks, for the note. */
	failing: string[];
}

export async function runLighthouse(url: string): Promise<LighthouseScores> {
	const chrome = await chromeLauncher.launch({
		chromePath: await chromiumPath(),
		chromeFlags: chromiumFlags.filter((flag) => flag !== '--headless').concat('--headless=new'),
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const { categories, audits } = result.lhr;
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const numeric = (id: string) => Math.round((audits[id]?.numericValue ?? NaN) * 1000) / 1000;
		const failing = Object.values(categories).flatMap((category) =>
			category.auditRefs
				.filter(
					(ref) =>
						ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1
				)
				.map((ref) => `${category.id}: ${ref.id} (${audits[ref.id]!.score})`)
		);
		return {
			url,
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			firstContentfulPaint: numeric('first-contentful-paint'),
			largestContentfulPaint: numeric('largest-contentful-paint'),
			totalBlockingTime: numeric('total-blocking-time'),
			cumulativeLayoutShift: numeric('cumulative-layout-shift'),
			failing,
		};
	} finally {
		chrome.kill();
	}
}
