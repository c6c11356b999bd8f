/**
 * State of maltal-goals, pure: the shape of `GET /v1/plans/{id}/follow-up` (as documented in
 * /openapi.json: FollowUp), the Agenda 2030 goal icons, and counts for the summary.
 */
import type { DatasetMeta, Notice } from '../lib/types.ts';

export type Assessment = 'improving' | 'stable' | 'worsening' | 'not_enough_data' | 'not_assessed';

export interface FollowUpValue {
  period: string;
  value: number;
  status: string;
  /** For a gap: the two values it is the difference of. */
  parts?: { breakdown: number; compare: number } | null;
}

export interface Label {
  sv: string;
  en: string;
}

/** The measure beside the municipality's county or Sweden. */
export interface FollowUpComparison {
  geo: string;
  name_sv: string;
  name_en: string;
  role: 'county' | 'country';
  latest: FollowUpValue | null;
  difference: number | null;
  position: 'better' | 'worse' | 'equal' | null;
  base: FollowUpValue | null;
  base_difference: number | null;
  gap_trend: 'closing' | 'widening' | 'unchanged' | null;
}

export interface FollowUpLink {
  sort: number;
  basis: 'document' | 'maltal';
  kind: 'statistic' | 'gap' | 'qualitative';
  measure_sv: string;
  measure_en: string;
  indicator: {
    id: string;
    title_sv: string;
    title_en: string;
    unit_sv: string;
    unit_en: string;
    decimals: number;
    direction: string;
  } | null;
  series: { breakdown_label: Label | null; compare_label: Label | null } | null;
  direction: string;
  target_value: number | null;
  target_period: string | null;
  /** In the language asked for. */
  note: string | null;
  data_needed: string | null;
  example: boolean;
  status: 'followed' | 'stale' | 'no_data_yet' | 'qualitative';
  unit_sv: string | null;
  unit_en: string | null;
  latest: FollowUpValue | null;
  base: FollowUpValue | null;
  change: number | null;
  assessment: Assessment | null;
  series_break: boolean;
  rank: { period: string; rank: number; of: number; tied: number; text_sv: string; text_en: string } | null;
  comparisons: FollowUpComparison[];
  /** Every value of the series (for a gap, every period with both parts). */
  history?: FollowUpValue[];
}

export interface GoalSdgRef {
  goal: number;
  target: string | null;
  short_sv: string;
  short_en: string;
  color: string;
}

export interface FollowUpGoal {
  id: string;
  parent: string | null;
  depth: number;
  level: string;
  number: string | null;
  title_sv: string;
  title_en: string;
  sdg: GoalSdgRef[];
  links: FollowUpLink[];
}

export interface FollowUp {
  plan: { id: string; geo: string; title_sv: string; title_en: string; start_year: number; url: string };
  goal: string | null;
  method: { id: string; sv: string; en: string };
  goals: FollowUpGoal[];
  meta: { count: number; datasets: DatasetMeta[]; notices?: Notice[] };
}

/** `GET /v1/sdg/goals` rows: the official colours and titles. */
export interface SdgGoal {
  goal: number;
  color: string;
  short_sv: string;
  short_en: string;
  title_sv: string;
  title_en: string;
}

/**
 * What a link shows in place of an assessment: the API's assessment for current figures; stale when
 * the newest figure is older than the plan; no data yet; or that it is followed up in words.
 */
export type Shown = Assessment | 'stale' | 'no_data_yet' | 'qualitative';

export function shownAssessment(link: FollowUpLink): Shown {
  if (link.status === 'qualitative' || link.status === 'no_data_yet' || link.status === 'stale') return link.status;
  return link.assessment ?? 'no_data_yet';
}

/** How many links show each assessment, in a fixed order. */
export function countAssessments(goals: readonly FollowUpGoal[]): Record<Shown, number> {
  const counts: Record<Shown, number> = {
    improving: 0,
    stable: 0,
    worsening: 0,
    not_enough_data: 0,
    not_assessed: 0,
    stale: 0,
    no_data_yet: 0,
    qualitative: 0,
  };
  for (const goal of goals) for (const link of goal.links) counts[shownAssessment(link)] += 1;
  return counts;
}
