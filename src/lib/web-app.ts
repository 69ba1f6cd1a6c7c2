/** The book as an installable web app: its manifest per language (name, short name, direction, colours, icons). */
import type { Book } from '../schemas';
import { languageDir } from './languages';
import { themeColors } from './theme-colors';
import { base, homeUrl, sitePath } from './urls';

/** The icons every manifest lists (src/pages/icons). */
export const appIcons = [
	{ name: 'icon-192', size: 192, purpose: 'any' },
	{ name: 'icon-512', size: 512, purpose: 'any' },
	{ name: 'icon-maskable-512', size: 512, purpose: 'maskable' },
] as const;

export const iconUrl = (name: string) => sitePath(`icons/${name}.png`);
/** `/<lang>/manifest.webmanifest`: each language's pages link their own. */
export const manifestUrl = (lang: string) => sitePath(`${lang}/manifest.webmanifest`);

/** The web app manifest of the book in one language: it opens at that language's home page; one app per book (its id). */
export function webAppManifest(book: Book, lang: string) {
	return {
		id: base,
		name: book.title[lang]!,
		short_name: book.shortTitle?.[lang] ?? book.title[lang]!,
		description: book.description[lang]!,
		lang,
		dir: languageDir(book, lang),
		start_url: homeUrl(lang),
		scope: base,
		display: 'standalone',
		background_color: themeColors.light.background,
		theme_color: themeColors.light.background,
		icons: appIcons.map((icon) => ({
			src: iconUrl(icon.name),
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}
