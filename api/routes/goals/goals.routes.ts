import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRoute, createRouter, type AppEnv } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse, type Format } from '../../lib/formats.ts';
import { badRequestResponse, jsonOnly, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { notFound } from '../../lib/problem.ts';
import { exampleDataNotices } from '../datasets/datasets.queries.ts';
import { findPlan, planSources, unknownPlanMessage, type PlanRow } from '../plans/plans.queries.ts';
import { langParam } from '../../lib/params.ts';
import { FOLLOW_UP_STATUSES, METHOD } from './goals.follow-up.ts';
import { followUpGoals } from './goals.follow-up-data.ts';
import { findGoal, flattenGoals, loadGoalTree, toGoalNode, type GoalTree, type Lang } from './goals.queries.ts';
import { FollowUpSchema, GoalSchema, type FollowUpGoal } from './goals.schemas.ts';

const tags = ['Plans and goals'];
const idParam = z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'haninge-arbetsmarknadsstrategi-2020.so1' });

const unknownGoal = (id: string) =>
  notFound(`unknown goal '${id}'; goal ids are listed in their plan's goal tree: see /v1/plans, then /v1/plans/{id}`);

/** The method, for the OpenAPI descriptions of both follow-up routes. */
export const FOLLOW_UP_DESCRIPTION =
  `For each goal, each measure it is followed by: the series (or, for a gap, the difference between two breakdowns), its ` +
  `latest value, the values the assessment uses, the change, an assessment (improving, stable, worsening, not_enough_data, ` +
  `not_assessed), the rank among the municipalities with its scope, and the same measure for the municipality's county and ` +
  `Sweden with whether the difference is closing. Status says whether the figures are current (followed), older than the plan ` +
  `(stale), missing (no_data_yet, with the data that would close it) or whether the measure is qualitative. ` +
  `Method (${METHOD.id}, also in the response's \`method\`): ${METHOD.en} As CSV: one row per measure.`;

/** The goal and plan routes' query: the language of levels, notes and data_needed. */
export const goalLangQuery = {
  lang: langParam.openapi({ description: 'Language of goal levels, notes and data_needed (sv default, en); titles come in both' }),
};

const one = createRoute({
  method: 'get',
  path: '/v1/goals/{id}',
  operationId: 'getGoal',
  tags,
  summary: 'One goal: its Agenda 2030 links, its indicators and the goals under it',
  request: { params: z.object({ id: idParam }), query: z.object(goalLangQuery) },
  responses: {
    200: jsonOnly(GoalSchema, 'The goal, with the goals under it nested in document order'),
    304: notModifiedResponse,
    400: badRequestResponse,
    404: notFoundResponse,
  },
});

/** The follow-up route of a goal or a plan: the same answer, for a subtree or a whole plan. */
export function followUpRoute(path: '/v1/goals/{id}/follow-up' | '/v1/plans/{id}/follow-up', summary: string, idParam: z.ZodString) {
  return createRoute({
    method: 'get',
    path,
    operationId: path === '/v1/plans/{id}/follow-up' ? 'getPlanFollowUp' : 'getGoalFollowUp',
    tags,
    summary,
    description: FOLLOW_UP_DESCRIPTION,
    request: { params: z.object({ id: idParam }), query: z.object({ format: tableFormatParam, ...goalLangQuery }) },
    responses: {
      200: jsonOrCsv(FollowUpSchema, 'The follow-up, goals in document order'),
      304: notModifiedResponse,
      400: badRequestResponse,
      404: notFoundResponse,
    },
  });
}

const followUp = followUpRoute(
  '/v1/goals/{id}/follow-up',
  'Follow-up of one goal and the goals under it: latest values, change, assessment and rank',
  idParam,
);

const FOLLOW_UP_COLUMNS = [
  'goal',
  'goal_number',
  'goal_title_sv',
  'goal_title_en',
  'sort',
  'basis',
  'kind',
  'measure_sv',
  'measure_en',
  'status',
  'indicator',
  'geo',
  'gender',
  'breakdown',
  'compare_breakdown',
  'unit_sv',
  'direction_used',
  'base_period',
  'base_value',
  'latest_period',
  'latest_value',
  'change',
  'threshold',
  'assessment',
  'series_break',
  'rank',
  'ranked',
  'municipalities',
  'tied',
  'rank_period',
  'rank_text',
  'county',
  'county_value',
  'county_difference',
  'county_gap_trend',
  'country_value',
  'country_difference',
  'country_gap_trend',
  'example',
  'note',
  'data_needed',
];

