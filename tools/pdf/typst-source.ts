/** Writes the Typst source of a PDF: one chapter or the whole book, in one language or side by side, with cover, contents, running heads and provenance. */
import type { Chapter, ChapterVersion, ShownSegment } from '../../src/lib/assemble-book';
import { languageName, useTranslations } from '../../src/lib/i18n';
import { languageDir } from '../../src/lib/languages';
import { sourceFacts, versionLabel } from '../../src/lib/provenance';
import { fontFamilies, inLanguageDigits, languageDigits } from '../../src/lib/writing-systems';
import { absoluteUrl } from '../../src/lib/site-address';
import { chapterUrl } from '../../src/lib/urls';
import type { Book } from '../../src/schemas';

/** What one PDF holds. */
export interface PdfSpec {
	/** Path under dist/, e.g. `pdf/fa/<slug>.pdf`. */
	path: string;
	lang: string;
	/** Chapters in order, each with the language shown beside it (or none). */
	chapters: { chapter: Chapter; companion: string | undefined }[];
	/** A whole book: cover, intro, contents. */
	book: boolean;
}

/** A Typst string literal: text shown exactly as written, with no markup. */
export const str = (text: string) =>
	`"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** A link showing its address, isolated left to right (U+2066…U+2069): in a right-to-left line the bidi algorithm would otherwise move its final "/" to the front. */
const urlLink = (url: string) => `#link(${str(url)})[#${str(`\u2066${url}\u2069`)}]`;
/** A Typst array of strings. */
const array = (items: string[]) => `(${items.map(str).join(', ')}${items.length === 1 ? ',' : ''})`;

/** Page numbers in the language's own digits (Unicode's data via Intl): a numbering pattern, or a function mapping ASCII digits. */
function pageNumbering(lang: string): string {
	const digits = languageDigits(lang);
	if (digits.join('') === '0123456789') return str('1');
	return `(..nums) => nums.pos().map(str).join(".").replace(regex("[0-9]"), d => ${array(digits)}.at(int(d.text)))`;
}

