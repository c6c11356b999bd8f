/**
 * /embed/{element}: a minimal page holding one widget, for CMSs that strip scripts and take only
 * an iframe. The page names its chart in <title> (iframes need a title), reports its height to the
 * parent page (/widgets/v1/embed.js listens) and is the only page that may be framed anywhere.
 */
import { badRequest, notFound } from '../../lib/problem.ts';
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
  'indicator', 'geo', 'from', 'to', 'period', 'gender', 'breakdown', 'highlight', 'reference', 'county', 'level', 'plan',
  'compare', 'sort', 'order', 'height', 'lang', 'theme', 'label',
];

function validQuery(query: Record<string, string>, element: EmbedElement): EmbedQuery {
  const result = EmbedQuerySchema.safeParse(query);
  if (!result.success) {
    const errors = result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ in: 'query', name: key, message: `unknown parameter; expected one of ${ATTRIBUTE_ORDER.join(', ')}, id` }))
        : [{ in: 'query', name: issue.path.map(String).join('.') || '(all)', message: issue.message }],
    );
    throw badRequest(`invalid query parameter${errors.length > 1 ? 's' : ''}: ${errors.map((e) => `${e.name}: ${e.message}`).join('; ')}`, errors);
  }
  const missing = EMBED_ELEMENTS[element].required.filter((name) => result.data[name] === undefined);
  if (missing.length > 0) {
    throw badRequest(
      `${element} needs ${missing.join(' and ')}, e.g. /embed/${element}?${missing.map((m) => `${m}=${m === 'plan' ? 'malmo-kf-mal-2024' : 'N00914'}`).join('&')}`,
      missing.map((name) => ({ in: 'query', name, message: 'required' })),
    );
  }
  return result.data;
}

export const embedRouter = createRouter().get('/embed/:element', async (c) => {
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
      ? (lang === 'en' ? indicator.title_en : indicator.title_sv)
      : lang === 'en' ? `Unknown indicator '${query.indicator}'` : `Okänt mått '${query.indicator}'`;
  }
  const places = await geographyNames(db, geos, lang);
  const title = [subject + (places.length > 0 ? `, ${places.join(', ')}` : ''), EMBED_ELEMENTS[element].label[lang].toLowerCase(), 'Måltal'].join(' – ');

  const attributes = ATTRIBUTE_ORDER.flatMap((name) => (query[name] === undefined ? [] : [` ${name}="${escapeHtml(String(query[name]))}"`])).join('');
  const dataLink = query.indicator !== undefined
    ? `/v1/observations?${new URLSearchParams({ indicator: query.indicator, ...(query.geo ? { geo: query.geo } : {}), format: 'csv' })}`
    : `/v1/plans/${encodeURIComponent(query.plan!)}/follow-up`;
  const noscript = lang === 'en'
    ? `This chart needs JavaScript. <a href="${escapeHtml(dataLink)}">The data behind it</a>.`
    : `Diagrammet behöver JavaScript. <a href="${escapeHtml(dataLink)}">Data bakom diagrammet</a>.`;

  const page = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${query.theme ?? 'light dark'}">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${PAGE_STYLES.embed}">
<script type="module" src="${WIDGET_URLS.versioned}"></script>
<script src="${WIDGET_URLS.embedFrame}" defer></script>
</head>
<body${query.id ? ` data-maltal-id="${escapeHtml(query.id)}"` : ''}>
<${element}${attributes}></${element}>
<noscript><p>${noscript}</p></noscript>
</body>
</html>
`;
  c.header('content-security-policy', EMBED_CSP);
  return c.html(page);
});

