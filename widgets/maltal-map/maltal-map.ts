import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { defaultApiBase, type ApiClient } from '../lib/api-client.ts';
import { MaltalElement, type WidgetData } from '../lib/base-element.ts';
import { baseStyles, tooltipStyles } from '../lib/base.styles.ts';
import { fire, leftChart } from '../lib/events.ts';
import { formatNumber, formatPeriod } from '../lib/format.ts';
import { paletteStyles } from '../lib/palette.ts';
import { buildSeries } from '../lib/series.ts';
import { styleProperties } from '../lib/style-properties.ts';
import type { Geography, ObservationQuery } from '../lib/types.ts';
import { classBreaks, classColors, classIndex, decimalsOf } from './map-classes.ts';
import { AreaClient, mostCommonPeriod, type BoundaryCollection, type MapArea } from './map-data.ts';
import { bboxOf, fitProjection, geometryPath } from './map-projection.ts';
import { mapStrings } from './map-text.ts';
import { mapStyles } from './maltal-map.styles.ts';

/** What the map loaded: the observations of one period and the areas' boundaries. */
interface MapData extends WidgetData {
  boundaries: BoundaryCollection;
  period: string;
}

interface MapAreaShape {
  code: string;
  name: string;
  value: number | null;
  status: string;
  /** Colour class, or −1 without a value. */
  cls: number;
  d: string;
  cx: number;
  cy: number;
}

interface MapLayout {
  width: number;
  height: number;
  /** In drawing order (by code). */
  areas: MapAreaShape[];
  /** Indexes into `areas` in keyboard order (by name). */
  order: number[];
  breaks: number[];
  colors: string[];
}

const CLASS_VARS = ['var(--_m1)', 'var(--_m2)', 'var(--_m3)', 'var(--_m4)', 'var(--_m5)'];

/**
 * A choropleth of the kommuner (all, or those of one län) or of the län, for one period, drawn from
 * the boundaries the API serves. Values fall in five classes of about equal count on a
 * colour-blind-safe sequential scale; areas without a value are striped and explained in the legend.
 * Every area is reachable with the keyboard (Tab to the map, then the arrow keys in name order,
 * Home and End) and announces its name and value; a table lists every area.
 *
 * @summary Map of kommuner or län, coloured by value.
 * @tag maltal-map
 *
 * @attr level - `municipality` (default: kommuner) or `county` (län).
 * @attr county - A län code (`01`): only the kommuner of that län.
 * @attr period - The period to show (`2024`); default: the period most areas have as their latest value.
 * @attr height - The largest height of the map in CSS pixels (default 480); the map keeps Sweden's proportions.
 *
 * @fires maltal-load - When data is drawn, or the empty state is shown. Detail: `{ response, rows }`.
 * @fires maltal-error - When the data cannot be shown. Detail: `{ message, status }`.
 * @fires maltal-point-focus - When an area gets keyboard focus or the pointer. Detail: `{ geo, period, value, status }`.
 *
 * @csspart chart - The map area (SVG, legend and tooltip).
 * @csspart svg - The SVG element.
 * @csspart area - Each area's shape.
 * @csspart legend - The legend with the class limits.
 * @csspart tooltip - The tooltip of the focused area.
 *
 * @cssprop --maltal-map-color-1 - Fill of the lowest class (default #ffffcc, ColorBrewer YlGnBu); --maltal-map-color-2 … --maltal-map-color-5 follow.
 * @cssprop --maltal-map-missing - Background of areas without a value (default #f0f0f0, dark #3a3c40).
 * @cssprop --maltal-map-border - Colour of the borders between areas.
 */
export class MaltalMap extends MaltalElement {
  static override styles = [baseStyles, paletteStyles, tooltipStyles, mapStyles];

  static override properties = {
    ...MaltalElement.properties,
    level: { type: String },
    county: { type: String },
    period: { type: String },
    height: { type: Number },
    active: { state: true },
    tooltip: { state: true },
  };

  declare level: string | undefined;
  declare county: string | undefined;
  declare period: string | undefined;
  declare height: number;
  /** Position in keyboard order (by name) of the area with the roving tabindex. */
  declare active: number;
  /** Whether the active area shows its tooltip (focus or pointer). */
  declare tooltip: boolean;

  #layout: MapLayout | undefined;
  #layoutKey: unknown[] = [];

