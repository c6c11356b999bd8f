import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export async function listGoals(db: Db) {
  return db
    .selectFrom('sdg_goals as g')
    .selectAll('g')
    .select([
      sql<number>`(SELECT count(*) FROM sdg_targets t WHERE t.goal = g.goal)`.as('targets'),
      sql<number>`(SELECT count(DISTINCT indicator_id) FROM indicator_sdg s WHERE s.goal = g.goal)`.as('indicators'),
    ])
    .orderBy('g.goal')
    .execute();
}

export type GoalRow = Awaited<ReturnType<typeof listGoals>>[number];

export function toGoal(row: GoalRow) {
  return { ...row, url: `/v1/sdg/goals/${row.goal}` };
}

export async function findGoal(db: Db, goal: number) {
  return (await listGoals(db)).find((g) => g.goal === goal);
}

export async function findTarget(db: Db, target: string) {
  return db.selectFrom('sdg_targets').selectAll().where('target', '=', target).executeTakeFirst();
}

export async function listTargets(db: Db, goal: number) {
  return db.selectFrom('sdg_targets').selectAll().where('goal', '=', goal).orderBy('sort').execute();
}

export function toTarget(row: {
  target: string;
  goal: number;
  text_en: string;
  text_sv: string | null;
  short_sv: string | null;
  sv_source: string | null;
}) {
  return {
    target: row.target,
    goal: row.goal,
    text_en: row.text_en,
    text_sv: row.text_sv,
    short_sv: row.short_sv,
    sv_source: row.sv_source,
    url: `/v1/sdg/targets/${row.target}`,
  };
}

export async function listUnIndicators(db: Db, target: string) {
  return db
    .selectFrom('sdg_indicators')
    .select(['indicator', 'text_en', 'unsd_code'])
    .where('target', '=', target)
    .orderBy('sort')
    .execute();
}

/** Ids of the indicators linked to a goal, or to one of its targets. */
export async function linkedIndicatorIds(db: Db, link: { goal?: number; target?: string }): Promise<string[]> {
  let query = db.selectFrom('indicator_sdg').select('indicator_id').distinct();
  if (link.goal !== undefined) query = query.where('goal', '=', link.goal);
  if (link.target !== undefined) query = query.where('target', '=', link.target);
  const rows = await query.orderBy('indicator_id').execute();
  return rows.map((r) => r.indicator_id);
}

/** The links of indicators to a goal (or every goal) and its targets: which indicator follows which target, and how. */
export async function indicatorSdgLinks(db: Db, goal?: number) {
  let query = db.selectFrom('indicator_sdg').select(['indicator_id', 'goal', 'target', 'relation']);
  if (goal !== undefined) query = query.where('goal', '=', goal);
  return query.orderBy('goal').orderBy('target').orderBy('indicator_id').execute();
}

/** The goals of plans that the plans' documents link to an Agenda 2030 goal (or one target of it). */
export async function planGoalsLinkedTo(db: Db, link: { goal: number; target?: string }) {
  let query = db
    .selectFrom('goal_sdg as l')
    .innerJoin('goals as g', 'g.id', 'l.goal_id')
    .innerJoin('plans as p', 'p.id', 'g.plan_id')
    .select([
      'l.sdg_target as target',
      'g.id',
      'g.number',
      'g.title_sv',
      'g.title_en',
      'p.id as plan_id',
      'p.title_sv as plan_title_sv',
      'p.title_en as plan_title_en',
      'p.geo',
    ])
    .where('l.sdg_goal', '=', link.goal);
  if (link.target !== undefined) query = query.where('l.sdg_target', '=', link.target);
  return query.orderBy('p.geo').orderBy('g.plan_id').orderBy('g.sort').execute();
}
