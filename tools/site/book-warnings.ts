/** What a build should tell the publisher about a book that builds but is not finished: interface languages missing, placeholder texts, a placeholder address. */
import { languagesWithoutStrings } from '../../src/lib/i18n';
import { siteAddress } from '../../src/lib/site-address';
import type { Book } from '../../src/schemas';

/** Marks a text `npm run new-book` wrote for the publisher to replace. */
export const placeholderMark = 'TODO:';

/** Hosts reserved for examples (RFC 2606): a site published there has no real address yet. */
const exampleHost = /(^|\.)example\.(org|com|net)$|\.(example|test|invalid|localhost)$/;

export function bookWarnings(book: Book, contentDir: string): string[] {
	const warnings: string[] = [];
	for (const code of languagesWithoutStrings(book, contentDir))
		warnings.push(
			`"${code}" has no interface strings: its pages show the interface in English (marked lang="en"). Add ${contentDir}/translations/${code}.json with every key of src/translations/en.json (src/translations/README.md says what each is for).`
		);
	const placeholders = (
		['title', 'subtitle', 'description', 'intro', 'coverNote'] as const
	).flatMap((field) =>
		Object.entries(book[field] ?? {})
			.filter(([, text]) => text.startsWith(placeholderMark))
			.map(([code]) => `${field}.${code}`)
	);
	if (placeholders.length)
		warnings.push(
			`${contentDir}/book.json still has placeholder texts (${placeholders.join(', ')}): write the book's own.`
		);
	const address = siteAddress(book);
	if (exampleHost.test(address.hostname))
		warnings.push(
			`${process.env.SITE_URL ? 'SITE_URL' : `${contentDir}/book.json "site"`} is ${address.href}, a placeholder: canonical URLs, the sitemap and the links inside the PDFs point there. Set it to the address the book will be published at (or set SITE_URL).`
		);
	return warnings;
}
