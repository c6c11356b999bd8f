/**
 * The follow-up of a plan's measures from the database: each measure's series (or gap series),
 * its trend, its rank among the municipalities and its comparison with the county and Sweden, by
 * the method in goals.follow-up.ts. Two queries a followed measure: its series for the place and
 * its references, and every municipality's value in the latest period.
 */
import type { Db } from '../../db/database.ts';
import type { ReferenceData } from '../../db/reference-data.ts';
import {
  assessTrend,
  compareWith,
  directionUsed,
  gapSeries,
  isStale,
  METHOD_PARAMETERS,
  rankableUnit,
  rankAmong,
  roundNoise,
  type GapValue,
  type SeriesValue,
} from './goals.follow-up.ts';
import { flattenGoals, toIndicatorLink, type GoalRow, type GoalTree, type Lang, type PlanRow } from './goals.queries.ts';
import type { FollowUpComparison, FollowUpGoal, FollowUpLink, IndicatorLink } from './goals.schemas.ts';

type Series = NonNullable<IndicatorLink['series']>;

/** The places a measure is compared with: a municipality's own county and Sweden, a county's Sweden. */
function referencesOf(ref: ReferenceData, geo: string): { geo: string; role: 'county' | 'country' }[] {
  const place = ref.geographies.get(geo);
  if (place?.type === 'municipality' && place.parent)
    return [
      { geo: place.parent, role: 'county' },
      { geo: 'SE', role: 'country' },
    ];
  if (place?.type === 'county') return [{ geo: 'SE', role: 'country' }];
  return [];
}

/** The non-null values of the series' breakdowns for these places, in period order, keyed `geo|breakdown`. */
async function seriesValues(db: Db, s: Series, geos: string[]): Promise<Map<string, SeriesValue[]>> {
  const breakdowns = s.compare_breakdown ? [s.breakdown, s.compare_breakdown] : [s.breakdown];
  const rows = await db
    .selectFrom('observations')
    .select(['geo', 'breakdown', 'period', 'value', 'status'])
    .where('indicator_id', '=', s.indicator)
    .where('geo', 'in', geos)
    .where('gender', '=', s.gender)
    .where('breakdown', 'in', breakdowns)
    .where('value', 'is not', null)
    .orderBy('period')
    .execute();
  return seriesValueMap(rows);
}

/**
 * Rows of a series (one indicator and gender) as the method reads them: the non-null values in the
 * rows' order, which must be period order, keyed `geo|breakdown`.
 */
export function seriesValueMap(
  rows: readonly { geo: string; breakdown: string; period: string; value: number | null; status: string }[],
): Map<string, SeriesValue[]> {
  const out = new Map<string, SeriesValue[]>();
  for (const r of rows) {
    if (r.value === null) continue;
    const key = `${r.geo}|${r.breakdown}`;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push({ period: r.period, value: r.value, status: r.status });
  }
  return out;
}

/** A place's series as the measure uses it: the values of the breakdown, or the gaps for a gap. */
function measureSeries(s: Series, values: Map<string, SeriesValue[]>, geo: string): (SeriesValue & { parts: GapValue['parts'] | null })[] {
  const own = values.get(`${geo}|${s.breakdown}`) ?? [];
  return s.compare_breakdown ? gapSeries(own, values.get(`${geo}|${s.compare_breakdown}`) ?? []) : own.map((v) => ({ ...v, parts: null }));
}

type MunicipalValues = { geo: string; value: number }[];

/** Sets of municipal values kept per database, at most this many (least recently used out first). */
const MUNICIPAL_SETS = 256;
const municipalSets = new WeakMap<Db, Map<string, Promise<MunicipalValues>>>();

/**
 * Every municipality's value of the measure in one period: for a gap, those that have both parts.
 * The database is read-only while it is served, so a set is read once and ranks every kommun's
 * page and every plan that asks for it; the rows come by the (indicator, period) index and are
 * kept to municipalities with the reference data, which spares a join the planner got wrong.
 */
function municipalValues(db: Db, ref: ReferenceData, s: Series, period: string): Promise<MunicipalValues> {
  let sets = municipalSets.get(db);
  if (!sets) municipalSets.set(db, (sets = new Map()));
  const key = [s.indicator, period, s.gender, s.breakdown, s.compare_breakdown ?? ''].join('|');
  let values = sets.get(key);
  if (values) {
    sets.delete(key); // re-inserted below: the map's order is least recently used first
  } else {
    values = readMunicipalValues(db, ref, s, period);
    values.catch(() => sets.delete(key));
    if (sets.size >= MUNICIPAL_SETS) sets.delete(sets.keys().next().value!);
  }
  sets.set(key, values);
  return values;
}

