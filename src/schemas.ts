/** Zod schemas of the book: the one place where content is validated (book.json, chapter frontmatter, segment attributes, glossary.json). */
import { z } from 'astro/zod';

/** A BCP 47 language code as used by the book, for example `fa`, `en`, `pt-BR`. */
export const languageCode = z
	.string()
	.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as "fa" or "en"');

/** Text given once per book language: `{ fa: "…", en: "…" }`. Completeness is checked against the language list in `validateBook`. */
const perLanguage = z.record(languageCode, z.string().min(1));

/** Text folded alike in the search index and in every query of a language (see src/lib/search-text.ts). */
export const searchFoldings = [
	'arabic-letters',
	'arabic-marks',
	'hebrew-marks',
	'digits',
	'joiners',
	'persian-affixes',
] as const;
export const searchFolding = z.enum(searchFoldings);

/** A font family for one writing system: web files from an @fontsource package, TrueType files for PDFs and share images. */
export const fontSchema = z.strictObject({
	/** The family name inside the font files: CSS, Typst and resvg select the files by it. */
	family: z.string().min(1),
	/**
	 * The @fontsource package that holds the web files: a variable one ("@fontsource-variable/literata": one file per
	 * subset for every weight, so bold text never waits for a second file), else a static one ("@fontsource/hind": a
	 * file per subset and weight).
	 */
	web: z
		.string()
		.regex(
			/^@fontsource(-variable)?\/[a-z0-9-]+$/,
			'expected an @fontsource package name such as "@fontsource-variable/literata" or "@fontsource/noto-serif-thai"'
		),
	/** The package's subsets (its unicode.json) this writing system needs; the first is preloaded. */
	subsets: z.array(z.string().min(1)).min(1),
	/** TrueType or OpenType files of the family (regular and bold; italics where it has them), relative to the project folder. */
	files: z.array(z.string().min(1)).min(1),
});

/** What the generator needs to know of a writing system (an ISO 15924 script such as Arab, Latn, Hebr). */
export const scriptProfileSchema = z.strictObject({
	dir: z.enum(['ltr', 'rtl']),
	font: fontSchema,
	/** Line height of running text: scripts with tall marks above and below need more. */
	lineHeight: z.number().min(1).max(3).default(1.6),
	/** How search folds this script's text before indexing and querying. */
	search: z.array(searchFolding).default([]),
	/** Letters always kept in the web font subsets, so that a small edit to the text never falls back to another face. */
	basics: z.string().default(''),
});

export const bookLanguageSchema = z.strictObject({
	code: languageCode,
	/** The language's name in itself (endonym), for example «فارسی». */
	name: z.string().min(1),
	/** The ISO 15924 script it is written in; by default the one Unicode's data gives for the code (fa → Arab, ru → Cyrl). */
	script: z
		.string()
		.regex(/^[A-Z][a-z]{3}$/, 'expected an ISO 15924 script code such as "Arab" or "Latn"')
		.optional(),
	/** Writing direction; it comes from the script, so it need not be given. If given, it must agree with the script. */
	dir: z.enum(['ltr', 'rtl']).optional(),
	/** Search foldings on top of the script's (Persian adds "persian-affixes"); by default those known for the language. */
	search: z.array(searchFolding).optional(),
});

export const bookSchema = z.strictObject({
	/** Editors read it for completion and checks; the build ignores it. */
	$schema: z.string().optional(),
	title: perLanguage,
	/** The book's name where there is little room (a web app's short name on a phone's home screen); the title where not given. */
	shortTitle: perLanguage.optional(),
	subtitle: perLanguage,
	description: perLanguage,
	/** The book's introduction per language; blank lines separate paragraphs. */
	intro: perLanguage,
	languages: z.array(bookLanguageSchema).min(1),
	/** The language of the site root and of anything that has no better language. */
	defaultLanguage: languageCode,
	/**
	 * How originals and translations relate. `fallback: "original"` shows a chapter's original
	 * (labeled as such) in a language that has no translation yet; `originalsAreReadOnly` means the
	 * ingest never rewrites an original's text except from its source document.
	 */
	originalLanguageRules: z.object({
		fallback: z.literal('original'),
		originalsAreReadOnly: z.literal(true),
	}),
	/** Chapter slugs in reading order. */
	chapters: z.array(
		z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugs are lowercase ASCII words joined by "-"')
	),
	/** Absolute URL where the site is published (canonical URLs, sitemap). */
	site: z.url(),
	/** Page size of the PDFs. */
	paper: z.enum(['a4', 'us-letter']).default('a4'),
	/** Writing systems this book adds or changes, by ISO 15924 code (see src/lib/writing-systems.ts for the built-in ones). */
	scripts: z
		.record(
			z.string().regex(/^[A-Z][a-z]{3}$/, 'expected an ISO 15924 script code such as "Thai"'),
			scriptProfileSchema
		)
		.default({}),
	/**
	 * The image a shared link shows (1200×630): "book", one card per language with the book's title, used by every page
	 * of that language (a link preview names the chapter beside it); "chapter", a card per chapter and language with
	 * the chapter's title, which costs the build about 7 ms of drawing a card (docs/decisions/share-images.md).
	 */
	shareImages: z.enum(['book', 'chapter']).default('book'),
	/** A note printed on the cover of every PDF book, per language: who made the translations, a dedication, a licence. */
	coverNote: perLanguage.optional(),
});

