import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { geographyName, type WidgetData } from '../lib/base-element.ts';
import { baseStyles, tooltipStyles } from '../lib/base.styles.ts';
import { comparableUnit } from '../lib/comparable.ts';
import { defaultPeriod, levelOf, type PlaceLevel } from '../lib/default-period.ts';
import { fire, leftChart } from '../lib/events.ts';
import { formatNumber, formatPeriod } from '../lib/format.ts';
import { paletteStyles } from '../lib/palette.ts';
import { MaltalSeriesElement, SUMMARY_ID } from '../lib/series-element.ts';
import { buildSeries } from '../lib/series.ts';
import { styleProperties } from '../lib/style-properties.ts';
import type { Geography, ObservationQuery } from '../lib/types.ts';
import {
  barsFor,
  latestCommonPeriod,
  layoutCompare,
  moveBar,
  ranks,
  sortBars,
  type BarItem,
  type CompareLayout,
  type ReferenceValue,
  type SortOrder,
} from './compare-layout.ts';
import { compareStrings, extremesOf } from './compare-text.ts';
import { compareStyles } from './maltal-compare.styles.ts';

const ORDERS: SortOrder[] = ['desc', 'asc', 'name'];

/**
 * Bars across geographies for one period, sorted, with the chosen municipality highlighted (in
 * colour, with a striped pattern and a bold label) and Riket and the county as reference lines
 * where they compare (a share, rate or score, not a county's total beside its kommuner) and have a
 * value. Only the period shown is fetched. Every bar is reachable with the keyboard (Tab to the
 * chart, then the arrow keys, Home and End) and shows its value, rank and status.
 *
 * @summary Bar chart comparing geographies in one period.
 * @tag maltal-compare
 *
 * @attr geo - Geography codes to compare, comma-separated (required unless `county` is given).
 * @attr county - A län code (`01`): compare all kommuner in it. Then `geo` may be left out; codes in `geo` are added.
 * @attr period - The period to show (`2010`); default: the period the most kommuner (or län) in the country have as their latest value, the same rule as maltal-map's, stated under the title.
 * @attr highlight - Code of the geography to highlight (`0136`); it is added when not among the others.
 * @attr reference - Codes of reference lines (`SE,01`), drawn as given; default: Riket and the county of the highlighted (or every) place, where the unit is a share, rate or score and they have a value; `none` for none.
 * @attr sort - `desc` (default, largest first), `asc` or `name`.
 *
 * @fires maltal-load - When data is drawn, or the empty state is shown. Detail: `{ response, rows }`.
 * @fires maltal-error - When the data cannot be shown. Detail: `{ message, status }`.
 * @fires maltal-point-focus - When a bar gets keyboard focus or the pointer. Detail: `{ geo, period, value, status }`.
 *
 * @csspart chart - The chart area (SVG and tooltip).
 * @csspart svg - The SVG element.
 * @csspart bar - Each bar's rectangle.
 * @csspart highlight - The highlighted geography's bar.
 * @csspart reference - Each reference line with its label.
 * @csspart tooltip - The tooltip of the focused bar.
 * @csspart summary - The generated text summary: the chart's description for screen readers (not shown).
 * @csspart table - The data table, behind "Visa som tabell".
 * @csspart table-toggle - The "Visa som tabell" disclosure around the table.
 *
 * @cssprop --maltal-bar-color - Fill of the bars (default: palette colour 1).
 * @cssprop --maltal-highlight-color - Fill of the highlighted bar (default: palette colour 2).
 */
export class MaltalCompare extends MaltalSeriesElement {
  static override styles = [baseStyles, paletteStyles, tooltipStyles, compareStyles];

  static override properties = {
    ...MaltalSeriesElement.properties,
    county: { type: String },
    period: { type: String },
    highlight: { type: String },
    reference: { type: String },
    sort: { type: String },
    active: { state: true },
    tooltip: { state: true },
  };

  declare county: string | undefined;
  declare period: string | undefined;
  declare highlight: string | undefined;
  declare reference: string | undefined;
  declare sort: string | undefined;
  /** Index (in drawn order) of the bar with the roving tabindex. */
  declare active: number;
  /** Whether the active bar shows its tooltip (focus or pointer). */
  declare tooltip: boolean;

  #layout: CompareLayout | undefined;
  #period = '';
  /** How the period was chosen: by the `period` attribute, or by the default rule for this level. */
  #chosen: { by: 'attribute' | 'default'; level: PlaceLevel } = { by: 'attribute', level: 'municipality' };

  constructor() {
    super();
    this.active = 0;
    this.tooltip = false;
  }