async function readMunicipalValues(db: Db, ref: ReferenceData, s: Series, period: string): Promise<MunicipalValues> {
  const breakdowns = s.compare_breakdown ? [s.breakdown, s.compare_breakdown] : [s.breakdown];
  const rows = (
    await db
      .selectFrom('observations')
      .select(['geo', 'breakdown', 'value'])
      .where('indicator_id', '=', s.indicator)
      .where('period', '=', period)
      .where('gender', '=', s.gender)
      .where('breakdown', 'in', breakdowns)
      .where('value', 'is not', null)
      .execute()
  ).filter((r) => ref.geographies.get(r.geo)?.type === METHOD_PARAMETERS.rank_geography_type);
  if (!s.compare_breakdown) return rows.map((r) => ({ geo: r.geo, value: r.value! }));
  const compare = new Map(rows.filter((r) => r.breakdown === s.compare_breakdown).map((r) => [r.geo, r.value!]));
  return rows.flatMap((r) => {
    const other = compare.get(r.geo);
    return r.breakdown === s.breakdown && other !== undefined ? [{ geo: r.geo, value: roundNoise(r.value! - other) }] : [];
  });
}

/** The fields of a measure no series follows. */
const notFollowed = () => ({
  unit_sv: null,
  unit_en: null,
  latest: null,
  base: null,
  values: [],
  change: null,
  threshold: null,
  direction_used: null,
  assessment: null,
  series_break: false,
  rank: null,
  comparisons: [],
  history: [],
});

/**
 * One link's follow-up: its series, latest value, change, assessment, rank and comparisons.
 * `preloaded`: the series' values for its place and references (seriesValueMap), when the caller
 * has read them already with others; otherwise they are read here.
 */
export async function followUpLink(
  db: Db,
  link: IndicatorLink,
  plan: PlanRow,
  ref: ReferenceData,
  preloaded?: Map<string, SeriesValue[]>,
): Promise<FollowUpLink> {
  if (link.kind === 'qualitative') return { ...link, status: 'qualitative', ...notFollowed() };
  if (!link.indicator || !link.series) return { ...link, status: 'no_data_yet', ...notFollowed() };
  const s = link.series;
  const percent = link.indicator.unit_en === 'percent';
  const unit =
    link.kind === 'gap' && percent
      ? { sv: 'procentenheter', en: 'percentage points' }
      : { sv: link.indicator.unit_sv, en: link.indicator.unit_en };
  // A gap has a direction of its own; the indicator's says nothing about the difference between two groups.
  const direction = link.kind === 'gap' ? link.direction : directionUsed(link.direction, link.indicator.direction);
  const references = referencesOf(ref, s.geo);
  const values = preloaded ?? (await seriesValues(db, s, [s.geo, ...references.map((r) => r.geo)]));
  const series = measureSeries(s, values, s.geo);
  const trend = assessTrend(series, direction);
  const stale = isStale(trend.latest, plan.start_year);
  const rank =
    trend.latest && rankableUnit(link.indicator.unit_en) && ref.geographies.get(s.geo)?.type === METHOD_PARAMETERS.rank_geography_type
      ? rankAmong(trend.latest.period, await municipalValues(db, ref, s, trend.latest.period), s.geo, direction, ref.municipalityCount)
      : null;
  const comparisons: FollowUpComparison[] = references.map((r) => {
    const names = ref.geographyNames.get(r.geo);
    const strip = (v: SeriesValue | null) => (v ? { period: v.period, value: v.value, status: v.status } : null);
    const c = compareWith(trend, measureSeries(s, values, r.geo), direction);
    return {
      geo: r.geo,
      name_sv: names?.sv ?? r.geo,
      name_en: names?.en ?? r.geo,
      role: r.role,
      ...c,
      latest: strip(c.latest),
      base: strip(c.base),
    };
  });
  return {
    ...link,
    status: stale ? 'stale' : 'followed',
    unit_sv: unit.sv,
    unit_en: unit.en,
    ...trend,
    assessment: stale && trend.assessment !== 'not_enough_data' ? 'not_assessed' : trend.assessment,
    rank,
    comparisons,
    history: series,
  };
}

/** The follow-up of the goals given (flattened), each with its links. */
export async function followUpGoals(
  db: Db,
  tree: GoalTree,
  root: GoalRow | null,
  plan: PlanRow,
  ref: ReferenceData,
  lang: Lang,
): Promise<FollowUpGoal[]> {
  return Promise.all(
    flattenGoals(tree, root).map(async ({ goal: g, depth }) => ({
      id: g.id,
      parent: g.parent,
      depth,
      level: lang === 'en' ? g.level_en : g.level,
      number: g.number,
      title_sv: g.title_sv,
      title_en: g.title_en,
      sdg: tree.sdg.get(g.id) ?? [],
      url: `/v1/goals/${g.id}`,
      links: await Promise.all((tree.links.get(g.id) ?? []).map((l) => followUpLink(db, toIndicatorLink(l, plan, ref, lang), plan, ref))),
    })),
  );
}
