import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRoute, createRouter, type AppEnv } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse, type Format } from '../../lib/formats.ts';
import { badRequestResponse, jsonOnly, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { notFound } from '../../lib/problem.ts';
import { exampleDataNotices } from '../datasets/datasets.queries.ts';
import { findPlan, planSources, unknownPlanMessage, type PlanRow } from '../plans/plans.queries.ts';
import { METHOD } from './goals.follow-up.ts';
import { findGoal, flattenGoals, followUpGoals, loadGoalTree, toGoalNode, type GoalTree } from './goals.queries.ts';
import { FollowUpSchema, GoalSchema, type FollowUpGoal } from './goals.schemas.ts';

const tags = ['Plans and goals'];
const idParam = z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'haninge-arbetsmarknadsstrategi-2020.so1' });

const unknownGoal = (id: string) =>
  notFound(`unknown goal '${id}'; goal ids are listed in their plan's goal tree: see /v1/plans, then /v1/plans/{id}`);

/** The method, for the OpenAPI descriptions of both follow-up routes. */
export const FOLLOW_UP_DESCRIPTION =
  `For each goal, each measure it is followed by: the series, its latest value, the values the assessment uses, the change, ` +
  `an assessment (improving, stable, worsening, not_enough_data, not_assessed) and the rank among all municipalities. ` +
  `Measures with no series yet say no_data_yet and why. Method (${METHOD.id}, also in the response's \`method\`): ${METHOD.en} ` +
  `As CSV: one row per measure.`;

const one = createRoute({
  method: 'get',
  path: '/v1/goals/{id}',
  tags,
  summary: 'One goal: its Agenda 2030 links, its indicators and the goals under it',
  request: { params: z.object({ id: idParam }) },
  responses: { 200: jsonOnly(GoalSchema, 'The goal, with the goals under it nested in document order'), 304: notModifiedResponse, 404: notFoundResponse },
});

/** The follow-up route of a goal or a plan: the same answer, for a subtree or a whole plan. */
export function followUpRoute(path: '/v1/goals/{id}/follow-up' | '/v1/plans/{id}/follow-up', summary: string, idParam: z.ZodString) {
  return createRoute({
    method: 'get',
    path,
    tags,
    summary,
    description: FOLLOW_UP_DESCRIPTION,
    request: { params: z.object({ id: idParam }), query: z.object({ format: tableFormatParam }) },
    responses: {
      200: jsonOrCsv(FollowUpSchema, 'The follow-up, goals in document order'),
      304: notModifiedResponse,
      400: badRequestResponse,
      404: notFoundResponse,
    },
  });
}

const followUp = followUpRoute('/v1/goals/{id}/follow-up', 'Follow-up of one goal and the goals under it: latest values, change, assessment and rank', idParam);

const FOLLOW_UP_COLUMNS = [
  'goal', 'goal_number', 'goal_title_sv', 'goal_title_en', 'sort', 'basis', 'measure_sv', 'measure_en', 'status', 'indicator',
  'geo', 'gender', 'breakdown', 'unit_sv', 'direction_used', 'base_period', 'base_value', 'latest_period', 'latest_value',
  'change', 'threshold', 'assessment', 'series_break', 'rank', 'ranked', 'tied', 'rank_period', 'example', 'note',
];

function followUpCsvRows(goals: FollowUpGoal[]) {
  return goals.flatMap((g) =>
    g.links.map((l) => ({
      ...l,
      goal: g.id,
      goal_number: g.number,
      goal_title_sv: g.title_sv,
      goal_title_en: g.title_en,
      indicator: l.indicator?.id,
      unit_sv: l.indicator?.unit_sv,
      geo: l.series?.geo,
      gender: l.series?.gender,
      breakdown: l.series?.breakdown,
      base_period: l.base?.period,
      base_value: l.base?.value,
      latest_period: l.latest?.period,
      latest_value: l.latest?.value,
      rank: l.rank?.rank,
      ranked: l.rank?.of,
      tied: l.rank?.tied,
      rank_period: l.rank?.period,
    })),
  );
}

/** The follow-up of a plan, or of one goal and the goals under it, in the format asked for. */
export async function followUpAnswer(c: Context<AppEnv>, plan: PlanRow, tree: GoalTree, root: GoalTree['goals'][number] | null, format: Format | undefined) {
  const ref = await c.var.reference();
  const goals = await followUpGoals(c.var.db, tree, flattenGoals(tree, root), plan, ref);
  const links = goals.flatMap((g) => g.links);
  const datasetIds = [plan.dataset_id, ...links.flatMap((l) => (l.indicator ? [l.indicator.dataset] : []))];
  const datasets = [...new Set(datasetIds)].sort().map((id) => ref.datasets.get(id)!);
  const filename = `maltal-follow-up-${root ? root.id : plan.id}`;
  return tableResponse(c, negotiate(c, format), { columns: FOLLOW_UP_COLUMNS, rows: followUpCsvRows(goals), filename }, () => ({
    plan: { id: plan.id, geo: plan.geo, title_sv: plan.title_sv, title_en: plan.title_en, url: `/v1/plans/${plan.id}` },
    goal: root ? root.id : null,
    method: METHOD,
    goals,
    meta: { count: links.length, datasets, notices: exampleDataNotices(datasets) },
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
    const node = toGoalNode(goal, tree, plan, ref);
    const indicatorDatasets = flattenGoals(tree, goal).flatMap(({ goal: g }) =>
      (tree.links.get(g.id) ?? []).flatMap((l) => (l.indicator_id && ref.indicators.has(l.indicator_id) ? [ref.indicators.get(l.indicator_id)!.dataset] : [])),
    );
    const datasets = [...new Set([plan.dataset_id, ...indicatorDatasets])].sort().map((d) => ref.datasets.get(d)!);
    return c.json(
      {
        ...node,
        plan_ref: { id: plan.id, geo: plan.geo, title_sv: plan.title_sv, title_en: plan.title_en, url: `/v1/plans/${plan.id}` },
        sources: await planSources(c.var.db, plan),
        meta: { datasets, notices: exampleDataNotices(datasets) },
      },
      200,
    );
  })
  .openapi(followUp, async (c) => {
    const { goal, plan, tree } = await goalWithPlan(c, c.req.valid('param').id);
    return followUpAnswer(c, plan, tree, goal, c.req.valid('query').format);
  });
