/** Zod schemas of the book: the one place where content is validated (book.json, chapter frontmatter, segment attributes). */
import { z } from 'astro/zod';

/** A BCP 47 language code as used by the book, for example `fa`, `en`, `pt-BR`. */
export const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as "fa" or "en"');

/** Text given once per book language: `{ fa: "…", en: "…" }`. Completeness is checked against the language list in `validateBook`. */
const perLanguage = z.record(languageCode, z.string().min(1));

export const bookLanguageSchema = z.object({
	code: languageCode,
	/** The language's name in itself (endonym), for example «فارسی». */
	name: z.string().min(1),
	dir: z.enum(['ltr', 'rtl']),
});

export const bookSchema = z.object({
	title: perLanguage,
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
	chapters: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugs are lowercase ASCII words joined by "-"')),
	/** Absolute URL where the site is published (canonical URLs, sitemap). */
	site: z.url(),
	/** Page size of the PDFs. */
	paper: z.enum(['a4', 'us-letter']).default('a4'),
});

/** Who made a language version of a chapter. */
export const provenanceSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('original') }),
	z.object({
		type: z.literal('translation'),
		/** Language it was translated from (normally the original's). */
		from: languageCode,
		/** Who made it, said honestly, for example "translated by the project, not yet reviewed by a native speaker". */
		by: z.string().min(1),
		/** When it was made or last revised (YYYY-MM-DD). YAML loaders may read an unquoted date as a Date. */
		date: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.iso.date()),
		reviewed: z.boolean(),
	}),
]);

/** A line of the source document that the ingest left out of the chapter, and why. */
export const omissionSchema = z.object({
	line: z.number().int().positive(),
	text: z.string(),
	reason: z.string().min(1),
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
		/** Original only: every source line not in the chapter, with the reason. */
		omitted: z.array(omissionSchema).optional(),
	})
	.superRefine((data, ctx) => {
		const isOriginal = data.provenance.type === 'original';
		for (const field of ['slug', 'source', 'author', 'attribution', 'omitted'] as const) {
			if (isOriginal && data[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `an original must have "${field}"` });
			if (!isOriginal && data[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `"${field}" belongs in the original's file only` });
		}
		if (isOriginal && data.source && data.source.language !== data.language)
			ctx.addIssue({ code: 'custom', path: ['source', 'language'], message: `the original is in "${data.language}" but its source is marked "${data.source.language}"` });
	});

export type Book = z.infer<typeof bookSchema>;
export type BookLanguage = z.infer<typeof bookLanguageSchema>;
export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Omission = z.infer<typeof omissionSchema>;

export const segmentKinds = ['title', 'heading', 'paragraph', 'list-item', 'quote', 'byline'] as const;
export const sectionKinds = ['body', 'bio', 'comments'] as const;

/** Attributes of a `<Segment>` element in a chapter's MDX body. */
export const segmentAttributesSchema = z.strictObject({
	id: z.string().regex(/^s[0-9]+$/, 'segment ids look like "s12"'),
	kind: z.enum(segmentKinds).default('paragraph'),
	section: z.enum(sectionKinds).default('body'),
	depth: z.coerce.number().int().min(0).max(6).default(0),
	/** Translation only: hash of the original segment's text this translation was made from. */
	source: z.string().regex(/^[0-9a-f]{12}$/).optional(),
	/** Translation only: the segment has no translation yet (the reader shows the original). */
	untranslated: z.literal(true).optional(),
});

export type SegmentAttributes = z.infer<typeof segmentAttributesSchema>;
export type SegmentKind = (typeof segmentKinds)[number];
export type SectionKind = (typeof sectionKinds)[number];
