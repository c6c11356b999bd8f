import { html, nothing, svg, type TemplateResult } from 'lit';
import { MaltalElement } from '../lib/base-element.ts';
import { baseStyles } from '../lib/base.styles.ts';
import { changeUnit, formatPeriod, formatSigned } from '../lib/format.ts';
import { paletteStyles } from '../lib/palette.ts';
import { linearScale, round1 } from '../lib/scale.ts';
import { latestChange, linePieces, runs, valueExtent, xExtent, type Series } from '../lib/series.ts';
import { judgement } from '../lib/summary.ts';
import { figureStyles } from './maltal-figure.styles.ts';

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 36;

/** Sparkline paths of one series in a small box (coordinates rounded to 0.1). */
export function sparkPaths(series: Series, width = SPARK_WIDTH, height = SPARK_HEIGHT): { d: string; dashed: boolean }[] {
  const values = valueExtent([series]);
  const xs = xExtent([series]);
  if (!values || !xs) return [];
  const x = linearScale(xs, [2, width - 2]);
  const y = linearScale(values, [height - 3, 3]);
  return runs(series.points).flatMap((run) =>
    run.length === 1
      ? [{ d: `M${round1(x(run[0]!.x))},${round1(y(run[0]!.value))}h0.1`, dashed: false }]
      : linePieces(run).map((piece) => ({
          d: piece.points.map((p, i) => `${i ? 'L' : 'M'}${round1(x(p.x))},${round1(y(p.value))}`).join(''),
          dashed: piece.dashed,
        })),
  );
}

/**
 * One headline figure: the latest value of the first geography, its period, the change against the
 * previous (or first) period with an arrow and in words, and a sparkline of the whole series.
 *
 * @summary Headline figure with change and sparkline.
 * @tag maltal-figure
 *
 * @attr compare - `previous` (default) or `first`: which period the change is measured against.
 *
 * @csspart value - The headline value.
 * @csspart change - The change line (arrow and words).
 * @csspart sparkline - The sparkline SVG.
 *
 * @cssprop --maltal-figure-size - Font size of the headline value (default 2.5em).
 */
export class MaltalFigure extends MaltalElement {
  static override styles = [baseStyles, paletteStyles, figureStyles];

  static override properties = {
    ...MaltalElement.properties,
    compare: { type: String },
  };

  declare compare: string | undefined;

  protected override renderContent(): TemplateResult {
    const data = this.data!;
    const t = this.t;
    const lang = this.language;
    const series = data.series.find((s) => !s.reference && s.points.some((p) => p.value !== null));
    if (!series) return html`${this.renderTitle()}<p class="state" part="state">${t.noValues(this.placeNames(data), this.periodText())}</p>`;
    const change = latestChange(series.points, this.compare === 'first' ? 'first' : 'previous')!;
    const { unit } = this.titleAndUnit();
    const latest = change.latest;
    return html`${this.renderTitle()}
      <div class="figure">
        <p class="headline">
          <span class="value" part="value">${this.formatValue(latest.value)}</span>
          <span class="place">${series.name} ${formatPeriod(latest.period, lang)}${latest.status !== 'final'
              ? ` (${t.statuses[latest.status] ?? latest.status})`
              : ''}</span>
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

  #renderSparkline(series: Series): TemplateResult {
    const paths = sparkPaths(series);
    return html`<svg class="spark" part="sparkline" width=${SPARK_WIDTH} height=${SPARK_HEIGHT} viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" aria-hidden="true" focusable="false">
      ${paths.map((p) => svg`<path class=${p.dashed ? 'dashed' : ''} d=${p.d}></path>`)}
    </svg>`;
  }
}

customElements.define('maltal-figure', MaltalFigure);

declare global {
  interface HTMLElementTagNameMap {
    'maltal-figure': MaltalFigure;
  }
}
