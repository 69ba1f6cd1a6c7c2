/**
 * Patterns of web-page furniture ("site chrome") that copy-and-paste brings along with an article.
 * Each rule says why a line is left out; the ingest records every omitted line with that reason.
 * They are deliberately language-aware lists, not guesses about one site: add a language's words here.
 */

/** A line that, alone, is page furniture. */
export interface LineRule {
	pattern: RegExp;
	reason: string;
}

export const lineRules: LineRule[] = [
	{
		pattern:
			/^.{0,60}\b\d+\s+(comments?|comentarios?|reacties?|reactions?|commentaires?|kommentare?)\s*$|^.{0,60}\d+\s+(نظر|دیدگاه)\s*$/iu,
		reason: 'post date and comment counter of the web page, not article text',
	},
	{
		pattern:
			/^(resultado de imagen( de| para)?|image result for|afbeeldingsresultaat voor|résultat de recherche d'images pour|bildergebnis für|نتیجه تصویری)\b/iu,
		reason: 'caption of an image search result left by copying from a web page',
	},
	{
		pattern:
			/^(share( this( article| post)?)?|compartir|compártelo|delen|partager|teilen|اشتراک[\s\u200c]?گذاری)\s*:?\s*$/iu,
		reason: 'share-button label of the web page',
	},
];

/** A "follow me" line: page furniture, and the sign that what follows is the author's bio. */
export const followRule: LineRule = {
	pattern:
		/^(follow (me|us|him|her) on|sígue(me|nos) en|volg (mij|me|ons) op|suivez[- ](moi|nous) sur|مرا در|ما را در)\b/iu,
	reason: 'social-media follow line of the web page',
};

/** A heading that opens the author's bio, which stays in the chapter as a marked section. */
export const bioHeading =
	/^(about the author|author information|author bio|over de auteur|over de schrijver|sobre el autor|sobre la autora|à propos de l'auteur|درباره( ی)? نویسنده)\s*:?\s*$/iu;

/**
 * A heading that opens lists of other pages ("Latest Insights", "Related posts") after the article.
 * From such a line to the end of the document everything is page footer: related links, calls to
 * action such as "Book a Demo", form messages.
 */
export const trailingChromeHeading: LineRule = {
	pattern:
		/^(latest|related|recent|more|popular|recommended)\s+(insights|research|posts|articles|news|stories|reading)\s*:?\s*$|^(artículos relacionados|entradas relacionadas|lees ook|gerelateerde artikelen|مطالب مرتبط)\s*:?\s*$/iu,
	reason: 'related-content list and page footer after the article (site chrome)',
};

/** A line that names the document's source ("Bron:", "Del libro:"): its text is the chapter's attribution. */
export const attributionLabel =
	/^(source|bron|fuente|del libro|from the book|uit het boek|منبع|برگرفته از)\s*:\s*(.*)$/iu;
