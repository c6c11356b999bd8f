import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { WidgetData } from '../lib/base-element.ts';
import { baseStyles, tooltipStyles } from '../lib/base.styles.ts';
import { comparableUnit } from '../lib/comparable.ts';
import { fire, leftChart } from '../lib/events.ts';
import { formatNumber, formatPeriod } from '../lib/format.ts';
import { listJoin } from '../lib/i18n.ts';
import { paletteStyles, seriesColor } from '../lib/palette.ts';
import { tickStep } from '../lib/scale.ts';
import { MaltalSeriesElement, SUMMARY_ID } from '../lib/series-element.ts';
import { buildSeries, TENTATIVE_STATUSES } from '../lib/series.ts';
import { styleProperties } from '../lib/style-properties.ts';
import type { ObservationQuery } from '../lib/types.ts';
import { trendStyles } from './maltal-trend.styles.ts';
import { layoutTrend, movePoint, type PlacedPoint, type TrendLayout } from './trend-layout.ts';

/**
 * A line chart over time for one or more geographies, with Riket or the places' own county as a
 * reference line where that compares (a share, rate or score, not a total beside its parts) and
 * has data. Provisional and estimated values are dashed, missing periods leave a gap (periods no
 * place has, like years a source skips, do not), a break in series is marked. Every point is
 * reachable with the keyboard (Tab to the chart, then the arrow keys; Home/End), and shows its
 * period, value, unit and status.
 *
 * @summary Line chart over time.
 * @tag maltal-trend
 *
 * @attr reference - Geography codes of reference lines (e.g. `SE`), drawn as given; default: Riket, else the county all the places are in, where it has data and the unit is a share, rate or score; `none` for no reference line.
 * @attr height - Height of the chart in CSS pixels (default 280).
 *
 * @fires maltal-point-focus - When a point gets keyboard focus or the pointer. Detail: `{ geo, period, value, status }`.
 *
 * @csspart chart - The chart area (legend, SVG and tooltip).
 * @csspart legend - The legend above the chart.
 * @csspart svg - The SVG element.
 * @csspart tooltip - The tooltip of the focused point.
 * @csspart summary - The generated text summary: the chart's description for screen readers (not shown).
 * @csspart table - The data table, behind "Visa som tabell".
 * @csspart table-toggle - The "Visa som tabell" disclosure around the table.
 *
 * @cssprop --maltal-line-width - Width of the series lines (default 2.25px).
 */
export class MaltalTrend extends MaltalSeriesElement {
  static override styles = [baseStyles, paletteStyles, tooltipStyles, trendStyles];

  static override properties = {
    ...MaltalSeriesElement.properties,
    reference: { type: String },
    height: { type: Number },
    active: { state: true },
    tooltip: { state: true },
  };

  declare reference: string | undefined;
  declare height: number;
  /** The point with the roving tabindex. */
  declare active: { series: number; index: number } | undefined;
  /** Whether the active point shows its tooltip (focus or pointer). */
  declare tooltip: boolean;

  #layout: TrendLayout | undefined;
  #layoutKey: unknown[] = [];

  constructor() {
    super();
    this.height = 280;
    this.active = undefined;
    this.tooltip = false;
  }

  protected override get dataProperties(): string[] {
    return [...super.dataProperties, 'reference'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data')) this.active = undefined;
  }

  /**
   * Reference codes to try, in order: the `reference` attribute as given; else, for a unit that
   * compares, Riket and the county every chosen place is in (not a county beside itself).
   */
  #referenceCandidates(data: WidgetData): string[] {
    const asked = (this.reference ?? '').trim();
    if (asked === 'none') return [];
    if (asked)
      return asked
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    if (!comparableUnit(data.indicator.unit_en)) return [];
    const parents = new Set(data.query.geo.map((code) => data.geographies.get(code)?.parent ?? ''));
    const [county] = parents;
    return ['SE', ...(parents.size === 1 && county && county !== 'SE' ? [county] : [])];
  }

  protected override async loadData(query: ObservationQuery, signal: AbortSignal): Promise<WidgetData> {
    const data = await super.loadData(query, signal);
    const explicit = Boolean(this.reference && this.reference !== 'none');
    const candidates = this.#referenceCandidates(data).filter((code) => !query.geo.includes(code));
    if (!candidates.length) return data;
    try {
      const client = this.client;
      // Riket's name is fixed; a county's came with its kommun (parent_ref); others are looked up.
      const unknown = candidates.filter((code) => code !== 'SE' && !data.geographies.has(code));
      const [answer, ...geographies] = await Promise.all([
        client.observations({ ...query, geo: candidates }, signal),
        ...unknown.map((code) => client.geography(code, signal)),
      ]);
      for (const geo of geographies) if (geo) data.geographies.set(geo.code, geo);
      const names = { ...this.namesOf(data.geographies), SE: this.language === 'en' ? 'Sweden' : 'Riket' };
      const references = buildSeries(answer.data, {
        geos: candidates,
        names,
        reference: candidates,
        gender: query.gender,
        breakdown: query.breakdown,
      });
      // Explicit references are all drawn; the automatic one is the first with data.
      data.series = [...data.series, ...(explicit ? references : references.slice(0, 1))];
    } catch (error) {
      if (signal.aborted) throw error;
      // A reference line is extra: without it the chart still says what it should.
    }
    return data;
  }