  constructor() {
    super();
    this.height = 480;
    this.active = 0;
    this.tooltip = false;
  }

  get #area(): MapArea {
    const county = (this.county ?? '').trim();
    return { level: this.level === 'county' ? 'county' : 'municipality', county: county || undefined };
  }

  protected override get client(): ApiClient {
    return new AreaClient(this.api || defaultApiBase(), this.#area);
  }

  protected override get requiresGeo(): boolean {
    return false;
  }

  protected override get dataProperties(): string[] {
    return [...super.dataProperties, 'level', 'county', 'period'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data')) this.active = 0;
  }

  protected override query(): ObservationQuery {
    const query = super.query();
    const period = (this.period ?? '').trim();
    return period ? { ...query, from: period, to: period } : query;
  }

  protected override async loadData(query: ObservationQuery, signal: AbortSignal): Promise<MapData> {
    const client = this.client as AreaClient;
    const boundaries = client.boundaries(signal);
    let asked = query;
    if (!asked.from && !asked.to) {
      const latest = await client.observations({ ...query, latest: true }, signal);
      const period = mostCommonPeriod(latest.data);
      if (period) asked = { ...query, from: period, to: period };
    }
    const county = this.#area.county;
    const [response, collection, countyGeo] = await Promise.all([
      client.observations(asked, signal),
      boundaries,
      county ? client.geography(county, signal) : undefined,
    ]);
    const indicator = response.meta.indicators.find((i) => i.id === query.indicator) ?? response.meta.indicators[0];
    if (!indicator) throw new Error(`unknown indicator '${query.indicator}'`);
    const geographies = new Map<string, Geography>();
    for (const f of collection.features) geographies.set(f.id, { ...f.properties });
    if (countyGeo && !geographies.has(countyGeo.code)) geographies.set(countyGeo.code, countyGeo);
    const drawn = new Set(collection.features.map((f) => f.id));
    const series = buildSeries(response.data, { names: this.namesOf(geographies), gender: query.gender, breakdown: query.breakdown }).filter((s) =>
      drawn.has(s.geo),
    );
    return { query: asked, response, indicator, geographies, series, boundaries: collection, period: asked.from ?? '' };
  }

  protected override placeNames(data: WidgetData | undefined): string {
    const s = mapStrings(this.language);
    if (this.#area.level === 'county') return s.lan;
    const county = this.#area.county;
    const geo = county ? data?.geographies.get(county) : undefined;
    const name = geo ? (this.language === 'en' ? geo.name_en : geo.name_sv) : undefined;
    return county ? s.kommunerIn(name ?? county) : s.kommuner;
  }

  #computeLayout(data: MapData, width: number, maxHeight: number): MapLayout {
    const key = [data, width, maxHeight, this.language];
    if (this.#layout && key.every((k, i) => k === this.#layoutKey[i])) return this.#layout;
    const values = new Map(data.series.map((s) => [s.geo, s.points.find((p) => p.period === data.period)] as const));
    const numbers = [...values.values()].map((p) => p?.value).filter((v): v is number => v !== null && v !== undefined);
    const breaks = classBreaks(numbers, 5);
    const colors = classColors(breaks.length + 1, CLASS_VARS);
    const bbox = bboxOf(data.boundaries.features.map((f) => f.geometry));
    if (!bbox) throw new Error('no boundaries');
    const projection = fitProjection(bbox, width, maxHeight);
    const areas = data.boundaries.features.map((f) => {
      const point = values.get(f.id);
      const value = point?.value ?? null;
      const fb = bboxOf([f.geometry])!;
      const [x0, y1] = projection.project([fb[0], fb[1]]);
      const [x1, y0] = projection.project([fb[2], fb[3]]);
      const geo = data.geographies.get(f.id);
      return {
        code: f.id,
        name: geo ? (this.language === 'en' && geo.type === 'county' ? geo.name_en : geo.type === 'county' ? geo.name_sv : (geo.short_name ?? geo.name_sv)) : f.id,
        value,
        status: point?.status ?? 'missing',
        cls: value === null ? -1 : classIndex(value, breaks),
        d: geometryPath(f.geometry, projection.project),
        cx: Math.round((x0 + x1) / 2),
        cy: Math.round((y0 + y1) / 2),
      };
    });
    const collator = new Intl.Collator(this.language === 'en' ? 'en' : 'sv');
    const order = areas.map((_, i) => i).sort((a, b) => collator.compare(areas[a]!.name, areas[b]!.name));
    this.#layout = { width: projection.width, height: projection.height, areas, order, breaks, colors };
    this.#layoutKey = key;
    return this.#layout;
  }

  #format(value: number | null): string {
    return value === null ? mapStrings(this.language).noValue : this.formatValue(value);
  }

  #limit(value: number): string {
    return formatNumber(value, Math.min(decimalsOf(value), Math.max(this.data?.indicator.decimals ?? 0, decimalsOf(value))), this.language);
  }

  /** The legend text of class `i`: "under 10 000", "10 000–20 000", "80 000 eller mer". */
  #classLabel(i: number, breaks: number[]): string {
    const s = mapStrings(this.language);
    if (breaks.length === 0) return '';
    if (i === 0) return s.below(this.#limit(breaks[0]!));
    if (i === breaks.length) return s.atLeast(this.#limit(breaks[i - 1]!));
    return s.between(this.#limit(breaks[i - 1]!), this.#limit(breaks[i]!));
  }

  #areaLabel(area: MapAreaShape, breaks: number[]): string {
    const parts = [`${area.name}: ${this.#format(area.value)}`];
    if (area.value !== null && area.status !== 'final') parts.push(this.t.statuses[area.status] ?? area.status);
    if (area.cls >= 0 && breaks.length > 0) parts.push(this.#classLabel(area.cls, breaks));
    return parts.join(', ');
  }

  protected override renderContent(): TemplateResult {
    const data = this.data as MapData;
    const s = mapStrings(this.language);
    const width = this.width || 600;
    const layout = this.#computeLayout(data, width, Math.max(160, Number(this.height) || 480));
    const period = formatPeriod(data.period, this.language);
    const { title } = this.titleAndUnit();
    const activeIndex = layout.order[Math.min(this.active, layout.order.length - 1)] ?? 0;
    const active = layout.areas[activeIndex];
    return html`${this.renderTitle()}
      <p class="subtitle">${period}. <span class="hint">${s.keyboardHint}</span></p>
      <div class="chart" part="chart">
        ${this.#renderLegend(layout)}
        <svg
          part="svg"
          tabindex="-1"
          role="group"
          aria-label=${s.chartLabel(title, period, this.placeNames(data))}
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
          @keydown=${this.#onKeydown}
          @focusin=${this.#onFocus}
          @focusout=${this.#onBlur}
          @pointerleave=${this.#onBlur}
        >
          <defs>
            <pattern id="maltal-map-missing" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" class="missing-bg"></rect>
              <line x1="0" y1="0" x2="0" y2="6" class="missing-line"></line>
            </pattern>
          </defs>
          <g class="areas">
            ${layout.areas.map(
              (area, i) =>
                svg`<path part="area" class="area${area.cls < 0 ? ' missing' : ''}" d=${area.d} fill=${area.cls < 0 ? 'url(#maltal-map-missing)' : layout.colors[area.cls]!}
                  data-index=${i} data-geo=${area.code} role="img" aria-label=${this.#areaLabel(area, layout.breaks)} tabindex=${i === activeIndex ? 0 : -1}
                  @pointerenter=${() => this.#show(layout.order.indexOf(i), false)}></path>`,
            )}
          </g>
          ${this.tooltip && active ? svg`<path class="outline" d=${active.d} aria-hidden="true"></path>` : nothing}
        </svg>
        ${this.tooltip && active ? this.#renderTooltip(layout, active, period) : nothing}
      </div>
      ${this.#renderSummary(layout, period)} ${this.#renderTable(layout, period)}`;
  }

  #renderLegend(layout: MapLayout): TemplateResult {
    const s = mapStrings(this.language);
    const missing = layout.areas.filter((a) => a.cls < 0).length;
    const { unit } = this.titleAndUnit();
    return html`<div class="legend" part="legend">
      <p class="legend-title">${s.legend}${unit ? ` (${unit})` : ''}</p>
      <ul>
        ${layout.colors.map(
          (color, i) =>
            html`<li>
              <svg width="18" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="17" height="11" fill=${color} class="swatch"></rect></svg>
              ${this.#classLabel(i, layout.breaks)}
            </li>`,
        )}
        ${missing > 0
          ? html`<li>
              <svg width="18" height="12" aria-hidden="true">
                <defs>
                  <pattern id="maltal-map-missing-legend" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" class="missing-bg"></rect>
                    <line x1="0" y1="0" x2="0" y2="6" class="missing-line"></line>
                  </pattern>
                </defs>
                <rect x="0.5" y="0.5" width="17" height="11" fill="url(#maltal-map-missing-legend)" class="swatch"></rect>
              </svg>
              ${s.missingExplained(missing)}
            </li>`
          : nothing}
      </ul>
      ${layout.breaks.length > 0 ? html`<p class="legend-note">${s.limitNote}</p>` : nothing}
    </div>`;
  }

  #renderTooltip(layout: MapLayout, area: MapAreaShape, period: string): TemplateResult {
    const left = Math.min(Math.max(area.cx, 80), layout.width - 80);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${styleProperties({ left: `${left}px`, top: `${area.cy + 16}px` })}>
      <strong>${area.name}, ${period}</strong>
      ${this.#format(area.value)}${area.value !== null && area.status !== 'final' ? html`<br />${this.t.statuses[area.status] ?? area.status}` : nothing}
    </div>`;
  }

  #renderSummary(layout: MapLayout, period: string): TemplateResult {
    const s = mapStrings(this.language);
    const valued = layout.areas.filter((a): a is MapAreaShape & { value: number } => a.value !== null);
    const max = valued.reduce<(typeof valued)[number] | undefined>((a, b) => (!a || b.value > a.value ? b : a), undefined);
    const min = valued.reduce<(typeof valued)[number] | undefined>((a, b) => (!a || b.value < a.value ? b : a), undefined);
    const text = s.summary({
      title: this.titleAndUnit().title,
      period,
      count: layout.areas.length,
      areas: this.placeNames(this.data),
      top: max && valued.length > 1 ? `${max.name} (${this.formatValue(max.value)})` : undefined,
      bottom: min && valued.length > 1 ? `${min.name} (${this.formatValue(min.value)})` : undefined,
      missing: layout.areas.length - valued.length,
    });
    return html`<p class="vh" part="summary">${text}</p>`;
  }

  #renderTable(layout: MapLayout, period: string): TemplateResult {
    const s = mapStrings(this.language);
    const { title, unit } = this.titleAndUnit();
    return html`<table class="vh" part="table">
      <caption>
        ${title}${unit ? `, ${unit}` : ''}, ${period}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.area}</th>
          <th scope="col">${s.value}</th>
          <th scope="col">${s.class}</th>
          <th scope="col">${s.status}</th>
        </tr>
      </thead>
      <tbody>
        ${layout.order.map((i) => {
          const a = layout.areas[i]!;
          return html`<tr>
            <th scope="row">${a.name}</th>
            <td>${this.#format(a.value)}</td>
            <td>${a.cls < 0 ? s.missing : this.#classLabel(a.cls, layout.breaks)}</td>
            <td>${a.value === null ? s.noValue : (this.t.statuses[a.status] ?? a.status)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #show(position: number, focus: boolean): void {
    const layout = this.#layout;
    const index = layout?.order[position];
    const area = index === undefined ? undefined : layout!.areas[index];
    if (!area || index === undefined) return;
    this.active = position;
    this.tooltip = true;
    fire(this, 'maltal-point-focus', { geo: area.code, period: (this.data as MapData).period, value: area.value, status: area.status });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`path.area[data-index="${index}"]`)?.focus());
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const count = this.#layout?.order.length ?? 0;
    if (count === 0) return;
    const current = Math.min(this.active, count - 1);
    const moves: Record<string, number> = {
      ArrowRight: Math.min(count - 1, current + 1),
      ArrowDown: Math.min(count - 1, current + 1),
      ArrowLeft: Math.max(0, current - 1),
      ArrowUp: Math.max(0, current - 1),
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) {
      if (event.key === 'Escape') this.tooltip = false;
      return;
    }
    event.preventDefault();
    this.#show(next, true);
  };

  #onFocus = (event: FocusEvent): void => {
    const index = Number((event.target as Element).getAttribute('data-index'));
    const position = this.#layout?.order.indexOf(index) ?? -1;
    if (position >= 0) this.#show(position, false);
  };

  #onBlur = (event: Event): void => {
    if (leftChart(this.renderRoot, event)) this.tooltip = false;
  };
}

customElements.define('maltal-map', MaltalMap);

declare global {
  interface HTMLElementTagNameMap {
    'maltal-map': MaltalMap;
  }
}
