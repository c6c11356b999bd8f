/**
 * /sok?q=: the search of the front door, answered on the server (it works without a script): the
 * hits of /v1/search, best first, each with what it is and a link to its page.
 */
import { html } from 'hono/html';
import { createRouter } from '../../lib/create-router.ts';
import { queryWords } from '../indicators/indicators.search.ts';
import { MAX_SEARCH_WORDS } from '../indicators/indicators.routes.ts';
import { searchAll } from '../search/search.queries.ts';
import { COMMON, pick } from './pages.i18n.ts';
import { searchForm } from './pages.layout.ts';
import { pageLang, sendPage } from './pages.response.ts';
import { PAGE_PATHS, pageUrl } from './pages.urls.ts';

const LIMIT = 30;

const WORDS = {
  sv: {
    title: 'Sök',
    titleFor: (q: string) => `Sökning: ${q}`,
    hits: (n: number) => (n === 1 ? '1 träff' : `${n} träffar`),
    none: 'Inga träffar. Pröva ett annat ord, ett kortare ord eller namnet på en kommun.',
    tooMany: `Sök med högst ${MAX_SEARCH_WORDS} ord.`,
    hint: 'Skriv en kommun, ett län, ett mått eller en plan – t.ex. Södertälje, sysselsättning utrikes, utsläpp, Hallstahammar hållbarhet.',
    description: 'Sök bland kommuner, län, mått och planer i Måltal.',
    api: 'Samma sökning i API:t',
  },
  en: {
    title: 'Search',
    titleFor: (q: string) => `Search: ${q}`,
    hits: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    none: 'Nothing found. Try another word, a shorter word or the name of a municipality.',
    tooMany: `Search with at most ${MAX_SEARCH_WORDS} words.`,
    hint: 'Type a municipality, a county, an indicator or a plan – e.g. Södertälje, foreign-born employment, emissions, Hallstahammar sustainability.',
    description: 'Search municipalities, counties, indicators and plans in Måltal.',
    api: 'The same search in the API',
  },
};

export const searchPage = createRouter().get(PAGE_PATHS.search, async (c) => {
  const lang = pageLang(c);
  const w = WORDS[lang];
  const q = (c.req.query('q') ?? '').slice(0, 200);
  const words = queryWords(q).length;
  const hits = words > 0 && words <= MAX_SEARCH_WORDS ? await searchAll(c.var.db, q, LIMIT) : [];
  const kinds = COMMON[lang];
  const kindLabel = {
    municipality: kinds.municipality,
    county: kinds.county,
    country: kinds.country,
    plan: kinds.plan,
    indicator: kinds.indicator,
  };
  const apiUrl = `/v1/search?q=${encodeURIComponent(q)}&limit=${LIMIT}`;
  const body = html`<h1>${words > 0 ? w.titleFor(q) : w.title}</h1>
${searchForm(lang, 'search-q', true, q)}
${
  words === 0
    ? html`<p>${w.hint}</p>`
    : words > MAX_SEARCH_WORDS
      ? html`<p>${w.tooMany}</p>`
      : html`<p role="status">${w.hits(hits.length)}</p>
${
  hits.length === 0
    ? html`<p>${w.none}</p>`
    : html`<ol class="results">${hits.map(
        (h) =>
          html`<li><span class="kind">${kindLabel[h.kind]}</span><a href="${pageUrl(h.page, lang)}">${pick(h, 'title', lang)}</a> <span class="muted">– ${pick(h, 'detail', lang)}</span></li>`,
      )}</ol>`
}
<p class="hint">${w.api}: <a href="${apiUrl}">${apiUrl}</a></p>`
}`;
  return sendPage(
    c,
    {
      lang,
      path: PAGE_PATHS.search,
      params: { q: q || undefined },
      title: words > 0 ? w.titleFor(q) : w.title,
      description: w.description,
      ownSearch: true,
      alternates: words > 0 ? [{ type: 'application/json', href: apiUrl, title: w.api }] : [],
    },
    body,
  );
});
