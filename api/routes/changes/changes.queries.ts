import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Change } from './changes.schemas.ts';

export interface ChangeFilter {
  since?: string;
  indicators?: string[];
  geos?: string[];
  dataset?: string;
  after?: (string | number)[];
  limit: number;
}

/** The order of the feed, which is also its cursor: oldest first, then by dataset and value key. */
export const CHANGE_KEY = ['date', 'dataset', 'version', 'indicator', 'geo', 'period', 'gender', 'breakdown'] as const;

export async function listChanges(db: Db, f: ChangeFilter): Promise<Change[]> {
  let query = db
    .selectFrom('observation_changes')
    .select([
      'date',
      'dataset_id as dataset',
      'version',
      'indicator_id as indicator',
      'geo',
      'period',
      'gender',
      'breakdown',
      'change',
      'old_value',
      'new_value',
      'old_status',
      'new_status',
    ]);
  if (f.since) query = query.where('date', '>=', f.since);
  if (f.indicators?.length) query = query.where('indicator_id', 'in', f.indicators);
  if (f.geos?.length) query = query.where('geo', 'in', f.geos);
  if (f.dataset) query = query.where('dataset_id', '=', f.dataset);
  if (f.after) {
    const [date, dataset, version, indicator, geo, period, gender, breakdown] = f.after;
    query = query.where(
      sql<SqlBool>`(date, dataset_id, version, indicator_id, geo, period, gender, breakdown) > (${date}, ${dataset}, ${version}, ${indicator}, ${geo}, ${period}, ${gender}, ${breakdown})` as Expression<SqlBool>,
    );
  }
  return query
    .orderBy('date')
    .orderBy('dataset_id')
    .orderBy('version')
    .orderBy('indicator_id')
    .orderBy('geo')
    .orderBy('period')
    .orderBy('gender')
    .orderBy('breakdown')
    .limit(f.limit)
    .execute();
}

/** The changes made after `date` to the values of these indicators, oldest first: what as_of= undoes. */
export async function changesAfter(db: Db, indicators: readonly string[], date: string) {
  return db
    .selectFrom('observation_changes')
    .select(['date', 'version', 'indicator_id as indicator', 'geo', 'period', 'gender', 'breakdown', 'change', 'old_value', 'old_status'])
    .where('indicator_id', 'in', [...indicators])
    .where('date', '>', date)
    .orderBy('date')
    .orderBy('version')
    .execute();
}

export async function listVersions(db: Db, dataset: string) {
  return db
    .selectFrom('dataset_versions')
    .select(['version', 'date', 'new', 'revised', 'deleted'])
    .where('dataset_id', '=', dataset)
    .orderBy('date')
    .orderBy('version')
    .execute();
}
