/** The web app manifest of each language (src/lib/web-app.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBook } from '../../lib/content';
import { webAppManifest } from '../../lib/web-app';

export const getStaticPaths = (async () => {
	const { book } = await loadBook();
	return book.languages.map((language) => ({ params: { lang: language.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { book } = await loadBook();
	return new Response(`${JSON.stringify(webAppManifest(book, params.lang!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};