/** A date as YYYY-MM-DD; YAML loaders may read an unquoted date as a Date. */
const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.iso.date()
);

/** Who made a language version of a chapter. */
export const provenanceSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('original') }),
	z.object({
		type: z.literal('translation'),
		/** Language it was translated from (normally the original's). */
		from: languageCode,
		/**
		 * Who made it, said honestly: a name or a phrase written in the translation's own language, or the same
		 * credit in several languages (`{ en: "the project team", fa: "گروه پروژه" }`), shown in the reader's.
		 */
		by: z.union([z.string().min(1), z.record(languageCode, z.string().min(1))]),
		/** When it was made or last revised (YYYY-MM-DD). YAML loaders may read an unquoted date as a Date. */
		date: z.preprocess(
			(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
			z.iso.date()
		),
		reviewed: z.boolean(),
		/** When the book's editor last revised it after it was made (YYYY-MM-DD); readers are told. */
		revised: isoDate.optional(),
	}),
]);

/** A line of the source document that the ingest left out of the chapter, and why. */
export const omissionSchema = z.object({
	line: z.number().int().positive(),
	text: z.string(),
	reason: z.string().min(1),
});

/** A passage that left the original when its source was revised, kept with its text (and a translation's source hash) so that no work is lost. */
export const retiredPassageSchema = z.strictObject({
	id: z.string().regex(/^s[0-9]+$/, 'segment ids look like "s12"'),
	text: z.string(),
	/** Translations: hash of the original text the translation was made from. */
	source: z
		.string()
		.regex(/^[0-9a-f]{12}$/)
		.optional(),
	/** When it left the original (YYYY-MM-DD). */
	retired: z.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z.iso.date()
	),
});

/** Frontmatter of one language version of a chapter (`content/chapters/<slug>/<lang>.mdx`). */
export const chapterSchema = z
	.object({
		language: languageCode,
		title: z.string().min(1),
		provenance: provenanceSchema,
		/** Original only: where the text came from. */
		slug: z.string().optional(),
		source: z
			.object({
				file: z.string().min(1),
				sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
				language: languageCode,
			})
			.optional(),
		/** Original only: the author as named in the text, or null when the text names none. */
		author: z.string().nullable().optional(),
		/** Original only: the publication the text credits as its source, or null. */
		attribution: z.string().nullable().optional(),
		/** Original only, when known: the date the source was published (YYYY-MM-DD). */
		published: isoDate.optional(),
		/** Original only, when known: where the source can be read (http or https). */
		url: z.url({ protocol: /^https?$/ }).optional(),
		/** A note by the book's editor, in this file's language, shown before the text and marked as the editor's (for example, that the source begins mid-article). */
		editorNote: z.string().min(1).optional(),
		/** Original only: every source line not in the chapter, with the reason. */
		omitted: z.array(omissionSchema).optional(),
		/** Passages that left the original in a revision of its source, kept here rather than lost. */
		retired: z.array(retiredPassageSchema).optional(),
	})
	.superRefine((data, ctx) => {
		const isOriginal = data.provenance.type === 'original';
		for (const field of [
			'slug',
			'source',
			'author',
			'attribution',
			'omitted',
			'published',
			'url',
		] as const) {
			const required = field !== 'published' && field !== 'url';
			if (isOriginal && required && data[field] === undefined)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: `an original must have "${field}"`,
				});
			if (!isOriginal && data[field] !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: `"${field}" belongs in the original's file only`,
				});
		}
		if (isOriginal && data.source && data.source.language !== data.language)
			ctx.addIssue({
				code: 'custom',
				path: ['source', 'language'],
				message: `the original is in "${data.language}" but its source is marked "${data.source.language}"`,
			});
	});

