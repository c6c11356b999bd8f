/**
 * State: pure functions from API rows to the series a chart draws. No DOM, no formatting.
 */
import type { ObservationRow } from './types.ts';

/** One period of one series. `value` is null when the period is suppressed or missing. */
export interface Point {
  period: string;
  /** Position on the time axis: the year, or year × 12 + month − 1 for monthly periods. */
  x: number;
  value: number | null;
  status: string;
  note: string | null;
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/** The values of one geography over time, sorted by period. */
export interface Series {
  geo: string;
  name: string;
  /** A reference line (Riket, the county) rather than a chosen geography. */
  reference: boolean;
  points: Point[];
}

export interface SeriesOptions {
  /** Geographies in the order the author gave them; others follow in the order they appear. */
  geos?: string[];
  /** Display names by code (short names from /v1/geographies); falls back to the row's geo_name. */
  names?: Record<string, string>;
  /** Codes that are drawn as reference lines. */
  reference?: string[];
  /** Gender to keep; default T when the rows have it, else the first gender present. */
  gender?: string | undefined;
  /** Breakdown to keep; default `total` when present, else the first present. */
  breakdown?: string | undefined;
}

/** Period → position on a time axis where consecutive periods are 1 apart. */
export function periodX(period: string): number {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  return match[2] ? year * 12 + Number(match[2]) - 1 : year;
}

/** Position → period (inverse of `periodX`, given whether the series is monthly). */
export function xPeriod(x: number, monthly: boolean): string {
  if (!monthly) return String(x);
  const year = Math.floor(x / 12);
  return `${year}-${String((x % 12) + 1).padStart(2, '0')}`;
}

/** Whether the periods are months ("2024-03") rather than years. */
export function isMonthly(periods: string[]): boolean {
  return periods.some((p) => /^\d{4}-\d{2}$/.test(p));
}

/** The dimension value to keep: the asked one, else the preferred one when present, else the first seen. */
function pick(values: string[], asked: string | undefined, preferred: string): string | undefined {
  if (asked) return asked;
  return values.includes(preferred) ? preferred : values[0];
}

/** API rows → one series per geography for a single gender and breakdown, periods sorted. */
export function buildSeries(rows: ObservationRow[], options: SeriesOptions = {}): Series[] {
  const gender = pick([...new Set(rows.map((r) => r.gender))], options.gender, 'T');
  const breakdown = pick([...new Set(rows.map((r) => r.breakdown))], options.breakdown, 'total');
  const byGeo = new Map<string, Series>();
  for (const geo of options.geos ?? []) byGeo.set(geo, newSeries(geo, options));
  for (const row of rows) {
    if (row.gender !== gender || row.breakdown !== breakdown) continue;
    let series = byGeo.get(row.geo);
    if (!series) {
      series = newSeries(row.geo, options);
      byGeo.set(row.geo, series);
    }
    if (!options.names?.[row.geo] && series.name === row.geo) series.name = row.geo_name || row.geo;
    series.points.push({
      period: row.period,
      x: periodX(row.period),
      value: typeof row.value === 'number' && Number.isFinite(row.value) ? row.value : null,
      status: row.status,
      note: row.note,
      n: row.n,
      ciLow: row.ci_low,
      ciHigh: row.ci_high,
    });
  }
  const result = [...byGeo.values()].filter((s) => s.points.length > 0);
  for (const series of result) series.points.sort((a, b) => a.x - b.x);
  return result;
}

function newSeries(geo: string, options: SeriesOptions): Series {
  return { geo, name: options.names?.[geo] ?? geo, reference: options.reference?.includes(geo) ?? false, points: [] };
}

/** The points that have a value. */
export function withValues(points: Point[]): (Point & { value: number })[] {
  return points.filter((p): p is Point & { value: number } => p.value !== null);
}

/**
 * The time positions of every period any of the series has a row for, sorted: the periods the
 * publisher publishes. Emissions come for 1990, 2000, 2005, 2010, 2015 and then yearly; 1991 is not
 * missing, it was never published, and a line runs straight from 1990 to 2000.
 */
export function periodPositions(series: readonly Series[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.x)).filter(Number.isFinite))].sort((a, b) => a - b);
}

/** `x`'s successor in `expected` (sorted), or `x + 1` without a list. */
function nextPosition(x: number, expected: readonly number[] | undefined): number {
  if (!expected) return x + 1;
  const i = expected.indexOf(x);
  return i >= 0 && i + 1 < expected.length ? expected[i + 1]! : Number.NaN;
}

