/**
 * The generated text summary of a series: latest value, trend from first to last, lowest and
 * highest, change since the previous period, missing periods. Pure; sv and en.
 */
import { changeUnit, formatNumber, formatPeriod, formatSigned, formatValue } from './format.ts';
import { listJoin, strings } from './i18n.ts';
import { extremes, gapPeriods, latestChange, periodPositions, withValues, type Series } from './series.ts';
import type { IndicatorMeta, Lang } from './types.ts';

/** The indicator's title and unit in the widget's language. */
export function indicatorText(indicator: IndicatorMeta, lang: Lang): { title: string; unit: string } {
  return lang === 'en'
    ? { title: indicator.title_en || indicator.title_sv, unit: indicator.unit_en || indicator.unit_sv }
    : { title: indicator.title_sv, unit: indicator.unit_sv };
}

/** Whether a change is better (+1), worse (−1) or neither (0) given the indicator's direction. */
export function judgement(change: number, direction: string, decimals: number): -1 | 0 | 1 {
  if (Math.abs(change) < 0.5 * 10 ** -decimals) return 0;
  if (direction === 'increase') return change > 0 ? 1 : -1;
  if (direction === 'decrease') return change < 0 ? 1 : -1;
  return 0;
}

/** One paragraph about one series, e.g. for a screen reader or a report; `expected` as for `gapPeriods`. */
export function summarizeSeries(series: Series, indicator: IndicatorMeta, lang: Lang, expected?: readonly number[]): string {
  const s = strings(lang);
  const { title, unit } = indicatorText(indicator, lang);
  const d = indicator.decimals;
  const value = (v: number) => formatValue(v, d, unit, lang);
  const period = (p: string) => formatPeriod(p, lang);
  const valued = withValues(series.points);
  const first = valued[0];
  const last = valued[valued.length - 1];
  if (!first || !last) return s.noValues(series.name, '');

  const sentences = [s.latestIs(title, series.name, value(last.value), period(last.period))];
  if (valued.length > 1) {
    const firstText = value(first.value);
    const lastText = value(last.value);
    if (formatNumber(first.value, d, lang) === formatNumber(last.value, d, lang)) {
      sentences.push(s.flat(lastText, period(first.period), period(last.period)));
    } else {
      const phrase = last.value > first.value ? s.rose : s.fell;
      sentences.push(phrase(firstText, lastText, period(first.period), period(last.period)));
    }
    const ext = extremes(series.points);
    if (ext && valued.length > 2) {
      sentences.push(s.extremes(value(ext.min.value), period(ext.min.period), value(ext.max.value), period(ext.max.period)));
    }
    const change = latestChange(series.points, 'previous');
    if (change?.base && change.change !== undefined) {
      const verdict = judgement(change.change, indicator.direction, d);
      if (formatNumber(change.change, d, lang) === formatNumber(0, d, lang)) {
        sentences.push(s.noChangeSince(period(change.base.period)));
      } else {
        const text = s.changeSince(period(change.base.period), formatSigned(change.change, d, lang), changeUnit(unit, lang));
        sentences.push(verdict === 0 ? text : `${text.slice(0, -1)}, ${verdict > 0 ? s.better : s.worse}.`);
      }
    }
  }
  const gaps = gapPeriods(series.points, expected);
  if (gaps.length) sentences.push(s.gapsIn(listJoin(gaps.map(period), lang)));
  return sentences.join(' ');
}

/** Summaries of all series, chosen geographies first, references after. */
export function summarize(series: Series[], indicator: IndicatorMeta, lang: Lang): string {
  const expected = periodPositions(series);
  return [...series]
    .sort((a, b) => Number(a.reference) - Number(b.reference))
    .map((one) => summarizeSeries(one, indicator, lang, expected))
    .join(' ');
}
