/**
 * /docs: the interactive API reference (Swagger UI, served from our own origin so it works
 * offline and without third-party scripts), reading /openapi.json.
 */
import { createRouter } from '../../lib/create-router.ts';
import { pageCsp } from '../../lib/security-headers.ts';

export const OPENAPI_INFO = {
  info: {
    title: 'Måltal API',
    version: '1.0.0',
    description: [
      'Öppna data om de mått svenska kommuner följer upp sina mål med: sysselsättning, utsläpp, befolkning, Agenda 2030.',
      'Open data on the figures Swedish municipalities follow their goals with: employment, emissions, population, Agenda 2030.',
      '',
      'Every table comes as JSON and as CSV (`format=csv`, RFC 4180, or `format=csv-sv` for Excel in Swedish: semicolon, decimal comma, BOM); observations also as JSON-stat 2.0 (`format=json-stat2`).',
      'Every response with figures names its datasets, licences, attribution and sources. Errors are `application/problem+json` (RFC 9457).',
      'Lists are paged with opaque cursors: follow `links.next`. Responses carry a strong `ETag` (send `If-None-Match` for a 304) and `Cache-Control`; CORS is open for reads.',
      'Every limit (page sizes, values per list, URL length, the rate limit on the public service) is stated in `/v1/config`. Over them: 400, 414 (URL too long) or 429 with `Retry-After`, each as problem+json.',
      '',
      'Observation statuses: final, provisional, revised, break (break in series), estimated, suppressed, missing — in JSON-stat mapped to SDMX CL_OBS_STATUS A, P, A, B, E, Q (missing value; suppressed), O (missing value). CL_OBS_STATUS has no code for revised: a revised value is A, with `revised` in `extension.status` under its index.',
    ].join('\n'),
    license: { name: 'Code: MIT. Data: per dataset, see /v1/datasets', identifier: 'MIT' },
  },
  tags: [
    { name: 'About', description: 'Languages, formats, limits, licences and how to cite' },
    { name: 'Indicators', description: 'What is measured: metadata, sources, caveats, Agenda 2030 links' },
    { name: 'Observations', description: 'The figures, as tidy rows with status and notes' },
    { name: 'Geographies', description: 'Riket, 21 län and 290 kommuner with SCB codes' },
    { name: 'Agenda 2030', description: 'The 17 goals, 169 targets and the UN indicators, with the indicators linked to them' },
    { name: 'Datasets', description: 'The dataset packages the database is built from: licences, sources, downloads' },
    { name: 'Search', description: 'One search over kommuner, län, plans and indicators' },
    { name: 'Plans and goals', description: "Municipalities' steering documents, their goal trees and the follow-up of each goal" },
    { name: 'Networks', description: 'City networks and the municipalities they list as members' },
    { name: 'Communities That Care', description: 'The risk and protective factors of the Communities That Care youth survey' },
  ],
  // The API is open: no operation needs credentials.
  security: [],
};

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Måltal API reference</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

/** Swagger UI from our origin, reading our API (test/browser/pages-csp.test.ts runs it under this policy). */
const DOCS_CSP = pageCsp({ scripts: true, connect: true });

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;

export const docsRouter = createRouter()
  .get('/docs', (c) => {
    c.header('content-security-policy', DOCS_CSP);
    return c.html(DOCS_PAGE);
  })
  .get('/docs/init.js', (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8');
    return c.body(DOCS_INIT);
  });
