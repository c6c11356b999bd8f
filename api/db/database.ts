/**
 * The one Kysely `Database` interface, matching api/db/migrations. The app takes a
 * `Kysely<Database>` made by the runtime's entry (better-sqlite3 on Node, D1 on the edge).
 */
import { Kysely, type Dialect } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

export interface DatasetsTable {
  id: string;
  title_sv: string;
  title_en: string;
  description_sv: string;
  description_en: string;
  version: string;
  updated: string;
  publisher: string;
  licenses: string;
  licence_note_sv: string;
  licence_note_en: string;
  attribution_sv: string;
  attribution_en: string;
  caveats: string;
  example: number;
  built_by: string;
  content_hash: string;
  descriptor: string;
}

export interface DatasetFilesTable {
  dataset_id: string;
  path: string;
  chunk: number;
  content: string;
}

export interface SourcesTable {
  dataset_id: string;
  id: string;
  title: string;
  path: string;
  publisher: string;
  retrieved: string;
  licence: string;
  attribution: string | null;
  note: string | null;
}

export interface GeographiesTable {
  code: string;
  name_sv: string;
  name_en: string;
  short_name: string;
  type: 'country' | 'county' | 'municipality' | 'area';
  parent: string | null;
  kolada_id: string | null;
  dataset_id: string;
}

export interface SdgGoalsTable {
  goal: number;
  color: string;
  short_sv: string;
  short_en: string;
  title_sv: string;
  title_en: string;
  sv_source: string | null;
}

export interface SdgTargetsTable {
  target: string;
  goal: number;
  text_en: string;
  text_sv: string | null;
  short_sv: string | null;
  sv_source: string | null;
  sort: number;
}

export interface SdgIndicatorsTable {
  indicator: string;
  target: string;
  goal: number;
  text_en: string;
  unsd_code: string | null;
  sort: number;
}

export interface IndicatorsTable {
  id: string;
  dataset_id: string;
  title_sv: string;
  title_en: string;
  description_sv: string;
  description_en: string;
  unit_sv: string;
  unit_en: string;
  decimals: number;
  direction: 'increase' | 'decrease' | 'none';
  topic: string;
  sources: string;
  status: 'active' | 'discontinued';
  successors: string | null;
  breakdown_dimension: string | null;
  release: string | null;
  caveats_sv: string | null;
  caveats_en: string | null;
  /** ISO date the source last published figures, where it says (migration 0004). */
  last_published: string | null;
  /** ISO date the source plans to publish next, where it says (migration 0004). */
  next_publication: string | null;
  /** ;-separated ids of the series this one replaces, never spliced with it (migration 0006). */
  predecessors: string | null;
}

/** The FTS5 index of indicators (migration 0006); `rank`-style columns are read through bm25(). */
export interface IndicatorsSearchTable {
  id: string;
  title_sv: string;
  title_en: string;
  description_sv: string;
  description_en: string;
  terms: string;
  weight: number;
}

export interface BreakdownsTable {
  dataset_id: string;
  dimension: string;
  code: string;
  label_sv: string;
  label_en: string;
  sort: number;
}

export interface IndicatorSdgTable {
  indicator_id: string;
  goal: number;
  target: string;
  relation: 'direct' | 'proxy' | 'context';
}

export interface ObservationsTable {
  indicator_id: string;
  geo: string;
  period: string;
  gender: 'T' | 'K' | 'M';
  breakdown: string;
  value: number | null;
  status: string;
  note: string | null;
  sources: string;
  n: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

export interface PlansTable {
  id: string;
  dataset_id: string;
  geo: string;
  title_sv: string;
  title_en: string;
  type: string;
  adopted_by: string | null;
  adopted: string | null;
  valid_from: string | null;
  valid_until: string | null;
  document: string;
  document_url: string | null;
  summary_sv: string;
  summary_en: string;
  sources: string;
  /** The first year the plan applies to (migration 0006). */
  start_year: number;
}

export interface GoalsTable {
  id: string;
  plan_id: string;
  parent: string | null;
  level: string;
  number: string | null;
  title_sv: string;
  title_en: string;
  description_sv: string | null;
  sort: number;
  level_en: string;
}

export interface GoalSdgTable {
  goal_id: string;
  sdg_goal: number;
  sdg_target: string;
}

export interface GoalIndicatorsTable {
  goal_id: string;
  sort: number;
  basis: 'document' | 'maltal';
  measure_sv: string;
  measure_en: string;
  indicator_id: string | null;
  geo: string | null;
  gender: 'T' | 'K' | 'M' | null;
  breakdown: string | null;
  direction: 'increase' | 'decrease' | 'none';
  target_value: number | null;
  target_period: string | null;
  desired_outcome_sv: string | null;
  note_sv: string;
  note_en: string;
  kind: 'statistic' | 'gap' | 'qualitative';
  compare_breakdown: string | null;
  data_needed_sv: string | null;
  data_needed_en: string | null;
}

export interface NetworksTable {
  id: string;
  dataset_id: string;
  name: string;
  description_sv: string;
  description_en: string;
  organiser: string;
  launched: string | null;
  url: string | null;
  member_count_indicator: string | null;
  sources: string;
}

export interface NetworkMembersTable {
  network_id: string;
  name: string;
  government_type: string;
  country: string;
  geo: string | null;
  status: string;
  joined: string | null;
  joined_basis: string | null;
  sources: string;
  note: string | null;
}

export interface CtcFactorsTable {
  id: string;
  dataset_id: string;
  domain: string;
  domain_sv: string;
  type: 'risk' | 'protective';
  name_en: string;
  name_sv: string | null;
  item_info: string | null;
  indicator_id: string | null;
  sources: string;
}

export interface BoundariesTable {
  code: string;
  type: 'municipality' | 'county';
  dataset_id: string;
  /** A GeoJSON Polygon or MultiPolygon, serialised. */
  geometry: string;
}

export interface DatasetVersionsTable {
  dataset_id: string;
  version: string;
  date: string;
  new: number;
  revised: number;
  deleted: number;
}

export interface ObservationChangesTable {
  dataset_id: string;
  version: string;
  date: string;
  indicator_id: string;
  geo: string;
  period: string;
  gender: 'T' | 'K' | 'M';
  breakdown: string;
  change: 'new' | 'revised' | 'deleted';
  old_value: number | null;
  new_value: number | null;
  old_status: string | null;
  new_status: string | null;
}

export interface Database {
  meta: MetaTable;
  datasets: DatasetsTable;
  dataset_files: DatasetFilesTable;
  sources: SourcesTable;
  geographies: GeographiesTable;
  sdg_goals: SdgGoalsTable;
  sdg_targets: SdgTargetsTable;
  sdg_indicators: SdgIndicatorsTable;
  indicators: IndicatorsTable;
  indicators_search: IndicatorsSearchTable;
  breakdowns: BreakdownsTable;
  indicator_sdg: IndicatorSdgTable;
  observations: ObservationsTable;
  plans: PlansTable;
  goals: GoalsTable;
  goal_sdg: GoalSdgTable;
  goal_indicators: GoalIndicatorsTable;
  networks: NetworksTable;
  network_members: NetworkMembersTable;
  ctc_factors: CtcFactorsTable;
  boundaries: BoundariesTable;
  dataset_versions: DatasetVersionsTable;
  observation_changes: ObservationChangesTable;
}

export type Db = Kysely<Database>;

export function createDb(dialect: Dialect): Db {
  return new Kysely<Database>({ dialect });
}
