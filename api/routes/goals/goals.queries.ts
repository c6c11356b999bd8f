import type { Selectable } from 'kysely';
import type { Db, GoalIndicatorsTable, GoalsTable, PlansTable } from '../../db/database.ts';
import type { ReferenceData } from '../../db/reference-data.ts';
import { TOTAL_BREAKDOWN } from '../../lib/vocabulary.ts';
import { assessTrend, directionUsed, rankableUnit, rankAmong, METHOD_PARAMETERS, type SeriesValue } from './goals.follow-up.ts';
import type { FollowUpGoal, FollowUpLink, GoalNode, GoalSdg, IndicatorLink } from './goals.schemas.ts';

type GoalRow = Selectable<GoalsTable>;
type LinkRow = Selectable<GoalIndicatorsTable>;
type PlanRow = Pick<Selectable<PlansTable>, 'id' | 'geo'>;
type Direction = LinkRow['direction'];

/** A plan's goals with what the document links to each, read in three queries. */
export interface GoalTree {
  goals: GoalRow[];
  sdg: Map<string, GoalSdg[]>;
  links: Map<string, LinkRow[]>;
}

export async function findGoal(db: Db, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function loadGoalTree(db: Db, planId: string): Promise<GoalTree> {
  const ofPlan = db.selectFrom('goals').select('id').where('plan_id', '=', planId);
  const [goals, sdgRows, linkRows] = await Promise.all([
    db.selectFrom('goals').selectAll().where('plan_id', '=', planId).orderBy('sort').orderBy('id').execute(),
    db
      .selectFrom('goal_sdg as l')
      .innerJoin('sdg_goals as g', 'g.goal', 'l.sdg_goal')
      .select(['l.goal_id', 'l.sdg_goal', 'l.sdg_target', 'g.short_sv', 'g.short_en', 'g.color'])
      .where('l.goal_id', 'in', ofPlan)
      .execute(),
    db.selectFrom('goal_indicators').selectAll().where('goal_id', 'in', ofPlan).orderBy('goal_id').orderBy('sort').execute(),
  ]);
  const sdg = new Map<string, GoalSdg[]>();
  // Goals by number, and a goal's own entry before its targets; targets in UN order (8.2 before 8.10, 8.a last).
  const targetKey = (t: string) => t.split('.').map((part) => (/^[0-9]+$/.test(part) ? part.padStart(3, '0') : `~${part}`)).join('.');
  sdgRows.sort((a, b) => a.sdg_goal - b.sdg_goal || targetKey(a.sdg_target).localeCompare(targetKey(b.sdg_target)));
  for (const r of sdgRows) {
    const list = sdg.get(r.goal_id) ?? [];
    const target = r.sdg_target === '' ? null : r.sdg_target;
    list.push({
      goal: r.sdg_goal,
      target,
      short_sv: r.short_sv,
      short_en: r.short_en,
      color: r.color,
      url: target ? `/v1/sdg/targets/${target}` : `/v1/sdg/goals/${r.sdg_goal}`,
    });
    sdg.set(r.goal_id, list);
  }
  const links = new Map<string, LinkRow[]>();
  for (const r of linkRows) links.set(r.goal_id, [...(links.get(r.goal_id) ?? []), r]);
  return { goals, sdg, links };
}

/** The goals under `parent` (null: the top), in document order. */
function childrenOf(tree: GoalTree, parent: string | null): GoalRow[] {
  return tree.goals.filter((g) => g.parent === parent);
}

/** One goal-indicator link as the API shows it. */
export function toIndicatorLink(row: LinkRow, plan: PlanRow, ref: ReferenceData): IndicatorLink {
  const meta = row.indicator_id ? ref.indicators.get(row.indicator_id) : undefined;
  const series = meta
    ? { indicator: meta.id, geo: row.geo ?? plan.geo, gender: row.gender ?? 'T', breakdown: row.breakdown ?? TOTAL_BREAKDOWN }
    : null;
  return {
    sort: row.sort,
    basis: row.basis,
    measure_sv: row.measure_sv,
    measure_en: row.measure_en,
    indicator: meta
      ? {
          id: meta.id,
          title_sv: meta.title_sv,
          title_en: meta.title_en,
          unit_sv: meta.unit_sv,
          unit_en: meta.unit_en,
          decimals: meta.decimals,
          direction: meta.direction as Direction,
          dataset: meta.dataset,
          url: `/v1/indicators/${meta.id}`,
        }
      : null,
    series: series
      ? {
          ...series,
          observations: `/v1/observations?indicator=${series.indicator}&geo=${series.geo}&gender=${series.gender}&breakdown=${series.breakdown}`,
        }
      : null,
    direction: row.direction,
    target_value: row.target_value,
    target_period: row.target_period,
    desired_outcome_sv: row.desired_outcome_sv,
    note: row.note,
    example: meta ? ref.datasets.get(meta.dataset)?.example === true : false,
  };
}

function toGoalFields(g: GoalRow, tree: GoalTree, plan: PlanRow, ref: ReferenceData) {
  return {
    id: g.id,
    plan: g.plan_id,
    parent: g.parent,
    level: g.level,
    number: g.number,
    title_sv: g.title_sv,
    title_en: g.title_en,
    description_sv: g.description_sv,
    sdg: tree.sdg.get(g.id) ?? [],
    indicators: (tree.links.get(g.id) ?? []).map((l) => toIndicatorLink(l, plan, ref)),
    url: `/v1/goals/${g.id}`,
    follow_up: `/v1/goals/${g.id}/follow-up`,
  };
}

/** The goal with everything under it, nested in document order. */
export function toGoalNode(g: GoalRow, tree: GoalTree, plan: PlanRow, ref: ReferenceData): GoalNode {
  return { ...toGoalFields(g, tree, plan, ref), children: childrenOf(tree, g.id).map((c) => toGoalNode(c, tree, plan, ref)) };
}

/** The top of a plan's goal tree, nested. */
export function goalForest(tree: GoalTree, plan: PlanRow, ref: ReferenceData): GoalNode[] {
  return childrenOf(tree, null).map((g) => toGoalNode(g, tree, plan, ref));
}

/** The goal (or, for null, the whole tree) flattened depth-first: parents before children, in document order. */
export function flattenGoals(tree: GoalTree, root: GoalRow | null): { goal: GoalRow; depth: number }[] {
  const out: { goal: GoalRow; depth: number }[] = [];
  const walk = (g: GoalRow, depth: number) => {
    out.push({ goal: g, depth });
    for (const c of childrenOf(tree, g.id)) walk(c, depth + 1);
  };
  for (const g of root ? [root] : childrenOf(tree, null)) walk(g, 0);
  return out;
}

/** The series' values that are not null, in period order. */
async function seriesValues(db: Db, s: NonNullable<IndicatorLink['series']>): Promise<SeriesValue[]> {
  const rows = await db
    .selectFrom('observations')
    .select(['period', 'value', 'status'])
    .where('indicator_id', '=', s.indicator)
    .where('geo', '=', s.geo)
    .where('gender', '=', s.gender)
    .where('breakdown', '=', s.breakdown)
    .where('value', 'is not', null)
    .orderBy('period')
    .execute();
  return rows.map((r) => ({ period: r.period, value: r.value!, status: r.status }));
}

/** Every municipality's value for the indicator, gender and breakdown in one period. */
async function periodValues(db: Db, s: NonNullable<IndicatorLink['series']>, period: string) {
  const rows = await db
    .selectFrom('observations as o')
    .innerJoin('geographies as g', 'g.code', 'o.geo')
    .select(['o.geo', 'o.value'])
    .where('o.indicator_id', '=', s.indicator)
    .where('o.period', '=', period)
    .where('o.gender', '=', s.gender)
    .where('o.breakdown', '=', s.breakdown)
    .where('o.value', 'is not', null)
    .where('g.type', '=', METHOD_PARAMETERS.rank_geography_type)
    .execute();
  return rows.map((r) => ({ geo: r.geo, value: r.value! }));
}

/** One link's follow-up: its series, latest value, change, assessment and rank (goals.follow-up.ts). */
export async function followUpLink(db: Db, link: IndicatorLink): Promise<FollowUpLink> {
  if (!link.indicator || !link.series) {
    return {
      ...link,
      status: 'no_data_yet',
      latest: null,
      base: null,
      values: [],
      change: null,
      threshold: null,
      direction_used: null,
      assessment: null,
      series_break: false,
      rank: null,
    };
  }
  const direction = directionUsed(link.direction, link.indicator.direction);
  const trend = assessTrend(await seriesValues(db, link.series), direction);
  const rank = trend.latest && rankableUnit(link.indicator.unit_en)
    ? rankAmong(trend.latest.period, await periodValues(db, link.series, trend.latest.period), link.series.geo, direction)
    : null;
  return { ...link, status: 'followed', ...trend, rank };
}

/** The follow-up of the goals given (flattened), each with its links. */
export async function followUpGoals(db: Db, tree: GoalTree, goals: { goal: GoalRow; depth: number }[], plan: PlanRow, ref: ReferenceData): Promise<FollowUpGoal[]> {
  return Promise.all(
    goals.map(async ({ goal: g, depth }) => ({
      id: g.id,
      parent: g.parent,
      depth,
      level: g.level,
      number: g.number,
      title_sv: g.title_sv,
      title_en: g.title_en,
      sdg: tree.sdg.get(g.id) ?? [],
      url: `/v1/goals/${g.id}`,
      links: await Promise.all((tree.links.get(g.id) ?? []).map((l) => followUpLink(db, toIndicatorLink(l, plan, ref)))),
    })),
  );
}
