/** Where a chapter comes from and who made each version, said in the reader's language (pages and PDFs alike). */
import type { Provenance } from '../schemas';
import type { Chapter, ChapterVersion } from './assemble-book';
import { formatDate, languageName, type Translate } from './i18n';

type Translation = Extract<Provenance, { type: 'translation' }>;

/**
 * The credit to show a reader whose interface is in `readerLang`, with the language it is written in: a plain
 * credit is in the translation's own language; of several, the reader's, else the book's default, else the first.
 */
export function translationCredit(
	provenance: Translation,
	translationLang: string,
	readerLang: string,
	defaultLang: string
): { text: string; lang: string } {
	const { by } = provenance;
	if (typeof by === 'string') return { text: by, lang: translationLang };
	const lang = [readerLang, defaultLang].find((code) => by[code]) ?? Object.keys(by)[0]!;
	return { text: by[lang]!, lang };
}

/** One fact about a chapter's source: a label in the reader's language, and a value in its own language, maybe a link. */
export interface SourceFact {
	label: string;
	value: string;
	/** The value's language; none for what the reader's language writes (a date). */
	lang?: string;
	href?: string;
}

/** Author, publication, date and link, as far as the chapter knows them; when it knows none, only the original's language. */
export function sourceFacts(chapter: Chapter, t: Translate): SourceFact[] {
	const own = chapter.originalLanguage;
	const facts: SourceFact[] = [];
	if (chapter.author) facts.push({ label: t('author'), value: chapter.author, lang: own });
	if (chapter.attribution)
		facts.push({ label: t('sourceAttribution'), value: chapter.attribution, lang: own });
	if (chapter.published)
		facts.push({ label: t('published'), value: formatDate(chapter.published, t.lang) });
	if (chapter.url)
		facts.push({
			label: t('sourceOnline'),
			value: new URL(chapter.url).hostname.replace(/^www\./, ''),
			href: chapter.url,
		});
	return facts;
}

/** What a version is, in three parts around the translator's credit: the original, a stand-in for a missing translation, or a translation (by whom, when, reviewed, revised). */
export function versionLabel(
	version: ChapterVersion,
	originalLanguage: string,
	t: Translate,
	defaultLanguage: string,
	/** A PDF's short form for a missing translation; a page says what it shows instead. */
	short = false
): { before: string; credit?: { text: string; lang: string }; after: string } {
	if (version.status === 'original')
		return {
			before: t('originalLabel', { language: languageName(originalLanguage, t.lang) }),
			after: '',
		};
	if (version.status === 'fallback' && short)
		return {
			before: t('fallbackLabel', { language: languageName(originalLanguage, t.lang) }),
			after: '',
		};
	if (version.status === 'fallback')
		return {
			before: t('notYetTranslated', {
				language: languageName(version.language, t.lang),
				original: languageName(originalLanguage, t.lang),
			}),
			after: '',
		};
	const provenance = version.provenance;
	if (provenance.type !== 'translation') return { before: '', after: '' };
	const label = [
		t('translationLabel', {
			language: languageName(provenance.from, t.lang),
			by: '{by}',
			date: formatDate(provenance.date, t.lang),
		}),
		t(provenance.reviewed ? 'translationReviewed' : 'translationNotReviewed'),
		...(provenance.revised
			? [t('translationRevised', { date: formatDate(provenance.revised, t.lang) })]
			: []),
	].join(' · ');
	const [before = '', after = ''] = label.split('{by}');
	return {
		before,
		credit: translationCredit(provenance, version.language, t.lang, defaultLanguage),
		after,
	};
}
