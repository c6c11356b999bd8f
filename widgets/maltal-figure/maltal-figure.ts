import { html, nothing, svg, type TemplateResult } from 'lit';
import { baseStyles } from '../lib/base.styles.ts';
import { changeUnit, formatNumber, formatPeriod, formatSigned } from '../lib/format.ts';
import { paletteStyles } from '../lib/palette.ts';
import { linearScale, round1 } from '../lib/scale.ts';
import { MaltalSeriesElement, SUMMARY_ID } from '../lib/series-element.ts';
import { latestChange, linePieces, periodPositions, runs, valueExtent, withValues, xExtent, type Series } from '../lib/series.ts';
import { judgement } from '../lib/summary.ts';
import { figureStyles } from './maltal-figure.styles.ts';

/** The sparkline's largest width and its height, in CSS pixels. */
const SPARK_MAX_WIDTH = 280;
const SPARK_HEIGHT = 48;

/** Sparkline paths of one series in a box (coordinates rounded to 0.1), and where its last point is. */
export function sparkPaths(
  series: Series,
  width: number,
  height = SPARK_HEIGHT,
): { paths: { d: string; dashed: boolean }[]; last?: { x: number; y: number } } {
  const values = valueExtent([series]);
  const xs = xExtent([series]);
  if (!values || !xs) return { paths: [] };
  const x = linearScale(xs, [4, width - 4]);
  const y = linearScale(values, [height - 4, 4]);
  const expected = periodPositions([series]);
  const paths = runs(series.points, expected).flatMap((run) =>
    run.length === 1
      ? [{ d: `M${round1(x(run[0]!.x))},${round1(y(run[0]!.value))}h0.1`, dashed: false }]
      : linePieces(run).map((piece) => ({
          d: piece.points.map((p, i) => `${i ? 'L' : 'M'}${round1(x(p.x))},${round1(y(p.value))}`).join(''),
          dashed: piece.dashed,
        })),
  );
  const lastPoint = withValues(series.points).at(-1);
  return { paths, last: lastPoint ? { x: round1(x(lastPoint.x)), y: round1(y(lastPoint.value)) } : undefined };
}

/**
 * One headline figure: the latest value of the first geography (the number large, the unit after
 * it, so it fits a phone), its period, the change against the previous (or first) period with an
 * arrow and in words, and a sparkline of the whole series with its first and last period.
 *
 * @summary Headline figure with change and sparkline.
 * @tag maltal-figure
 *
 * @attr compare - `previous` (default) or `first`: which period the change is measured against.
 *
 * @csspart value - The headline value.
 * @csspart change - The change line (arrow and words).
 * @csspart sparkline - The sparkline SVG.
 * @csspart summary - The generated text summary: the sparkline's description for screen readers (not shown).
 * @csspart table - The data table, behind "Visa som tabell".
 * @csspart table-toggle - The "Visa som tabell" disclosure around the table.
 *
 * @cssprop --maltal-figure-size - Font size of the headline number (default 2.5em).
 */
export class MaltalFigure extends MaltalSeriesElement {
  static override styles = [baseStyles, paletteStyles, figureStyles];

  static override properties = {
    ...MaltalSeriesElement.properties,
    compare: { type: String },
  };

  declare compare: string | undefined;

  protected override renderContent(): TemplateResult {
    const data = this.data!;
    const t = this.t;
    const lang = this.language;
    const series = data.series.find((s) => !s.reference && s.points.some((p) => p.value !== null));
    if (!series)
      return html`${this.renderTitle()}<p class="state" part="state">${t.noValues(this.placeNames(data), this.periodText())}</p>`;
    const change = latestChange(series.points, this.compare === 'first' ? 'first' : 'previous')!;
    const { unit } = this.titleAndUnit();
    const latest = change.latest;
    const withUnit = this.formatValue(latest.value);
    const number = formatNumber(latest.value, data.indicator.decimals, lang);
    const unitText = withUnit.slice(number.length).trim();
    const spaced = /^\s/.test(withUnit.slice(number.length));
    return html`${this.renderTitle()}
      <div class="figure">
        <p class="headline">
          <span class="value" part="value"><span class="number">${number}</span>${unitText ? html`${spaced ? (/\p{L}{2}/u.test(unitText) ? ' ' : '\u00a0') : ''}<span class="value-unit">${unitText}</span>` : nothing}</span>
          <span class="place">${series.name} ${formatPeriod(latest.period, lang)}${
            latest.status !== 'final' ? ` (${t.statuses[latest.status] ?? latest.status})` : ''
          }</span>
        </p>
        ${this.#renderSparkline(series)}
      </div>
      ${change.base && change.change !== undefined ? this.#renderChange(change.change, change.base.period, unit) : nothing}
      ${this.renderSummary()} ${this.renderDataTable()}`;
  }

  #renderChange(delta: number, basePeriod: string, unit: string): TemplateResult {
    const data = this.data!;
    const t = this.t;
    const lang = this.language;
    const decimals = data.indicator.decimals;
    const signed = formatSigned(delta, decimals, lang);
    const zero = signed === formatSigned(0, decimals, lang);
    const arrow = zero ? '→' : delta > 0 ? '↑' : '↓';
    const verdict = judgement(delta, data.indicator.direction, decimals);
    const words = zero
      ? t.noChangeSince(formatPeriod(basePeriod, lang))
      : t.changeSince(formatPeriod(basePeriod, lang), signed, changeUnit(unit, lang));
    const judged = verdict === 0 || zero ? words : `${words.slice(0, -1)}, ${verdict > 0 ? t.better : t.worse}.`;
    return html`<p class="change" part="change"><span class="arrow" aria-hidden="true">${arrow}</span>${judged}</p>`;
  }

  #renderSparkline(series: Series): TemplateResult | typeof nothing {
    const valued = withValues(series.points);
    if (valued.length < 2) return nothing;
    const width = Math.max(120, Math.min(SPARK_MAX_WIDTH, (this.width || 600) - 8));
    const { paths, last } = sparkPaths(series, width);
    const lang = this.language;
    const first = formatPeriod(valued[0]!.period, lang);
    const end = formatPeriod(valued.at(-1)!.period, lang);
    const label = lang === 'en' ? `Sparkline of ${series.name}, ${first}–${end}` : `Kurva för ${series.name}, ${first}–${end}`;
    return html`<figure class="spark-box">
      <svg class="spark" part="sparkline" role="img" aria-label=${label} aria-describedby=${SUMMARY_ID} width=${width} height=${SPARK_HEIGHT} viewBox="0 0 ${width} ${SPARK_HEIGHT}">
        ${paths.map((p) => svg`<path class=${p.dashed ? 'dashed' : ''} d=${p.d}></path>`)}
        ${last ? svg`<circle cx=${last.x} cy=${last.y} r="3.5"></circle>` : nothing}
      </svg>
      <figcaption class="spark-periods" aria-hidden="true"><span>${first}</span><span>${end}</span></figcaption>
    </figure>`;
  }
}

customElements.define('maltal-figure', MaltalFigure);

declare global {
  interface HTMLElementTagNameMap {
    'maltal-figure': MaltalFigure;
  }
}
