/**
 * The pages of places: /kommun (every kommun by län), /kommun/0181-sodertalje, /lan/01-stockholm
 * and /riket. A place's page: its figures beside its county and Riket, its plans and their
 * follow-up, every indicator with data for it, and one download of everything.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import { createRouter, type AppEnv } from '../../lib/create-router.ts';
import type { GeographyRow } from '../geographies/geographies.queries.ts';
import { everyObservation, placeObservations } from '../geographies/geographies.observations.ts';
import { formatNumber, formatPeriod, formatValue, statusNote } from './pages.format.ts';
import { COMMON, pick, tr } from './pages.i18n.ts';
import type { Alternate } from './pages.layout.ts';
import { loadPlaces, type Places } from './pages.places.ts';
import { notFoundPage, pageLang, sendPage } from './pages.response.ts';
import { valuesTable } from './pages.tables.ts';
import { indicatorPath, PAGE_PATHS, pageUrl, planPath, type Lang } from './pages.urls.ts';
import { figureCard } from './place.cards.ts';
import { indicatorsWithData, placeFigures, placePlans, seriesOf } from './place.data.ts';

const WORDS = {
  sv: {
    index: 'Kommuner och län',
    indexIntro: 'Välj en kommun eller ett län för dess siffror bredvid länet och riket, dess planer och alla mått med värden.',
    municipalityIn: (county: string) => `Kommun i ${county}`,
    countyOf: (n: number) => `Län med ${n} kommuner`,
    country: 'Hela Sverige',
    description: (name: string) =>
      `${name} i siffror: befolkning, sysselsättning efter födelseregion och kön, arbetslöshet, utbildning och utsläpp, bredvid länet och riket, med källor.`,
    contents: 'På sidan',
    plans: 'Planer och deras uppföljning',
    noPlans: 'Måltal har ingen plan för den här platsen ännu.',
    counts: (c: { followed: number; stale: number; no_data_yet: number; qualitative: number }) =>
      `${c.followed} mått med aktuella värden, ${c.stale} med inaktuella värden, ${c.no_data_yet} utan data ännu, ${c.qualitative} kvalitativa`,
    all: (name: string) => `Alla mått med värden för ${name}`,
    allIntro: 'Det senaste värdet totalt (alla kön, ingen uppdelning) där det finns; måtten har fler serier på sina sidor.',
    series: (n: number) => (n === 1 ? '1 serie' : `${n} serier`),
    byBreakdown: 'per uppdelning',
    download: 'Ladda ner allt',
    downloadIntro: (name: string) =>
      `Alla värden Måltal har för ${name}, alla mått och år, i en fil: källa, status och anmärkning för varje värde.`,
    latestOnly: 'bara senaste värdet i varje serie',
    municipalities: 'Kommunerna i länet',
    counties: 'Länen',
    trend: (name: string) => `Sysselsättningsgrad 20–64 år: ${name}, länet och riket`,
    trendCaption: 'Sysselsättningsgrad 20–64 år (SCB BAS), procent',
    noFigures: 'Inga av de vanliga måtten har värden för den här platsen; se alla mått nedan.',
    place: 'Plats',
  },
  en: {
    index: 'Municipalities and counties',
    indexIntro: 'Choose a municipality or county for its figures beside the county and Sweden, its plans and every indicator with values.',
    municipalityIn: (county: string) => `Municipality in ${county}`,
    countyOf: (n: number) => `County with ${n} municipalities`,
    country: 'All of Sweden',
    description: (name: string) =>
      `${name} in figures: population, employment by birth region and sex, unemployment, education and emissions, beside the county and Sweden, with sources.`,
    contents: 'On this page',
    plans: 'Plans and their follow-up',
    noPlans: 'Måltal holds no plan for this place yet.',
    counts: (c: { followed: number; stale: number; no_data_yet: number; qualitative: number }) =>
      `${c.followed} measures with current values, ${c.stale} with out-of-date values, ${c.no_data_yet} without data yet, ${c.qualitative} qualitative`,
    all: (name: string) => `Every indicator with values for ${name}`,
    allIntro: 'The latest total value (all sexes, no breakdown) where there is one; the indicators have more series on their pages.',
    series: (n: number) => (n === 1 ? '1 series' : `${n} series`),
    byBreakdown: 'by breakdown',
    download: 'Download everything',
    downloadIntro: (name: string) =>
      `Every value Måltal holds for ${name}, every indicator and year, in one file: source, status and note for each value.`,
    latestOnly: 'only the latest value of each series',
    municipalities: 'The municipalities of the county',
    counties: 'The counties',
    trend: (name: string) => `Employment rate 20–64: ${name}, the county and Sweden`,
    trendCaption: 'Employment rate 20–64 (SCB BAS), per cent',
    noFigures: 'None of the usual figures has values for this place; see every indicator below.',
    place: 'Place',
  },
};

const TREND_INDICATOR = 'scb-bas-sysselsattningsgrad-20-64';

/** The employment trend of the place beside its county and Riket: a table, enhanced into a chart by maltal-trend. */
async function employmentTrend(c: Context<AppEnv>, place: GeographyRow, places: Places, lang: Lang) {
  const ref = await c.var.reference();
  if (!ref.indicators.has(TREND_INDICATOR)) return html``;
  const geos = [...new Set([place.code, place.parent ?? '', 'SE'].filter((g) => g && (g !== 'SE' || place.code !== 'SE')))];
  if (place.type === 'country') geos.splice(0, geos.length, 'SE');
  const rows = await everyObservation(c.var.db, { indicators: [TREND_INDICATOR], geos, genders: ['T'], breakdowns: ['total'], lang });
  if (!rows.some((r) => r.geo === place.code)) return html``;
  const w = WORDS[lang];
  const series = geos.map((g) => ({
    name: places.name(g, lang),
    points: seriesOf(rows, TREND_INDICATOR, 'T', 'total', g),
    mark: g === place.code,
  }));
  return html`<h3>${w.trend(places.name(place.code, lang))}</h3>
<maltal-trend indicator="${TREND_INDICATOR}" geo="${geos.join(',')}" lang="${lang}" reference="none">${valuesTable(series, { caption: w.trendCaption, decimals: 1, lang, corner: w.place })}</maltal-trend>`;
}

