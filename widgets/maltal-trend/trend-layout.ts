/**
 * Layout of the trend chart: where every mark goes, from the series and the size. Pure: no DOM,
 * no formatting beyond the tick labels it is handed a formatter for; every coordinate is rounded to
 * one decimal so the SVG is deterministic.
 */
import { linearScale, niceTicks, round1 } from '../lib/scale.ts';
import {
  breakPoints,
  isMonthly,
  linePieces,
  periodPositions,
  runs,
  valueExtent,
  xExtent,
  xPeriod,
  type Point,
  type Series,
} from '../lib/series.ts';

export interface TrendLayoutOptions {
  width: number;
  height: number;
  /** Formats a y tick value (decimals of the ticks, locale). */
  formatTick: (value: number) => string;
  /** Formats a period for the x axis. */
  formatPeriod: (period: string) => string;
}

export interface PlacedPoint {
  series: number;
  point: Point & { value: number };
  cx: number;
  cy: number;
}

export interface TrendLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  /** One path per line piece: `d`, its series, whether dashed (provisional/estimated). */
  paths: { series: number; d: string; dashed: boolean }[];
  /** Points with a value, per series, in period order. */
  points: PlacedPoint[][];
  /** Vertical markers where a break in series starts. */
  breaks: { x: number; period: string }[];
}

const CHAR_WIDTH = 6.6;

/** Places the marks of a line chart of `series` in a box of the given size. */
export function layoutTrend(series: Series[], options: TrendLayoutOptions): TrendLayout {
  const { width, height } = options;
  const values = valueExtent(series);
  const xs = xExtent(series);
  if (!values || !xs) throw new Error('no values to draw');
  const ticks = niceTicks(values[0], values[1], Math.max(2, Math.round(height / 60)));
  const yLabels = ticks.map(options.formatTick);
  const left = round1(Math.max(...yLabels.map((l) => l.length)) * CHAR_WIDTH + 10);
  const plot = { left, top: 10, right: width - 14, bottom: height - 26 };
  if (plot.right - plot.left < 60 || plot.bottom - plot.top < 40) throw new Error('too little room');
  const y = linearScale([ticks[0]!, ticks[ticks.length - 1]!], [plot.bottom, plot.top]);
  const x = linearScale(xs, [plot.left + 8, plot.right - 8]);
  const monthly = isMonthly(series.flatMap((s) => s.points.map((p) => p.period)));
  const positions = periodPositions(series);
  const labelWidth = Math.max(...positions.map((p) => options.formatPeriod(xPeriod(p, monthly)).length)) * CHAR_WIDTH;

  const yTicks = ticks.map((value, i) => ({ y: round1(y(value)), label: yLabels[i]! }));
  const xTicks = timeTicks(positions, monthly, (p) => x(p), labelWidth + 10).map((position) => ({
    x: round1(x(position)),
    label: options.formatPeriod(xPeriod(position, monthly)),
  }));

  const paths: TrendLayout['paths'] = [];
  const points: PlacedPoint[][] = [];
  series.forEach((one, index) => {
    for (const run of runs(one.points, positions)) {
      for (const piece of linePieces(run)) {
        const d = piece.points.map((p, i) => `${i ? 'L' : 'M'}${round1(x(p.x))},${round1(y(p.value))}`).join('');
        paths.push({ series: index, d, dashed: piece.dashed });
      }
    }
    points.push(
      one.points
        .filter((p): p is Point & { value: number } => p.value !== null)
        .map((point) => ({ series: index, point, cx: round1(x(point.x)), cy: round1(y(point.value)) })),
    );
  });

  const breakXs = new Map<number, string>();
  for (const one of series) {
    for (const p of breakPoints(one.points)) {
      if (p.x > xs[0]) breakXs.set(p.x, p.period);
    }
  }
  const breaks = [...breakXs].sort((a, b) => a[0] - b[0]).map(([position, period]) => ({ x: round1(x(position - 0.5)), period }));

  return { width, height, plot, yTicks, xTicks, paths, points, breaks };
}

/** Steps between time labels, in periods: years, or months for monthly series. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * The periods to label on the time axis, all of them periods with data: the multiples of a round
 * step whose labels do not touch (`spacing` px apart), and the last period; the first too where it
 * fits. Of the steps that fit, the one that labels the most periods: emissions published for 1990,
 * 2000, 2005 and yearly from 2015 get 1990, 2000, 2005, 2010, 2015, 2020 and 2024 (not 1991, 1994…,
 * which have no data).
 */
export function timeTicks(positions: readonly number[], monthly: boolean, x: (position: number) => number, spacing: number): number[] {
  if (positions.length === 0) return [];
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  const far = (a: number, b: number) => Math.abs(x(a) - x(b)) >= spacing;
  let best = [last];
  for (const step of monthly ? MONTH_STEPS : YEAR_STEPS) {
    const multiples = positions.filter((p) => p % step === 0 && p !== last);
    // A step whose own labels would touch is no good (the data may be denser somewhere).
    if (!multiples.every((p, i) => i === 0 || far(multiples[i - 1]!, p))) continue;
    const ticks = [...multiples.filter((p) => far(p, last)), last];
    if (!ticks.includes(first) && far(first, ticks[0]!)) ticks.unshift(first);
    if (ticks.length > best.length) best = ticks;
  }
  return best;
}

/**
 * The point the arrow keys lead to: left/right along the series, up/down to the same period (or
 * the nearest) in the neighbouring series, Home/End to its ends. Undefined for other keys.
 */
export function movePoint(
  points: PlacedPoint[][],
  current: { series: number; index: number },
  key: string,
): { series: number; index: number } | undefined {
  const row = points[current.series] ?? [];
  switch (key) {
    case 'ArrowRight':
      return { series: current.series, index: Math.min(row.length - 1, current.index + 1) };
    case 'ArrowLeft':
      return { series: current.series, index: Math.max(0, current.index - 1) };
    case 'Home':
      return { series: current.series, index: 0 };
    case 'End':
      return { series: current.series, index: row.length - 1 };
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowDown' ? 1 : -1;
      const here = row[current.index]?.point.x ?? 0;
      for (let s = current.series + step; s >= 0 && s < points.length; s += step) {
        const other = points[s]!;
        if (!other.length) continue;
        let best = 0;
        other.forEach((p, i) => {
          if (Math.abs(p.point.x - here) < Math.abs(other[best]!.point.x - here)) best = i;
        });
        return { series: s, index: best };
      }
      return current;
    }
    default:
      return undefined;
  }
}
