// Rule: maltal-compare shows the latest period every geography has, sorts bars predictably (missing
// last, ties by name), ranks ties alike, and places bars from zero inside the plot.
import { describe, expect, it } from 'vitest';
import type { Series } from '../../widgets/lib/series.ts';
import {
  barsFor,
  latestCommonPeriod,
  layoutCompare,
  moveBar,
  ranks,
  sortBars,
  type BarItem,
} from '../../widgets/maltal-compare/compare-layout.ts';

const point = (period: string, value: number | null) => ({
  period,
  x: Number(period),
  value,
  status: value === null ? 'missing' : 'final',
  note: null,
  n: null,
  ciLow: null,
  ciHigh: null,
});
const series = (geo: string, values: Record<string, number | null>, reference = false): Series => ({
  geo,
  name: geo,
  reference,
  points: Object.entries(values).map(([p, v]) => point(p, v)),
});
const bar = (geo: string, value: number | null, name = geo): BarItem => ({ geo, name, value, status: 'final', note: null });

describe('latestCommonPeriod', () => {
  it('takes the latest period in which every chosen geography has a value, ignoring references', () => {
    const s = [series('a', { 2018: 1, 2019: 2, 2020: 3 }), series('b', { 2018: 1, 2019: 2, 2020: null }), series('SE', { 2021: 5 }, true)];
    expect(latestCommonPeriod(s)).toBe('2019');
  });

  it('falls back to the period with the most values, the later on a tie, and to undefined without values', () => {
    expect(latestCommonPeriod([series('a', { 2018: 1, 2019: 2 }), series('b', { 2018: 1 }), series('c', { 2020: 1 })])).toBe('2018');
    expect(latestCommonPeriod([series('a', { 2018: 1 }), series('b', { 2019: 1 })])).toBe('2019');
    expect(latestCommonPeriod([series('a', { 2018: null })])).toBeUndefined();
  });
});

describe('sortBars', () => {
  const items = [bar('x', 2, 'Östra'), bar('y', null, 'Alby'), bar('z', 5, 'Bro'), bar('w', 2, 'Ale')];

  it('puts the largest first, ties by Swedish name order and missing values last', () => {
    expect(sortBars(items, 'desc').map((b) => b.geo)).toEqual(['z', 'w', 'x', 'y']);
  });

  it('sorts ascending and by name (å, ä, ö after z)', () => {
    expect(sortBars(items, 'asc').map((b) => b.geo)).toEqual(['w', 'x', 'z', 'y']);
    expect(sortBars(items, 'name').map((b) => b.name)).toEqual(['Alby', 'Ale', 'Bro', 'Östra']);
  });

  it('ranks ties alike and leaves missing values unranked', () => {
    expect(Object.fromEntries(ranks(items))).toEqual({ z: 1, x: 2, w: 2 });
  });
});

describe('barsFor and layoutCompare', () => {
  it("takes each chosen geography's value in the period, null when it has none", () => {
    const s = [series('a', { 2019: 2 }), series('b', { 2018: 1 }), series('SE', { 2019: 9 }, true)];
    expect(barsFor(s, '2019').map((b) => [b.geo, b.value])).toEqual([
      ['a', 2],
      ['b', null],
    ]);
  });

  it('draws bars from zero within the plot, one row each, with the references across', () => {
    const layout = layoutCompare([bar('a', 80), bar('b', 40), bar('c', null)], [{ geo: 'SE', name: 'Riket', value: 60 }], {
      width: 500,
      labelChars: 10,
    });
    expect(layout.bars.map((b) => b.y)).toEqual([layout.plot.top, layout.plot.top + 24, layout.plot.top + 48]);
    expect(layout.bars.every((b) => b.x0 === layout.plot.left)).toBe(true);
    expect(layout.bars[0]!.x1).toBeGreaterThan(layout.bars[1]!.x1);
    expect(layout.bars[2]!.x1).toBe(layout.plot.left);
    expect(layout.ticks[0]).toEqual({ value: 0, x: layout.plot.left });
    expect(layout.ticks.at(-1)!.x).toBe(layout.plot.right);
    expect(layout.references[0]!.x).toBeGreaterThan(layout.bars[1]!.x1);
    expect(layout.references[0]!.x).toBeLessThan(layout.bars[0]!.x1);
  });

  it('refuses a width with no room for bars', () => {
    expect(() => layoutCompare([bar('a', 1)], [], { width: 150, labelChars: 20 })).toThrow('too little room');
  });
});

describe('moveBar', () => {
  it('moves by one with the arrows and to the ends with Home and End, staying inside', () => {
    expect([
      moveBar(5, 0, 'ArrowDown'),
      moveBar(5, 0, 'ArrowUp'),
      moveBar(5, 2, 'End'),
      moveBar(5, 2, 'Home'),
      moveBar(5, 4, 'ArrowRight'),
    ]).toEqual([1, 0, 4, 0, 4]);
    expect(moveBar(5, 2, 'a')).toBeUndefined();
  });
});
