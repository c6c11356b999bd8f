/**
 * A figure of a place as a card: the latest value and its period, the change from the base period
 * of the follow-up method, the county and Riket in the same period, the rank with its scope, and
 * a sparkline of the whole series.
 */
import { html } from 'hono/html';
import { sparkline } from './pages.charts.ts';
import { formatChange, formatNumber, formatPeriod, formatValue, statusNote, valueParts } from './pages.format.ts';
import { COMMON, pick } from './pages.i18n.ts';
import type { Html } from './pages.layout.ts';
import type { Places } from './pages.places.ts';
import type { PlaceFigure } from './place.data.ts';
import { indicatorPath, pageUrl, type Lang } from './pages.urls.ts';

const WORDS = {
  sv: {
    changeSince: (change: string, period: string) => `${change} sedan ${period}`,
    gapParts: (a: string, b: string) => `${a} minus ${b}`,
    trend: (name: string, from: string, to: string, a: string, b: string) => `${name} ${from}–${to}: från ${a} till ${b}`,
  },
  en: {
    changeSince: (change: string, period: string) => `${change} since ${period}`,
    gapParts: (a: string, b: string) => `${a} minus ${b}`,
    trend: (name: string, from: string, to: string, a: string, b: string) => `${name} ${from}–${to}: from ${a} to ${b}`,
  },
};

/** A headline number with its unit set smaller beside it. */
export function figureValue(v: number | null | undefined, decimals: number, unit: string, lang: Lang, difference = false): Html {
  const parts = valueParts(v, decimals, unit, lang, difference);
  return html`${parts.number}${parts.unit ? html`<span class="unit"> ${parts.unit}</span>` : ''}`;
}

export function figureCard(f: PlaceFigure, code: string, places: Places, lang: Lang): Html {
  const t = COMMON[lang];
  const w = WORDS[lang];
  const l = f.followUp;
  const unit = l.unit_sv === null ? '' : pick({ unit_sv: l.unit_sv, unit_en: l.unit_en }, 'unit', lang);
  const value = (v: number | null | undefined) =>
    f.spec.compare ? formatChange(v, f.meta.decimals, pick(f.meta, 'unit', lang), lang) : formatValue(v, f.meta.decimals, unit, lang);
  const figure = (v: number | null | undefined) =>
    figureValue(v, f.meta.decimals, pick(f.meta, 'unit', lang), lang, f.spec.compare !== undefined);
  const name = places.name(code, lang);
  const geos = [code, ...l.comparisons.map((c) => c.geo)].join(',');
  const href = pageUrl(indicatorPath(f.meta.id), lang, {
    geo: geos,
    uppdelning: f.spec.breakdown && !f.spec.compare ? f.spec.breakdown : undefined,
    kon: f.spec.gender && f.spec.gender !== 'T' ? f.spec.gender : undefined,
  });
  const first = f.points[0]!;
  const last = f.points.at(-1)!;
  const change =
    l.change !== null && l.base
      ? w.changeSince(formatChange(l.change, f.meta.decimals, pick(f.meta, 'unit', lang), lang), formatPeriod(l.base.period, lang))
      : null;
  const labels =
    l.series?.breakdown_label && l.series.compare_label ? [l.series.breakdown_label[lang], l.series.compare_label[lang]] : null;
  return html`<li class="card">
<h3><a href="${href}">${f.spec.label[lang]}</a></h3>
<p class="figure">${figure(l.latest?.value)} <span class="period">${l.latest ? formatPeriod(l.latest.period, lang) + statusNote(l.latest.status, lang) : ''}</span></p>
${
  f.spec.compare && l.latest?.parts && labels
    ? html`<p class="hint">${w.gapParts(`${labels[0]} ${formatNumber(l.latest.parts.breakdown, f.meta.decimals, lang)}`, `${labels[1]} ${formatNumber(l.latest.parts.compare, f.meta.decimals, lang)}`)}. ${t.ownCalculation}.</p>`
    : ''
}
${change ? html`<p>${change}</p>` : ''}
<dl>
${l.comparisons.filter((c) => c.latest).map((c) => html`<dt>${places.name(c.geo, lang)}</dt><dd>${value(c.latest!.value)}</dd>`)}
${l.rank ? html`<dt>${t.rank}</dt><dd>${lang === 'en' ? l.rank.text_en : l.rank.text_sv}</dd>` : ''}
</dl>
${sparkline(f.points, w.trend(name, formatPeriod(first.period, lang), formatPeriod(last.period, lang), value(first.value), value(last.value)))}
</li>`;
}