function followUpCsvRows(goals: FollowUpGoal[], lang: Lang) {
  return goals.flatMap((g) =>
    g.links.map((l) => {
      const county = l.comparisons.find((c) => c.role === 'county');
      const country = l.comparisons.find((c) => c.role === 'country');
      return {
        ...l,
        goal: g.id,
        goal_number: g.number,
        goal_title_sv: g.title_sv,
        goal_title_en: g.title_en,
        indicator: l.indicator?.id,
        geo: l.series?.geo,
        gender: l.series?.gender,
        breakdown: l.series?.breakdown,
        compare_breakdown: l.series?.compare_breakdown,
        base_period: l.base?.period,
        base_value: l.base?.value,
        latest_period: l.latest?.period,
        latest_value: l.latest?.value,
        rank: l.rank?.rank,
        ranked: l.rank?.of,
        municipalities: l.rank?.municipalities,
        tied: l.rank?.tied,
        rank_period: l.rank?.period,
        rank_text: lang === 'en' ? l.rank?.text_en : l.rank?.text_sv,
        county: county?.geo,
        county_value: county?.latest?.value,
        county_difference: county?.difference,
        county_gap_trend: county?.gap_trend,
        country_value: country?.latest?.value,
        country_difference: country?.difference,
        country_gap_trend: country?.gap_trend,
      };
    }),
  );
}

/** How many measures have each status. */
export function statusCounts(goals: FollowUpGoal[]) {
  const counts = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<(typeof FOLLOW_UP_STATUSES)[number], number>;
  for (const l of goals.flatMap((g) => g.links)) counts[l.status] += 1;
  return counts;
}

/** The plan as follow-ups and goals refer to it. */
export function planRef(plan: PlanRow) {
  return {
    id: plan.id,
    geo: plan.geo,
    title_sv: plan.title_sv,
    title_en: plan.title_en,
    start_year: plan.start_year,
    url: `/v1/plans/${plan.id}`,
  };
}

/** The follow-up of a plan, or of one goal and the goals under it, in the format asked for. */
export async function followUpAnswer(
  c: Context<AppEnv>,
  plan: PlanRow,
  tree: GoalTree,
  root: GoalTree['goals'][number] | null,
  query: { format?: Format; lang: Lang },
) {
  const ref = await c.var.reference();
  const goals = await followUpGoals(c.var.db, tree, root, plan, ref, query.lang);
  const links = goals.flatMap((g) => g.links);
  const datasetIds = [plan.dataset_id, ...links.flatMap((l) => (l.indicator ? [l.indicator.dataset] : []))];
  const datasets = [...new Set(datasetIds)].sort().map((id) => ref.datasets.get(id)!);
  const filename = `maltal-follow-up-${root ? root.id : plan.id}`;
  const rows = followUpCsvRows(goals, query.lang);
  return tableResponse(c, negotiate(c, query.format), { columns: FOLLOW_UP_COLUMNS, rows, filename }, () => ({
    plan: planRef(plan),
    goal: root ? root.id : null,
    method: METHOD,
    goals,
    meta: { count: links.length, statuses: statusCounts(goals), datasets, notices: exampleDataNotices(datasets) },
  }));
}

async function goalWithPlan(c: Context<AppEnv>, id: string) {
  const db = c.var.db;
  const goal = await findGoal(db, id);
  if (!goal) throw unknownGoal(id);
  const plan = await findPlan(db, goal.plan_id);
  if (!plan) throw notFound(unknownPlanMessage(goal.plan_id));
  return { goal, plan, tree: await loadGoalTree(db, plan.id) };
}

export const goalsRouter = createRouter()
  .openapi(one, async (c) => {
    const { goal, plan, tree } = await goalWithPlan(c, c.req.valid('param').id);
    const ref = await c.var.reference();
    const node = toGoalNode(goal, tree, plan, ref, c.req.valid('query').lang);
    const indicatorDatasets = flattenGoals(tree, goal).flatMap(({ goal: g }) =>
      (tree.links.get(g.id) ?? []).flatMap((l) =>
        l.indicator_id && ref.indicators.has(l.indicator_id) ? [ref.indicators.get(l.indicator_id)!.dataset] : [],
      ),
    );
    const datasets = [...new Set([plan.dataset_id, ...indicatorDatasets])].sort().map((d) => ref.datasets.get(d)!);
    return c.json(
      {
        ...node,
        plan_ref: planRef(plan),
        sources: await planSources(c.var.db, plan),
        meta: { datasets, notices: exampleDataNotices(datasets) },
      },
      200,
    );
  })
  .openapi(followUp, async (c) => {
    const { goal, plan, tree } = await goalWithPlan(c, c.req.valid('param').id);
    return followUpAnswer(c, plan, tree, goal, c.req.valid('query'));
  });
