/**
 * State of the sortable table: series → rows by period, sorted by a column. Pure.
 */
import type { Point, Series } from '../lib/series.ts';

export interface TableRow {
  period: string;
  /** One cell per series, in series order; undefined where the series has no row for the period. */
  cells: (Point | undefined)[];
}

/** `period` or the index of a series column. */
export type SortKey = 'period' | number;

/** One row per period (every period any series has), one cell per series. */
export function tableRows(series: Series[]): TableRow[] {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))];
  const lookup = series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  return periods.map((period) => ({ period, cells: lookup.map((m) => m.get(period)) }));
}

/** Rows sorted by a column; rows without a value in that column go last in either direction. */
export function sortRows(rows: TableRow[], key: SortKey, order: 'ascending' | 'descending'): TableRow[] {
  const sign = order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'period') return sign * a.period.localeCompare(b.period);
    const va = a.cells[key]?.value ?? null;
    const vb = b.cells[key]?.value ?? null;
    if (va === null && vb === null) return a.period.localeCompare(b.period);
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (va - vb) || a.period.localeCompare(b.period);
  });
}
