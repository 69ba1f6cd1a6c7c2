/** Content collections: every language version of every chapter, validated by the chapter schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { chapterSchema } from './schemas';

const chapters = defineCollection({
	// id "<slug>/<lang>": the folder is the chapter, the file name its language.
	loader: glob({ base: `${contentDir}/chapters`, pattern: '*/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
	schema: chapterSchema,
});

export const collections = { chapters };
