/**
 * What an indicator's page shows: the choice the reader made in the address (breakdown, gender,
 * period, län, sort, places for the trend), read leniently (a wrong value falls back to the
 * default, the page never refuses), the ranking of every kommun in one period with the change from
 * the period before, and the trend of the chosen places. Through the API's query functions.
 */
import type { Db } from '../../db/database.ts';
import type { IndicatorMeta, ReferenceData } from '../../db/reference-data.ts';
import { GENDERS, TOTAL_BREAKDOWN } from '../../lib/vocabulary.ts';
import { everyObservation } from '../geographies/geographies.observations.ts';
import { rankableUnit, rankAmong, type Rank } from '../goals/goals.follow-up.ts';
import { indicatorCoverage, type IndicatorRow } from '../indicators/indicators.queries.ts';
import type { ObservationRow } from '../observations/observations.queries.ts';
import type { Lang } from './pages.urls.ts';

export type Coverage = Awaited<ReturnType<typeof indicatorCoverage>>;

const coverages = new WeakMap<Db, Map<string, Promise<Coverage>>>();

/** An indicator's coverage, read once per database: it scans all its values and changes only with a rebuild. */
export function cachedCoverage(db: Db, row: IndicatorRow): Promise<Coverage> {
  let byId = coverages.get(db);
  if (!byId) coverages.set(db, (byId = new Map()));
  let coverage = byId.get(row.id);
  if (!coverage) {
    coverage = indicatorCoverage(db, row);
    coverage.catch(() => byId.delete(row.id));
    byId.set(row.id, coverage);
  }
  return coverage;
}

export const SORTS = ['rang', 'namn', 'varde', 'varde-upp', 'forandring', 'forandring-upp'] as const;
export type Sort = (typeof SORTS)[number];

/** The most places the trend shows at once. */
export const MAX_TREND_PLACES = 8;

export interface Choice {
  breakdown: string;
  gender: 'T' | 'K' | 'M';
  /** The level ranked: kommuner where there are values for them, else län; null when neither has values. */
  level: 'municipality' | 'county' | null;
  /** The period asked for, when it is one with values. */
  period: string | undefined;
  lan: string | undefined;
  sort: Sort;
  geos: string[];
}

/** The reader's choice from the query, each value checked against what the indicator has. */
export function readChoice(
  query: (name: string) => string | undefined,
  queries: (name: string) => string[] | undefined,
  coverage: Coverage,
  ref: ReferenceData,
  rankable: boolean,
): Choice {
  const codes = coverage.breakdowns.map((b) => b.code);
  const asked = query('uppdelning');
  const breakdown =
    asked && codes.includes(asked) ? asked : codes.includes(TOTAL_BREAKDOWN) || codes.length === 0 ? TOTAL_BREAKDOWN : codes[0]!;
  const kon = query('kon');
  const genders: readonly string[] = coverage.genders;
  const gender =
    (GENDERS as readonly string[]).includes(kon ?? '') && genders.includes(kon!)
      ? (kon as Choice['gender'])
      : genders.includes('T')
        ? 'T'
        : ((genders[0] ?? 'T') as Choice['gender']);
  const by = coverage.geographies.by_type;
  const level = by.municipality > 0 ? 'municipality' : by.county > 0 ? 'county' : null;
  const period = query('period');
  const lan = query('lan');
  const sort = query('sort');
  const geos = (queries('geo') ?? [])
    .flatMap((g) => g.split(','))
    .map((g) => g.trim())
    .filter((g, i, all) => g && all.indexOf(g) === i && ref.geographies.has(g) && ref.geographies.get(g)!.type !== 'area')
    .slice(0, MAX_TREND_PLACES);
  return {
    breakdown,
    gender,
    level,
    period: period && coverage.periods.includes(period) ? period : undefined,
    lan: lan && ref.geographies.get(lan)?.type === 'county' && level === 'municipality' ? lan : undefined,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : rankable ? 'rang' : 'varde',
    geos,
  };
}

export interface RankingRow {
  geo: string;
  value: number;
  status: string;
  previous: number | null;
  change: number | null;
  rank: Rank | null;
}

export interface Ranking {
  period: string;
  previousPeriod: string | null;
  rows: RankingRow[];
  /** How many places of the level have a value in the period. */
  count: number;
}

