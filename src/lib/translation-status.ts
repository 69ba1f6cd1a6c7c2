/** Where each chapter stands in each language: original, translated (reviewed or not) or missing, with stale and untranslated passages counted. */
import type { Chapter } from './assemble-book';

export interface VersionStatus {
	state: 'original' | 'translated' | 'reviewed' | 'missing';
	stale: number;
	untranslated: number;
}

export function versionStatus(chapter: Chapter, lang: string): VersionStatus {
	const version = chapter.versions[lang]!;
	const count = (test: (segment: (typeof version.segments)[number]) => boolean) =>
		version.segments.filter(test).length;
	if (version.status === 'original') return { state: 'original', stale: 0, untranslated: 0 };
	if (version.status === 'fallback')
		return { state: 'missing', stale: 0, untranslated: version.segments.length };
	const reviewed = version.provenance.type === 'translation' && version.provenance.reviewed;
	return {
		state: reviewed ? 'reviewed' : 'translated',
		stale: count((segment) => segment.stale),
		untranslated: count((segment) => segment.untranslated),
	};
}
