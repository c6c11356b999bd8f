// Rule: the map's five classes hold about equal counts, their limits are round (2 significant
// digits), strictly increasing and inside the data; a value on a limit belongs to the class above.
import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  classColors,
  classIndex,
  decimalsOf,
  quantile,
  roundSignificant,
  SEQUENTIAL_5,
} from '../../widgets/maltal-map/map-classes.ts';
import { mostCommonPeriod } from '../../widgets/lib/default-period.ts';

describe('classBreaks', () => {
  it('gives 4 round limits for 5 classes of about equal count', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i + 1) * 1000);
    expect(classBreaks(values)).toEqual([21000, 41000, 60000, 80000]);
  });

  it('has fewer limits when values repeat, and none for fewer than 2 values', () => {
    expect(classBreaks([1, 1, 1, 1, 2])).toEqual([1.2]);
    expect(classBreaks([5])).toEqual([]);
  });

  it('ignores what is not a number', () => {
    expect(classBreaks([Number.NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([2.8, 4.6, 6.4, 8.2]);
  });
});

describe('classIndex', () => {
  it('counts the limits a value is at or above', () => {
    const breaks = [10, 20, 30, 40];
    expect([5, 10, 19.9, 20, 45].map((v) => classIndex(v, breaks))).toEqual([0, 1, 1, 2, 4]);
  });
});

describe('helpers', () => {
  it('rounds to significant digits and interpolates quantiles', () => {
    expect([roundSignificant(12345), roundSignificant(0.01234), roundSignificant(-987), roundSignificant(0)]).toEqual([
      12000, 0.012, -990, 0,
    ]);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('spreads fewer classes over the whole palette, lightest to darkest', () => {
    expect(classColors(5)).toEqual(SEQUENTIAL_5);
    expect(classColors(2)).toEqual([SEQUENTIAL_5[0], SEQUENTIAL_5[4]]);
    expect(classColors(3)).toEqual([SEQUENTIAL_5[0], SEQUENTIAL_5[2], SEQUENTIAL_5[4]]);
  });

  it('knows how many decimals a limit needs', () => {
    expect([decimalsOf(12000), decimalsOf(2.5), decimalsOf(0.012)]).toEqual([0, 1, 3]);
  });

  it('takes the period most areas have as their latest value', () => {
    const row = (period: string, value: number | null = 1) => ({ period, value }) as never;
    expect(mostCommonPeriod([row('2024'), row('2024'), row('2025')])).toBe('2024');
    expect(mostCommonPeriod([row('2024'), row('2025')])).toBe('2025');
    expect(mostCommonPeriod([row('2024', null)])).toBeUndefined();
  });
});
