import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOnly, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { listParam } from '../../lib/params.ts';
import { badRequest, notFound } from '../../lib/problem.ts';
import { PLAN_TYPES } from '../../lib/vocabulary.ts';
import { exampleDataNotices } from '../datasets/datasets.queries.ts';
import { unknownGeographyMessage } from '../geographies/geographies.queries.ts';
import { goalForest, loadGoalTree } from '../goals/goals.queries.ts';
import { followUpAnswer, followUpRoute, goalLangQuery } from '../goals/goals.routes.ts';
import { findPlan, listPlans, planSources, toPlanSummary, unknownPlanMessage } from './plans.queries.ts';
import { PlanListSchema, PlanSchema } from './plans.schemas.ts';

const tags = ['Plans and goals'];
const idParam = z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'haninge-arbetsmarknadsstrategi-2020' });

const list = createRoute({
  method: 'get',
  path: '/v1/plans',
  operationId: 'listPlans',
  tags,
  summary: "Municipalities' steering documents: council goals, strategies, frameworks",
  request: {
    query: z.object({
      geo: listParam(
        /^([0-9]{2}|[0-9]{4}|SE|[0-9]{4}-[a-z0-9-]+)$/,
        'expected comma-separated geography codes: 4 digits for a kommun (0136); see /v1/geographies?type=municipality',
        'Only the plans of these municipalities, comma-separated',
        '0136,1280',
      ),
      type: z
        .enum(PLAN_TYPES, { message: `expected one of ${PLAN_TYPES.join(', ')}` })
        .optional()
        .openapi({ description: 'Kind of document' }),
      format: tableFormatParam,
    }),
  },
  responses: {
    200: jsonOrCsv(PlanListSchema, 'The plans, by municipality code and id'),
    304: notModifiedResponse,
    400: badRequestResponse,
  },
});

const one = createRoute({
  method: 'get',
  path: '/v1/plans/{id}',
  operationId: 'getPlan',
  tags,
  summary: 'One plan with its goal tree, each goal with its Agenda 2030 goals and targets and its indicators',
  request: { params: z.object({ id: idParam }), query: z.object(goalLangQuery) },
  responses: {
    200: jsonOnly(PlanSchema, 'The plan and its goal tree, nested in document order'),
    304: notModifiedResponse,
    400: badRequestResponse,
    404: notFoundResponse,
  },
});

const followUp = followUpRoute(
  '/v1/plans/{id}/follow-up',
  "Follow-up of a plan's goals: latest values, change, assessment and rank for each measure",
  idParam,
);

const COLUMNS = [
  'id',
  'geo',
  'geo_name_sv',
  'title_sv',
  'title_en',
  'type',
  'adopted_by',
  'adopted',
  'valid_from',
  'valid_until',
  'start_year',
  'document',
  'document_url',
  'dataset',
  'goal_count',
  'indicator_link_count',
  'url',
];

export const plansRouter = createRouter()
  .openapi(list, async (c) => {
    const query = c.req.valid('query');
    const ref = await c.var.reference();
    const unknown = (query.geo ?? []).filter((code) => !ref.geographies.has(code));
    if (unknown.length > 0) {
      throw badRequest(
        unknownGeographyMessage(unknown[0]!),
        unknown.map((code) => ({ in: 'query', name: 'geo', message: `unknown code '${code}'` })),
      );
    }
    const data = (await listPlans(c.var.db, { geos: query.geo, type: query.type })).map(toPlanSummary);
    const datasets = [...new Set(data.map((p) => p.dataset))].sort().map((id) => ref.datasets.get(id)!);
    return tableResponse(c, negotiate(c, query.format), { columns: COLUMNS, rows: data, filename: 'maltal-plans' }, () => ({
      data,
      meta: { count: data.length, datasets },
    }));
  })
  .openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.var.db;
    const plan = await findPlan(db, id);
    if (!plan) throw notFound(unknownPlanMessage(id));
    const [tree, sources, ref] = await Promise.all([loadGoalTree(db, id), planSources(db, plan), c.var.reference()]);
    const indicatorDatasets = [...tree.links.values()].flat().flatMap((l) => {
      const meta = l.indicator_id ? ref.indicators.get(l.indicator_id) : undefined;
      return meta ? [meta.dataset] : [];
    });
    const datasets = [...new Set([plan.dataset_id, ...indicatorDatasets])].sort().map((d) => ref.datasets.get(d)!);
    return c.json(
      {
        ...toPlanSummary(plan),
        sources,
        goals: goalForest(tree, plan, ref, c.req.valid('query').lang),
        meta: { datasets, notices: exampleDataNotices(datasets) },
      },
      200,
    );
  })
  .openapi(followUp, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.var.db;
    const plan = await findPlan(db, id);
    if (!plan) throw notFound(unknownPlanMessage(id));
    return followUpAnswer(c, plan, await loadGoalTree(db, id), null, c.req.valid('query'));
  });
