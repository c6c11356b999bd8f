/**
 * What a site has besides its pages: /sitemap.xml (every page, in Swedish and English),
 * /robots.txt, the favicon and the pages' one script.
 */
import { html } from 'hono/html';
import { createRouter } from '../../lib/create-router.ts';
import { listIndicators } from '../indicators/indicators.queries.ts';
import { listPlans } from '../plans/plans.queries.ts';
import { listGoals } from '../sdg/sdg.queries.ts';
import { loadPlaces } from './pages.places.ts';
import { originOf } from './pages.response.ts';
import { PAGES_SCRIPT } from './pages.script.ts';
import { indicatorPath, PAGE_PATHS, pageUrl, planPath, sdgGoalPath, sdgTargetPath } from './pages.urls.ts';

/** Måltal's mark: a target (a goal) with a rising line through it, in the colours of the pages. */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a58a8"/><circle cx="16" cy="16" r="10" fill="none" stroke="#fff" stroke-width="2.5"/><circle cx="16" cy="16" r="4" fill="#fff"/><path d="M5 25 L13 18 L18 21 L27 9" fill="none" stroke="#ffd84d" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

const ASSET_CACHE = 'public, max-age=3600';

export const siteRoutes = createRouter()
  .get(PAGE_PATHS.robots, (c) => {
    c.header('content-type', 'text/plain; charset=utf-8');
    return c.body(`User-agent: *\nAllow: /\nDisallow: /embed/\nDisallow: /sok\n\nSitemap: ${originOf(c)}${PAGE_PATHS.sitemap}\n`);
  })
  .get(PAGE_PATHS.favicon, (c) => {
    c.header('content-type', 'image/svg+xml');
    c.header('cache-control', ASSET_CACHE);
    return c.body(FAVICON);
  })
  .get(PAGE_PATHS.script, (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8');
    c.header('cache-control', ASSET_CACHE);
    return c.body(PAGES_SCRIPT);
  })
  .get(PAGE_PATHS.sitemap, async (c) => {
    const db = c.var.db;
    const origin = originOf(c);
    const [places, indicators, plans, goals, targets, ref] = await Promise.all([
      loadPlaces(db),
      listIndicators(db, { limit: 10_000 }),
      listPlans(db, {}),
      listGoals(db),
      db.selectFrom('sdg_targets').select('target').orderBy('sort').execute(),
      c.var.reference(),
    ]);
    const updated = [...ref.datasets.values()]
      .map((d) => d.updated)
      .sort()
      .at(-1);
    const paths = [
      '/',
      PAGE_PATHS.places,
      PAGE_PATHS.country,
      ...places.counties.map((g) => places.path(g.code)),
      ...places.municipalities.map((g) => places.path(g.code)),
      PAGE_PATHS.indicators,
      ...indicators.map((i) => indicatorPath(i.id)),
      '/plan',
      ...plans.map((p) => planPath(p.id)),
      PAGE_PATHS.agenda,
      ...goals.map((g) => sdgGoalPath(g.goal)),
      ...targets.map((t) => sdgTargetPath(t.target)),
    ];
    const entry = (path: string, lang: 'sv' | 'en') =>
      html`<url><loc>${origin}${pageUrl(path, lang)}</loc>${updated ? html`<lastmod>${updated.slice(0, 10)}</lastmod>` : ''}<xhtml:link rel="alternate" hreflang="sv" href="${origin}${pageUrl(path, 'sv')}"/><xhtml:link rel="alternate" hreflang="en" href="${origin}${pageUrl(path, 'en')}"/></url>\n`;
    const body = await html`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${paths.map((p) => [entry(p, 'sv'), entry(p, 'en')])}</urlset>
`;
    c.header('content-type', 'application/xml; charset=utf-8');
    return c.body(body.toString());
  });
