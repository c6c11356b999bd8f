import { sql, type Selectable } from 'kysely';
import type { Db, GeographiesTable } from '../../db/database.ts';
import type { Geography } from './geographies.schemas.ts';

export type GeographyRow = Selectable<GeographiesTable>;

export function toGeography(row: GeographyRow): Geography {
  return {
    code: row.code,
    name_sv: row.name_sv,
    name_en: row.name_en,
    short_name: row.short_name,
    type: row.type,
    parent: row.parent,
    kolada_id: row.kolada_id,
    url: `/v1/geographies/${row.code}`,
  };
}

const TYPE_ORDER = sql<number>`CASE type WHEN 'country' THEN 0 WHEN 'county' THEN 1 WHEN 'municipality' THEN 2 ELSE 3 END`;

export async function listGeographies(db: Db, f: { type?: GeographyRow['type']; parent?: string; q?: string }) {
  let query = db.selectFrom('geographies').selectAll();
  if (f.type) query = query.where('type', '=', f.type);
  if (f.parent) query = query.where('parent', '=', f.parent);
  if (f.q) query = query.where(sql<boolean>`lower(name_sv || ' ' || name_en) LIKE ${`%${f.q.toLowerCase()}%`}`);
  return query.orderBy(TYPE_ORDER).orderBy('code').execute();
}

export async function findGeography(db: Db, code: string) {
  return db.selectFrom('geographies').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function countIndicatorsWithData(db: Db, code: string): Promise<number> {
  const row = await db
    .selectFrom('indicators as i')
    .select(sql<number>`count(*)`.as('n'))
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('observations as o').select('o.geo').whereRef('o.indicator_id', '=', 'i.id').where('o.geo', '=', code)),
    )
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function geographiesDatasetId(db: Db): Promise<string> {
  const row = await db.selectFrom('geographies').select('dataset_id').limit(1).executeTakeFirst();
  return row?.dataset_id ?? 'geographies';
}

/** The message for a code that is not a geography, with the Kolada form explained. */
export function unknownGeographyMessage(code: string): string {
  const hint = /^00[0-9]{2}$/.test(code)
    ? ` (Kolada's id; Måltal uses ${code === '0000' ? 'SE for Riket' : `${code.slice(2)} for this län`})`
    : '';
  return `unknown geography code '${code}'${hint}; see /v1/geographies?type=municipality for kommuner and /v1/geographies?type=county for län`;
}

const directories = new WeakMap<Db, Promise<GeographyRow[]>>();

/**
 * Every geography, read once per database: the database is read-only while it is served, and the
 * pages and the search look names up on every request (like api/db/reference-data.ts).
 */
export function geographyDirectory(db: Db): Promise<GeographyRow[]> {
  let rows = directories.get(db);
  if (!rows) {
    rows = listGeographies(db, {});
    rows.catch(() => directories.delete(db)); // read again on the next request rather than fail for ever
    directories.set(db, rows);
  }
  return rows;
}
