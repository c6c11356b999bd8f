import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/database.ts';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { notFound } from '../../lib/problem.ts';
import { sdgLinksFor, toIndicatorSummary } from '../indicators/indicators.queries.ts';
import { GoalDetailSchema, GoalListSchema, TargetDetailSchema } from './sdg.schemas.ts';
import { findGoal, findTarget, linkedIndicatorIds, listGoals, listTargets, listUnIndicators, toGoal, toTarget } from './sdg.queries.ts';

const tags = ['Agenda 2030'];

const goals = createRoute({
  method: 'get',
  path: '/v1/sdg/goals',
  operationId: 'listSdgGoals',
  tags,
  summary: 'The 17 goals with their official colours',
  request: { query: z.object({ format: tableFormatParam }) },
  responses: { 200: jsonOrCsv(GoalListSchema, 'The goals'), 304: notModifiedResponse, 400: badRequestResponse },
});

const goal = createRoute({
  method: 'get',
  path: '/v1/sdg/goals/{goal}',
  operationId: 'getSdgGoal',
  tags,
  summary: 'One goal with its targets and the indicators linked to it',
  request: {
    params: z.object({
      goal: z
        .string()
        .regex(/^[0-9]{1,3}$/, { message: 'expected a goal number from 1 to 17' })
        .openapi({ param: { name: 'goal', in: 'path' }, example: '8' }),
    }),
  },
  responses: {
    200: { description: 'The goal', content: { 'application/json': { schema: GoalDetailSchema } } },
    304: notModifiedResponse,
    400: badRequestResponse,
    404: notFoundResponse,
  },
});

const target = createRoute({
  method: 'get',
  path: '/v1/sdg/targets/{target}',
  operationId: 'getSdgTarget',
  tags,
  summary: 'One target with its UN indicators and the indicators linked to it',
  request: { params: z.object({ target: z.string().openapi({ param: { name: 'target', in: 'path' }, example: '8.5' }) }) },
  responses: {
    200: { description: 'The target', content: { 'application/json': { schema: TargetDetailSchema } } },
    304: notModifiedResponse,
    404: notFoundResponse,
  },
});

async function indicatorSummaries(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const [rows, sdg] = await Promise.all([
    db.selectFrom('indicators').selectAll().where('id', 'in', ids).orderBy('id').execute(),
    sdgLinksFor(db, ids),
  ]);
  return rows.map((r) => toIndicatorSummary(r, sdg));
}

const GOAL_COLUMNS = ['goal', 'color', 'short_sv', 'short_en', 'title_sv', 'title_en', 'sv_source', 'targets', 'indicators', 'url'];

export const sdgRouter = createRouter()
  .openapi(goals, async (c) => {
    const { format } = c.req.valid('query');
    const data = (await listGoals(c.var.db)).map(toGoal);
    return tableResponse(c, negotiate(c, format), { columns: GOAL_COLUMNS, rows: data, filename: 'maltal-sdg-goals' }, () => ({
      data,
      meta: { count: data.length },
    }));
  })
  .openapi(goal, async (c) => {
    const n = Number(c.req.valid('param').goal);
    const db = c.var.db;
    const row = await findGoal(db, n);
    if (!row) throw notFound(`unknown Agenda 2030 goal '${n}'; the goals are numbered 1 to 17, see /v1/sdg/goals`);
    const [targets, linked] = await Promise.all([
      listTargets(db, n),
      linkedIndicatorIds(db, { goal: n }).then((ids) => indicatorSummaries(db, ids)),
    ]);
    return c.json({ ...toGoal(row), target_list: targets.map(toTarget), linked_indicators: linked }, 200);
  })
  .openapi(target, async (c) => {
    const { target: id } = c.req.valid('param');
    const db = c.var.db;
    const row = await findTarget(db, id);
    if (!row) throw notFound(`unknown Agenda 2030 target '${id}'; targets look like 8.5 or 13.a, see /v1/sdg/goals/{goal}`);
    const [goalRow, un, linked] = await Promise.all([
      findGoal(db, row.goal),
      listUnIndicators(db, id),
      linkedIndicatorIds(db, { target: id }).then((ids) => indicatorSummaries(db, ids)),
    ]);
    const { targets: _t, indicators: _i, ...goalRef } = toGoal(goalRow!);
    return c.json({ ...toTarget(row), goal_ref: goalRef, un_indicators: un, linked_indicators: linked }, 200);
  });
