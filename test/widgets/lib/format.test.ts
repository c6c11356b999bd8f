// Rule: numbers read the Swedish way (decimal comma, no-break space between thousands) with the indicator's decimals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeUnit, formatDate, formatNumber, formatPeriod, formatSigned, formatValue } from '../../../widgets/lib/format.ts';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('rounds to the decimals and groups thousands with a no-break space in Swedish', () => {
    expect(formatNumber(80874.976, 1)).toBe(`80${NBSP}875,0`);
    expect(formatNumber(1234567.891, 2, 'sv')).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(formatNumber(80.874976, 1)).toBe('80,9');
    expect(formatNumber(74.90619, 0)).toBe('75');
  });

  it('uses the typographic minus and never writes minus zero', () => {
    expect(formatNumber(-1234.5, 1)).toBe(`\u22121${NBSP}234,5`);
    expect(formatNumber(-0.01, 1)).toBe('0,0');
  });

  it('writes English with a decimal point and comma groups', () => {
    expect(formatNumber(80874.976, 1, 'en')).toBe('80,875.0');
  });

  it('gives an empty string for missing values', () => {
    expect(formatNumber(null, 1)).toBe('');
    expect(formatNumber(Number.NaN, 1)).toBe('');
  });

  it('writes exactly what Intl.NumberFormat writes for sv-SE and en-GB (it is done by hand for speed)', () => {
    const intl = (value: number, decimals: number, locale: string) => {
      const text = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
      return /^[-−]0([,.]0*)?$/.test(text) ? text.slice(1) : text;
    };
    const values = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
      fc.constantFrom(0, -0, 0.5, -0.5, 2.5, 1.005, 999.95, -0.04, 1234, 123456789.125),
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        expect(formatNumber(value, decimals, 'sv')).toBe(intl(value, decimals, 'sv-SE'));
        expect(formatNumber(value, decimals, 'en')).toBe(intl(value, decimals, 'en-GB'));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});

describe('formatValue and changes', () => {
  it('writes percent as a sign and other units as words', () => {
    expect(formatValue(80.874976, 1, 'procent')).toBe(`80,9${NBSP}%`);
    expect(formatValue(80.874976, 1, 'percent', 'en')).toBe('80.9%');
    expect(formatValue(12500, 0, 'kronor')).toBe(`12${NBSP}500${NBSP}kronor`);
  });

  it('signs changes and measures percentages in percentage points', () => {
    expect(formatSigned(0.374918, 1)).toBe('+0,4');
    expect(formatSigned(-2.16, 1)).toBe('\u22122,2');
    expect(formatSigned(0.01, 1)).toBe('0,0');
    expect(changeUnit('procent', 'sv')).toBe('procentenheter');
    expect(changeUnit('percent', 'en')).toBe('percentage points');
  });

  it('writes periods and dates in the language', () => {
    expect(formatPeriod('2018')).toBe('2018');
    expect(formatPeriod('2024-03')).toBe('mar 2024');
    expect(formatPeriod('2024-05', 'en')).toBe('May 2024');
    expect(formatDate('2026-11-22')).toBe('22 november 2026');
    expect(formatDate('2026-11-22', 'en')).toBe('22 November 2026');
  });
});
