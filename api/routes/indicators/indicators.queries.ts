import { sql, type Selectable } from 'kysely';
import type { Db, IndicatorsTable } from '../../db/database.ts';
import type { IndicatorSummary } from './indicators.schemas.ts';
import { ftsQuery, SEARCH_RANKING } from './indicators.search.ts';

export type IndicatorRow = Selectable<IndicatorsTable>;

export interface IndicatorFilter {
  q?: string;
  goal?: number;
  target?: string;
  dataset?: string;
  topic?: string;
  status?: 'active' | 'discontinued';
  /** The id of the last row of the previous page (listing), or how many results came before (search). */
  after?: string | number;
  limit: number;
}

export function splitIds(list: string | null): string[] {
  return list ? list.split(';') : [];
}

type SdgLinks = Map<string, IndicatorSummary['sdg']>;

export function toIndicatorSummary(row: IndicatorRow, sdg: SdgLinks): IndicatorSummary {
  return {
    id: row.id,
    title_sv: row.title_sv,
    title_en: row.title_en,
    unit_sv: row.unit_sv,
    unit_en: row.unit_en,
    decimals: row.decimals,
    direction: row.direction,
    topic: row.topic,
    dataset: row.dataset_id,
    status: row.status,
    successors: splitIds(row.successors),
    predecessors: splitIds(row.predecessors),
    breakdown_dimension: row.breakdown_dimension,
    release: row.release,
    last_published: row.last_published,
    next_publication: row.next_publication,
    sdg: sdg.get(row.id) ?? [],
    url: `/v1/indicators/${row.id}`,
  };
}

const W = SEARCH_RANKING.column_weights;

/**
 * Indicators by filter. With `q`, the matches of the search (indicators.search.ts) ranked best
 * first, paged by position; without, every indicator in id order, paged by id.
 */
export async function listIndicators(db: Db, f: IndicatorFilter): Promise<IndicatorRow[]> {
  const match = f.q ? ftsQuery(f.q) : null;
  let query = db.selectFrom('indicators').selectAll('indicators');
  if (match) {
    query = query
      .innerJoin('indicators_search as s', 's.id', 'indicators.id')
      .where(sql<boolean>`indicators_search MATCH ${match}`)
      .orderBy(
        sql`bm25(indicators_search, 0, ${W.title_sv}, ${W.title_en}, ${W.description_sv}, ${W.description_en}, ${W.terms}) * s.weight`,
      );
  }
  if (f.goal !== undefined || f.target !== undefined) {
    let links = db.selectFrom('indicator_sdg').select('indicator_id');
    if (f.goal !== undefined) links = links.where('goal', '=', f.goal);
    if (f.target !== undefined) links = links.where('target', '=', f.target);
    query = query.where('indicators.id', 'in', links);
  }
  if (f.dataset) query = query.where('dataset_id', '=', f.dataset);
  if (f.topic) query = query.where('topic', '=', f.topic);
  if (f.status) query = query.where('status', '=', f.status);
  if (match)
    return query
      .orderBy('indicators.id')
      .limit(f.limit)
      .offset(Number(f.after ?? 0))
      .execute();
  if (f.after !== undefined) query = query.where('indicators.id', '>', String(f.after));
  return query.orderBy('indicators.id').limit(f.limit).execute();
}

export async function findIndicator(db: Db, id: string): Promise<IndicatorRow | undefined> {
  return db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function existingIndicatorIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('indicators')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function sdgLinksFor(db: Db, ids: readonly string[]): Promise<SdgLinks> {
  const links: SdgLinks = new Map();
  if (ids.length === 0) return links;
  const rows = await db
    .selectFrom('indicator_sdg')
    .select(['indicator_id', 'goal', 'target', 'relation'])
    .where('indicator_id', 'in', [...ids])
    .orderBy('indicator_id')
    .orderBy('goal')
    .orderBy('target')
    .execute();
  for (const r of rows) {
    const list = links.get(r.indicator_id) ?? [];
    list.push({ goal: r.goal, target: r.target === '' ? null : r.target, relation: r.relation });
    links.set(r.indicator_id, list);
  }
  return links;
}

export async function topics(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('indicators').select('topic').distinct().orderBy('topic').execute();
  return rows.map((r) => r.topic);
}

/** Which periods, geographies, genders and breakdowns an indicator has values for. */
export async function indicatorCoverage(db: Db, row: IndicatorRow) {
  const [periods, geos, genders, breakdowns, total] = await Promise.all([
    db.selectFrom('observations').select('period').distinct().where('indicator_id', '=', row.id).orderBy('period').execute(),
    db
      .selectFrom('observations as o')
      .innerJoin('geographies as g', 'g.code', 'o.geo')
      .select(['o.geo', 'g.type'])
      .distinct()
      .where('o.indicator_id', '=', row.id)
      .orderBy('o.geo')
      .execute(),
    db.selectFrom('observations').select('gender').distinct().where('indicator_id', '=', row.id).orderBy('gender').execute(),
    db
      .selectFrom('breakdowns')
      .select(['code', 'label_sv', 'label_en'])
      .where('dataset_id', '=', row.dataset_id)
      .where('dimension', '=', row.breakdown_dimension ?? '')
      .where('code', 'in', db.selectFrom('observations').select('breakdown').where('indicator_id', '=', row.id))
      .orderBy('sort')
      .execute(),
    db.selectFrom('observations').select(sql<number>`count(*)`.as('n')).where('indicator_id', '=', row.id).executeTakeFirstOrThrow(),
  ]);
  const byType = { country: 0, county: 0, municipality: 0, area: 0 };
  for (const g of geos) byType[g.type] += 1;
  return {
    observations: total.n,
    periods: periods.map((p) => p.period),
    first_period: periods[0]?.period ?? null,
    last_period: periods.at(-1)?.period ?? null,
    geographies: { count: geos.length, by_type: byType, codes: geos.map((g) => g.geo) },
    genders: genders.map((g) => g.gender),
    breakdowns,
  };
}
