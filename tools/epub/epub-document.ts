/** Writes the files of an EPUB 3 (package document, navigation, cover page, title page, one XHTML file per chapter, CSS) from the book: text only, no fonts or images, which the caller adds. */
import type { Chapter, ChapterVersion, ShownSegment } from '../../src/lib/assemble-book';
import { languageName, useTranslations } from '../../src/lib/i18n';
import { languageDir } from '../../src/lib/languages';
import { sourceFacts, versionLabel } from '../../src/lib/provenance';
import { absoluteUrl } from '../../src/lib/site-address';
import { chapterUrl } from '../../src/lib/urls';
import { fontFamilies, inLanguageDigits, languageProfile } from '../../src/lib/writing-systems';
import type { Book } from '../../src/schemas';
import type { EpubSpec } from './epub-specs';

/** A font file the EPUB embeds: its path inside the EPUB (under EPUB/), family and weight. */
export interface EpubFont {
	href: string;
	family: string;
	weight: number;
}

/** The text files of an EPUB (paths from the container's root, in reading order), and every character they show (for the font subsets). */
export interface EpubText {
	files: Map<string, string>;
	characters: Set<string>;
	/** The languages whose text the EPUB shows: their fonts are embedded. */
	languages: string[];
}

/** Text for XML content and attribute values: the five special characters as references, and no characters XML forbids. */
export const escapeXml = (text: string) =>
	text
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
		.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The path of a chapter's XHTML file under EPUB/ (numbered: a slug could be "nav" or "cover"). */
export const chapterFile = (index: number) => `chapter-${String(index + 1).padStart(3, '0')}.xhtml`;

/** The newest translation date of the chapters, as the EPUB's modification time: the same content gives the same file. */
export function modifiedDate(chapters: Chapter[]): string {
	const dates = chapters.flatMap((chapter) =>
		Object.values(chapter.versions).map((version) =>
			version.provenance.type === 'translation'
				? (version.provenance.revised ?? version.provenance.date)
				: '2000-01-01'
		)
	);
	return `${dates.sort().at(-1) ?? '2000-01-01'}T00:00:00Z`;
}

