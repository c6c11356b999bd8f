/**
 * One measure of a plan's follow-up as a reader sees it: what it is, its status said plainly,
 * its latest value, change and assessment, its rank, a chart and a table of the place beside its
 * county and Riket, and what would close a gap in the data.
 */
import { html } from 'hono/html';
import type { FollowUpLink } from '../goals/goals.schemas.ts';
import { lineChart, type ChartSeries } from './pages.charts.ts';
import { formatChange, formatPeriod, formatValue, statusNote } from './pages.format.ts';
import { COMMON } from './pages.i18n.ts';
import type { Html } from './pages.layout.ts';
import type { Places } from './pages.places.ts';
import { valuesTable } from './pages.tables.ts';
import { indicatorPath, pageUrl, type Lang } from './pages.urls.ts';

export const MEASURE_WORDS = {
  sv: {
    statuses: {
      followed: 'Aktuella värden',
      stale: 'Inaktuella värden',
      no_data_yet: 'Ingen data ännu',
      qualitative: 'Kvalitativt: följs upp i ord, inte med statistik',
    },
    assessments: {
      improving: 'utvecklas i önskad riktning',
      stable: 'i stort sett oförändrat',
      worsening: 'utvecklas åt fel håll',
      not_enough_data: 'för få värden för en bedömning',
      not_assessed: 'bedöms inte',
    },
    kinds: { statistic: 'Statistik', gap: 'Skillnad mellan grupper', qualitative: 'Följs upp i ord' },
    latest: 'Senaste värde',
    change: (base: string) => `Förändring sedan ${base}`,
    assessment: 'Bedömning',
    rank: 'Rang',
    gap: (a: string, b: string) => `${a} minus ${b}`,
    stale: (period: string, start: number) =>
      `Det senaste värdet är från ${period}, före planens startår ${start}. Värdena visas som historik och bedöms inte.`,
    noData: 'Ingen statistik följer måttet ännu.',
    needed: 'Det som behövs',
    versus: (name: string) => `Jämfört med ${name}`,
    positions: { better: 'bättre', worse: 'sämre', equal: 'lika' },
    gapTrends: { closing: 'avståndet minskar', widening: 'avståndet ökar', unchanged: 'avståndet är oförändrat' },
    // biome-ignore lint/suspicious/noThenProperty: a label ("2020:") in a table of words, never awaited.
    then: (period: string) => `${period}:`,
    breakWarning: 'Ett värde efter basperioden är markerat som brott i tidsserien: förändringen jämför olika saker.',
    target: 'Målvärde',
    desired: 'Önskat utfall',
    exampleData: 'Exempeldata – inte verkliga siffror',
    indicator: 'Måttet',
    place: 'Plats',
    chart: (measure: string, name: string) => `${measure}: ${name}, länet och riket`,
    basis: { document: 'Dokumentet anger måttet', maltal: 'Måltal har kopplat en närliggande serie' },
  },
  en: {
    statuses: {
      followed: 'Current values',
      stale: 'Out-of-date values',
      no_data_yet: 'No data yet',
      qualitative: 'Qualitative: followed up in words, not by a statistic',
    },
    assessments: {
      improving: 'moving in the desired direction',
      stable: 'broadly unchanged',
      worsening: 'moving the wrong way',
      not_enough_data: 'too few values for an assessment',
      not_assessed: 'not assessed',
    },
    kinds: { statistic: 'Statistic', gap: 'Gap between groups', qualitative: 'Followed up in words' },
    latest: 'Latest value',
    change: (base: string) => `Change since ${base}`,
    assessment: 'Assessment',
    rank: 'Rank',
    gap: (a: string, b: string) => `${a} minus ${b}`,
    stale: (period: string, start: number) =>
      `The latest value is from ${period}, before the plan's first year ${start}. The values are shown as history and not assessed.`,
    noData: 'No statistic follows this measure yet.',
    needed: 'What is needed',
    versus: (name: string) => `Compared with ${name}`,
    positions: { better: 'better', worse: 'worse', equal: 'equal' },
    gapTrends: { closing: 'the gap is closing', widening: 'the gap is widening', unchanged: 'the gap is unchanged' },
    // biome-ignore lint/suspicious/noThenProperty: a label ("2020:") in a table of words, never awaited.
    then: (period: string) => `${period}:`,
    breakWarning: 'A value after the base period is marked as a break in series: the change compares unlike figures.',
    target: 'Target',
    desired: 'Desired outcome',
    exampleData: 'Example data – not real figures',
    indicator: 'The indicator',
    place: 'Place',
    chart: (measure: string, name: string) => `${measure}: ${name}, the county and Sweden`,
    basis: { document: 'The document names this measure', maltal: 'Måltal links a related series' },
  },
};

/** The place's series and its references', as the chart and the table draw them. */
export interface MeasureSeries {
  geo: string;
  role: 'place' | 'county' | 'country';
  points: { period: string; value: number; status: string }[];
}

const CLASS = { place: 's-place', county: 's-county', country: 's-country' } as const;

