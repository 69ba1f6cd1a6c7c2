/** Share images: one PNG per language for the book (slug "index"), and one per chapter and language where book.json's shareImages asks for them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBook } from '../../../lib/content';
import { languageName, useTranslations } from '../../../lib/i18n';
import { languageDir } from '../../../lib/languages';
import { renderShareImage } from '../../../lib/share-image';
import { bookFontFiles, fontFamilies } from '../../../lib/writing-systems';

export const getStaticPaths = (async () => {
	const { book, chapters } = await loadBook();
	return book.languages.flatMap((language) => [
		{ params: { lang: language.code, slug: 'index' } },
		...(book.shareImages === 'chapter' ? chapters : []).map((chapter) => ({
			params: { lang: language.code, slug: chapter.slug },
		})),
	]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { book, chapters } = await loadBook();
	const lang = params.lang!;
	const t = useTranslations(lang);
	const chapter = chapters.find((candidate) => candidate.slug === params.slug);
	const version = chapter?.versions[lang];
	const titleLang = version?.titleLang ?? lang;
	const png = await renderShareImage({
		dir: languageDir(book, lang),
		families: fontFamilies(book, lang),
		titleDir: languageDir(book, titleLang),
		titleFamilies: fontFamilies(book, titleLang),
		fontFiles: bookFontFiles(book),
		kicker: chapter ? book.title[lang]! : book.languages.map((l) => l.name).join(' · '),
		title: version ? version.title : book.title[lang]!,
		footer: chapter
			? `${t('chapterNumber', { number: chapter.index + 1 })} · ${t('originalIn', { language: languageName(chapter.originalLanguage, lang) })}`
			: book.subtitle[lang]!,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
