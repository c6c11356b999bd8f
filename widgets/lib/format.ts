import type { Lang } from './types.ts';

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** What Intl.NumberFormat writes for sv-SE and en-GB: thousands, decimal and minus signs. */
const SIGNS: Record<Lang, { group: string; decimal: string; minus: string }> = {
  sv: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

/** The Intl locale for a widget language: sv-SE (decimal comma, no-break space between thousands). */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * A number with exactly `decimals` decimals in the widget's language: 80874.976 → "80 875,0" in
 * Swedish (U+00A0 between thousands, U+2212 minus). Empty string for null / NaN.
 *
 * Written by hand rather than by Intl.NumberFormat, which cost ~0.1 ms a call and was the largest
 * part of drawing a page of charts (BENCHMARKS.md); test/widgets/lib/format.test.ts holds it to
 * Intl's output for sv-SE and en-GB. Like Intl it rounds the shortest decimal that reads back as the
 * number, half away from zero: 1.005 → "1,01" (toFixed, rounding the binary value, says "1.00").
 */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang = 'sv'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const d = Math.max(0, Math.min(6, Math.round(decimals)));
  const shortest = String(Math.abs(value));
  if (shortest.includes('e')) {
    // Under 1e-6 or from 1e21 on: rare enough for Intl.
    const text = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
    return /^[-−]0([,.]0*)?$/.test(text) ? text.slice(1) : text;
  }
  const signs = SIGNS[lang];
  const fixed = roundDecimal(shortest, d);
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, signs.group) : whole;
  const text = fraction ? `${grouped}${signs.decimal}${fraction}` : grouped;
  // -0,0 reads as a change that is not there
  return value < 0 && /[1-9]/.test(fixed) ? signs.minus + text : text;
}

/** A plain decimal string ("999.95") rounded half up to `d` decimals ("1000.0"), digit by digit. */
function roundDecimal(text: string, d: number): string {
  const [whole, fraction = ''] = text.split('.') as [string, string | undefined];
  let digits = whole + fraction.slice(0, d).padEnd(d, '0');
  if ((fraction[d] ?? '0') >= '5') {
    const carried = [...digits];
    let i = carried.length - 1;
    while (i >= 0 && carried[i] === '9') carried[i--] = '0';
    if (i >= 0) carried[i] = String(Number(carried[i]) + 1);
    else carried.unshift('1');
    digits = carried.join('');
  }
  const cut = digits.length - d;
  return d > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
}

/** Units that are written as a sign after the number rather than as a word. */
const UNIT_SYMBOLS: Record<string, string> = { procent: '%', percent: '%' };

/** A value with its unit: "80,9 %" (sv) / "80.9%" (en); word units follow after a space ("12 kronor"). */
export function formatValue(value: number | null | undefined, decimals: number, unit: string, lang: Lang = 'sv'): string {
  const number = formatNumber(value, decimals, lang);
  if (!number || !unit) return number;
  const symbol = UNIT_SYMBOLS[unit.toLowerCase()];
  if (symbol) return lang === 'sv' ? `${number}\u00a0${symbol}` : `${number}${symbol}`;
  return `${number}\u00a0${unit}`;
}

/** The unit of a difference: percentages change by percentage points. */
export function changeUnit(unit: string, lang: Lang): string {
  if (UNIT_SYMBOLS[unit.toLowerCase()]) return lang === 'sv' ? 'procentenheter' : 'percentage points';
  return unit;
}

/** A difference with its sign ("+0,4", "−1,2", "0,0") and decimals. */
export function formatSigned(value: number, decimals: number, lang: Lang = 'sv'): string {
  const text = formatNumber(value, decimals, lang);
  const zero = formatNumber(0, decimals, lang);
  return value > 0 && text !== zero ? `+${text}` : text;
}

const MONTHS: Record<Lang, string[]> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A period as people write it: "2018", or "mar 2024" for the month "2024-03". */
export function formatPeriod(period: string, lang: Lang = 'sv'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const month = MONTHS[lang][Number(match[2]) - 1];
  return month ? `${month} ${match[1]}` : period;
}

/** An ISO date ("2026-11-22") as "22 november 2026" / "22 November 2026", independent of the time zone. */
export function formatDate(iso: string, lang: Lang = 'sv'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