  protected override get requiresGeo(): boolean {
    return !this.county;
  }

  protected override get dataProperties(): string[] {
    return [...super.dataProperties, 'county', 'period', 'highlight', 'reference'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('sort')) this.active = 0;
  }

  protected override query(): ObservationQuery {
    const query = super.query();
    const period = (this.period ?? '').trim();
    return period ? { ...query, from: period, to: period } : query;
  }

  protected override async loadData(query: ObservationQuery, signal: AbortSignal): Promise<WidgetData> {
    const client = this.client;
    const known = new Map<string, Geography>();
    let geo = [...query.geo];
    const county = (this.county ?? '').trim();
    if (county) {
      const list = await client.getJson<{ data: Geography[] }>(
        `/v1/geographies?county=${encodeURIComponent(county)}&type=municipality`,
        signal,
      );
      for (const g of list.data) known.set(g.code, g);
      geo = [...new Set([...list.data.map((g) => g.code), ...geo])];
    }
    const highlight = (this.highlight ?? '').trim();
    if (highlight && !geo.includes(highlight)) geo.push(highlight);
    // Only the period shown is asked for: one year of 26 kommuner, not every year.
    let asked: ObservationQuery = { ...query, geo };
    const level = levelOf(geo);
    if (!query.from) {
      const period = await defaultPeriod(client, asked, level, signal);
      if (period) asked = { ...asked, from: period, to: period };
      this.#chosen = { by: 'default', level };
    } else {
      this.#chosen = { by: 'attribute', level };
    }
    const data = await super.loadData(asked, signal);
    for (const [code, g] of known) if (!data.geographies.has(code)) data.geographies.set(code, g);
    for (const s of data.series) {
      const g = data.geographies.get(s.geo);
      if (g) s.name = geographyName(g, this.language);
    }
    const candidates = (await this.#referenceCandidates(data, county, signal)).filter((code) => !geo.includes(code));
    if (candidates.length === 0) return data;
    try {
      const unknown = candidates.filter((code) => code !== 'SE' && !data.geographies.has(code));
      const [answer, ...geographies] = await Promise.all([
        client.observations({ ...data.query, geo: candidates }, signal),
        ...unknown.map((code) => client.geography(code, signal)),
      ]);
      for (const g of geographies) if (g) data.geographies.set(g.code, g);
      const names = { ...this.namesOf(data.geographies), SE: this.language === 'en' ? 'Sweden' : 'Riket' };
      const references = buildSeries(answer.data, {
        geos: candidates,
        names,
        reference: candidates,
        gender: query.gender,
        breakdown: query.breakdown,
      });
      data.series = [...data.series, ...references];
    } catch (error) {
      if (signal.aborted) throw error;
      // Reference lines are extra: the bars still say what they should without them.
    }
    return data;
  }

  /**
   * Reference codes: the `reference` attribute as given; else, for a unit that compares, Riket and
   * the county (the `county` attribute, the highlighted place's, or the one all places share).
   */
  async #referenceCandidates(data: WidgetData, county: string, signal: AbortSignal): Promise<string[]> {
    const asked = (this.reference ?? '').trim();
    if (asked === 'none') return [];
    if (asked)
      return asked
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    if (!comparableUnit(data.indicator.unit_en)) return [];
    let parent = county;
    const highlight = (this.highlight ?? '').trim();
    if (!parent && highlight) parent = (data.geographies.get(highlight) ?? (await this.client.geography(highlight, signal)))?.parent ?? '';
    if (!parent) {
      const parents = new Set(data.query.geo.map((code) => data.geographies.get(code)?.parent ?? ''));
      if (parents.size === 1) parent = [...parents][0]!;
    }
    return ['SE', ...(parent && parent !== 'SE' ? [parent] : [])];
  }

