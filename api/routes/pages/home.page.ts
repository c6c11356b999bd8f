/**
 * The front door (/): the search over kommuner, län, indicators and plans; the four plans; a few
 * current figures for Sweden; ways in; and, lower down, the API with example requests that work.
 */
import { html } from 'hono/html';
import { createRouter } from '../../lib/create-router.ts';
import { observationRows } from '../observations/observations.queries.ts';
import { listPlans } from '../plans/plans.queries.ts';
import { formatPeriod, statusNote } from './pages.format.ts';
import { figureValue } from './place.cards.ts';
import { COMMON, pick, tr } from './pages.i18n.ts';
import { searchForm } from './pages.layout.ts';
import { pageLang, sendPage } from './pages.response.ts';
import { indicatorPath, PAGE_PATHS, pageUrl, planPath, type Lang } from './pages.urls.ts';

/** Requests a newcomer can click; each answers 200 (tested). The first is current data. */
export const EXAMPLE_QUERIES = [
  {
    href: '/v1/observations?indicator=scb-bas-sysselsattningsgrad-20-64&geo=0181,01,SE&from=2024&to=2024&gender=T',
    sv: 'Sysselsättningsgrad 20–64 år 2024 i Södertälje, Stockholms län och riket, efter födelseregion (SCB BAS)',
    en: 'Employment rate 20–64 in 2024 in Södertälje, Stockholm County and Sweden, by birth region (SCB BAS)',
  },
  {
    href: '/v1/observations?indicator=scb-bas-sysselsattningsgrad-20-64&geo=0181,01,SE&format=csv-sv',
    sv: 'Samma serie 2020–2024 som CSV för Excel (semikolon, decimalkomma)',
    en: 'The same series 2020–2024 as CSV for Excel in Swedish (semicolon, decimal comma)',
  },
  {
    href: '/v1/search?q=Hallstahammar+hållbarhet',
    sv: 'Sök kommuner, län, planer och mått på en gång',
    en: 'Search municipalities, counties, plans and indicators at once',
  },
  {
    href: '/v1/plans/sodertalje-arbetsmarknadsuppdrag-2017/follow-up',
    sv: 'Södertäljes plan följd: skillnaden i sysselsättning mellan utrikes och inrikes födda, bredvid länet och riket',
    en: "Södertälje's plan followed: the employment gap between foreign-born and Swedish-born, beside the county and Sweden",
  },
  {
    href: '/v1/observations?indicator=ghg_emissions_territorial&geo=1280&from=2024&to=2024',
    sv: 'Malmös utsläpp av växthusgaser 2024, per sektor',
    en: "Malmö's greenhouse-gas emissions in 2024, by sector",
  },
  {
    href: '/v1/observations?indicator=population&type=municipality&latest=true&gender=T&format=json-stat2',
    sv: 'Senaste folkmängden i alla 290 kommuner, som JSON-stat',
    en: 'Latest population of all 290 municipalities, as JSON-stat',
  },
  {
    href: '/v1/geographies/0181/observations?format=csv-sv',
    sv: 'Allt Måltal har om Södertälje, som en CSV för Excel',
    en: 'Everything Måltal holds on Södertälje, as one CSV for Excel',
  },
  { href: '/v1/networks/malmo-commitment', sv: 'Malmö Commitment: medlemmar och antal', en: 'The Malmö Commitment: members and count' },
  { href: '/v1/indicators?goal=8', sv: 'Mått kopplade till Agenda 2030 mål 8', en: 'Indicators linked to Agenda 2030 goal 8' },
  {
    href: '/v1/config',
    sv: 'Språk, format, gränser, licenser och hur man anger källan',
    en: 'Languages, formats, limits, licences and how to cite',
  },
  { href: '/v1/datasets', sv: 'Dataset med licenser och källor', en: 'Datasets with licences and sources' },
];

/** The current figures for Sweden on the front door. */
const HEADLINES = [
  { indicator: 'scb-bas-sysselsattningsgrad-20-64', breakdown: 'total', sv: 'Sysselsättningsgrad 20–64 år', en: 'Employment rate, 20–64' },
  {
    indicator: 'scb-bas-sysselsattningsgrad-20-64',
    breakdown: 'utrikes-fodd',
    sv: 'Sysselsättningsgrad, utrikes födda',
    en: 'Employment rate, foreign-born',
  },
  {
    indicator: 'scb-bas-sysselsattningsgrad-20-64',
    breakdown: 'inrikes-fodd',
    sv: 'Sysselsättningsgrad, inrikes födda',
    en: 'Employment rate, Swedish-born',
  },
  {
    indicator: 'scb-bas-manad-sysselsattningsgrad-20-64',
    breakdown: 'total',
    sv: 'Sysselsättningsgrad, senaste månaden',
    en: 'Employment rate, latest month',
  },
  {
    indicator: 'scb-bas-arbetsloshet-20-64',
    breakdown: 'total',
    sv: 'Arbetslöshet 20–64 år (registerbaserad)',
    en: 'Unemployment, 20–64 (register-based)',
  },
  { indicator: 'N01982', breakdown: 'total', sv: 'Eftergymnasial utbildning, 25–64 år', en: 'Post-secondary education, 25–64' },
];

