/**
 * A plan's follow-up report (/plan/{id}): the document it comes from, the goal tree, and for each
 * goal its Agenda 2030 links and measures, each with its status said plainly, its values beside the
 * county and Riket, a chart and a table; printable for the council (the print style sheet).
 * The same follow-up as /v1/plans/{id}/follow-up (followUpGoals).
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import { createRouter, type AppEnv } from '../../lib/create-router.ts';
import type { PLAN_TYPES } from '../../lib/vocabulary.ts';
import { everyObservation } from '../geographies/geographies.observations.ts';
import { gapSeries, METHOD } from '../goals/goals.follow-up.ts';
import { followUpGoals } from '../goals/goals.follow-up-data.ts';
import { loadGoalTree } from '../goals/goals.queries.ts';
import { statusCounts } from '../goals/goals.routes.ts';
import type { FollowUpLink } from '../goals/goals.schemas.ts';
import type { ObservationRow } from '../observations/observations.queries.ts';
import { findPlan, listPlans, planSources } from '../plans/plans.queries.ts';
import { formatDate } from './pages.format.ts';
import { COMMON, pick } from './pages.i18n.ts';
import { loadPlaces } from './pages.places.ts';
import { notFoundPage, pageLang, sendPage } from './pages.response.ts';
import { PAGE_PATHS, pageUrl, planPath, sdgGoalPath, sdgTargetPath } from './pages.urls.ts';
import { seriesOf } from './place.data.ts';
import { measureBlock, type MeasureSeries } from './plan.measure.ts';

const WORDS = {
  sv: {
    plans: 'Planer',
    plansIntro: 'Kommunernas styrdokument som Måltal följer upp, mål för mål.',
    types: { 'council-goals': 'Kommunfullmäktiges mål', strategy: 'Strategi', framework: 'Ramverk', assignment: 'Uppdrag' } as Record<
      (typeof PLAN_TYPES)[number],
      string
    >,
    adopted: (by: string | null, date: string | null) => `Antagen${by ? ` av ${by}` : ''}${date ? ` ${date}` : ''}`,
    valid: (from: string | null, until: string | null) => `gäller ${from ?? ''}–${until ?? ''}`,
    startYear: (year: number) => `Följs upp från ${year}`,
    document: 'Dokumentet',
    summary: 'Uppföljningen i korthet',
    counts: (n: number, what: string) => `${n} ${what}`,
    countWords: {
      followed: 'mått med aktuella värden',
      stale: 'mått med inaktuella värden (äldre än planen)',
      no_data_yet: 'mått utan data ännu',
      qualitative: 'kvalitativa mått (följs upp i ord)',
    },
    method: 'Så görs bedömningen',
    statusText:
      'Aktuella värden bedöms: utvecklas måttet i planens riktning? Inaktuella värden är äldre än planen och bedöms inte. Mått utan data säger vilken statistik som skulle behövas. Kvalitativa mått följs upp i ord i kommunens egna rapporter, inte med statistik: de är inte en lucka i data.',
    goals: 'Mål och mått',
    noMeasures: 'Dokumentet anger inga mått för det här målet.',
    download: 'Ladda ner uppföljningen',
    print: 'Sidan går att skriva ut: diagram och tabeller kommer med, menyer och länkar lämnas bort.',
    sources: 'Källor',
    agenda: 'Agenda 2030',
    goal: (n: number) => `Mål ${n}`,
    description: (title: string, place: string) =>
      `Uppföljning av ${place}s plan "${title}": varje mål med sina mått, senaste värden, bedömning, rang och jämförelse med länet och riket.`,
  },
  en: {
    plans: 'Plans',
    plansIntro: "Municipalities' steering documents that Måltal follows up, goal by goal.",
    types: { 'council-goals': 'Council goals', strategy: 'Strategy', framework: 'Framework', assignment: 'Assignment' } as Record<
      (typeof PLAN_TYPES)[number],
      string
    >,
    adopted: (by: string | null, date: string | null) => `Adopted${by ? ` by ${by}` : ''}${date ? ` ${date}` : ''}`,
    valid: (from: string | null, until: string | null) => `valid ${from ?? ''}–${until ?? ''}`,
    startYear: (year: number) => `Followed up from ${year}`,
    document: 'The document',
    summary: 'The follow-up in brief',
    counts: (n: number, what: string) => `${n} ${what}`,
    countWords: {
      followed: 'measures with current values',
      stale: 'measures with out-of-date values (older than the plan)',
      no_data_yet: 'measures without data yet',
      qualitative: 'qualitative measures (followed up in words)',
    },
    method: 'How the assessment is made',
    statusText:
      "Current values are assessed: is the measure moving in the plan's direction? Out-of-date values are older than the plan and not assessed. Measures without data say which statistic would be needed. Qualitative measures are followed up in words in the municipality's own reports, not by a statistic: they are not a gap in the data.",
    goals: 'Goals and measures',
    noMeasures: 'The document names no measures for this goal.',
    download: 'Download the follow-up',
    print: 'This page prints: charts and tables are kept, menus and links left out.',
    sources: 'Sources',
    agenda: 'Agenda 2030',
    goal: (n: number) => `Goal ${n}`,
    description: (title: string, place: string) =>
      `Follow-up of ${place}'s plan "${title}": every goal with its measures, latest values, assessment, rank and comparison with the county and Sweden.`,
  },
};

/** The place's series of a measure and its references', from the plan's rows: monthly series month for month. */
function measureSeries(l: FollowUpLink, rows: readonly ObservationRow[]): MeasureSeries[] {
  if (!l.series || !l.latest) return [];
  const s = l.series;
  const roles = [{ geo: s.geo, role: 'place' as const }, ...l.comparisons.map((c) => ({ geo: c.geo, role: c.role }))];
  const month = l.latest.period.length === 7 ? l.latest.period.slice(4) : null;
  return roles.map(({ geo, role }) => {
    const own = seriesOf(rows, s.indicator, s.gender, s.breakdown, geo);
    const points = s.compare_breakdown ? gapSeries(own, seriesOf(rows, s.indicator, s.gender, s.compare_breakdown, geo)) : own;
    const kept = month ? points.filter((p) => p.period.endsWith(month)) : points;
    return { geo, role, points: kept.slice(-10).map((p) => ({ period: p.period, value: p.value, status: p.status })) };
  });
}

