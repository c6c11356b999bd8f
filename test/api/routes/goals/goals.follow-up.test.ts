// Rule: the follow-up method does exactly what its published text says, at every edge.
import { describe, expect, it } from 'vitest';
import {
  assessTrend,
  compareWith,
  gapSeries,
  isStale,
  rankableUnit,
  rankAmong,
  METHOD,
  roundNoise,
} from '../../../../api/routes/goals/goals.follow-up.ts';

const series = (...values: (number | [number, string])[]) =>
  values.map((v, i) =>
    Array.isArray(v) ? { period: String(2010 + i), value: v[0], status: v[1] } : { period: String(2010 + i), value: v, status: 'final' },
  );

describe('assessTrend', () => {
  it('measures from the value 3 values before the latest', () => {
    const t = assessTrend(series(50, 60, 70, 80, 90), 'increase');
    expect(t.base).toMatchObject({ period: '2011', value: 60 });
    expect(t.latest).toMatchObject({ period: '2014', value: 90 });
    expect(t.values.map((v) => v.value)).toEqual([60, 70, 80, 90]);
    expect(t).toMatchObject({ change: 30, threshold: 0.6, assessment: 'improving', direction_used: 'increase' });
  });

  it('measures from the earliest value when there are fewer than 4', () => {
    const t = assessTrend(series(100, 98), 'increase');
    expect(t).toMatchObject({ base: { value: 100 }, change: -2, threshold: 1, assessment: 'worsening' });
  });

  it('says not_enough_data with fewer than 2 values', () => {
    expect(assessTrend(series(5), 'increase')).toMatchObject({
      assessment: 'not_enough_data',
      latest: { value: 5 },
      base: null,
      change: null,
    });
    expect(assessTrend([], 'increase')).toMatchObject({ assessment: 'not_enough_data', latest: null });
  });

  it('calls a change within 1 % of |base| stable, and exactly 1 % too', () => {
    expect(assessTrend(series(200, 201), 'increase').assessment).toBe('stable');
    expect(assessTrend(series(200, 202), 'increase').assessment).toBe('stable');
    expect(assessTrend(series(200, 202.01), 'increase').assessment).toBe('improving');
    expect(assessTrend(series(-200, -197), 'increase')).toMatchObject({ threshold: 2, assessment: 'improving' });
  });

  it('judges a decrease as improving when the goal is to decrease', () => {
    expect(assessTrend(series(10, 9), 'decrease').assessment).toBe('improving');
    expect(assessTrend(series(10, 11), 'decrease').assessment).toBe('worsening');
  });

  it('does not assess when no direction is desired', () => {
    expect(assessTrend(series(10, 20), 'none')).toMatchObject({ assessment: 'not_assessed', change: 10 });
  });

  it('rounds away floating-point noise before comparing', () => {
    expect(80.874976 - 79.071643).not.toBe(1.803333);
    expect(assessTrend(series(79.071643, 80.874976), 'increase').change).toBe(1.803333);
    expect(roundNoise(0.1 + 0.2)).toBe(0.3);
  });

  it('compares a monthly series month for month, so that seasons are not change', () => {
    const months = ['2020-09', '2020-12', '2021-09', '2021-12', '2022-09', '2022-12'].map((period, i) => ({
      period,
      value: [8, 6, 9, 7, 10, 7.05][i]!,
      status: 'final',
    }));
    const t = assessTrend(months, 'decrease');
    expect(t.values.map((v) => v.period)).toEqual(['2020-12', '2021-12', '2022-12']);
    expect(t).toMatchObject({
      base: { period: '2020-12', value: 6 },
      latest: { period: '2022-12' },
      change: 1.05,
      assessment: 'worsening',
    });
  });

  it('flags a break in series after the base, not at it', () => {
    expect(assessTrend(series(1, 2, [3, 'break'], 4), 'increase').series_break).toBe(true);
    expect(assessTrend(series([1, 'break'], 2, 3, 4), 'increase').series_break).toBe(false);
  });
});

describe('rankableUnit', () => {
  it('ranks shares, rates and scores, not totals that grow with the municipality', () => {
    for (const unit of [
      'percent',
      'per cent',
      'SEK per inhabitant',
      'share (0–1)',
      'score (0–2)',
      'yes (1) / no (0)',
      'kg CO2e per person',
    ]) {
      expect(rankableUnit(unit), unit).toBe(true);
    }
    for (const unit of ['tonnes CO2e', 'persons', 'SEK', 'number of members', 'vehicles']) expect(rankableUnit(unit), unit).toBe(false);
  });
});

