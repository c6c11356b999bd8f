/**
 * The parts of an indicator's page that describe it (definition, caveats and breaks, facts,
 * Agenda 2030), the chooser of places for its trend, and the list of every indicator (/matt).
 */
import { html } from 'hono/html';
import type { Db } from '../../db/database.ts';
import type { IndicatorMeta } from '../../db/reference-data.ts';
import { GENDER_LABELS } from '../../lib/vocabulary.ts';
import { listIndicators, type IndicatorRow } from '../indicators/indicators.queries.ts';
import type { IndicatorSummary } from '../indicators/indicators.schemas.ts';
import { MAX_TREND_PLACES, type Choice, type Coverage } from './indicator.data.ts';
import { namesPlace } from '../search/search.match.ts';
import { formatDate, formatPeriod } from './pages.format.ts';
import { COMMON, pick, topicLabel, TOPICS } from './pages.i18n.ts';
import type { Html, PageHead } from './pages.layout.ts';
import type { Places } from './pages.places.ts';
import { fold, indicatorPath, PAGE_PATHS, pageUrl, sdgGoalPath, sdgTargetPath, type Lang } from './pages.urls.ts';

const WORDS = {
  sv: {
    caveats: 'Förbehåll och brott i serien',
    replaces: 'Den här serien ersätter',
    replacedBy: 'Serien har upphört och ersätts av',
    neverSpliced: 'Serierna bygger på olika register och definitioner; de går inte att jämföra och skarvas aldrig till en linje.',
    unit: 'Enhet',
    better: 'Bättre är',
    directions: { increase: 'högre värde', decrease: 'lägre värde', none: 'ingen riktning (varken högre eller lägre är bättre)' },
    source: 'Källa',
    coverage: 'Täckning',
    coverageText: (first: string, last: string, m: number, c: number, country: boolean) =>
      `${first === last ? first : `${first}–${last}`}; ${m} kommuner, ${c} län${country ? ' och riket' : ''}`,
    breakdowns: 'Uppdelningar',
    genders: 'Kön',
    published: 'Publicerat',
    next: 'nästa',
    topic: 'Ämne',
    agenda: 'Agenda 2030',
    relations: { direct: 'mäter delmålet', proxy: 'står för delmålet', context: 'bakgrund' },
    goal: (n: number) => `Mål ${n}`,
    id: 'Id i API:t',
    trendPlaces: 'Platser i diagrammet',
    add: 'Lägg till en kommun eller ett län',
    addHint: 't.ex. Haninge',
    notFound: (text: string) => `Hittade ingen kommun eller något län som heter '${text}'.`,
    addButton: 'Lägg till',
    remove: (name: string) => `Ta bort ${name}`,
    index: 'Alla mått',
    indexIntro: 'Varje mått Måltal har, efter ämne. Upphörda serier står kvar med en länk till den som ersätter dem.',
    exampleData: 'exempeldata',
  },
  en: {
    caveats: 'Caveats and breaks in the series',
    replaces: 'This series replaces',
    replacedBy: 'This series is discontinued and replaced by',
    neverSpliced: 'The series rest on different registers and definitions; they are not comparable and never spliced into one line.',
    unit: 'Unit',
    better: 'Better is',
    directions: { increase: 'a higher value', decrease: 'a lower value', none: 'no direction (neither higher nor lower is better)' },
    source: 'Source',
    coverage: 'Coverage',
    coverageText: (first: string, last: string, m: number, c: number, country: boolean) =>
      `${first === last ? first : `${first}–${last}`}; ${m} municipalities, ${c} counties${country ? ' and Sweden' : ''}`,
    breakdowns: 'Breakdowns',
    genders: 'Sex',
    published: 'Published',
    next: 'next',
    topic: 'Topic',
    agenda: 'Agenda 2030',
    relations: { direct: 'measures the target', proxy: 'stands in for the target', context: 'background' },
    goal: (n: number) => `Goal ${n}`,
    id: 'Id in the API',
    trendPlaces: 'Places in the chart',
    add: 'Add a municipality or county',
    addHint: 'e.g. Haninge',
    notFound: (text: string) => `Found no municipality or county called '${text}'.`,
    addButton: 'Add',
    remove: (name: string) => `Remove ${name}`,
    index: 'All indicators',
    indexIntro: 'Every indicator Måltal holds, by topic. Discontinued series stay, with a link to the one that replaces them.',
    exampleData: 'example data',
  },
};

