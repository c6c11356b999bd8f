/**
 * /embed/{element}: a minimal page holding one widget, for CMSs that strip scripts and take only
 * an iframe. The page names its chart in <title> (iframes need a title), reports its height to the
 * parent page (/widgets/v1/embed.js listens) and is the only page that may be framed anywhere; so
 * are its error answers, which a browser's iframe gets as a short page in the reader's language.
 */
import { ApiError, badRequest, notFound, problemResponse } from '../../lib/problem.ts';
import { createRouter } from '../../lib/create-router.ts';
import { escapeHtml } from '../../lib/html.ts';
import { pageCsp } from '../../lib/security-headers.ts';
import { PAGE_STYLES } from '../styles/styles.routes.ts';
import { WIDGET_URLS } from '../widgets/widgets.assets.ts';
import { findPlanTitle, geographyNames } from './embed.queries.ts';
import { EMBED_ELEMENTS, EmbedQuerySchema, isEmbedElement, type EmbedElement, type EmbedParam, type EmbedQuery } from './embed.schemas.ts';

/**
 * Scripts only from our origin (no inline script), data only from our API; framing allowed from
 * anywhere, which is the point of this page and of no other.
 */
export const EMBED_CSP = pageCsp({ scripts: true, connect: true, framedAnywhere: true });

const ATTRIBUTE_ORDER: EmbedParam[] = [
  'indicator',
  'geo',
  'from',
  'to',
  'period',
  'gender',
  'breakdown',
  'highlight',
  'reference',
  'county',
  'level',
  'plan',
  'compare',
  'sort',
  'order',
  'height',
  'lang',
  'theme',
  'label',
  'heading-level',
];

function validQuery(query: Record<string, string>, element: EmbedElement): EmbedQuery {
  const result = EmbedQuerySchema.safeParse(query);
  if (!result.success) {
    const errors = result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            in: 'query',
            name: key,
            message: `unknown parameter; expected one of ${ATTRIBUTE_ORDER.join(', ')}, id`,
          }))
        : [{ in: 'query', name: issue.path.map(String).join('.') || '(all)', message: issue.message }],
    );
    throw badRequest(
      `invalid query parameter${errors.length > 1 ? 's' : ''}: ${errors.map((e) => `${e.name}: ${e.message}`).join('; ')}`,
      errors,
    );
  }
  const missing = EMBED_ELEMENTS[element].required.filter((name) => result.data[name] === undefined);
  if (missing.length > 0) {
    throw badRequest(
      `${element} needs ${missing.join(' and ')}, e.g. /embed/${element}?${missing.map((m) => `${m}=${m === 'plan' ? 'malmo-kf-mal-2024' : 'scb-bas-sysselsattningsgrad-20-64'}`).join('&')}`,
      missing.map((name) => ({ in: 'query', name, message: 'required' })),
    );
  }
  return result.data;
}

/**
 * An error of an /embed URL as a page a reader sees in the iframe: one sentence in the language the
 * URL asks for, the API's detail for whoever pasted the code, framable like every /embed page.
 */
function problemPage(status: number, detail: string, lang: 'sv' | 'en'): string {
  const [title, lead, more] =
    lang === 'en'
      ? ['The chart cannot be shown', 'The chart cannot be shown: the address in the embed code is wrong.', 'For whoever added the chart']
      : ['Diagrammet kan inte visas', 'Diagrammet kan inte visas: adressen i inbäddningskoden är fel.', 'För den som lade in diagrammet'];
  return embedDocument({
    lang,
    title: `${title} – Måltal`,
    colorScheme: 'light dark',
    scripts: [`<script src="${WIDGET_URLS.embedFrame}" defer></script>`],
    body: `<body>
<div class="problem">
<p>${lead}</p>
<details><summary>${more}</summary><p><code>${status}: ${escapeHtml(detail)}</code></p></details>
</div>
</body>`,
  });
}