  protected override renderContent(): TemplateResult {
    const data = this.data!;
    const lang = this.language;
    const t = this.t;
    // Chromium makes SVG elements with focus listeners focusable, so the listeners sit on the div.
    const width = this.width || 600;
    const height = Math.max(120, Number(this.height) || 280);
    const values = data.series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null);
    const step = values.length ? tickStep(Math.min(...values), Math.max(...values), Math.max(2, Math.round(height / 60))) : 1;
    const tickDecimals = Math.max(0, Math.min(data.indicator.decimals, -Math.floor(Math.log10(step) + 1e-9)));
    let layout: TrendLayout;
    try {
      // The same layout while only the focused point or its tooltip changes.
      const key = [data, width, height, lang];
      layout =
        this.#layout && key.every((k, i) => k === this.#layoutKey[i])
          ? this.#layout
          : layoutTrend(data.series, {
              width,
              height,
              formatTick: (v) => formatNumber(v, tickDecimals, lang),
              formatPeriod: (p) => formatPeriod(p, lang),
            });
      this.#layoutKey = key;
    } catch (error) {
      const reason =
        error instanceof Error && error.message === 'too little room' ? t.tooNarrow : t.cannotDraw(String((error as Error).message));
      return html`${this.renderTitle()}<p class="state" part="state">${reason}</p>${this.renderDataTable()}`;
    }
    this.#layout = layout;
    const chosen = data.series.filter((s) => !s.reference).map((s) => s.name);
    return html`${this.renderTitle()}
      <div
        class="chart"
        part="chart"
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocus}
        @focusout=${this.#onBlur}
        @pointerleave=${this.#onBlur}
      >
        ${this.#renderLegend()}
        <svg
          part="svg"
          role="group"
          aria-label=${t.chartLabel(this.titleAndUnit().title, listJoin(chosen, lang))}
          aria-describedby=${SUMMARY_ID}
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
        >
          ${this.#renderAxes(layout)} ${this.#renderMarks(layout)}
        </svg>
        ${this.#renderTooltip(layout)}
      </div>
      ${this.renderSummary()} ${this.renderDataTable()}`;
  }

  #color(index: number): string {
    const series = this.data!.series[index];
    if (series?.reference) return 'var(--_reference)';
    const chosenIndex = this.data!.series.slice(0, index).filter((s) => !s.reference).length;
    return seriesColor(chosenIndex);
  }

  #renderLegend(): TemplateResult {
    const data = this.data!;
    const t = this.t;
    const tentative = data.series.some((s) => s.points.some((p) => TENTATIVE_STATUSES.includes(p.status)));
    const broken = (this.#layout?.breaks.length ?? 0) > 0;
    const swatch = (color: string, dashed: boolean) =>
      html`<svg width="22" height="10" aria-hidden="true"><line x1="1" y1="5" x2="21" y2="5" stroke=${color} stroke-width="2.5" stroke-dasharray=${dashed ? '5 3' : 'none'}></line></svg>`;
    return html`<ul class="legend" part="legend">
      ${data.series.map((s, i) => html`<li>${swatch(this.#color(i), false)}${s.name}${s.reference ? ` (${t.reference})` : ''}</li>`)}
      ${tentative ? html`<li>${swatch('var(--_muted)', true)}${t.statuses.provisional}</li>` : nothing}
      ${broken ? html`<li>${swatch('var(--_muted)', true)}${t.seriesBreak}</li>` : nothing}
    </ul>`;
  }

  #renderAxes(layout: TrendLayout): TemplateResult {
    const { plot } = layout;
    // The grid as one path, not a line per tick: fewer nodes on a page of many charts.
    const grid = layout.yTicks.map((tick) => `M${plot.left},${tick.y}H${plot.right}`).join('');
    return svg`<path class="grid" aria-hidden="true" d=${grid}></path><g class="axis" aria-hidden="true">${layout.yTicks.map(
      // .textContent, not a child binding: no marker comments around every label.
      (tick) => svg`<text x=${plot.left - 6} y=${tick.y} dy="0.32em" text-anchor="end" .textContent=${tick.label}></text>`,
    )}${layout.xTicks.map(
      (tick) => svg`<text x=${tick.x} y=${plot.bottom + 17} text-anchor="middle" .textContent=${tick.label}></text>`,
    )}</g>${layout.breaks.map(
      (b) =>
        svg`<g class="break" aria-hidden="true"><line x1=${b.x} x2=${b.x} y1=${plot.top} y2=${plot.bottom}></line><text x=${b.x + 3} y=${plot.top + 8}>${this.t.seriesBreak}</text></g>`,
    )}`;
  }

  #pointLabel(placed: PlacedPoint): string {
    const series = this.data!.series[placed.series]!;
    const p = placed.point;
    return `${series.name}, ${formatPeriod(p.period, this.language)}: ${this.formatValue(p.value)}, ${this.t.statuses[p.status] ?? p.status}`;
  }

  #activePoint(layout: TrendLayout): { series: number; index: number } {
    if (this.active && layout.points[this.active.series]?.[this.active.index]) return this.active;
    const series = Math.max(
      0,
      layout.points.findIndex((row) => row.length > 0),
    );
    return { series, index: (layout.points[series]?.length ?? 1) - 1 };
  }

  #renderMarks(layout: TrendLayout): TemplateResult {
    const active = this.#activePoint(layout);
    const ordered = layout.paths
      .map((path, i) => ({ path, i }))
      .sort((a, b) => Number(this.data!.series[b.path.series]?.reference) - Number(this.data!.series[a.path.series]?.reference));
    return svg`<g class="lines" aria-hidden="true">${ordered.map(
      ({ path }) =>
        svg`<path class="line${path.dashed ? ' dashed' : ''}${this.data!.series[path.series]?.reference ? ' reference' : ''}" d=${path.d} stroke=${this.#color(path.series)}></path>`,
    )}</g><g class="points" @pointerover=${this.#onPointer}>${layout.points.map(
      (row, s) =>
        // Colour and size per series, on its group: twenty charts of 21 points set a third fewer attributes.
        svg`<g class=${this.data!.series[s]?.reference ? 'reference' : nothing} stroke=${this.#color(s)} color=${this.#color(s)}>${row.map(
          (placed, i) => {
            const isActive = s === active.series && i === active.index;
            const tentative = TENTATIVE_STATUSES.includes(placed.point.status);
            return svg`<circle class="point${tentative ? ' tentative' : ''}${isActive && this.tooltip ? ' active' : ''}" data-series=${s} data-index=${i}
            cx=${placed.cx} cy=${placed.cy} role="img" aria-label=${this.#pointLabel(placed)} tabindex=${isActive ? 0 : -1}></circle>`;
          },
        )}</g>`,
    )}</g>${this.tooltip ? this.#renderFocusRing(layout, active) : nothing}`;
  }

  /** One listener for every point: the pointer on a point shows it. */
  #onPointer = (event: PointerEvent): void => {
    const target = event.target as Element;
    const series = Number(target.getAttribute('data-series'));
    const index = Number(target.getAttribute('data-index'));
    if (target.localName === 'circle' && Number.isInteger(series) && Number.isInteger(index)) this.#show({ series, index }, false);
  };

  #renderFocusRing(layout: TrendLayout, active: { series: number; index: number }): TemplateResult | typeof nothing {
    const placed = layout.points[active.series]?.[active.index];
    if (!placed) return nothing;
    return svg`<circle class="focus-ring" cx=${placed.cx} cy=${placed.cy} r="8" aria-hidden="true"></circle>`;
  }

  #renderTooltip(layout: TrendLayout): TemplateResult | typeof nothing {
    if (!this.tooltip) return nothing;
    const active = this.#activePoint(layout);
    const placed = layout.points[active.series]?.[active.index];
    if (!placed) return nothing;
    const series = this.data!.series[active.series]!;
    const p = placed.point;
    const left = Math.min(Math.max(placed.cx, 70), layout.width - 70);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${styleProperties({ left: `${left}px`, top: `${placed.cy + 24}px` })}>
      <strong>${series.name}, ${formatPeriod(p.period, this.language)}</strong>
      ${this.formatValue(p.value)}<br />${this.t.statuses[p.status] ?? p.status}
    </div>`;
  }

  #show(target: { series: number; index: number }, focus: boolean): void {
    const layout = this.#layout;
    const placed = layout?.points[target.series]?.[target.index];
    if (!placed) return;
    this.active = target;
    this.tooltip = true;
    const series = this.data!.series[target.series]!;
    fire(this, 'maltal-point-focus', {
      geo: series.geo,
      period: placed.point.period,
      value: placed.point.value,
      status: placed.point.status,
    });
    if (focus) {
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<SVGElement>(`circle[data-series="${target.series}"][data-index="${target.index}"]`)?.focus();
      });
    }
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const layout = this.#layout;
    if (!layout) return;
    const next = movePoint(layout.points, this.#activePoint(layout), event.key);
    if (!next) {
      if (event.key === 'Escape') this.tooltip = false;
      return;
    }
    event.preventDefault();
    this.#show(next, true);
  };

  #onFocus = (event: FocusEvent): void => {
    const target = event.target as Element;
    const series = Number(target.getAttribute('data-series'));
    const index = Number(target.getAttribute('data-index'));
    if (Number.isInteger(series) && Number.isInteger(index)) this.#show({ series, index }, false);
  };

  #onBlur = (event: Event): void => {
    if (leftChart(this.renderRoot, event)) this.tooltip = false;
  };
}

customElements.define('maltal-trend', MaltalTrend);

declare global {
  interface HTMLElementTagNameMap {
    'maltal-trend': MaltalTrend;
  }
}