const idLinks = (ids: readonly string[], lang: Lang) =>
  ids.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="${pageUrl(indicatorPath(id), lang)}">${id}</a>`);

export function indicatorFacts(meta: IndicatorMeta, row: IndicatorRow, coverage: Coverage, sdg: IndicatorSummary['sdg'], lang: Lang): Html {
  const w = WORDS[lang];
  const t = COMMON[lang];
  const caveats = pick(meta, 'caveats', lang);
  const hasNotice = caveats || meta.predecessors.length || meta.status === 'discontinued';
  const by = coverage.geographies.by_type;
  return html`<p>${pick(row, 'description', lang)}</p>
${meta.status === 'discontinued' ? html`<p><span class="tag warn">${t.discontinued}</span></p>` : ''}
${
  hasNotice
    ? html`<div class="notice" role="note"><h2>${w.caveats}</h2>
${meta.predecessors.length ? html`<p>${w.replaces} ${idLinks(meta.predecessors, lang)}. ${w.neverSpliced}</p>` : ''}
${meta.status === 'discontinued' && meta.successors.length ? html`<p>${w.replacedBy} ${idLinks(meta.successors, lang)}. ${w.neverSpliced}</p>` : ''}
${caveats ? html`<p>${caveats}</p>` : ''}</div>`
    : ''
}
<dl class="facts">
<dt>${w.unit}</dt><dd>${pick(meta, 'unit', lang)}</dd>
<dt>${w.better}</dt><dd>${w.directions[meta.direction as 'none'] ?? meta.direction}</dd>
<dt>${w.coverage}</dt><dd>${coverage.first_period ? w.coverageText(formatPeriod(coverage.first_period, lang), formatPeriod(coverage.last_period!, lang), by.municipality, by.county, by.country > 0) : '–'}</dd>
${coverage.breakdowns.length ? html`<dt>${w.breakdowns}</dt><dd>${coverage.breakdowns.map((b) => pick(b, 'label', lang)).join(', ')}</dd>` : ''}
${coverage.genders.length > 1 ? html`<dt>${w.genders}</dt><dd>${coverage.genders.map((g) => GENDER_LABELS[g as 'T'][lang]).join(', ')}</dd>` : ''}
${meta.last_published ? html`<dt>${w.published}</dt><dd>${formatDate(meta.last_published, lang)}${meta.next_publication ? ` (${w.next} ${formatDate(meta.next_publication, lang)})` : ''}</dd>` : ''}
<dt>${w.topic}</dt><dd>${topicLabel(row.topic, lang)}</dd>
<dt>${w.agenda}</dt><dd>${
    sdg.length
      ? sdg.map(
          (l, i) =>
            html`${i > 0 ? ', ' : ''}<a href="${pageUrl(l.target ? sdgTargetPath(l.target) : sdgGoalPath(l.goal), lang)}">${l.target ?? w.goal(l.goal)}</a> (${w.relations[l.relation]})`,
        )
      : '–'
  }</dd>
