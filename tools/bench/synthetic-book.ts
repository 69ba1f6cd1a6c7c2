/**
 * A synthetic book for the scaling benchmark: N chapters made by repeating the real chapters in order,
 * each copy with its own slug and a numbered title, every language of each. Deterministic: same N, same files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bookFile, chapterDir, chaptersDir, sourcesDir } from '../../src/lib/book-paths';
import { formatChapterFile, readChapterFile } from '../../src/lib/chapter-file';

/** Writes a book of `count` chapters into `targetDir` (a content folder) from the book in `fromDir`. */
export function writeSyntheticBook(fromDir: string, targetDir: string, count: number): string[] {
	const book = JSON.parse(readFileSync(bookFile(fromDir), 'utf8')) as { chapters: string[] };
	const real = book.chapters;
	const slugs: string[] = [];
	mkdirSync(chaptersDir(targetDir), { recursive: true });
	cpSync(sourcesDir(fromDir), sourcesDir(targetDir), { recursive: true });
	for (let i = 0; i < count; i++) {
		const from = real[i % real.length]!;
		const copy = Math.floor(i / real.length) + 1;
		// The first round keeps the real slugs and titles; later rounds are numbered.
		const slug = copy === 1 ? from : `${from}-${copy}`;
		mkdirSync(chapterDir(targetDir, slug));
		for (const file of readdirSync(chapterDir(fromDir, from))) {
			const path = join(chapterDir(fromDir, from), file);
			const { frontmatter, segments } = readChapterFile(path);
			const renamed =
				copy === 1
					? frontmatter
					: {
							...frontmatter,
							title: `${frontmatter.title} (${copy})`,
							...('slug' in frontmatter ? { slug } : {}),
						};
			writeFileSync(join(chapterDir(targetDir, slug), file), formatChapterFile(renamed, segments));
		}
		slugs.push(slug);
	}
	writeFileSync(
		bookFile(targetDir),
		`${JSON.stringify({ ...book, chapters: slugs }, null, '\t')}\n`
	);
	return slugs;
}
