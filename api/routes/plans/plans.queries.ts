import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { PLAN_TYPES } from '../../lib/vocabulary.ts';
import { listSources } from '../datasets/datasets.queries.ts';
import type { PlanSummary } from './plans.schemas.ts';

function planQuery(db: Db) {
  return db
    .selectFrom('plans as p')
    .innerJoin('geographies as g', 'g.code', 'p.geo')
    .selectAll('p')
    .select([
      'g.name_sv as geo_name_sv',
      'g.name_en as geo_name_en',
      sql<number>`(SELECT count(*) FROM goals WHERE goals.plan_id = p.id)`.as('goal_count'),
      sql<number>`(SELECT count(*) FROM goal_indicators l JOIN goals ON goals.id = l.goal_id WHERE goals.plan_id = p.id)`.as(
        'indicator_link_count',
      ),
    ]);
}

export type PlanRow = Awaited<ReturnType<ReturnType<typeof planQuery>['execute']>>[number];

export function toPlanSummary(row: PlanRow): PlanSummary {
  return {
    id: row.id,
    geo: row.geo,
    geo_name_sv: row.geo_name_sv,
    geo_name_en: row.geo_name_en,
    title_sv: row.title_sv,
    title_en: row.title_en,
    type: row.type as (typeof PLAN_TYPES)[number],
    adopted_by: row.adopted_by,
    adopted: row.adopted,
    valid_from: row.valid_from,
    valid_until: row.valid_until,
    start_year: row.start_year,
    document: row.document,
    document_url: row.document_url,
    summary_sv: row.summary_sv,
    summary_en: row.summary_en,
    dataset: row.dataset_id,
    goal_count: row.goal_count,
    indicator_link_count: row.indicator_link_count,
    url: `/v1/plans/${row.id}`,
    follow_up: `/v1/plans/${row.id}/follow-up`,
  };
}

export async function listPlans(db: Db, f: { geos?: string[]; type?: (typeof PLAN_TYPES)[number] }): Promise<PlanRow[]> {
  let query = planQuery(db);
  if (f.geos?.length) query = query.where('p.geo', 'in', f.geos);
  if (f.type) query = query.where('p.type', '=', f.type);
  return query.orderBy('p.geo').orderBy('p.id').execute();
}

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  return planQuery(db).where('p.id', '=', id).executeTakeFirst();
}

/** The package sources the plan cites. */
export async function planSources(db: Db, plan: PlanRow) {
  const cited = new Set(plan.sources.split(';').map((s) => s.trim()));
  return (await listSources(db, plan.dataset_id)).filter((s) => cited.has(s.id));
}

export const unknownPlanMessage = (id: string) => `unknown plan '${id}'; see /v1/plans for the plans there are`;