async function planPage(c: Context<AppEnv>, id: string): Promise<Response> {
  const lang = pageLang(c);
  const w = WORDS[lang];
  const t = COMMON[lang];
  const db = c.var.db;
  const plan = await findPlan(db, id);
  if (!plan) return notFoundPage(c, lang === 'en' ? `There is no plan '${id}'.` : `Det finns ingen plan '${id}'.`);
  const [ref, places, tree, sources] = await Promise.all([c.var.reference(), loadPlaces(db), loadGoalTree(db, id), planSources(db, plan)]);
  const goals = await followUpGoals(db, tree, null, plan, ref, lang);
  const links = goals.flatMap((g) => g.links);
  const geos = [...new Set(links.flatMap((l) => (l.series ? [l.series.geo, ...l.comparisons.map((x) => x.geo)] : [])))];
  const rows = geos.length
    ? await everyObservation(db, { indicators: [...new Set(links.flatMap((l) => (l.series ? [l.series.indicator] : [])))], geos, lang })
    : [];
  const counts = statusCounts(goals);
  const placeName = places.name(plan.geo, lang);
  const title = pick(plan, 'title', lang);
  const api = `/v1/plans/${id}/follow-up`;
  const withLang = (url: string, format?: string) => pageUrl(url, 'sv', { format, lang: lang === 'en' ? 'en' : undefined });
  const goalHeading = (depth: number, content: Html) =>
    depth === 0 ? html`<h2>${content}</h2>` : depth === 1 ? html`<h3>${content}</h3>` : html`<h4>${content}</h4>`;
  const body = html`<h1>${title}</h1>
<p class="lead"><a href="${pageUrl(places.path(plan.geo), lang)}">${placeName}</a> · ${w.types[plan.type as (typeof PLAN_TYPES)[number]] ?? plan.type} ${plan.adopted_by || plan.adopted ? ` · ${w.adopted(plan.adopted_by, plan.adopted)}` : ''}${plan.valid_from || plan.valid_until ? ` · ${w.valid(plan.valid_from, plan.valid_until)}` : ''} · ${w.startYear(plan.start_year)}</p>
<p>${pick(plan, 'summary', lang)}</p>
<h2>${w.document}</h2>
<p class="doc-link">${plan.document}${plan.document_url ? html` <a href="${plan.document_url}">${plan.document_url}</a>` : ''}</p>
<h2>${w.summary}</h2>
<ul class="counts">${(['followed', 'stale', 'no_data_yet', 'qualitative'] as const).map((s) => html`<li><span class="status status-${s}">${w.counts(counts[s], w.countWords[s])}</span></li>`)}</ul>
<p>${w.statusText}</p>
<p><a href="#metod">${w.method}</a></p>
${goals.map(
  (g) => html`<section class="goal depth-${Math.min(g.depth, 2)}">
${goalHeading(g.depth, html`${g.number ? `${g.number} ` : ''}${pick(g, 'title', lang)} <span class="muted">(${g.level})</span>`)}
${g.sdg.length ? html`<p>${w.agenda}: ${g.sdg.map((s) => html`<a class="sdg" href="${pageUrl(s.target ? sdgTargetPath(s.target) : sdgGoalPath(s.goal), lang)}">${s.target ?? w.goal(s.goal)} ${pick(s, 'short', lang)}</a>`)}</p>` : ''}
${g.links.length === 0 ? html`<p class="muted">${w.noMeasures}</p>` : g.links.map((l) => measureBlock(l, measureSeries(l, rows), plan.start_year, places, Math.min(g.depth, 2) + 3, lang))}
</section>`,
)}
<h2 id="ladda-ner">${w.download}</h2>
<ul class="no-print">
<li><a href="${withLang(api, 'csv-sv')}" download>${t.csvSv}</a></li>
<li><a href="${withLang(api, 'csv')}" download>${t.csv}</a></li>
<li><a href="${withLang(api)}">${t.json}</a></li>
</ul>
<p class="hint no-print">${w.print}</p>
<h2 id="metod">${w.method}</h2>
<p>${lang === 'en' ? METHOD.en : METHOD.sv}</p>
<h2>${w.sources}</h2>
<ul class="doc-link">${sources.map((s) => html`<li>${s.title}. ${s.publisher}. ${/^https?:/.test(s.path) ? html`<a href="${s.path}">${s.path}</a>` : s.path} (${formatDate(s.retrieved, lang)}). <span class="hint">${s.licence}</span></li>`)}</ul>`;
  return sendPage(
    c,
    {
      lang,
      path: planPath(id),
      title,
      description: w.description(title, placeName),
      alternates: [
        { type: 'application/json', href: withLang(api), title: w.download },
        { type: 'text/csv', href: withLang(api, 'csv'), title: `${w.download} (CSV)` },
      ],
      print: true,
      ogType: 'article',
      breadcrumbs: [
        { href: pageUrl(PAGE_PATHS.places, lang), label: t.places },
        { href: pageUrl(places.path(plan.geo), lang), label: placeName },
      ],
    },
    body,
  );
}

type Html = ReturnType<typeof html>;

export const planPages = createRouter()
  .get('/plan', async (c) => {
    const lang = pageLang(c);
    const w = WORDS[lang];
    const plans = await listPlans(c.var.db, {});
    const body = html`<h1>${w.plans}</h1><p>${w.plansIntro}</p>
<ul>${plans.map((p) => html`<li><a href="${pageUrl(planPath(p.id), lang)}">${pick(p, 'title', lang)}</a> – ${pick(p, 'geo_name', lang)}, ${p.start_year}</li>`)}</ul>`;
    return sendPage(
      c,
      {
        lang,
        path: '/plan',
        title: w.plans,
        description: w.plansIntro,
        alternates: [{ type: 'application/json', href: '/v1/plans', title: w.plans }],
      },
      body,
    );
  })
  .get('/plan/:id', (c) => planPage(c, c.req.param('id')));
