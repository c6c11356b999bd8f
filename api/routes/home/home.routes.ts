/**
 * The start page: what Måltal is, in Swedish and English, with example queries that work.
 */
import { createRouter } from '../../lib/create-router.ts';
import { pageCsp } from '../../lib/security-headers.ts';
import { PAGE_STYLES } from '../styles/styles.routes.ts';

export const EXAMPLE_QUERIES = [
  {
    href: '/v1/observations?indicator=N00914&geo=0136,0181',
    sv: 'Förvärvsarbetande 20–64 år i Haninge och Södertälje, alla år',
    en: 'Employment rate 20–64 in Haninge and Södertälje, all years',
  },
  {
    href: '/v1/observations?indicator=N00914&geo=0136,0181&format=csv-sv',
    sv: 'Samma sak som CSV för Excel (semikolon, decimalkomma)',
    en: 'The same as CSV for Excel in Swedish (semicolon, decimal comma)',
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
    href: '/v1/plans/malmo-kf-mal-2024/follow-up',
    sv: 'Uppföljning av Malmös kommunfullmäktigemål 2024: mått, senaste värden, bedömning',
    en: "Follow-up of Malmö's council goals 2024: measures, latest values, assessment",
  },
  {
    href: '/v1/plans/haninge-arbetsmarknadsstrategi-2020',
    sv: 'Haninges arbetsmarknadsstrategi 2020 som målträd med Agenda 2030-kopplingar',
    en: "Haninge's labour-market strategy 2020 as a goal tree with Agenda 2030 links",
  },
  { href: '/v1/networks/malmo-commitment', sv: 'Malmö Commitment: medlemmar och antal', en: 'The Malmö Commitment: members and count' },
  { href: '/v1/indicators?goal=8', sv: 'Mått kopplade till Agenda 2030 mål 8', en: 'Indicators linked to Agenda 2030 goal 8' },
  { href: '/v1/indicators/N00914', sv: 'Ett mått med källor, licens och förbehåll', en: 'One indicator with sources, licence and caveats' },
  { href: '/v1/geographies?county=01', sv: 'Kommunerna i Stockholms län', en: 'The municipalities of Stockholm County' },
  { href: '/v1/config', sv: 'Språk, format, gränser, licenser och hur man anger källan', en: 'Languages, formats, limits, licences and how to cite' },
  { href: '/v1/datasets', sv: 'Dataset med licenser och källor', en: 'Datasets with licences and sources' },
];

const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

const PAGE = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Måltal – öppna data om kommunernas mål</title>
<link rel="stylesheet" href="${PAGE_STYLES.home}">
</head>
<body>
<main>
<h1>Måltal</h1>
<p><strong>Öppna data om de mått svenska kommuner följer upp sina mål med</strong>: sysselsättning, utsläpp av växthusgaser,
befolkning och Agenda 2030. Varje värde har källa, licens och status. Hämta som JSON, CSV (även för Excel på svenska) eller JSON-stat.</p>
<p lang="en"><strong>Open data on the figures Swedish municipalities follow their goals with</strong>: employment, greenhouse-gas
emissions, population and Agenda 2030. Every value carries its source, licence and status. Get it as JSON, CSV (also for Excel in Swedish) or JSON-stat.</p>
<h2>Exempel / Examples</h2>
<ul>
${EXAMPLE_QUERIES.map((q) => `<li><a href="${escape(q.href)}">${escape(q.sv)}</a> <span lang="en">(${escape(q.en)})</span><br><code>${escape(q.href)}</code></li>`).join('\n')}
</ul>
<h2>Diagram på er webbplats / Charts on your web page</h2>
<p><a href="/bygg">Bygg ett diagram att bädda in</a> – välj mått och kommuner, se diagrammet och kopiera koden (script eller iframe).
<span lang="en">Build a chart to embed: choose an indicator and municipalities, see it live and copy the code.</span></p>
<h2>Dokumentation / Documentation</h2>
<ul>
<li><a href="/docs">API-referens (interaktiv) / Interactive API reference</a></li>
<li><a href="/openapi.json">OpenAPI 3.1</a></li>
</ul>
<p>Figurerna kommer från SCB, Kolada, SMHI, Trafikanalys m.fl. – se respektive dataset för källa och villkor.
<span lang="en">The figures come from SCB, Kolada, SMHI, Trafikanalys and others – see each dataset for its source and terms.</span></p>
</main>
</body>
</html>
`;

const HOME_CSP = pageCsp({});

export const homeRouter = createRouter().get('/', (c) => {
  c.header('content-security-policy', HOME_CSP);
  return c.html(PAGE);
});
