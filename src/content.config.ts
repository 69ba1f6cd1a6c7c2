/** Content collections: the book's chapters, each assembled from its language files (src/lib/book-loader.ts). */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Chapter } from './lib/assemble-book';
import { bookLoader } from './lib/book-loader';
import { contentDir } from './lib/content-dir';

const chapters = defineCollection({
	loader: bookLoader(contentDir),
	// Checked when read: every file against the chapter schema (src/schemas.ts), every translation against its original.
	schema: z.custom<Chapter>(),
});

export const collections = { chapters };
