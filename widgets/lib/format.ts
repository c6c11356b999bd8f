import type { Lang } from './types.ts';

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The Intl locale for a widget language: sv-SE (decimal comma, no-break space between thousands). */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * A number with exactly `decimals` decimals in the widget's language: 80874.976 → "80 875,0" in
 * Swedish (U+00A0 between thousands, U+2212 minus). Empty string for null / NaN.
 */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang = 'sv'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const d = Math.max(0, Math.min(6, Math.round(decimals)));
  const key = `${lang}|${d}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: d, maximumFractionDigits: d });
    numberFormats.set(key, format);
  }
  const text = format.format(value);
  // -0,0 reads as a change that is not there
  return /^[-−]0([,.]0*)?$/.test(text) ? text.slice(1) : text;
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
