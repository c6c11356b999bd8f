// Rule: API rows become one series per geography; lines never cross a gap; provisional stretches are dashed.
import { describe, expect, it } from 'vitest';
import {
  breakPoints,
  buildSeries,
  gapPeriods,
  latestChange,
  linePieces,
  periodPositions,
  periodX,
  runs,
  valueExtent,
} from '../../../widgets/lib/series.ts';
import type { ObservationRow } from '../../../widgets/lib/types.ts';

function row(geo: string, period: string, value: number | null, extra: Partial<ObservationRow> = {}): ObservationRow {
  return {
    indicator: 'N00914',
    geo,
    geo_name: `${geo} kommun`,
    period,
    gender: 'T',
    breakdown: 'total',
    breakdown_label: null,
    value,
    status: 'final',
    note: null,
    n: null,
    ci_low: null,
    ci_high: null,
    ...extra,
  };
}

describe('buildSeries', () => {
  it('keeps the total gender by default, orders geographies as asked and sorts periods', () => {
    const rows = [row('0181', '2011', 3), row('0136', '2011', 2), row('0136', '2010', 1), row('0136', '2010', 9, { gender: 'K' })];
    const series = buildSeries(rows, { geos: ['0136', '0181'], names: { '0136': 'Haninge' } });
    expect(series.map((s) => [s.geo, s.name])).toEqual([
      ['0136', 'Haninge'],
      ['0181', '0181 kommun'],
    ]);
    expect(series[0]!.points.map((p) => [p.period, p.value])).toEqual([
      ['2010', 1],
      ['2011', 2],
    ]);
  });

  it('keeps the asked gender and marks reference series', () => {
    const rows = [row('20', '2010', 75.7, { gender: 'K' }), row('20', '2010', 77.2), row('SE', '2010', 70)];
    const series = buildSeries(rows, { gender: 'K', reference: ['SE'] });
    expect(series.map((s) => s.geo)).toEqual(['20']);
    expect(series[0]!.points[0]!.value).toBe(75.7);
    expect(buildSeries(rows, { reference: ['SE'] }).find((s) => s.geo === 'SE')!.reference).toBe(true);
  });

  it('drops geographies without rows', () => {
    expect(buildSeries([], { geos: ['1961'] })).toEqual([]);
  });
});

describe('gaps, pieces and breaks', () => {
  const points = buildSeries([
    row('0136', '2014', 1),
    row('0136', '2015', 2),
    row('0136', '2016', null, { status: 'suppressed' }),
    row('0136', '2017', 4),
    row('0136', '2019', 5, { status: 'break' }),
    row('0136', '2020', 6, { status: 'provisional' }),
  ])[0]!.points;

  it('splits lines at missing periods and values without a number', () => {
    expect(runs(points).map((run) => run.map((p) => p.period))).toEqual([['2014', '2015'], ['2017'], ['2019', '2020']]);
    expect(gapPeriods(points)).toEqual(['2016', '2018']);
  });

  it('joins periods no series has (years a source skips), but still breaks at a value that is missing', () => {
    const sparse = buildSeries([
      row('1961', '1990', 81),
      row('1961', '2000', 66),
      row('1961', '2005', 61),
      row('1961', '2010', null, { status: 'missing' }),
      row('1961', '2015', 48),
    ]);
    const expected = periodPositions(sparse);
    expect(expected).toEqual([1990, 2000, 2005, 2010, 2015]);
    expect(runs(sparse[0]!.points, expected).map((run) => run.map((p) => p.period))).toEqual([['1990', '2000', '2005'], ['2015']]);
    expect(gapPeriods(sparse[0]!.points, expected)).toEqual(['2010']);
    // Another place has 2003: then it is a gap of this one.
    const two = buildSeries([...['1990', '2000', '2005'].map((p) => row('1961', p, 1)), row('1980', '2003', 2)]);
    expect(runs(two[0]!.points, periodPositions(two)).map((run) => run.map((p) => p.period))).toEqual([['1990', '2000'], ['2005']]);
    expect(gapPeriods(two[0]!.points, periodPositions(two))).toEqual(['2003']);
  });

  it('dashes the stretch into a provisional value', () => {
    const pieces = linePieces(runs(points)[2]!);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.dashed).toBe(true);
    expect(linePieces(runs(points)[0]!)[0]!.dashed).toBe(false);
  });

  it('marks where a break in series starts', () => {
    expect(breakPoints(points).map((p) => p.period)).toEqual(['2019']);
  });

  it('measures the latest change against the previous or the first value', () => {
    expect(latestChange(points)).toMatchObject({ latest: { period: '2020' }, base: { period: '2019' }, change: 1 });
    expect(latestChange(points, 'first')!.change).toBe(5);
    expect(valueExtent([{ geo: 'x', name: 'x', reference: false, points }])).toEqual([1, 6]);
  });

  it('places months on the same axis as consecutive steps', () => {
    expect(periodX('2024-12') + 1).toBe(periodX('2025-01'));
  });
});