/** The EPUB's text files. `fonts` are declared in the package and the CSS; `cover` is the cover image's path under EPUB/. */
export function epubText(book: Book, spec: EpubSpec, fonts: EpubFont[], cover: string): EpubText {
	const t = useTranslations(spec.lang);
	const characters = new Set<string>();
	const languages = new Set<string>([spec.lang]);
	/** Text shown to the reader: escaped, and its characters counted for the font subsets. */
	const text = (value: string) => {
		for (const char of value.normalize('NFC')) characters.add(char);
		return escapeXml(value);
	};
	const dir = (code: string) => languageDir(book, code);
	/** `lang` (both forms, as EPUB readers look for either) and `dir` of an element in `code`. */
	const langAttrs = (code: string, direction: 'ltr' | 'rtl' = dir(code)) => {
		languages.add(code);
		return `xml:lang="${escapeXml(code)}" lang="${escapeXml(code)}" dir="${direction}"`;
	};
	// Interface text in its own language where the book's language has no strings (English then).
	const uiAttrs = langAttrs(t.attrs.lang ?? spec.lang, t.attrs.dir ?? dir(spec.lang));
	const inLang = (tag: string, code: string, body: string, extra = '') =>
		`<${tag}${extra} ${langAttrs(code)}>${body}</${tag}>`;
	/** A link showing its address, left to right whatever the line's direction. */
	const urlLink = (url: string) =>
		`<a href="${escapeXml(url)}" xml:lang="en" lang="en" dir="ltr">${text(url)}</a>`;
	const site = (path: string) => absoluteUrl(book, path);
	const title = book.title[spec.lang]!;

	const page = (pageTitle: string, body: string, type = '') =>
		`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" ${langAttrs(spec.lang)}>
<head>
<meta charset="UTF-8"/>
<title>${text(pageTitle)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body ${langAttrs(spec.lang)}${type}>
${body}
</body>
</html>
`;

	const files = new Map<string, string>();
	files.set(
		'META-INF/container.xml',
		`<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`
	);

	files.set(
		'EPUB/cover.xhtml',
		page(
			title,
			`<section epub:type="cover" class="cover" ${langAttrs(spec.lang)}>
<img src="${cover}" alt="${text(title)}" ${langAttrs(spec.lang)}/>
</section>`
		)
	);

	const intro = book.intro[spec.lang]!.split(/\n\s*\n/)
		.map((paragraph) => inLang('p', spec.lang, text(paragraph.trim())))
		.join('\n');
	files.set(
		'EPUB/title.xhtml',
		page(
			title,
			`<section epub:type="titlepage" class="titlepage" ${langAttrs(spec.lang)}>
${inLang('h1', spec.lang, text(title), ' class="book-title"')}
${inLang('p', spec.lang, text(book.subtitle[spec.lang]!), ' class="subtitle"')}
<p class="languages" ${langAttrs(spec.lang)}>${book.languages.map((language) => inLang('span', language.code, text(language.name))).join(' · ')}</p>
${book.coverNote ? inLang('p', spec.lang, text(book.coverNote[spec.lang]!), ' class="cover-note"') : ''}
<p class="address" ${langAttrs(spec.lang)}>${urlLink(site(`/${spec.lang}/`))}</p>
</section>
<section epub:type="introduction" role="doc-introduction" aria-labelledby="intro-title" class="intro" ${langAttrs(spec.lang)}>
<h2 id="intro-title" ${uiAttrs}>${text(t('bookHome'))}</h2>
${intro}
</section>`
		)
	);

	for (const [index, { chapter, companion }] of spec.chapters.entries())
		files.set(`EPUB/${chapterFile(index)}`, chapterPage(chapter, companion));

	const tocTitle = text(t('tableOfContents'));
	files.set(
		'EPUB/nav.xhtml',
		page(
			t('tableOfContents'),
			`<nav epub:type="toc" id="toc" role="doc-toc" ${langAttrs(spec.lang)}>
<h2 ${uiAttrs}>${tocTitle}</h2>
<ol ${langAttrs(spec.lang)}>
<li ${langAttrs(spec.lang)}><a href="title.xhtml" ${langAttrs(spec.lang)}>${text(title)}</a></li>
${spec.chapters
	.map(({ chapter }, index) => {
		const version = chapter.versions[spec.lang]!;
		return `<li ${langAttrs(spec.lang)}><a href="${chapterFile(index)}" ${langAttrs(version.titleLang)}>${text(version.title)}</a></li>`;
	})
	.join('\n')}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden" ${langAttrs(spec.lang)}>
<h2 ${uiAttrs}>${tocTitle}</h2>
<ol ${langAttrs(spec.lang)}>
<li ${langAttrs(spec.lang)}><a epub:type="cover" href="cover.xhtml" ${langAttrs(spec.lang)}>${text(title)}</a></li>
<li ${langAttrs(spec.lang)}><a epub:type="toc" href="nav.xhtml" ${uiAttrs}>${tocTitle}</a></li>
<li ${langAttrs(spec.lang)}><a epub:type="bodymatter" href="${chapterFile(0)}" ${langAttrs(spec.lang)}>${text(spec.chapters[0]?.chapter.versions[spec.lang]!.title ?? title)}</a></li>
</ol>
</nav>`,
			''
		)
	);

	files.set('EPUB/style.css', styleSheet(book, [...languages], fonts));
	// The package last: it lists the languages the pages above used.
	files.set('EPUB/package.opf', packageDocument());
	return { files, characters, languages: [...languages] };

	function chapterPage(chapter: Chapter, companion: string | undefined): string {
		const version = chapter.versions[spec.lang]!;
		const other = companion ? chapter.versions[companion] : undefined;
		const facts = sourceFacts(chapter, t).map(
			(fact) =>
				`<p ${uiAttrs}>${text(`${fact.label}: `)}${
					fact.href
						? `<a href="${escapeXml(fact.href)}" xml:lang="en" lang="en" dir="ltr">${text(fact.value)}</a>`
						: fact.lang
							? inLang('span', fact.lang, text(fact.value))
							: text(fact.value)
				}</p>`
		);
		if (!facts.length)
			facts.push(
				`<p ${uiAttrs}>${text(t('originalIn', { language: languageName(chapter.originalLanguage, t.lang) }))}</p>`
			);
		if (version.editorNote)
			facts.push(
				`<p ${uiAttrs}>${text(`${t('editorNote')}: `)}${inLang('span', version.editorNote.lang, text(version.editorNote.text))}</p>`
			);
		for (const shown of [version, other].filter((v): v is ChapterVersion => Boolean(v))) {
			const label = versionLabel(shown, chapter.originalLanguage, t, book.defaultLanguage, true);
			facts.push(
				`<p ${uiAttrs}>${text(label.before)}${label.credit ? inLang('span', label.credit.lang, text(label.credit.text)) : ''}${text(label.after)}</p>`
			);
		}
		facts.push(
			`<p ${uiAttrs}>${text(`${t('readOnline')}: `)}${urlLink(site(chapterUrl(spec.lang, chapter.slug)))}</p>`
		);
		const passages = version.segments.map((segment, index) => {
			const primary = segmentXhtml(segment, true);
			const counterpart = other?.segments[index];
			if (!counterpart) return primary;
			return `<div class="pair" ${langAttrs(spec.lang)}>\n${primary}\n${segmentXhtml(counterpart, false)}\n</div>`;
		});
		return page(
			version.title,
			`<section epub:type="chapter" role="doc-chapter" aria-labelledby="chapter-title" ${langAttrs(spec.lang)}>
${inLang('h1', version.titleLang, text(version.title), ' id="chapter-title"')}
<div class="facts" ${uiAttrs}>
${facts.join('\n')}
</div>
${passages.filter(Boolean).join('\n')}
</section>`
		);
	}

	/** One passage as XHTML, in its own language and direction; a counterpart is marked as one, and its headings are not headings of the page. */
	function segmentXhtml(segment: ShownSegment, primary: boolean): string {
		const body = text(segment.text);
		const classes = [
			primary ? 'passage' : 'passage counterpart',
			...(segment.depth ? [`depth-${segment.depth}`] : []),
		];
		const attrs = (extra: string[] = []) =>
			` class="${[...classes, ...extra].join(' ')}" id="${primary ? '' : 'c-'}${escapeXml(segment.id)}"`;
		switch (segment.kind) {
			case 'title':
				return primary ? '' : inLang('p', segment.lang, body, attrs(['title']));
			case 'heading':
				return primary
					? inLang('h2', segment.lang, body, attrs())
					: inLang('p', segment.lang, body, attrs(['heading']));
			case 'list-item':
				return inLang(
					'div',
					segment.lang,
					segment.marker
						? `${inLang('span', segment.lang, text(inLanguageDigits(segment.marker, segment.lang)), ' class="marker"')} ${body}`
						: `${inLang('span', segment.lang, '•', ' class="marker" aria-hidden="true"')} ${body}`,
					attrs(['item'])
				);
			case 'quote':
				return inLang('blockquote', segment.lang, inLang('p', segment.lang, body), attrs());
			case 'byline':
				return inLang('p', segment.lang, inLang('strong', segment.lang, body), attrs(['byline']));
			default:
				return inLang('p', segment.lang, body, attrs());
		}
	}

	function packageDocument(): string {
		const meta = (property: string, value: string, refines?: string) =>
			`<meta ${refines ? `refines="#${refines}" ` : ''}property="${property}">${escapeXml(value)}</meta>`;
		const shownLanguages = [spec.lang, ...[...languages].filter((code) => code !== spec.lang)];
		const titles = [
			spec.lang,
			...book.languages.map((language) => language.code).filter((code) => code !== spec.lang),
		]
			.map(
				(code, index) =>
					`<dc:title id="title-${index}" xml:lang="${code}" dir="${dir(code)}">${escapeXml(book.title[code]!)}</dc:title>` +
					(index === 0 ? `\n${meta('title-type', 'main', 'title-0')}` : '')
			)
			.join('\n');
		// Each author's name in the language of the first chapter they wrote (names are read in the original's voice).
		const authors = new Map<string, string>();
		for (const { chapter } of spec.chapters)
			if (chapter.author && !authors.has(chapter.author))
				authors.set(chapter.author, chapter.originalLanguage);
		// Translators of the versions this EPUB shows, each credit in the language it is written in.
		const translators = new Map<string, string>();
		for (const { chapter, companion } of spec.chapters)
			for (const code of [spec.lang, companion]) {
				const shown = code ? chapter.versions[code] : undefined;
				if (shown?.status !== 'translation' || shown.provenance.type !== 'translation') continue;
				const credit = versionLabel(
					shown,
					chapter.originalLanguage,
					t,
					book.defaultLanguage
				).credit;
				if (credit) translators.set(credit.text, credit.lang);
			}
		const sources = [
			...new Set(spec.chapters.flatMap(({ chapter }) => (chapter.url ? [chapter.url] : []))),
		];
		const chapterItems = spec.chapters.map((_, index) => chapterFile(index));
		const fontItems = fonts.map(
			(font, index) => `<item id="font-${index}" href="${font.href}" media-type="font/ttf"/>`
		);
		return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${spec.lang}" dir="${dir(spec.lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escapeXml(site(`/${spec.path}`))}</dc:identifier>
${titles}
<dc:title id="subtitle" xml:lang="${spec.lang}" dir="${dir(spec.lang)}">${escapeXml(book.subtitle[spec.lang]!)}</dc:title>
${meta('title-type', 'subtitle', 'subtitle')}
${shownLanguages.map((code) => `<dc:language>${code}</dc:language>`).join('\n')}
${[...authors].map(([author, code], index) => `<dc:creator id="author-${index}" xml:lang="${code}" dir="${dir(code)}">${escapeXml(author)}</dc:creator>\n${meta('role', 'aut', `author-${index}`).replace('<meta ', '<meta scheme="marc:relators" ')}`).join('\n')}
${[...translators].map(([name, code], index) => `<dc:contributor id="translator-${index}" xml:lang="${code}" dir="${dir(code)}">${escapeXml(name)}</dc:contributor>\n${meta('role', 'trl', `translator-${index}`).replace('<meta ', '<meta scheme="marc:relators" ')}`).join('\n')}
${sources.map((url) => `<dc:source>${escapeXml(url)}</dc:source>`).join('\n')}
<dc:description xml:lang="${spec.lang}" dir="${dir(spec.lang)}">${escapeXml(book.description[spec.lang]!)}</dc:description>
${meta('dcterms:modified', modifiedDate(spec.chapters.map(({ chapter }) => chapter)))}
${meta('schema:accessMode', 'textual')}
${meta('schema:accessMode', 'visual')}
${meta('schema:accessModeSufficient', 'textual')}
${[
	'structuralNavigation',
	'tableOfContents',
	'readingOrder',
	'alternativeText',
	'displayTransformability',
]
	.map((feature) => meta('schema:accessibilityFeature', feature))
	.join('\n')}
${meta('schema:accessibilityHazard', 'none')}
${meta('schema:accessibilitySummary', `Text with headings, a table of contents and a reading order that follows the book${spec.parallel ? ', each passage followed by its counterpart in the other language' : ''}; every passage marked with its language and direction; the cover image has the title as its text alternative, which the title page repeats as text.`)}
${meta('dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA')}
${meta('a11y:certifiedBy', 'parallel-book (self-assessed)')}
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
<item id="cover-image" href="${cover}" media-type="image/png" properties="cover-image"/>
<item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>
${chapterItems.map((href, index) => `<item id="chapter-${index + 1}" href="${href}" media-type="application/xhtml+xml"/>`).join('\n')}
<item id="style" href="style.css" media-type="text/css"/>
${fontItems.join('\n')}
</manifest>
<spine page-progression-direction="${dir(spec.lang)}">
<itemref idref="cover"/>
<itemref idref="title"/>
<itemref idref="nav"/>
${chapterItems.map((_, index) => `<itemref idref="chapter-${index + 1}"/>`).join('\n')}
</spine>
</package>
`.replace(/\n{2,}/g, '\n');
	}
}

/** The EPUB's CSS: the embedded fonts by family, and each language's font stack and line height (every element carries its `lang`). */
function styleSheet(book: Book, languages: string[], fonts: EpubFont[]): string {
	const embedded = new Set(fonts.map((font) => font.family));
	const stack = (code: string) =>
		[...fontFamilies(book, code).filter((family) => embedded.has(family)), 'serif']
			.map((family) => (family === 'serif' ? family : `'${family}'`))
			.join(', ');
	const lineHeight = (code: string) =>
		book.languages.some((language) => language.code === code)
			? languageProfile(book, code).lineHeight
			: 1.6;
	return `${fonts
		.map(
			(font) =>
				`@font-face {\n\tfont-family: '${font.family}';\n\tfont-weight: ${font.weight};\n\tfont-style: normal;\n\tsrc: url('${font.href}');\n}`
		)
		.join('\n')}
${languages
	.map(
		(code) =>
			`[lang='${code}'] {\n\tfont-family: ${stack(code)};\n\tline-height: ${lineHeight(code)};\n}`
	)
	.join('\n')}
body {
	margin: 0 1em;
}
h1 {
	font-size: 1.6em;
	margin: 1em 0 0.6em;
	line-height: 1.3;
}
h2 {
	font-size: 1.2em;
	margin: 1.2em 0 0.4em;
}
nav ol {
	list-style: none;
	padding-inline-start: 0;
}
.cover {
	text-align: center;
}
.cover img {
	max-width: 100%;
	max-height: 100vh;
}
.subtitle {
	font-size: 1.15em;
}
.facts {
	font-size: 0.85em;
	color: #3d3d44;
	margin-block-end: 1.5em;
}
.facts p {
	margin: 0.15em 0;
}
.pair {
	margin-block-end: 1.1em;
}
.pair > .passage {
	margin: 0;
}
.counterpart {
	color: #3d3d44;
	border-inline-start: 3px solid #c9a892;
	padding-inline-start: 0.6em;
	margin-block-start: 0.35em !important;
}
.counterpart.heading,
.counterpart.title {
	font-weight: bold;
}
.item {
	margin-inline-start: 1.2em;
}
.marker {
	display: inline-block;
	min-width: 1.2em;
}
blockquote {
	margin-inline: 1.5em 0;
}
${[1, 2, 3, 4, 5, 6].map((depth) => `.depth-${depth} {\n\tmargin-inline-start: ${depth * 1.5}em;\n}`).join('\n')}
`;
}
