/**
 * Numbers, units and periods as a reader expects them: decimal comma and a space between thousands
 * in Swedish, the indicator's own number of decimals, months written out.
 */
import { OBS_STATUS_LABELS, type ObservationStatus } from '../../lib/vocabulary.ts';
import type { Lang } from './pages.urls.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, f);
  }
  return f;
}

/** A number with the given decimals: "76,9", "1 234 567", "−9,5"; "–" for none. */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang, signed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, Math.max(0, Math.min(decimals, 6)), signed).format(value);
}

/** Units written as a sign after the number rather than as a word. */
const PERCENT_UNITS = new Set(['procent', 'percent', 'per cent']);

/** Whether a unit is a percentage (so that a difference of two is in percentage points). */
export const isPercent = (unit: string) => PERCENT_UNITS.has(unit.toLowerCase());

/** A value with its unit: "76,9 %", "61 234 personer", "12,4 ton CO2e per person". */
export function formatValue(value: number | null | undefined, decimals: number, unit: string, lang: Lang): string {
  const number = formatNumber(value, decimals, lang);
  if (number === '–' || !unit) return number;
  return isPercent(unit) ? `${number}\u00a0%` : `${number}\u00a0${unit}`;
}

/** A change with its sign and unit; a change of a percentage is in percentage points. */
export function formatChange(change: number | null | undefined, decimals: number, unit: string, lang: Lang): string {
  const number = formatNumber(change, decimals, lang, true);
  if (number === '–') return number;
  const unitText = isPercent(unit) ? (lang === 'en' ? 'percentage points' : 'procentenheter') : unit;
  return unitText ? `${number}\u00a0${unitText}` : number;
}

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2024", or "mars 2024" for the month 2024-03. */
export function formatPeriod(period: string, lang: Lang): string {
  const month = /^([0-9]{4})-([0-9]{2})$/.exec(period);
  return month ? `${MONTHS[lang][Number(month[2]) - 1]} ${month[1]}` : period;
}

/** "2024-11-28" as "28 november 2024". */
export function formatDate(date: string, lang: Lang): string {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(date);
  return m ? `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}` : date;
}

/** A value's status in words: "preliminärt värde", "brott i tidsserien". */
export function statusLabel(status: string, lang: Lang): string {
  return OBS_STATUS_LABELS[status as ObservationStatus]?.[lang] ?? status;
}

/** ", preliminärt värde" after a value whose status is not final; nothing for a final one. */
export function statusNote(status: string, lang: Lang): string {
  return status === 'final' ? '' : `, ${statusLabel(status, lang)}`;
}

/** A value split into its number and its unit words, for a headline figure that sets the two apart. */
export function valueParts(
  value: number | null | undefined,
  decimals: number,
  unit: string,
  lang: Lang,
  difference = false,
): { number: string; unit: string } {
  const number = formatNumber(value, decimals, lang, difference);
  if (number === '–') return { number, unit: '' };
  if (difference) return { number, unit: isPercent(unit) ? (lang === 'en' ? 'percentage points' : 'procentenheter') : unit };
  return { number, unit: isPercent(unit) ? '%' : unit };
}