/**
 * Every place of the level in one period, with its value in the period before and its rank among
 * the kommuner (the follow-up method's rank: shares, rates and scores only, ties shared). Without
 * a period asked for: the latest of the last three periods in which at least 90 % as many places
 * have a value as in the best of them, so that a period only a few have reported is not the default.
 */
export async function ranking(
  db: Db,
  ref: ReferenceData,
  meta: IndicatorMeta,
  coverage: Coverage,
  choice: Choice,
  lang: Lang,
): Promise<Ranking | null> {
  if (!choice.level) return null;
  const periods = coverage.periods;
  const at = choice.period ? periods.indexOf(choice.period) : periods.length - 1;
  const from = periods[Math.max(0, at - (choice.period ? 1 : 3))];
  if (from === undefined) return null;
  const rows = await everyObservation(db, {
    indicators: [meta.id],
    geoType: choice.level,
    from,
    to: periods[at],
    genders: [choice.gender],
    breakdowns: [choice.breakdown],
    lang,
  });
  const valued = rows.filter((r): r is ObservationRow & { value: number } => r.value !== null);
  const byPeriod = new Map<string, (ObservationRow & { value: number })[]>();
  for (const r of valued) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
  let period = choice.period;
  if (!period) {
    const candidates = periods.slice(-3).filter((p) => byPeriod.has(p));
    const best = Math.max(0, ...candidates.map((p) => byPeriod.get(p)!.length));
    period = [...candidates].reverse().find((p) => byPeriod.get(p)!.length >= 0.9 * best) ?? candidates.at(-1);
  }
  if (!period || !byPeriod.has(period)) return null;
  const previousPeriod = periods[periods.indexOf(period) - 1] ?? null;
  const previous = new Map((previousPeriod ? (byPeriod.get(previousPeriod) ?? []) : []).map((r) => [r.geo, r.value]));
  const current = byPeriod.get(period)!;
  const rankable = choice.level === 'municipality' && rankableUnit(meta.unit_en) && meta.direction !== 'none';
  const values = current.map((r) => ({ geo: r.geo, value: r.value }));
  const direction = meta.direction as 'increase' | 'decrease' | 'none';
  return {
    period,
    previousPeriod: previous.size > 0 ? previousPeriod : null,
    count: current.length,
    rows: current.map((r) => {
      const before = previous.get(r.geo) ?? null;
      return {
        geo: r.geo,
        value: r.value,
        status: r.status,
        previous: before,
        change: before === null ? null : Number((r.value - before).toPrecision(12)),
        rank: rankable ? rankAmong(period, values, r.geo, direction, ref.municipalityCount) : null,
      };
    }),
  };
}

/** The rows in the order asked for; names in Swedish alphabetical order break ties. */
export function sortRows(rows: readonly RankingRow[], sort: Sort, name: (geo: string) => string): RankingRow[] {
  const sv = new Intl.Collator('sv');
  const byName = (a: RankingRow, b: RankingRow) => sv.compare(name(a.geo), name(b.geo));
  const num = (x: number | null, missingLast: number) => (x === null ? missingLast : x);
  const compare: Record<Sort, (a: RankingRow, b: RankingRow) => number> = {
    rang: (a, b) => num(a.rank?.rank ?? null, Infinity) - num(b.rank?.rank ?? null, Infinity) || byName(a, b),
    namn: byName,
    varde: (a, b) => b.value - a.value || byName(a, b),
    'varde-upp': (a, b) => a.value - b.value || byName(a, b),
    forandring: (a, b) => num(b.change, -Infinity) - num(a.change, -Infinity) || byName(a, b),
    'forandring-upp': (a, b) => num(a.change, Infinity) - num(b.change, Infinity) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** The trend of the chosen places (Riket where none is chosen and it has values). */
export async function trendRows(db: Db, meta: IndicatorMeta, coverage: Coverage, choice: Choice, lang: Lang) {
  const geos = choice.geos.length > 0 ? choice.geos : coverage.geographies.codes.includes('SE') ? ['SE'] : [];
  if (geos.length === 0) return { geos, rows: [] as ObservationRow[] };
  const rows = await everyObservation(db, { indicators: [meta.id], geos, genders: [choice.gender], breakdowns: [choice.breakdown], lang });
  return { geos, rows };
}