/** An /embed page: its language, title (escaped here), colour scheme, our style sheet, `scripts` and `body`. */
function embedDocument(page: { lang: 'sv' | 'en'; title: string; colorScheme: string; scripts: string[]; body: string }): string {
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${page.colorScheme}">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="${PAGE_STYLES.embed}">
${page.scripts.join('\n')}
</head>
${page.body}
</html>
`;
}

export const embedRouter = createRouter();

embedRouter.onError((error, c) => {
  const status = error instanceof ApiError ? error.status : 500;
  const detail = error instanceof ApiError ? error.detail : 'the server failed to answer this request; it has been logged';
  if (!(error instanceof ApiError)) console.error(error);
  // Headers go in at construction: @hono/node-server's Response does not keep headers set afterwards
  // when Hono copies it (the app's security middleware then found no policy and forbade framing).
  if (/\btext\/html\b/.test(c.req.header('accept') ?? '')) {
    return new Response(problemPage(status, detail, c.req.query('lang') === 'en' ? 'en' : 'sv'), {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': EMBED_CSP },
    });
  }
  const problem = problemResponse(status, detail, c.req.path, error instanceof ApiError ? error.errors : undefined);
  return new Response(problem.body, { status, headers: { ...Object.fromEntries(problem.headers), 'content-security-policy': EMBED_CSP } });
});

embedRouter.get('/embed/:element', async (c) => {
  const element = c.req.param('element');
  if (!isEmbedElement(element)) {
    throw notFound(`unknown element '${element}'; embeddable elements are ${Object.keys(EMBED_ELEMENTS).join(', ')}`);
  }
  const query = validQuery(c.req.query(), element);
  const lang = query.lang;
  const db = c.get('db');

  let subject: string;
  let geos = query.geo?.split(',').map((g) => g.trim()) ?? [];
  if (query.label !== undefined) {
    subject = query.label;
  } else if (query.plan !== undefined) {
    const plan = await findPlanTitle(db, query.plan, lang);
    subject = plan?.title ?? (lang === 'en' ? `Unknown plan '${query.plan}'` : `Okänd plan '${query.plan}'`);
    if (plan) geos = [plan.geo];
  } else {
    const indicator = (await c.get('reference')()).indicators.get(query.indicator!);
    subject = indicator
      ? lang === 'en'
        ? indicator.title_en
        : indicator.title_sv
      : lang === 'en'
        ? `Unknown indicator '${query.indicator}'`
        : `Okänt mått '${query.indicator}'`;
  }
  const places = await geographyNames(db, geos, lang);
  const title = [
    subject + (places.length > 0 ? `, ${places.join(', ')}` : ''),
    EMBED_ELEMENTS[element].label[lang].toLowerCase(),
    'Måltal',
  ].join(' – ');

  const attributes = ATTRIBUTE_ORDER.flatMap((name) =>
    query[name] === undefined ? [] : [` ${name}="${escapeHtml(String(query[name]))}"`],
  ).join('');
  const dataLink =
    query.indicator !== undefined
      ? `/v1/observations?${new URLSearchParams({ indicator: query.indicator, ...(query.geo ? { geo: query.geo } : {}), format: 'csv' })}`
      : `/v1/plans/${encodeURIComponent(query.plan!)}/follow-up`;
  const noscript =
    lang === 'en'
      ? `This chart needs JavaScript. <a href="${escapeHtml(dataLink)}">The data behind it</a>.`
      : `Diagrammet behöver JavaScript. <a href="${escapeHtml(dataLink)}">Data bakom diagrammet</a>.`;

  const page = embedDocument({
    lang,
    title,
    colorScheme: query.theme ?? 'light dark',
    scripts: [`<script type="module" src="${WIDGET_URLS.versioned}"></script>`, `<script src="${WIDGET_URLS.embedFrame}" defer></script>`],
    body: `<body${query.id ? ` data-maltal-id="${escapeHtml(query.id)}"` : ''}>
<${element}${attributes}></${element}>
<noscript><p>${noscript}</p></noscript>
</body>`,
  });
  c.header('content-security-policy', EMBED_CSP);
  return c.html(page);
});
