// Rule: numbers read the Swedish way (decimal comma, no-break space between thousands) with the indicator's decimals.
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