/** Words of one language in the glossary: a term's forms as the text may write them (singular, plural, inflected). */
const glossaryWord = z.string().trim().min(1, 'a form cannot be empty');
const glossaryForms = z.array(glossaryWord).min(1, 'give at least one form');

/** One term of the glossary: how each language renders it, and the renderings translations must not use. */
export const glossaryTermSchema = z.strictObject({
	/** A name for the term in messages and translation jobs, for example "emotional-connection". */
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'term ids are lowercase ASCII words joined by "-"'),
	/** Why the term matters or how to use it, for the translator. */
	note: z.string().min(1).optional(),
	/** Per language, the forms that render the term (singular, plural, inflected); the first is its basic form, which messages suggest. */
	renderings: z
		.record(languageCode, glossaryForms)
		.refine((renderings) => Object.keys(renderings).length > 0, 'give the term in a language'),
	/** Per language, renderings a translation must not use (an original may: they are its author's words). */
	avoid: z.record(languageCode, glossaryForms).optional(),
});

/** How translations into a language address the reader. */
export const glossaryAddressSchema = z.strictObject({
	/** The form to use, for example "tú" or "je". */
	form: glossaryWord,
	/** Words of the other form, which a translation must not use, for example ["usted", "ustedes"]. */
	avoid: z.array(glossaryWord).default([]),
});

/** `<book>/glossary.json`, optional: the book's translation memory (src/lib/read-glossary.ts checks it against the book). */
export const glossarySchema = z.strictObject({
	terms: z.array(glossaryTermSchema).default([]),
	/** The form of address per language. */
	address: z.record(languageCode, glossaryAddressSchema).default({}),
});

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type GlossaryAddress = z.infer<typeof glossaryAddressSchema>;

/** book.json as written: a language may leave its script, direction and search folding to the defaults. */
export type BookConfig = z.infer<typeof bookSchema>;
/** A book language with everything resolved (src/lib/writing-systems.ts): its script, direction and search folding. */
export type BookLanguage = Required<
	Pick<z.infer<typeof bookLanguageSchema>, 'code' | 'name' | 'script' | 'dir' | 'search'>
>;
/** The book as every part of the generator sees it, after src/lib/read-book.ts has validated and resolved book.json. */
export type Book = Omit<BookConfig, 'languages'> & { languages: BookLanguage[] };
export type ScriptProfile = z.infer<typeof scriptProfileSchema>;
export type FontSpec = z.infer<typeof fontSchema>;
export type SearchFolding = z.infer<typeof searchFolding>;
export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Omission = z.infer<typeof omissionSchema>;
export type RetiredPassage = z.infer<typeof retiredPassageSchema>;

export const segmentKinds = [
	'title',
	'heading',
	'paragraph',
	'list-item',
	'quote',
	'byline',
] as const;
export const sectionKinds = ['body', 'bio', 'comments'] as const;

/** Attributes of a `<Segment>` element in a chapter's MDX body. */
export const segmentAttributesSchema = z.strictObject({
	id: z.string().regex(/^s[0-9]+$/, 'segment ids look like "s12"'),
	kind: z.enum(segmentKinds).default('paragraph'),
	section: z.enum(sectionKinds).default('body'),
	depth: z.coerce.number().int().min(0).max(6).default(0),
	/** Translation only: hash of the original segment's text this translation was made from. */
	source: z
		.string()
		.regex(/^[0-9a-f]{12}$/)
		.optional(),
	/** Translation only: the segment has no translation yet (the reader shows the original). */
	untranslated: z.literal(true).optional(),
	/** A numbered list item's number as the source writes it ("1.", "2)"); shown in each language's digits. */
	marker: z
		.string()
		.regex(/^\p{Nd}{1,4}[.)]$/u, 'a list marker is a number followed by "." or ")", such as "1."')
		.optional(),
});

export type SegmentAttributes = z.infer<typeof segmentAttributesSchema>;
export type SegmentKind = (typeof segmentKinds)[number];
export type SectionKind = (typeof sectionKinds)[number];
