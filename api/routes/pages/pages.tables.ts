/**
 * The values behind a chart as a table: one row per place, one column per period, so that every
 * figure drawn is also in the HTML as text (and read by screen readers, and printed).
 */
import { html } from 'hono/html';
import type { Point } from './pages.charts.ts';
import { formatNumber, formatPeriod, statusLabel } from './pages.format.ts';
import type { Html } from './pages.layout.ts';
import type { Lang } from './pages.urls.ts';

export interface TableSeries {
  name: string;
  points: readonly (Point & { status?: string })[];
  /** Marked as the page's own place. */
  mark?: boolean;
}

/** Places × periods. Values that are not final carry the status in a footnote sign. */
export function valuesTable(
  series: readonly TableSeries[],
  options: { caption: string; decimals: number; lang: Lang; corner: string },
): Html {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  if (periods.length === 0) return html``;
  const cell = (s: TableSeries, period: string) => {
    const p = s.points.find((x) => x.period === period);
    if (!p) return html`<td class="n">–</td>`;
    const note = p.status && p.status !== 'final' ? html` <abbr title="${statusLabel(p.status, options.lang)}">*</abbr>` : '';
    return html`<td class="n">${formatNumber(p.value, options.decimals, options.lang)}${note}</td>`;
  };
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label="${options.caption}"><table>
<caption>${options.caption}</caption>
<thead><tr><th scope="col">${options.corner}</th>${periods.map((p) => html`<th scope="col" class="n">${formatPeriod(p, options.lang)}</th>`)}</tr></thead>
<tbody>${series.map((s) => html`<tr${s.mark ? html` class="mark"` : ''}><th scope="row">${s.name}</th>${periods.map((p) => cell(s, p))}</tr>`)}</tbody>
</table></div>`;
}
