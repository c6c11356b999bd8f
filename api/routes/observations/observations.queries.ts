import { CompiledQuery, sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { GEOGRAPHY_TYPES } from '../../lib/vocabulary.ts';

export interface ObservationFilter {
  indicators: string[];
  geos?: string[];
  county?: string;
  geoType?: (typeof GEOGRAPHY_TYPES)[number];
  from?: string;
  to?: string;
  genders?: string[];
  breakdowns?: string[];
  latest?: boolean;
  lang: 'sv' | 'en';
  /** The sort key of the last row of the previous page. */
  after?: (string | number)[];
  limit: number;
}

/** The sort key, which is also the primary key: paging is stable and needs no offset. */
export const OBSERVATION_KEY = ['indicator', 'geo', 'period', 'gender', 'breakdown'] as const;

/**
 * The latest `to` period that still belongs to `to`: a year includes its months
 * ('2012' covers '2012-05'), so the bound for a year is its December.
 */
function upperBound(to: string): string {
  return to.length === 4 ? `${to}-12` : to;
}

/** One page of observations with their labels, in key order. Shared by every format. */
export function observationPage(db: Db, f: ObservationFilter) {
  let query = db
    .selectFrom('observations as o')
    .innerJoin('geographies as g', 'g.code', 'o.geo')
    .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
    .leftJoin('breakdowns as b', (join) =>
      join
        .onRef('b.dataset_id', '=', 'i.dataset_id')
        .onRef('b.dimension', '=', 'i.breakdown_dimension')
        .onRef('b.code', '=', 'o.breakdown'),
    )
    .select([
      'o.indicator_id as indicator',
      'o.geo',
      sql<string>`${sql.ref(f.lang === 'en' ? 'g.name_en' : 'g.name_sv')}`.as('geo_name'),
      'o.period',
      'o.gender',
      'o.breakdown',
      sql<string | null>`${sql.ref(f.lang === 'en' ? 'b.label_en' : 'b.label_sv')}`.as('breakdown_label'),
      'o.value',
      'o.status',
      'o.note',
      'o.sources',
      'o.n',
      'o.ci_low',
      'o.ci_high',
    ])
    .where('o.indicator_id', 'in', f.indicators);
  if (f.geos?.length) query = query.where('o.geo', 'in', f.geos);
  if (f.county) query = query.where('g.parent', '=', f.county);
  if (f.geoType) query = query.where('g.type', '=', f.geoType);
  if (f.from) query = query.where('o.period', '>=', f.from);
  if (f.to) query = query.where('o.period', '<=', upperBound(f.to));
  if (f.genders?.length) query = query.where('o.gender', 'in', f.genders as ('T' | 'K' | 'M')[]);
  if (f.breakdowns?.length) query = query.where('o.breakdown', 'in', f.breakdowns);
  if (f.latest) {
    // The latest period with a value in each series, within the from/to range.
    query = query.where(({ eb, selectFrom }) => {
      let latest = selectFrom('observations as l')
        .select(sql<string>`max(l.period)`.as('p'))
        .whereRef('l.indicator_id', '=', 'o.indicator_id')
        .whereRef('l.geo', '=', 'o.geo')
        .whereRef('l.gender', '=', 'o.gender')
        .whereRef('l.breakdown', '=', 'o.breakdown')
        .where('l.value', 'is not', null);
      if (f.from) latest = latest.where('l.period', '>=', f.from);
      if (f.to) latest = latest.where('l.period', '<=', upperBound(f.to));
      return eb('o.period', '=', latest);
    });
  }
  if (f.after) {
    const [indicator, geo, period, gender, breakdown] = f.after;
    query = query.where(
      sql<SqlBool>`(o.indicator_id, o.geo, o.period, o.gender, o.breakdown) > (${indicator}, ${geo}, ${period}, ${gender}, ${breakdown})` as Expression<SqlBool>,
    );
  }
  if (!Number.isSafeInteger(f.limit) || f.limit < 1) throw new Error(`the page size must be a whole number, 1 or more, got ${f.limit}`);
  return (
    query
      .orderBy('o.indicator_id')
      .orderBy('o.geo')
      .orderBy('o.period')
      .orderBy('o.gender')
      .orderBy('o.breakdown')
      // Written into the SQL, not bound: with LIMIT ? SQLite ran the JSON page query at about a
      // third of the speed (~170 µs against ~65 µs for one series, BENCHMARKS.md).
      .limit(sql.lit(f.limit))
  );
}

export type ObservationRow = Awaited<ReturnType<ReturnType<typeof observationPage>['execute']>>[number];

/** The page as objects, for CSV and JSON-stat. */
export async function observationRows(db: Db, f: ObservationFilter): Promise<ObservationRow[]> {
  const { rows } = await db.executeQuery<ObservationRow>(compiledOnce(db, 'rows', f, (shaped) => observationPage(db, shaped).compile()));
  return rows as ObservationRow[];
}

/** A page as a JSON array, its number of rows and the key of its last row when the page is full. */
export interface JsonPage<Rows> {
  rows: Rows;
  count: number;
  lastKey: string[] | null;
}

/**
 * The page as a JSON array built inside SQLite, with the number of rows and the key of the last
 * one. Building the JSON in SQLite avoids mapping every row to a JS object and back (BENCHMARKS.md).
 */
export async function observationPageJson(db: Db, f: ObservationFilter): Promise<JsonPage<string>> {
  const result = (await db.executeQuery(jsonPageQuery(db, f))).rows[0]!;
  return { rows: result.rows, count: result.count, lastKey: result.count === f.limit ? lastKey(result.rows) : null };
}

/**
 * The query of the same page with its length in UTF-8 bytes, which SQLite knows without counting
 * (octet_length), for the Node server's direct path: it needs the answer's Content-Length, and
 * counting the bytes of a string of å, ä and ö in JavaScript cost more than making it. Its row goes
 * to sizedJsonPage(). (The page as a BLOB, copied into a Buffer, was cheaper to read, but ~11 KB
 * of Buffers an answer set the garbage collector marking the whole heap five times a second.)
 */
export function observationPageSizedQuery(db: Db, f: ObservationFilter): CompiledQuery<SizedPageRow> {
  return compiledOnce(db, 'json-sized', f, (shaped) =>
    db
      .selectFrom(jsonPageSelect(db, shaped).as('j'))
      .select(['j.rows', 'j.count', sql<number>`octet_length(j.rows)`.as('bytes')])
      .compile(),
  );
}

export interface SizedPageRow {
  rows: string;
  count: number;
  bytes: number;
}

/** The page from the row of observationPageSizedQuery(), with the bytes of its rows. */
export function sizedJsonPage(row: SizedPageRow, f: ObservationFilter): JsonPage<string> & { bytes: number } {
  return { rows: row.rows, count: row.count, lastKey: row.count === f.limit ? lastKey(row.rows) : null, bytes: row.bytes };
}

function jsonPageQuery(db: Db, f: ObservationFilter): CompiledQuery<{ rows: string; count: number }> {
  return compiledOnce(db, 'json', f, (shaped) => jsonPageSelect(db, shaped).compile());
}

/** The rows of a page as one JSON array, and how many there are. */
function jsonPageSelect(db: Db, shaped: ObservationFilter) {
  const page = observationPage(db, shaped).as('p');
  return db.selectFrom(page).select([
    sql<string>`json_group_array(json_object(
          'indicator', p.indicator, 'geo', p.geo, 'geo_name', p.geo_name,
          'period', p.period, 'gender', p.gender, 'breakdown', p.breakdown, 'breakdown_label', p.breakdown_label,
          'value', p.value, 'status', p.status, 'note', p.note, 'sources', p.sources,
          'n', p.n, 'ci_low', p.ci_low, 'ci_high', p.ci_high))`.as('rows'),
    sql<number>`count(*)`.as('count'),
  ]);
}

/**
 * Kysely builds and compiles a query anew on every call, which cost as much as running a small
 * observation query (BENCHMARKS.md). The SQL text depends only on the filter's shape: which filters
 * are given, how long each list is, the language, `latest` and the page size (written into the
 * SQL). So each shape is built and compiled once, with a marker in place of every value, and later
 * requests of that shape only put their values where the markers were.
 */
const SLOT = '\u0000slot:';
const MAX_SHAPES = 500;
const shapes = new WeakMap<Db, Map<string, { sql: string; slots: number[] }>>();

function compiledOnce<R>(
  db: Db,
  kind: string,
  f: ObservationFilter,
  compile: (shaped: ObservationFilter) => CompiledQuery<R>,
): CompiledQuery<R> {
  const values: unknown[] = [];
  const slot = <T>(value: T): T => {
    values.push(value);
    return `${SLOT}${values.length - 1}` as T;
  };
  const list = <T>(items: T[] | undefined) => items?.map(slot);
  const shaped: ObservationFilter = {
    indicators: list(f.indicators)!,
    geos: list(f.geos),
    county: f.county === undefined ? undefined : slot(f.county),
    geoType: f.geoType === undefined ? undefined : slot(f.geoType),
    from: f.from === undefined ? undefined : slot(f.from),
    // A marker is longer than 4 characters, so upperBound() leaves it alone; the value is the bound.
    to: f.to === undefined ? undefined : slot(upperBound(f.to)),
    genders: list(f.genders),
    breakdowns: list(f.breakdowns),
    latest: f.latest,
    lang: f.lang,
    after: list(f.after),
    limit: f.limit, // a literal in the SQL (observationPage), so part of the shape
  };
  const key = shapeKey(kind, f);
  let cache = shapes.get(db);
  if (!cache) shapes.set(db, (cache = new Map()));
  let shape = cache.get(key);
  if (!shape) {
    const compiled = compile(shaped);
    const slots = compiled.parameters.map((p) => {
      if (typeof p !== 'string' || !p.startsWith(SLOT))
        throw new Error(`a value of the observation query is not a filter value: ${String(p)}`);
      return Number(p.slice(SLOT.length));
    });
    if (cache.size >= MAX_SHAPES) cache.delete(cache.keys().next().value!);
    cache.set(key, (shape = { sql: compiled.sql, slots }));
  }
  return CompiledQuery.raw(
    shape.sql,
    shape.slots.map((i) => values[i]),
  ) as CompiledQuery<R>;
}

/** What the SQL text of `f` depends on: which filters are given, how many values each list has, `latest`, the language and the page size. */
function shapeKey(kind: string, f: ObservationFilter): string {
  const n = (list: unknown[] | undefined) => (list === undefined ? '-' : list.length);
  const given = (value: unknown) => (value === undefined ? '-' : '+');
  return [
    kind,
    n(f.indicators),
    n(f.geos),
    given(f.county),
    given(f.geoType),
    given(f.from),
    given(f.to),
    n(f.genders),
    n(f.breakdowns),
    f.latest ? 'latest' : '',
    f.lang,
    n(f.after),
    f.limit,
  ].join(':');
}

/** How every element of the JSON array starts. */
const LAST_ELEMENT = '{"indicator":';

/**
 * The key of the last row of a full page, read from the end of the JSON array alone. Every element
 * starts with `{"indicator":`, and that text cannot occur inside a JSON string value (its quotes
 * would be escaped), so the last occurrence starts the last element.
 */
function lastKey(rows: string): string[] {
  const last = JSON.parse(rows.slice(rows.lastIndexOf(LAST_ELEMENT), -1)) as Record<string, string>;
  return OBSERVATION_KEY.map((k) => last[k]!);
}