async function placePage(c: Context<AppEnv>, place: GeographyRow, places: Places): Promise<Response> {
  const lang = pageLang(c);
  const t = COMMON[lang];
  const w = WORDS[lang];
  const ref = await c.var.reference();
  const db = c.var.db;
  const name = places.name(place.code, lang);
  const { rows } = await placeObservations(db, ref, place.code, { lang });
  const [sections, plans, trend] = await Promise.all([
    placeFigures(db, ref, place, rows, lang),
    place.type === 'municipality' ? placePlans(db, ref, place.code, lang) : Promise.resolve([]),
    employmentTrend(c, place, places, lang),
  ]);
  const all = indicatorsWithData(ref, rows);
  const parent = place.parent ? places.byCode.get(place.parent) : undefined;
  const children =
    place.type === 'county'
      ? places.municipalities.filter((m) => m.parent === place.code)
      : place.type === 'country'
        ? places.counties
        : [];
  const download = (params: Record<string, string>) =>
    pageUrl(`/v1/geographies/${place.code}/observations`, 'sv', { ...params, lang: undefined });
  const alternates: Alternate[] = [
    { type: 'text/csv', href: download({ format: 'csv' }), title: `${w.download} (CSV)` },
    { type: 'application/json', href: download({}), title: `${w.download} (JSON)` },
  ];
  const kind =
    place.type === 'municipality'
      ? w.municipalityIn(parent ? places.name(parent.code, lang) : '')
      : place.type === 'county'
        ? w.countyOf(children.length)
        : w.country;
  const shown = sections.filter((s) => s.figures.length > 0);
  const body = html`<h1>${name}</h1>
<p class="lead">${kind}${parent && parent.type === 'county' ? html` · <a href="${pageUrl(places.path(parent.code), lang)}">${places.name(parent.code, lang)}</a>` : ''} · <a href="${pageUrl(PAGE_PATHS.country, lang)}">${t.riket}</a></p>
<nav aria-label="${w.contents}"><ul class="legend">${shown.map((s) => html`<li><a href="#${s.id}">${tr(lang, s.title)}</a></li>`)}${place.type === 'municipality' ? html`<li><a href="#planer">${w.plans}</a></li>` : ''}<li><a href="#alla-matt">${t.indicators}</a></li><li><a href="#ladda-ner">${w.download}</a></li></ul></nav>
${shown.length === 0 ? html`<p>${w.noFigures}</p>` : ''}
${shown.map(
  (s) => html`<section aria-labelledby="${s.id}"><h2 id="${s.id}">${tr(lang, s.title)}</h2>
<ul class="cards">${s.figures.map((f) => figureCard(f, place.code, places, lang))}</ul>
${s.id === 'arbetsmarknad' ? trend : ''}</section>`,
)}
${
  place.type === 'municipality'
    ? html`<h2 id="planer">${w.plans}</h2>
${
  plans.length === 0
    ? html`<p>${w.noPlans}</p>`
    : html`<ul>${plans.map((p) => html`<li><a href="${pageUrl(planPath(p.plan.id), lang)}">${pick(p.plan, 'title', lang)}</a> (${p.plan.start_year}): ${w.counts(p.counts)}</li>`)}</ul>`
}`
    : ''
}
${
  children.length > 0
    ? html`<h2>${place.type === 'county' ? w.municipalities : w.counties}</h2><ul class="columns">${children.map((g) => html`<li><a href="${pageUrl(places.path(g.code), lang)}">${places.name(g.code, lang)}</a></li>`)}</ul>`
    : ''
}
<h2 id="alla-matt">${w.all(name)}</h2>
<p class="hint">${w.allIntro}</p>
<div class="table-scroll" role="region" tabindex="0" aria-label="${w.all(name)}"><table>
<thead><tr><th scope="col">${t.indicator}</th><th scope="col" class="n">${t.latest}</th><th scope="col">${t.period}</th></tr></thead>
<tbody>${[...all]
    .sort((a, b) => pick(a.meta, 'title', lang).localeCompare(pick(b.meta, 'title', lang), lang))
    .map(
      (
        i,
      ) => html`<tr><th scope="row"><a href="${pageUrl(indicatorPath(i.meta.id), lang, { geo: place.code })}">${pick(i.meta, 'title', lang)}</a>${i.meta.status === 'discontinued' ? html` <span class="tag warn">${t.discontinued}</span>` : ''}</th>
<td class="n">${i.latest ? formatValue(i.latest.value, i.meta.decimals, pick(i.meta, 'unit', lang), lang) : html`<span class="muted">${w.byBreakdown}, ${w.series(i.series)}</span>`}</td>
<td>${i.latest ? formatPeriod(i.latest.period, lang) + statusNote(i.latest.status, lang) : i.first === i.last ? formatPeriod(i.last ?? '', lang) : `${formatPeriod(i.first ?? '', lang)}–${formatPeriod(i.last ?? '', lang)}`}</td></tr>`,
    )}</tbody></table></div>
<h2 id="ladda-ner">${w.download}</h2>
<p>${w.downloadIntro(name)} (${formatNumber(rows.length, 0, lang)} ${lang === 'en' ? 'values' : 'värden'})</p>
<ul>
<li><a href="${download({ format: 'csv-sv' })}" download>${t.csvSv}</a></li>
<li><a href="${download({ format: 'csv' })}" download>${t.csv}</a></li>
<li><a href="${download({})}">${t.json}</a></li>
<li><a href="${download({ latest: 'true', format: 'csv-sv' })}" download>${t.csvSv}, ${w.latestOnly}</a></li>
</ul>`;
  const crumbs = [
    { href: pageUrl(PAGE_PATHS.places, lang), label: w.index },
    ...(parent?.type === 'county' ? [{ href: pageUrl(places.path(parent.code), lang), label: places.name(parent.code, lang) }] : []),
  ];
  return sendPage(
    c,
    { lang, path: places.path(place.code), title: name, description: w.description(name), alternates, widgets: true, breadcrumbs: crumbs },
    body,
  );
}