<dt>${w.id}</dt><dd><code>${meta.id}</code></dd>
</dl>`;
}

/** The place a reader typed: its name exactly (with or without å, ä, ö, "kommun" or "län"), else the first whose name starts so. */
export function placeNamed(places: Places, text: string): string | undefined {
  const candidates = [...places.counties, ...places.municipalities, places.byCode.get('SE')].filter((g) => g !== undefined);
  const names = (g: (typeof candidates)[number]) => [
    g.short_name,
    g.name_sv,
    g.name_en,
    ...(g.type === 'country' ? ['Riket', 'Sverige', 'Sweden'] : []),
  ];
  const exact = candidates.find((g) => namesPlace(text, names(g)));
  if (exact) return exact.code;
  const asked = fold(text.trim());
  return asked ? candidates.find((g) => names(g).some((n) => fold(n).startsWith(asked)))?.code : undefined;
}

/** The places in the trend, each with a link that removes it, and a form that adds one by name. */
export function placeChooser(
  path: string,
  choice: Choice,
  geos: readonly string[],
  places: Places,
  lang: Lang,
  urlWith: (geos: string[]) => string,
  notFound: string | undefined,
): Html {
  const w = WORDS[lang];
  const keep = {
    uppdelning: choice.breakdown === 'total' ? undefined : choice.breakdown,
    kon: choice.gender === 'T' ? undefined : choice.gender,
    period: choice.period,
    lan: choice.lan,
    lang: lang === 'en' ? 'en' : undefined,
  };
  return html`<h3>${w.trendPlaces}</h3>
<ul class="legend">${geos.map((g) => html`<li>${places.name(g, lang)} <a href="${urlWith(geos.filter((x) => x !== g))}#utveckling" aria-label="${w.remove(places.name(g, lang))}">×</a></li>`)}</ul>
${notFound ? html`<p class="notice" role="status">${w.notFound(notFound)}</p>` : ''}
${
  geos.length < MAX_TREND_PLACES
    ? html`<form class="filters" method="get" action="${path}#utveckling">
${Object.entries(keep).map(([k, v]) => (v ? html`<input type="hidden" name="${k}" value="${v}">` : ''))}${geos.length ? html`<input type="hidden" name="geo" value="${geos.join(',')}">` : ''}
<div><label for="add-place">${w.add}</label><input id="add-place" name="plats" type="search" autocomplete="off" placeholder="${w.addHint}" data-suggest="/v1/search" data-kinds="municipality,county,country" list="add-place-list"><datalist id="add-place-list"></datalist></div>
<div><button type="submit">${w.addButton}</button></div>
</form>`
    : ''
}`;
}

/** /matt: every indicator by topic. */
export async function indicatorIndex(db: Db, lang: Lang): Promise<[PageHead, Html]> {
  const w = WORDS[lang];
  const t = COMMON[lang];
  const rows = await listIndicators(db, { limit: 10_000 });
  // A package may describe indicators before it has figures (the CTC model): say so in the list too.
  const withValues = new Set(
    (
      await db
        .selectFrom('indicators')
        .select('id')
        .where(({ exists, selectFrom }) =>
          exists(selectFrom('observations').select('indicator_id').whereRef('indicator_id', '=', 'indicators.id')),
        )
        .execute()
    ).map((r) => r.id),
  );
  const topics = [...new Set(rows.map((r) => r.topic))].sort((a, b) => Object.keys(TOPICS).indexOf(a) - Object.keys(TOPICS).indexOf(b));
  const body = html`<h1>${w.index}</h1>
<p>${w.indexIntro}</p>
<ul class="legend">${topics.map((topic) => html`<li><a href="#${topic}">${topicLabel(topic, lang)}</a></li>`)}</ul>
${topics.map(
  (topic) => html`<h2 id="${topic}">${topicLabel(topic, lang)}</h2>
<ul>${rows
    .filter((r) => r.topic === topic)
    .sort((a, b) =>
      a.status === b.status ? pick(a, 'title', lang).localeCompare(pick(b, 'title', lang), lang) : a.status === 'active' ? -1 : 1,
    )
    .map(
      (r) =>
        html`<li><a href="${pageUrl(indicatorPath(r.id), lang)}">${pick(r, 'title', lang)}</a> <span class="muted">(${pick(r, 'unit', lang)})</span>${r.status === 'discontinued' ? html` <span class="tag warn">${t.discontinued}</span>` : ''}${withValues.has(r.id) ? '' : html` <span class="tag">${t.noValuesYet}</span>`}</li>`,
    )}</ul>`,
)}`;
  return [
    {
      lang,
      path: PAGE_PATHS.indicators,
      title: w.index,
      description: w.indexIntro,
      alternates: [{ type: 'application/json', href: '/v1/indicators?limit=500', title: w.index }],
    },
    body,
  ];
}