export function measureBlock(
  l: FollowUpLink,
  series: readonly MeasureSeries[],
  startYear: number,
  places: Places,
  heading: number,
  lang: Lang,
): Html {
  const w = MEASURE_WORDS[lang];
  const t = COMMON[lang];
  const h = `h${Math.min(heading, 6)}`;
  const measure = lang === 'en' ? l.measure_en : l.measure_sv;
  const decimals = l.indicator?.decimals ?? 1;
  const unit = (lang === 'en' ? l.unit_en : l.unit_sv) ?? '';
  const indicatorUnit = l.indicator ? (lang === 'en' ? l.indicator.unit_en : l.indicator.unit_sv) : '';
  // A gap is a difference, written like a change: "−9,5 procentenheter"; changes and differences of either kind likewise.
  const value = (v: number | null | undefined) =>
    l.kind === 'gap' ? formatChange(v, decimals, indicatorUnit, lang) : formatValue(v, decimals, indicatorUnit, lang);
  const difference = (v: number | null | undefined) => formatChange(v, decimals, indicatorUnit, lang);
  const status = html`<p><span class="status status-${l.status}">${w.statuses[l.status]}</span>${l.kind === 'qualitative' ? '' : html` <span class="muted">· ${w.kinds[l.kind]} · ${w.basis[l.basis]}</span>`}${l.example ? html` <span class="tag warn">${w.exampleData}</span>` : ''}</p>`;
  const note = l.note ? html`<p class="hint">${l.note}</p>` : '';
  const target =
    l.target_value !== null ? html`<p>${w.target}: ${value(l.target_value)}${l.target_period ? ` (${l.target_period})` : ''}</p>` : '';
  const desired = l.desired_outcome_sv ? html`<p>${w.desired}: <span lang="sv">${l.desired_outcome_sv}</span></p>` : '';
  const open = html`<article class="measure status-${l.status}">${h === 'h4' ? html`<h4>${measure}</h4>` : h === 'h5' ? html`<h5>${measure}</h5>` : h === 'h3' ? html`<h3>${measure}</h3>` : html`<h6>${measure}</h6>`}${status}`;
  if (l.status === 'qualitative') return html`${open}${note}${desired}</article>`;
  if (l.status === 'no_data_yet' || !l.latest || !l.series || !l.indicator) {
    return html`${open}<p>${w.noData}</p>${l.data_needed ? html`<p><strong>${w.needed}:</strong> ${l.data_needed}</p>` : ''}${note}${desired}${target}</article>`;
  }
  const name = places.name(l.series.geo, lang);
  const parts =
    l.kind === 'gap' && l.latest.parts && l.series.breakdown_label && l.series.compare_label
      ? html`<p class="hint">${w.gap(`${l.series.breakdown_label[lang]} ${formatValue(l.latest.parts.breakdown, decimals, indicatorUnit, lang)}`, `${l.series.compare_label[lang]} ${formatValue(l.latest.parts.compare, decimals, indicatorUnit, lang)}`)}. ${t.ownCalculation}.</p>`
      : '';
  const facts = html`<dl class="card-like">
<dt>${w.latest}</dt><dd>${value(l.latest.value)} (${formatPeriod(l.latest.period, lang)}${statusNote(l.latest.status, lang)})</dd>
${l.base && l.change !== null ? html`<dt>${w.change(formatPeriod(l.base.period, lang))}</dt><dd>${difference(l.change)}</dd>` : ''}
<dt>${w.assessment}</dt><dd>${l.assessment ? w.assessments[l.assessment] : '–'}</dd>
${l.rank ? html`<dt>${w.rank}</dt><dd>${lang === 'en' ? l.rank.text_en : l.rank.text_sv}</dd>` : ''}
</dl>`;
  const comparisons = l.comparisons
    .filter((c) => c.difference !== null)
    .map(
      (c) =>
        html`<li>${w.versus(places.name(c.geo, lang))}: ${difference(c.difference)} ${c.latest ? `(${formatPeriod(c.latest.period, lang)})` : ''}${c.position ? `, ${w.positions[c.position]}` : ''}${c.gap_trend ? `; ${w.gapTrends[c.gap_trend]}` : ''}${c.base_difference !== null && c.base ? ` (${w.then(formatPeriod(c.base.period, lang))} ${difference(c.base_difference)})` : ''}</li>`,
    );
  const chartSeries: ChartSeries[] = series.map((s) => ({ name: places.name(s.geo, lang), className: CLASS[s.role], points: s.points }));
  const label = w.chart(measure, name);
  return html`${open}${parts}${facts}
${l.status === 'stale' ? html`<p class="notice">${w.stale(formatPeriod(l.latest.period, lang), startYear)}</p>` : ''}
${l.series_break ? html`<p class="notice">${w.breakWarning}</p>` : ''}
${comparisons.length ? html`<ul>${comparisons}</ul>` : ''}
<figure>${lineChart(chartSeries, { lang, decimals, label })}
<figcaption><ul class="legend">${chartSeries.filter((s) => s.points.length).map((s) => html`<li><span class="key ${s.className}"></span>${s.name}</li>`)}</ul></figcaption></figure>
${valuesTable(
  series.map((s) => ({ name: places.name(s.geo, lang), points: s.points, mark: s.role === 'place' })),
  {
    caption: `${lang === 'en' ? l.indicator.title_en : l.indicator.title_sv}${l.kind === 'gap' ? ` – ${w.kinds.gap.toLowerCase()} (${unit})` : ''}`,
    decimals,
    lang,
    corner: w.place,
  },
)}
${target}${desired}${note}
<p class="links"><a href="${pageUrl(indicatorPath(l.indicator.id), lang, { geo: series.map((s) => s.geo).join(','), uppdelning: l.kind === 'gap' ? undefined : l.series.breakdown === 'total' ? undefined : l.series.breakdown, kon: l.series.gender === 'T' ? undefined : l.series.gender })}">${w.indicator}: ${lang === 'en' ? l.indicator.title_en : l.indicator.title_sv}</a></p>
</article>`;
}