/** Answers a place's page, or sends a reader who typed the code alone (or an old name) to its address. */
async function placeByParam(c: Context<AppEnv>, param: string, pattern: RegExp, type: string): Promise<Response> {
  const places = await loadPlaces(c.var.db);
  const code = pattern.exec(param)?.[1];
  const place = code ? places.byCode.get(code) : undefined;
  if (!place || place.type !== type) {
    const lang = pageLang(c);
    return notFoundPage(
      c,
      lang === 'en'
        ? `There is no ${type === 'county' ? 'county' : 'municipality'} '${param}'.`
        : `Det finns ${type === 'county' ? 'inget län' : 'ingen kommun'} '${param}'.`,
    );
  }
  const path = places.path(place.code);
  if (c.req.path !== path) return c.redirect(path + new URL(c.req.url).search, 301);
  return placePage(c, place, places);
}

export const placePages = createRouter()
  .get(PAGE_PATHS.places, async (c) => {
    const lang = pageLang(c);
    const w = WORDS[lang];
    const places = await loadPlaces(c.var.db);
    const body = html`<h1>${w.index}</h1>
<p>${w.indexIntro}</p>
<p><a href="${pageUrl(PAGE_PATHS.country, lang)}">${COMMON[lang].riket}</a></p>
${places.counties.map(
  (county) => html`<h2><a href="${pageUrl(places.path(county.code), lang)}">${places.name(county.code, lang)}</a></h2>
<ul class="columns">${places.municipalities.filter((m) => m.parent === county.code).map((m) => html`<li><a href="${pageUrl(places.path(m.code), lang)}">${m.short_name}</a></li>`)}</ul>`,
)}`;
    return sendPage(
      c,
      {
        lang,
        path: PAGE_PATHS.places,
        title: w.index,
        description: w.indexIntro,
        alternates: [{ type: 'application/json', href: '/v1/geographies', title: w.index }],
      },
      body,
    );
  })
  .get('/kommun/:place', (c) => placeByParam(c, c.req.param('place'), /^([0-9]{4})(?:-[a-z0-9-]*)?$/, 'municipality'))
  .get('/lan/:place', (c) => placeByParam(c, c.req.param('place'), /^([0-9]{2})(?:-[a-z0-9-]*)?$/, 'county'))
  .get(PAGE_PATHS.country, async (c) => {
    const places = await loadPlaces(c.var.db);
    return placePage(c, places.byCode.get('SE')!, places);
  });