export function typstSource(book: Book, spec: PdfSpec): string {
	const t = useTranslations(spec.lang);
	// Interface text in its own language where the book's language has no strings (English then).
	const ui = (text: string) =>
		t.attrs.lang
			? `text(lang: ${str(t.attrs.lang)}, dir: ${t.attrs.dir})[#${str(text)}]`
			: str(text);
	const dirOf = (code: string) => languageDir(book, code);
	const fontsFor = (code: string) => array(fontFamilies(book, code));
	const textIn = (code: string, body: string) =>
		`text(lang: ${str(code)}, dir: ${dirOf(code)}, font: ${fontsFor(code)})[${body}]`;
	const site = (path: string) => absoluteUrl(book, path);
	const title = spec.book
		? book.title[spec.lang]!
		: spec.chapters[0]!.chapter.versions[spec.lang]!.title;
	const authors = [
		...new Set(
			spec.chapters
				.map(({ chapter }) => chapter.author)
				.filter((author): author is string => Boolean(author))
		),
	];
	// A fixed date (the newest translation's), so that the same content gives the same file.
	const dates = spec.chapters.flatMap(({ chapter }) =>
		Object.values(chapter.versions).map((version) =>
			version.provenance.type === 'translation'
				? (version.provenance.revised ?? version.provenance.date)
				: '2000-01-01'
		)
	);
	const [year, month, day] = dates.sort().at(-1)!.split('-').map(Number);

	const out: string[] = [];
	out.push(
		`#set document(title: ${str(title)}, author: (${authors.map(str).join(', ')}${authors.length === 1 ? ',' : ''}), keywords: (${book.languages.map((language) => str(language.code)).join(', ')}), date: datetime(year: ${year}, month: ${month}, day: ${day}))`
	);
	out.push(
		`#set text(lang: ${str(spec.lang)}, dir: ${dirOf(spec.lang)}, font: ${fontsFor(spec.lang)}, size: 10.5pt, hyphenate: auto)`
	);
	out.push(`#set par(justify: true, leading: 0.75em, spacing: 1.1em)`);
	out.push(`#show heading: set par(justify: false)`);
	out.push(`#show link: set text(fill: rgb("#8a3b12"))`);
	// Persian contents entries: the title in a box keeps the page number on the correct side.
	out.push(
		`#show outline.entry: it => link(it.element.location(), it.indented(it.prefix(), [#box(it.body()) #box(width: 1fr, it.fill) #it.page()]))`
	);
	out.push(
		`#show heading.where(level: 1): it => { pagebreak(weak: true); v(1.5em); text(size: 20pt, weight: "bold", it.body); v(0.8em) }`
	);
	out.push(
		`#show heading.where(level: 2): it => { v(0.6em); text(size: 13pt, weight: "bold", it.body); v(0.3em) }`
	);
	out.push(
		`#set page(paper: ${str(book.paper)}, margin: (x: 2cm, top: 2.4cm, bottom: 2.2cm), numbering: ${pageNumbering(spec.lang)}, number-align: center,` +
			// The running head names the section the page belongs to: the last one begun before the page (here() is the
			// page's top), and none on a page where a section begins (its own heading says it).
			` header: context { let n = counter(page).get().first(); let opening = query(heading.where(level: 1)).any(h => h.location().page() == here().page()); let heads = query(heading.where(level: 1).before(here())); if n > 1 and not opening and heads.len() > 0 { set text(size: 8.5pt, fill: luma(90)); grid(columns: (1fr, 1fr), align(start, ${str(book.title[spec.lang]!)}), align(end, heads.last().body)); line(length: 100%, stroke: 0.4pt + luma(160)) } })`
	);

	if (spec.book) {
		out.push(
			`#page(numbering: none, header: none)[#v(25%) #text(size: 30pt, weight: "bold", ${str(book.title[spec.lang]!)}) #v(0.6em) #text(size: 15pt, ${str(book.subtitle[spec.lang]!)}) #v(2em) #text(size: 10pt, fill: luma(70), ${str(book.languages.map((language) => language.name).join(' · '))}) #v(1fr) ${book.coverNote ? `#text(size: 9pt, ${str(book.coverNote[spec.lang]!)}) \\ ` : ''}${urlLink(site(`/${spec.lang}/`))} ]`
		);
		out.push(`#heading(level: 1, outlined: false, ${ui(t('bookHome'))})`);
		for (const paragraph of book.intro[spec.lang]!.split(/\n\s*\n/))
			out.push(`#par(${str(paragraph)})`);
		out.push(`#pagebreak() #outline(title: ${ui(t('tableOfContents'))}, depth: 1)`);
	}

	for (const { chapter, companion } of spec.chapters) {
		const version = chapter.versions[spec.lang]!;
		const other = companion ? chapter.versions[companion] : undefined;
		out.push(`#heading(level: 1, ${str(version.title)})`);
		// Names and file names keep their own direction inside a right-to-left line.
		const isolated = (label: string, value: string, lang: string) =>
			`#${ui(`${label}: `)}#box(${textIn(lang, `#${str(value)}`)})`;
		const known = sourceFacts(chapter, t).map((fact) =>
			fact.href
				? `#${ui(`${fact.label}: `)}#link(${str(fact.href)})[#box(text(dir: ltr, ${str(fact.value)}))]`
				: fact.lang
					? isolated(fact.label, fact.value, fact.lang)
					: `#${ui(`${fact.label}: ${fact.value}`)}`
		);
		const facts = known.length
			? known
			: [`#${ui(t('originalIn', { language: languageName(chapter.originalLanguage, t.lang) }))}`];
		if (version.editorNote)
			facts.push(
				`#${ui(`${t('editorNote')}: `)}#box(${textIn(version.editorNote.lang, `#${str(version.editorNote.text)}`)})`
			);
		out.push(
			`#text(size: 9pt, fill: luma(60))[#set par(justify: false); ${facts.join(' \\ ')} \\ ${[
				version,
				other,
			]
				.filter((v): v is ChapterVersion => Boolean(v))
				.map((v) => provenanceLabel(v, chapter))
				.join(
					' \\ '
				)} \\ #${ui(t('readOnline'))}: ${urlLink(site(chapterUrl(spec.lang, chapter.slug)))}]`
		);
		out.push('#v(1em)');
		for (const [index, segment] of version.segments.entries()) {
			const primary = segmentTypst(segment, true, textIn, dirOf(segment.lang));
			if (!other) out.push(primary);
			else
				out.push(
					`#block(breakable: false, grid(columns: (1fr, 1fr), column-gutter: 1.4em, [${primary}], [${segmentTypst(other.segments[index]!, false, textIn, dirOf(other.segments[index]!.lang))}]))`
				);
		}
	}
	return `${out.join('\n')}\n`;

	/** What a version is, as Typst markup: the original, a stand-in for a missing translation, or a translation with its credit in its own language. */
	function provenanceLabel(v: ChapterVersion, chapter: Chapter): string {
		const { before, credit, after } = versionLabel(
			v,
			chapter.originalLanguage,
			t,
			book.defaultLanguage,
			true
		);
		return `#${ui(before)}${credit ? `#box(${textIn(credit.lang, `#${str(credit.text)}`)})` : ''}${after ? `#${ui(after)}` : ''}`;
	}
}

/** One segment as Typst: headings are outlined only in the page's own language. */
function segmentTypst(
	segment: ShownSegment,
	primary: boolean,
	textIn: (code: string, body: string) => string,
	dir: 'ltr' | 'rtl'
): string {
	const text = `#${str(segment.text)}`;
	// Typst's pad has no logical sides: indent on the side where this language's lines start.
	const indent = segment.depth
		? `#pad(${dir === 'rtl' ? 'right' : 'left'}: ${segment.depth * 1.5}em)`
		: '';
	switch (segment.kind) {
		case 'title':
			return primary
				? ''
				: `#${textIn(segment.lang, `#par(justify: false, text(size: 14pt, weight: "bold")[${text}])`)}`;
		case 'heading':
			return primary
				? `#${textIn(segment.lang, `#heading(level: 2)[${text}]`)}`
				: `#${textIn(segment.lang, `#v(0.6em) #par(justify: false, text(size: 13pt, weight: "bold")[${text}])`)}`;
		case 'list-item':
			return `#${textIn(segment.lang, segment.marker ? `#list(marker: [#${str(inLanguageDigits(segment.marker, segment.lang))}])[${text}]` : `#list[${text}]`)}`;
		case 'quote':
			return `#${textIn(segment.lang, `#quote(block: true)[${text}]`)}`;
		case 'byline':
			return `${indent}[#${textIn(segment.lang, `#strong[${text}]`)}]`;
		default:
			return segment.depth
				? `${indent}[#${textIn(segment.lang, `#par[${text}]`)}]`
				: `#${textIn(segment.lang, `#par[${text}]`)}`;
	}
}