  get #order(): SortOrder {
    return ORDERS.includes(this.sort as SortOrder) ? (this.sort as SortOrder) : 'desc';
  }

  #format(value: number | null): string {
    return value === null ? compareStrings(this.language).noValue : this.formatValue(value);
  }

  protected override renderContent(): TemplateResult {
    const data = this.data!;
    const lang = this.language;
    const s = compareStrings(lang);
    const period = (this.period ?? '').trim() || latestCommonPeriod(data.series);
    if (!period) throw new Error(s.noValue);
    this.#period = period;
    const bars = sortBars(barsFor(data.series, period), this.#order, lang === 'en' ? 'en' : 'sv');
    const references: ReferenceValue[] = data.series
      .filter((series) => series.reference)
      .flatMap((series) => {
        const value = series.points.find((p) => p.period === period)?.value;
        return value === null || value === undefined ? [] : [{ geo: series.geo, name: series.name, value }];
      });
    const width = this.width || 600;
    const tickDecimals = (value: number) => (String(value).split('.')[1] ?? '').length;
    const layout = layoutCompare(bars, references, {
      width,
      labelChars: Math.max(...bars.map((b) => b.name.length + (b.geo === this.highlight ? 2 : 0)), 4),
      valueChars: Math.max(...bars.map((b) => this.#format(b.value).length)),
      tickLabel: (value) => formatNumber(value, tickDecimals(value), lang),
    });
    this.#layout = layout;
    const { title } = this.titleAndUnit();
    const periodText = formatPeriod(period, lang);
    const chosen =
      this.#chosen.by === 'default' && !(this.period ?? '').trim()
        ? this.t.defaultPeriod(periodText, this.#chosen.level, /-/.test(period))
        : periodText;
    return html`${this.renderTitle()}
      <p class="subtitle">${chosen}. ${s.sortedBy(s.orders[this.#order]!)}</p>
      <div class="chart" part="chart">
        <svg
          part="svg"
          tabindex="-1"
          role="group"
          aria-label=${s.chartLabel(title, periodText)}
          aria-describedby=${SUMMARY_ID}
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
          @keydown=${this.#onKeydown}
          @focusin=${this.#onFocus}
          @focusout=${this.#onBlur}
          @pointerleave=${this.#onBlur}
        >
          <defs>
            <pattern id="maltal-highlight-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" class="stripe"></line>
            </pattern>
          </defs>
          ${this.#renderAxis(layout)} ${this.#renderBars(layout, period)} ${this.#renderReferences(layout)}
        </svg>
        ${this.#renderTooltip(layout, period)}
      </div>
      ${this.#renderSummary(bars, references, periodText)} ${this.#renderTable(bars, references, periodText)}`;
  }

  #renderAxis(layout: CompareLayout): TemplateResult {
    const decimals = Math.max(0, ...layout.ticks.map((t) => (String(t.value).split('.')[1] ?? '').length));
    return svg`<g class="grid" aria-hidden="true">${layout.ticks.map(
      (t) => svg`<line x1=${t.x} x2=${t.x} y1=${layout.plot.top - 4} y2=${layout.plot.bottom}></line>`,
    )}</g><g class="axis" aria-hidden="true">${layout.ticks.map(
      (t) => svg`<text x=${t.x} y=${layout.plot.top - 8} text-anchor="middle">${formatNumber(t.value, decimals, this.language)}</text>`,
    )}</g>`;
  }

  #label(bar: BarItem, rank: number | undefined, count: number): string {
    const s = compareStrings(this.language);
    const parts = [`${bar.name}: ${this.#format(bar.value)}`];
    if (rank !== undefined) parts.push(s.rankOf(rank, count));
    if (bar.value !== null && bar.status !== 'final') parts.push(this.t.statuses[bar.status] ?? bar.status);
    if (bar.geo === this.highlight) parts.push(s.highlighted);
    return parts.join(', ');
  }

  #renderBars(layout: CompareLayout, period: string): TemplateResult {
    const rankOf = ranks(layout.bars);
    const count = rankOf.size;
    const active = Math.min(this.active, layout.bars.length - 1);
    const mid = (layout.rowHeight - layout.barHeight) / 2;
    return svg`<g class="bars">${layout.bars.map((bar, i) => {
      const highlighted = bar.geo === this.highlight;
      const y = bar.y + mid;
      const cy = bar.y + layout.rowHeight / 2;
      return svg`<g class="row${highlighted ? ' highlighted' : ''}${i === active && this.tooltip ? ' active' : ''}" data-index=${i} data-geo=${bar.geo} data-period=${period}
          role="img" aria-label=${this.#label(bar, rankOf.get(bar.geo), count)} tabindex=${i === active ? 0 : -1}
          @pointerenter=${() => this.#show(i, false)}>
        <text class="name" x=${layout.plot.left - 6} y=${cy} dy="0.32em" text-anchor="end">${highlighted ? '▸ ' : ''}${bar.name}</text>
        <rect part=${highlighted ? 'bar highlight' : 'bar'} class="bar" x=${bar.x0} y=${y} width=${Math.max(0, bar.x1 - bar.x0)} height=${layout.barHeight}></rect>
        ${highlighted ? svg`<rect class="stripes" x=${bar.x0} y=${y} width=${Math.max(0, bar.x1 - bar.x0)} height=${layout.barHeight}></rect>` : nothing}
        <text class="value${bar.value === null ? ' missing' : ''}" x=${bar.x1 + 4} y=${cy} dy="0.32em">${this.#format(bar.value)}</text>
      </g>`;
    })}</g>`;
  }

  #renderReferences(layout: CompareLayout): TemplateResult {
    return svg`<g class="references" aria-hidden="true">${layout.references.map(
      (r) => svg`<g part="reference" class="reference"><line x1=${r.x} x2=${r.x} y1=${r.labelY + 3} y2=${layout.plot.bottom}></line>
        <text x=${r.x} y=${r.labelY} text-anchor=${r.x > layout.plot.right - 60 ? 'end' : 'start'}>${r.name} ${this.formatValue(r.value)}</text></g>`,
    )}</g>`;
  }

  #renderTooltip(layout: CompareLayout, period: string): TemplateResult | typeof nothing {
    if (!this.tooltip) return nothing;
    const bar = layout.bars[Math.min(this.active, layout.bars.length - 1)];
    if (!bar) return nothing;
    const rankOf = ranks(layout.bars);
    const rank = rankOf.get(bar.geo);
    const s = compareStrings(this.language);
    const left = Math.min(Math.max(bar.x1, 80), layout.width - 80);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${styleProperties({ left: `${left}px`, top: `${bar.y + layout.rowHeight + 4}px` })}>
      <strong>${bar.name}, ${formatPeriod(period, this.language)}</strong>
      ${this.#format(bar.value)}${rank !== undefined ? html`<br />${s.rankOf(rank, rankOf.size)}` : nothing}
      ${bar.value !== null && bar.status !== 'final' ? html`<br />${this.t.statuses[bar.status] ?? bar.status}` : nothing}
    </div>`;
  }

  #renderSummary(bars: BarItem[], references: ReferenceValue[], periodText: string): TemplateResult | typeof nothing {
    const s = compareStrings(this.language);
    const rankOf = ranks(bars);
    const highlighted = bars.find((b) => b.geo === this.highlight);
    const rank = highlighted ? rankOf.get(highlighted.geo) : undefined;
    const text = s.summary({
      title: this.titleAndUnit().title,
      period: periodText,
      count: bars.length,
      ...extremesOf(bars, (v) => this.formatValue(v)),
      highlight: highlighted
        ? `${highlighted.name}: ${this.#format(highlighted.value)}${rank ? `, ${s.rankOf(rank, rankOf.size)}` : ''}.`
        : undefined,
      references: references.map((r) => `${r.name} ${this.formatValue(r.value)}`),
    });
    return this.renderSummary(text);
  }

  #renderTable(bars: BarItem[], references: ReferenceValue[], periodText: string): TemplateResult {
    const s = compareStrings(this.language);
    const rankOf = ranks(bars);
    const { title, unit } = this.titleAndUnit();
    return this.renderTable(
      `${title}${unit ? `, ${unit}` : ''}, ${periodText}`,
      [s.rank, s.geography, s.value, s.status],
      () => [
        ...bars.map((b) => [
          String(rankOf.get(b.geo) ?? '–'),
          `${b.name}${b.geo === this.highlight ? ` (${s.highlighted})` : ''}`,
          this.#format(b.value),
          b.value === null ? s.noValue : (this.t.statuses[b.status] ?? b.status),
        ]),
        ...references.map((r) => ['–', `${r.name} (${s.referenceLine})`, this.formatValue(r.value), '']),
      ],
      1,
    );
  }

  #show(index: number, focus: boolean): void {
    const bar = this.#layout?.bars[index];
    if (!bar) return;
    this.active = index;
    this.tooltip = true;
    fire(this, 'maltal-point-focus', { geo: bar.geo, period: this.#period, value: bar.value, status: bar.status });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`g.row[data-index="${index}"]`)?.focus());
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const count = this.#layout?.bars.length ?? 0;
    const next = moveBar(count, Math.min(this.active, count - 1), event.key);
    if (next === undefined) {
      if (event.key === 'Escape') this.tooltip = false;
      return;
    }
    event.preventDefault();
    this.#show(next, true);
  };

  #onFocus = (event: FocusEvent): void => {
    const index = Number((event.target as Element).getAttribute('data-index'));
    if (Number.isInteger(index)) this.#show(index, false);
  };

  #onBlur = (event: Event): void => {
    if (leftChart(this.renderRoot, event)) this.tooltip = false;
  };
}

customElements.define('maltal-compare', MaltalCompare);

declare global {
  interface HTMLElementTagNameMap {
    'maltal-compare': MaltalCompare;
  }
}