/**
 * Runs of consecutive periods that all have a value: a line is drawn within a run and never across
 * a gap (a period missing from the rows, or one without a value). With `expected` (the periods any
 * series of the chart has, `periodPositions`), only those count as steps, so a period nobody has is
 * no gap; without it every year (or month) is a step.
 */
export function runs(points: Point[], expected?: readonly number[]): (Point & { value: number })[][] {
  const result: (Point & { value: number })[][] = [];
  let current: (Point & { value: number })[] = [];
  let lastX = Number.NaN;
  for (const point of points) {
    if (point.value === null) {
      if (current.length) result.push(current);
      current = [];
      lastX = Number.NaN;
      continue;
    }
    if (current.length && point.x !== nextPosition(lastX, expected)) {
      result.push(current);
      current = [];
    }
    current.push(point as Point & { value: number });
    lastX = point.x;
  }
  if (current.length) result.push(current);
  return result;
}

/** Statuses drawn with a dashed line: the value may still change. */
export const TENTATIVE_STATUSES = ['provisional', 'estimated'];

/**
 * A run split into pieces of one line style: the stretch into or out of a provisional or estimated
 * value is dashed. Consecutive pieces share their end point so the line stays continuous.
 */
export function linePieces(run: (Point & { value: number })[]): { dashed: boolean; points: (Point & { value: number })[] }[] {
  const pieces: { dashed: boolean; points: (Point & { value: number })[] }[] = [];
  for (let i = 1; i < run.length; i++) {
    const a = run[i - 1]!;
    const b = run[i]!;
    const dashed = TENTATIVE_STATUSES.includes(a.status) || TENTATIVE_STATUSES.includes(b.status);
    const last = pieces[pieces.length - 1];
    if (last && last.dashed === dashed) last.points.push(b);
    else pieces.push({ dashed, points: [a, b] });
  }
  return pieces;
}

/**
 * Periods inside the series' span without a value (missing rows, suppressed or missing values);
 * with `expected`, only among the periods some series of the chart has.
 */
export function gapPeriods(points: Point[], expected?: readonly number[]): string[] {
  const valued = withValues(points);
  if (valued.length < 2) return [];
  const monthly = isMonthly(points.map((p) => p.period));
  const present = new Set(valued.map((p) => p.x));
  const first = valued[0]!.x;
  const last = valued[valued.length - 1]!.x;
  const steps = expected ?? Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return steps.filter((x) => x > first && x < last && !present.has(x)).map((x) => xPeriod(x, monthly));
}

/** Points where a break in series starts (status `break` after a point that was not a break). */
export function breakPoints(points: Point[]): Point[] {
  return points.filter((p, i) => p.status === 'break' && (i === 0 || points[i - 1]!.status !== 'break'));
}

/** The latest value and its change against the previous valued period, or the first (`compare`). */
export interface Change {
  latest: Point & { value: number };
  base: (Point & { value: number }) | undefined;
  /** latest − base; undefined when there is nothing to compare with. */
  change: number | undefined;
}

export function latestChange(points: Point[], compare: 'previous' | 'first' = 'previous'): Change | undefined {
  const valued = withValues(points);
  const latest = valued[valued.length - 1];
  if (!latest) return undefined;
  const base = valued.length > 1 ? (compare === 'first' ? valued[0] : valued[valued.length - 2]) : undefined;
  return { latest, base, change: base ? latest.value - base.value : undefined };
}

/** Lowest and highest valued points (the earliest one on ties). */
export function extremes(points: Point[]): { min: Point & { value: number }; max: Point & { value: number } } | undefined {
  const valued = withValues(points);
  if (!valued.length) return undefined;
  let min = valued[0]!;
  let max = valued[0]!;
  for (const p of valued) {
    if (p.value < min.value) min = p;
    if (p.value > max.value) max = p;
  }
  return { min, max };
}

/** [min, max] over all values (and confidence bounds) of the series; undefined when none has a value. */
export function valueExtent(series: Series[]): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      for (const v of [p.value, p.value === null ? null : p.ciLow, p.value === null ? null : p.ciHigh]) {
        if (typeof v === 'number' && Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** [first, last] time positions over all series. */
export function xExtent(series: Series[]): [number, number] | undefined {
  const xs = series.flatMap((s) => s.points.map((p) => p.x)).filter(Number.isFinite);
  return xs.length ? [Math.min(...xs), Math.max(...xs)] : undefined;
}