describe('rankAmong', () => {
  const values = [
    { geo: 'a', value: 10 },
    { geo: 'b', value: 30 },
    { geo: 'c', value: 20 },
    { geo: 'd', value: 30 },
  ];
  it('ranks 1 as the best in the direction, ties sharing a rank', () => {
    expect(rankAmong('2018', values, 'c', 'increase', 4)).toMatchObject({ period: '2018', rank: 3, of: 4, tied: 1 });
    expect(rankAmong('2018', values, 'd', 'increase', 4)).toMatchObject({ rank: 1, tied: 2 });
    expect(rankAmong('2018', values, 'c', 'decrease', 4)).toMatchObject({ rank: 2 });
  });
  it('states its scope: of all municipalities, or of those with values, never a bare "3 of 4"', () => {
    expect(rankAmong('2018', values, 'c', 'increase', 4)).toMatchObject({
      scope: 'all',
      municipalities: 4,
      text_sv: '3:e av 4 kommuner',
      text_en: '3rd of 4 municipalities',
    });
    expect(rankAmong('2018', values, 'a', 'increase', 290)).toMatchObject({
      scope: 'with_data',
      text_sv: '4:e av de 4 kommuner (av 290) som har värden för 2018',
      text_en: '4th of the 4 municipalities (of 290) with values for 2018',
    });
    expect(rankAmong('2018', values, 'b', 'increase', 4)!.text_sv).toBe('1:a av 4 kommuner (delad med 1 till)');
    const many = Array.from({ length: 30 }, (_, i) => ({ geo: `g${i}`, value: 100 - i }));
    expect([1, 2, 3, 11, 12, 21, 22, 23].map((r) => rankAmong('2024', many, `g${r - 1}`, 'increase', 30)!.text_sv.split(' ')[0])).toEqual([
      '1:a',
      '2:a',
      '3:e',
      '11:e',
      '12:e',
      '21:a',
      '22:a',
      '23:e',
    ]);
    expect([1, 2, 3, 11, 12, 13, 21, 22].map((r) => rankAmong('2024', many, `g${r - 1}`, 'increase', 30)!.text_en.split(' ')[0])).toEqual([
      '1st',
      '2nd',
      '3rd',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
  });
  it('gives no rank for one municipality, no direction, or a geography not among them', () => {
    expect(rankAmong('2018', values.slice(0, 1), 'a', 'increase', 4)).toBeNull();
    expect(rankAmong('2018', values, 'a', 'none', 4)).toBeNull();
    expect(rankAmong('2018', values, '01', 'increase', 4)).toBeNull();
  });
});

describe('gapSeries', () => {
  it('is breakdown minus comparison for every period both have, with both parts, without floating-point noise', () => {
    const foreign = [
      { period: '2020', value: 69.9, status: 'final' },
      { period: '2021', value: 69.8, status: 'final' },
      { period: '2022', value: 71.1, status: 'provisional' },
    ];
    const swedish = [
      { period: '2021', value: 82.6, status: 'final' },
      { period: '2022', value: 82.9, status: 'final' },
      { period: '2023', value: 83, status: 'final' },
    ];
    expect(gapSeries(foreign, swedish)).toEqual([
      { period: '2021', value: -12.8, status: 'final', parts: { breakdown: 69.8, compare: 82.6 } },
      { period: '2022', value: -11.8, status: 'provisional', parts: { breakdown: 71.1, compare: 82.9 } },
    ]);
    expect(gapSeries([{ period: '2020', value: 1, status: 'final' }], [{ period: '2020', value: 2, status: 'break' }])[0]!.status).toBe(
      'break',
    );
  });
  it('is assessed in the direction given: a gap rising towards zero is improving', () => {
    const gaps = gapSeries(series(70, 71, 72, 73), series(83, 83, 83, 83));
    expect(assessTrend(gaps, 'increase')).toMatchObject({ change: 3, assessment: 'improving', latest: { value: -10 } });
  });
});

describe('compareWith', () => {
  const own = { latest: { period: '2024', value: -9.5, status: 'final' }, base: { period: '2021', value: -12.8, status: 'final' } };
  it('gives the difference to the reference now and at the base, and whether it closed', () => {
    const county = [
      { period: '2021', value: -14.4, status: 'final' },
      { period: '2024', value: -12, status: 'final' },
    ];
    expect(compareWith(own, county, 'increase')).toEqual({
      latest: county[1],
      difference: 2.5,
      position: 'better',
      base: county[0],
      base_difference: 1.6,
      gap_trend: 'widening',
    });
    const closer = [
      { period: '2021', value: -9, status: 'final' },
      { period: '2024', value: -8.5, status: 'final' },
    ];
    expect(compareWith(own, closer, 'increase')).toMatchObject({
      difference: -1,
      position: 'worse',
      base_difference: -3.8,
      gap_trend: 'closing',
    });
    expect(compareWith(own, closer, 'none').position).toBeNull();
  });
  it('says nothing it cannot know: no reference value in a period, no trend', () => {
    expect(compareWith(own, [{ period: '2024', value: -12, status: 'final' }], 'increase')).toMatchObject({
      difference: 2.5,
      base: null,
      base_difference: null,
      gap_trend: null,
    });
  });
});

describe('isStale', () => {
  it("is true only when the newest value's year is before the plan's start year", () => {
    expect(isStale({ period: '2018', value: 1, status: 'final' }, 2020)).toBe(true);
    expect(isStale({ period: '2020-12', value: 1, status: 'final' }, 2020)).toBe(false);
    expect(isStale({ period: '2024', value: 1, status: 'final' }, 2024)).toBe(false);
    expect(isStale(null, 2024)).toBe(false);
  });
});

describe('METHOD', () => {
  it('states its parameters in both languages', () => {
    expect(METHOD.en).toContain('1 % of |base|');
    expect(METHOD.sv).toContain('1 % av |bas|');
    expect(METHOD.parameters).toMatchObject({ base_offset: 3, min_values: 2, threshold_share_of_base: 0.01 });
  });
});