const WORDS = {
  sv: {
    intro:
      'Sysselsättning, utsläpp, befolkning, utbildning och Agenda 2030 för varje kommun och län – med källa, licens och status på varje värde, att läsa här, ladda ner eller hämta från API:t.',
    plans: 'Planer som följs upp',
    plansIntro: 'Kommunernas styrdokument, mål för mål, med de mått de följs upp med.',
    allPlans: 'Alla planer',
    goalsAndMeasures: (goals: number, measures: number) => `${goals} mål, ${measures} mått`,
    figures: 'Aktuella siffror för Sverige',
    explore: 'Utforska',
    placesText: 'alla 290 kommuner och 21 län, med sina siffror bredvid länet och riket',
    indicatorsText: 'varje mått: definition, källa, karta, rangordning, utveckling och nedladdning',
    agendaText: 'de 17 målen och 169 delmålen, med måtten och planerna som följer dem',
    builderLink: 'Bygg ett diagram att bädda in',
    builderText: 'välj mått och platser, se diagrammet och kopiera koden till er egen webbplats',
    apiTitle: 'Öppna data: API',
    apiIntro: 'Allt på sidorna finns i API:t som JSON, CSV (även för Excel på svenska) och JSON-stat. Exempel:',
    docs: 'API-referens (interaktiv)',
  },
  en: {
    intro:
      'Employment, emissions, population, education and Agenda 2030 for every municipality and county – with source, licence and status on every value, to read here, download or fetch from the API.',
    plans: 'Plans followed up',
    plansIntro: "Municipalities' steering documents, goal by goal, with the measures they are followed by.",
    allPlans: 'All plans',
    goalsAndMeasures: (goals: number, measures: number) => `${goals} goals, ${measures} measures`,
    figures: 'Current figures for Sweden',
    explore: 'Explore',
    placesText: 'all 290 municipalities and 21 counties, their figures beside the county and Sweden',
    indicatorsText: 'every indicator: definition, source, map, ranking, trend and download',
    agendaText: 'the 17 goals and 169 targets, with the indicators and plans that follow them',
    builderLink: 'Build a chart to embed',
    builderText: 'choose an indicator and places, see the chart and copy the code for your own web site',
    apiTitle: 'Open data: the API',
    apiIntro: 'Everything on these pages is in the API as JSON, CSV (also for Excel in Swedish) and JSON-stat. Examples:',
    docs: 'Interactive API reference',
  },
};

async function headlineFigures(c: Parameters<typeof pageLang>[0], lang: Lang) {
  const ref = await c.var.reference();
  const specs = HEADLINES.filter((h) => ref.indicators.has(h.indicator));
  const rows = await observationRows(c.var.db, {
    indicators: [...new Set(specs.map((s) => s.indicator))],
    geos: ['SE'],
    genders: ['T'],
    breakdowns: [...new Set(specs.map((s) => s.breakdown))],
    latest: true,
    lang,
    limit: 100,
  });
  return specs.flatMap((s) => {
    const row = rows.find((r) => r.indicator === s.indicator && r.breakdown === s.breakdown);
    const meta = ref.indicators.get(s.indicator)!;
    return row && row.value !== null ? [{ ...s, row, meta }] : [];
  });
}

export const homePage = createRouter().get('/', async (c) => {
  const lang = pageLang(c);
  const t = COMMON[lang];
  const w = WORDS[lang];
  const [plans, figures] = await Promise.all([listPlans(c.var.db, {}), headlineFigures(c, lang)]);
  const body = html`<h1>Måltal</h1>
<p class="lead">${t.tagline}.</p>
<p>${w.intro}</p>
${searchForm(lang, 'home-q', true)}
<h2>${w.figures}</h2>
<ul class="cards">
${figures.map(
  (
    f,
  ) => html`<li class="card"><h3><a href="${pageUrl(indicatorPath(f.indicator), lang, { uppdelning: f.breakdown === 'total' ? undefined : f.breakdown })}">${tr(lang, f)}</a></h3>
<p class="figure">${figureValue(f.row.value, f.meta.decimals, pick(f.meta, 'unit', lang), lang)} <span class="period">${formatPeriod(f.row.period, lang)}${statusNote(f.row.status, lang)}</span></p>
<p class="hint">${pick(f.meta, 'title', lang)}</p></li>`,
)}
</ul>
<h2>${w.plans}</h2>
<p>${w.plansIntro}</p>
<ul class="cards">
${plans.map(
  (p) => html`<li class="card"><h3><a href="${pageUrl(planPath(p.id), lang)}">${pick(p, 'title', lang)}</a></h3>
<p>${pick(p, 'geo_name', lang)}, ${p.start_year}</p><p class="hint">${w.goalsAndMeasures(p.goal_count, p.indicator_link_count)}</p></li>`,
)}
</ul>
<p><a href="${pageUrl('/plan', lang)}">${w.allPlans}</a></p>
<h2>${w.explore}</h2>
<ul>
<li><a href="${pageUrl(PAGE_PATHS.places, lang)}">${t.places}</a>: ${w.placesText}</li>
<li><a href="${pageUrl(PAGE_PATHS.indicators, lang)}">${t.indicators}</a>: ${w.indicatorsText}</li>
<li><a href="${pageUrl(PAGE_PATHS.agenda, lang)}">${t.agenda}</a>: ${w.agendaText}</li>
<li><a href="/bygg">${w.builderLink}</a>: ${w.builderText}</li>
</ul>
<h2>${w.apiTitle}</h2>
<p>${w.apiIntro}</p>
<ul>
${EXAMPLE_QUERIES.map((q) => html`<li><a href="${q.href}">${tr(lang, q)}</a><br><code>${q.href}</code></li>`)}
</ul>
<p><a href="/docs">${w.docs}</a> · <a href="/openapi.json">OpenAPI 3.1</a> · <a href="/v1/config">/v1/config</a></p>`;
  return sendPage(c, { lang, path: '/', title: 'Måltal', description: w.intro, ownSearch: true }, body);
});
