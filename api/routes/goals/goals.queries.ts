import type { Selectable } from 'kysely';
import type { Db, GoalIndicatorsTable, GoalsTable, PlansTable } from '../../db/database.ts';
import type { ReferenceData } from '../../db/reference-data.ts';
import { TOTAL_BREAKDOWN } from '../../lib/vocabulary.ts';
import type { GoalNode, GoalSdg, IndicatorLink } from './goals.schemas.ts';

export type GoalRow = Selectable<GoalsTable>;
type LinkRow = Selectable<GoalIndicatorsTable>;
export type PlanRow = Pick<Selectable<PlansTable>, 'id' | 'geo' | 'start_year'>;
type Direction = LinkRow['direction'];
export type Lang = 'sv' | 'en';

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
  const targetKey = (t: string) =>
    t
      .split('.')
      .map((part) => (/^[0-9]+$/.test(part) ? part.padStart(3, '0') : `~${part}`))
      .join('.');
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

/** The observations URL of a series; both breakdowns for a gap. */
function observationsUrl(s: {
  indicator: string;
  geo: string;
  gender: string;
  breakdown: string;
  compare_breakdown: string | null;
}): string {
  const breakdowns = s.compare_breakdown ? `${s.breakdown},${s.compare_breakdown}` : s.breakdown;
  return `/v1/observations?indicator=${s.indicator}&geo=${s.geo}&gender=${s.gender}&breakdown=${breakdowns}`;
}

/** One goal-indicator link as the API shows it, its words in `lang`. */
export function toIndicatorLink(row: LinkRow, plan: PlanRow, ref: ReferenceData, lang: Lang): IndicatorLink {
  const meta = row.indicator_id ? ref.indicators.get(row.indicator_id) : undefined;
  const series = meta
    ? {
        indicator: meta.id,
        geo: row.geo ?? plan.geo,
        gender: row.gender ?? 'T',
        breakdown: row.breakdown ?? TOTAL_BREAKDOWN,
        compare_breakdown: row.kind === 'gap' ? row.compare_breakdown : null,
      }
    : null;
  const label = (code: string | null | undefined) =>
    meta && code ? (ref.breakdownLabels.get(`${meta.dataset}/${meta.breakdown_dimension}/${code}`) ?? null) : null;
  return {
    sort: row.sort,
    basis: row.basis,
    kind: row.kind,
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
          breakdown_label: label(series.breakdown),
          compare_label: label(series.compare_breakdown),
          observations: observationsUrl(series),
        }
      : null,
    direction: row.direction,
    target_value: row.target_value,
    target_period: row.target_period,
    desired_outcome_sv: row.desired_outcome_sv,
    note: lang === 'en' ? row.note_en : row.note_sv,
    data_needed: lang === 'en' ? row.data_needed_en : row.data_needed_sv,
    example: meta ? ref.datasets.get(meta.dataset)?.example === true : false,
  };
}

function toGoalFields(g: GoalRow, tree: GoalTree, plan: PlanRow, ref: ReferenceData, lang: Lang) {
  return {
    id: g.id,
    plan: g.plan_id,
    parent: g.parent,
    level: lang === 'en' ? g.level_en : g.level,
    number: g.number,
    title_sv: g.title_sv,
    title_en: g.title_en,
    description_sv: g.description_sv,
    sdg: tree.sdg.get(g.id) ?? [],
    indicators: (tree.links.get(g.id) ?? []).map((l) => toIndicatorLink(l, plan, ref, lang)),
    url: `/v1/goals/${g.id}`,
    follow_up: `/v1/goals/${g.id}/follow-up`,
  };
}

/** The goal with everything under it, nested in document order. */
export function toGoalNode(g: GoalRow, tree: GoalTree, plan: PlanRow, ref: ReferenceData, lang: Lang): GoalNode {
  return { ...toGoalFields(g, tree, plan, ref, lang), children: childrenOf(tree, g.id).map((c) => toGoalNode(c, tree, plan, ref, lang)) };
}

/** The top of a plan's goal tree, nested. */
export function goalForest(tree: GoalTree, plan: PlanRow, ref: ReferenceData, lang: Lang): GoalNode[] {
  return childrenOf(tree, null).map((g) => toGoalNode(g, tree, plan, ref, lang));
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
