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
}

export interface FollowUpLink {
  sort: number;
  basis: 'document' | 'maltal';
  measure_sv: string;
  measure_en: string;
  indicator: { id: string; title_sv: string; title_en: string; unit_sv: string; unit_en: string; decimals: number; direction: string } | null;
  direction: string;
  target_value: number | null;
  target_period: string | null;
  note: string | null;
  example: boolean;
  status: 'followed' | 'no_data_yet';
  latest: FollowUpValue | null;
  base: FollowUpValue | null;
  change: number | null;
  assessment: Assessment | null;
  series_break: boolean;
  rank: { period: string; rank: number; of: number; tied: number } | null;
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
  plan: { id: string; geo: string; title_sv: string; title_en: string; url: string };
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

/** The assessment a link shows: the API's, or "no data yet" when no series follows the measure. */
export type Shown = Assessment | 'no_data_yet';

export function shownAssessment(link: FollowUpLink): Shown {
  return link.status === 'no_data_yet' || !link.assessment ? 'no_data_yet' : link.assessment;
}

/** How many links show each assessment, in a fixed order. */
export function countAssessments(goals: readonly FollowUpGoal[]): Record<Shown, number> {
  const counts: Record<Shown, number> = { improving: 0, stable: 0, worsening: 0, not_enough_data: 0, not_assessed: 0, no_data_yet: 0 };
  for (const goal of goals) for (const link of goal.links) counts[shownAssessment(link)] += 1;
  return counts;
}
