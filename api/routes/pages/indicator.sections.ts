/**
 * The parts of an indicator's page that hand the data over: downloads, the API request that gives
 * the same data, the embed code, and the sources with their terms.
 */
import { html } from 'hono/html';
import type { IndicatorMeta } from '../../db/reference-data.ts';
import { MAX_OBSERVATION_PAGE } from '../observations/observations.schemas.ts';
import type { SourceRef } from '../../db/reference-data.ts';
import type { DatasetRef } from '../datasets/datasets.schemas.ts';
import { WIDGET_URLS } from '../widgets/widgets.assets.ts';
import { formatDate, formatNumber } from './pages.format.ts';
import { COMMON, pick } from './pages.i18n.ts';
import type { Html } from './pages.layout.ts';
import { pageUrl, type Lang } from './pages.urls.ts';

const WORDS = {
  sv: {
    downloads: 'Ladda ner',
    ranking: (period: string) => `Rangordningen ${period}, alla platser`,
    trend: 'Utvecklingen för de valda platserna, alla år',
    all: (n: string) => `Alla ${n} värden`,
    allPaged: (n: string, page: string) => `Alla ${n} värden: API:t ger ${page} åt gången (följ links.next), eller hämta hela datapaketet`,
    package: 'Datapaketet (Frictionless)',
    api: 'Samma data i API:t',
    apiIntro: 'Anropen som ger det som visas här. Svaren har källa, licens och status för varje värde.',
    embed: 'Bädda in',
    embedIntro: 'Diagrammet för de valda platserna på er egen webbplats. Med script:',
    iframe: 'Där webbplatsen tar bort script, med iframe:',
    builder: 'Fler val (diagramtyp, färger, höjd) i byggaren',
    sources: 'Källor och villkor',
    retrieved: 'hämtad',
    dataset: 'Dataset',
    version: (v: string, d: string) => `version ${v}, uppdaterad ${d}`,
  },
  en: {
    downloads: 'Download',
    ranking: (period: string) => `The ranking of ${period}, every place`,
    trend: 'The trend of the chosen places, every year',
    all: (n: string) => `All ${n} values`,
    allPaged: (n: string, page: string) =>
      `All ${n} values: the API gives ${page} at a time (follow links.next), or take the whole data package`,
    package: 'The data package (Frictionless)',
    api: 'The same data in the API',
    apiIntro: 'The requests that give what is shown here. The answers carry source, licence and status for every value.',
    embed: 'Embed',
    embedIntro: 'The chart of the chosen places on your own web site. With a script:',
    iframe: 'Where the site strips scripts, with an iframe:',
    builder: 'More choices (chart type, colours, height) in the builder',
    sources: 'Sources and terms',
    retrieved: 'retrieved',
    dataset: 'Dataset',
    version: (v: string, d: string) => `version ${v}, updated ${d}`,
  },
};

export interface DataLinks {
  /** The observations request of the ranking shown, without format. */
  ranking: string | null;
  rankingPeriod: string | null;
  /** Of the trend shown. */
  trend: string | null;
  /** Of every value of the indicator. */
  all: string;
  count: number;
}

const withFormat = (url: string, format: string) => `${url}${url.includes('?') ? '&' : '?'}format=${format}`;

function formatLinks(url: string, lang: Lang, jsonStat: boolean): Html {
  const t = COMMON[lang];
  return html`<a href="${withFormat(url, 'csv-sv')}" download>${t.csvSv}</a> · <a href="${withFormat(url, 'csv')}" download>${t.csv}</a>${jsonStat ? html` · <a href="${withFormat(url, 'json-stat2')}">${t.jsonStat}</a>` : ''} · <a href="${url}">${t.json}</a>`;
}

export function downloads(links: DataLinks, dataset: DatasetRef, lang: Lang): Html {
  const w = WORDS[lang];
  const n = formatNumber(links.count, 0, lang);
  return html`<h2 id="ladda-ner">${w.downloads}</h2>
<ul>
${links.ranking && links.rankingPeriod ? html`<li>${w.ranking(links.rankingPeriod)}: ${formatLinks(links.ranking, lang, true)}</li>` : ''}
${links.trend ? html`<li>${w.trend}: ${formatLinks(links.trend, lang, true)}</li>` : ''}
<li>${links.count <= MAX_OBSERVATION_PAGE ? html`${w.all(n)}: ${formatLinks(links.all, lang, true)}` : html`${w.allPaged(n, formatNumber(MAX_OBSERVATION_PAGE, 0, lang))}: ${formatLinks(links.all, lang, false)}`}</li>
<li><a href="${dataset.url}">${w.package}</a> (${pick(dataset, 'title', lang)})</li>
</ul>`;
}

export function apiRequests(origin: string, links: DataLinks, meta: IndicatorMeta, lang: Lang): Html {
  const w = WORDS[lang];
  const requests = [`/v1/indicators/${meta.id}`, links.ranking, links.trend].filter((u): u is string => u !== null);
  return html`<h2 id="api">${w.api}</h2>
<p>${w.apiIntro}</p>
<pre><code>${requests.map((u) => `curl '${origin}${u}'\n`)}</code></pre>`;
}

export function embedCode(origin: string, meta: IndicatorMeta, attributes: Record<string, string | undefined>, lang: Lang): Html {
  const w = WORDS[lang];
  const attrs = Object.entries({ indicator: meta.id, ...attributes, lang }).filter(
    (e): e is [string, string] => e[1] !== undefined && e[1] !== '',
  );
  const element = `<script type="module" src="${origin}${WIDGET_URLS.alias}"></script>\n<maltal-trend ${attrs.map(([k, v]) => `${k}="${v}"`).join(' ')}></maltal-trend>`;
  const src = `${origin}/embed/maltal-trend?${attrs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`).join('&amp;')}`;
  const iframe = `<iframe src="${src}" title="${pick(meta, 'title', lang).replaceAll('"', '&quot;')} – Måltal" width="100%" height="460" frameborder="0" loading="lazy"></iframe>`;
  return html`<h2 id="badda-in">${w.embed}</h2>
<p>${w.embedIntro}</p>
<pre><code>${element}</code></pre>
<p>${w.iframe}</p>
<pre><code>${iframe}</code></pre>
<p><a href="${pageUrl('/bygg', 'sv')}">${w.builder}</a></p>`;
}

export function sourceList(sources: readonly SourceRef[], dataset: DatasetRef, lang: Lang): Html {
  const w = WORDS[lang];
  const link = (path: string) => (/^https?:\/\//.test(path) ? html`<a href="${path.split(' ')[0]}">${path.split(' ')[0]}</a>` : path);
  return html`<h2 id="kallor">${w.sources}</h2>
<p><strong>${[...new Set(sources.map((s) => s.attribution).filter((a) => a))].join('; ') || pick(dataset, 'attribution', lang)}</strong>. ${pick(dataset, 'licence_note', lang)}</p>
<ul>${sources.map(
    (s) =>
      html`<li><strong>${s.id}</strong>: ${s.title}. ${s.publisher}. ${link(s.path)} (${w.retrieved} ${formatDate(s.retrieved, lang)}). <span class="hint">${s.licence}</span></li>`,
  )}</ul>
<p>${w.dataset}: <a href="${dataset.url}">${pick(dataset, 'title', lang)}</a>, ${w.version(dataset.version, formatDate(dataset.updated, lang))}.</p>`;
}
