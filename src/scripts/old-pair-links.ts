/** On the 404 page: the address of a pair view from before pairs were picked on the chapter page (/<lang>/<slug>/<companion>/) goes on to that chapter with that pair. */
import { bookLanguages } from './book-languages';
import { ALONE, base, PAIR_PARAM } from '../lib/urls';

const [lang, slug, companion, ...rest] = location.pathname
	.slice(base.length)
	.split('/')
	.filter(Boolean);
const languages = bookLanguages();
// Two parts after the redirect: a chapter that does not exist either stays on this page, without a loop.
if (lang && slug && companion && !rest.length && lang in languages)
	if (companion in languages || companion === ALONE)
		location.replace(`${base}${lang}/${slug}/?${PAIR_PARAM}=${companion}${location.hash}`);
