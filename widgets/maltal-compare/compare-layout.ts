/**
 * State and layout of maltal-compare, pure: which period to show, the bars sorted, and where each
 * bar, label and reference line goes. No DOM and no formatting: numbers in, numbers out.
 */
import { linearScale, niceTicks, round1 } from '../lib/scale.ts';
import type { Series } from '../lib/series.ts';

/** One geography's value in the chosen period. */
export interface BarItem {
  geo: string;
  name: string;
  value: number | null;
  status: string;
  note: string | null;
}

export type SortOrder = 'desc' | 'asc' | 'name';

/**
 * The period to show by default: the latest period in which every chosen geography has a value;
 * failing that, the latest period with the most values. Undefined when there are no values at all.
 */
export function latestCommonPeriod(series: readonly Series[]): string | undefined {
  const chosen = series.filter((s) => !s.reference);
  const counts = new Map<string, number>();
  for (const s of chosen) {
    for (const p of s.points) if (p.value !== null) counts.set(p.period, (counts.get(p.period) ?? 0) + 1);
  }
  const periods = [...counts.keys()].sort().reverse();
  const common = periods.find((p) => counts.get(p) === chosen.length);
  if (common) return common;
  let best: string | undefined;
  for (const p of periods) if (best === undefined || counts.get(p)! > counts.get(best)!) best = p;
  return best;
}

/** The bars of `period`: one per chosen geography, with null where it has no value that period. */
export function barsFor(series: readonly Series[], period: string): BarItem[] {
  return series
    .filter((s) => !s.reference)
    .map((s) => {
      const p = s.points.find((point) => point.period === period);
      return { geo: s.geo, name: s.name, value: p?.value ?? null, status: p?.status ?? 'missing', note: p?.note ?? null };
    });
}

/**
 * Bars in reading order: by value (largest first for `desc`), ties and missing values by name,
 * missing values always last. `name` sorts alphabetically in the language's collation.
 */
export function sortBars(items: readonly BarItem[], order: SortOrder = 'desc', locale = 'sv'): BarItem[] {
  const byName = (a: BarItem, b: BarItem) => a.name.localeCompare(b.name, locale) || a.geo.localeCompare(b.geo);
  return [...items].sort((a, b) => {
    if (order === 'name') return byName(a, b);
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? byName(a, b) : 1) : -1;
    return (order === 'asc' ? a.value - b.value : b.value - a.value) || byName(a, b);
  });
}

/** Rank of each geography among those with a value (1 = first in sort order `desc`), ties sharing a rank. */
export function ranks(items: readonly BarItem[]): Map<string, number> {
  const valued = items.filter((i): i is BarItem & { value: number } => i.value !== null);
  const out = new Map<string, number>();
  for (const item of valued) out.set(item.geo, 1 + valued.filter((other) => other.value > item.value).length);
  return out;
}

export interface ReferenceValue {
  geo: string;
  name: string;
  value: number;
}

export interface PlacedBar extends BarItem {
  /** Top of the bar's row. */
  y: number;
  x0: number;
  x1: number;
}

export interface CompareLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rowHeight: number;
  barHeight: number;
  bars: PlacedBar[];
  ticks: { value: number; x: number }[];
  references: (ReferenceValue & { x: number; labelY: number })[];
}

export interface CompareLayoutOptions {
  width: number;
  /** Longest label in characters: the label column is sized from it. */
  labelChars: number;
  /** Longest value label (with unit) in characters: the room right of the bars. */
  valueChars?: number;
  /** Writes a tick value as the axis shows it, so ticks are spaced by their labels' width. */
  tickLabel?: (value: number) => string;
  rowHeight?: number;
}

/** Average width of a character of the 11–12 px labels, in px (system-ui digits are narrower). */
const CHAR_PX = 7;

/** Places horizontal bars from zero, the value axis at the top, reference lines across all rows. */
export function layoutCompare(
  items: readonly BarItem[],
  references: readonly ReferenceValue[],
  options: CompareLayoutOptions,
): CompareLayout {
  const rowHeight = options.rowHeight ?? 24;
  const barHeight = Math.round(rowHeight * 0.7);
  // On a phone the names get at most 40 % of the width; longer ones are cut with an ellipsis by the element.
  const labelWidth = Math.min(180, Math.round(options.width * 0.4), Math.max(70, Math.round(options.labelChars * CHAR_PX) + 12));
  const valueRoom = Math.max(44, Math.round((options.valueChars ?? 7) * CHAR_PX) + 8);
  const top = 22 + references.length * 14;
  const plot = { left: labelWidth, right: options.width - valueRoom, top, bottom: top + items.length * rowHeight };
  if (plot.right - plot.left < 80) throw new Error('too little room');
  const values = [...items.map((i) => i.value), ...references.map((r) => r.value)].filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const tickValues = spacedTicks(min, max === min ? min + 1 : max, plot.right - plot.left, options.tickLabel ?? String);
  const domain: [number, number] = [tickValues[0] ?? 0, tickValues.at(-1) ?? 1];
  const x = linearScale(domain, [plot.left, plot.right]);
  const zero = round1(x(0));
  const bars = items.map((item, i) => {
    const end = item.value === null ? zero : round1(x(item.value));
    return { ...item, y: plot.top + i * rowHeight, x0: Math.min(zero, end), x1: Math.max(zero, end) };
  });
  return {
    width: options.width,
    height: plot.bottom + 8,
    plot,
    rowHeight,
    barHeight,
    bars,
    ticks: tickValues.map((value) => ({ value, x: round1(x(value)) })),
    references: references.map((r, i) => ({ ...r, x: round1(x(r.value)), labelY: 12 + (i + 1) * 14 })),
  };
}

/**
 * Nice ticks whose labels do not touch: as many as fit `span` px with every label's width and a gap
 * between neighbours ("1 200 000" needs more room than "20").
 */
export function spacedTicks(min: number, max: number, span: number, label: (value: number) => string): number[] {
  for (let count = Math.max(2, Math.round(span / 70)); count >= 1; count--) {
    const ticks = niceTicks(min, max, count);
    const widest = Math.max(...ticks.map((t) => label(t).length)) * CHAR_PX + 10;
    if (ticks.length < 2 || span / (ticks.length - 1) >= widest) return ticks;
  }
  return niceTicks(min, max, 1);
}

/** Which bar the keyboard moves to from `index` for `key`; undefined when the key does not move. */
export function moveBar(count: number, index: number, key: string): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
