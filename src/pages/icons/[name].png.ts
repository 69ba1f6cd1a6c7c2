/** The web app's icons (the manifests list them): the initial of the book's title in its default language, square and maskable. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBook } from '../../lib/content';
import { appIcons } from '../../lib/web-app';
import { renderIcon } from '../../lib/share-image';
import { bookFontFiles, fontFamilies } from '../../lib/writing-systems';

export const getStaticPaths = (() =>
	appIcons.map((icon) => ({ params: { name: icon.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { book } = await loadBook();
	const icon = appIcons.find((candidate) => candidate.name === params.name)!;
	const title = book.title[book.defaultLanguage]!;
	const png = await renderIcon(
		{
			// The first letter as the reader sees it (a base letter with its marks).
			letter: [...new Intl.Segmenter(book.defaultLanguage).segment(title)][0]!.segment,
			families: fontFamilies(book, book.defaultLanguage),
			fontFiles: bookFontFiles(book),
		},
		icon.size,
		icon.purpose === 'maskable'
	);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
