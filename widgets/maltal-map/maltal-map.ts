import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { defaultApiBase, type ApiClient } from '../lib/api-client.ts';
import type { WidgetData } from '../lib/base-element.ts';
import { baseStyles, tooltipStyles } from '../lib/base.styles.ts';
import { defaultPeriod } from '../lib/default-period.ts';
import { fire, leftChart } from '../lib/events.ts';
import { formatNumber, formatPeriod } from '../lib/format.ts';
import { paletteStyles } from '../lib/palette.ts';
import { MaltalSeriesElement, SUMMARY_ID } from '../lib/series-element.ts';
import { buildSeries } from '../lib/series.ts';
import { styleProperties } from '../lib/style-properties.ts';
import type { Geography, ObservationQuery } from '../lib/types.ts';
import { classBreaks, classColors, classIndex, decimalsOf } from './map-classes.ts';
import { AreaClient, type BoundaryCollection, type MapArea } from './map-data.ts';
import { areaByName, areaInDirection, placeLabels, type PlacedLabel } from './map-keys.ts';
import { bboxOf, fitProjection, geometryPath } from './map-projection.ts';
import { mapStrings } from './map-text.ts';
import { mapStyles } from './maltal-map.styles.ts';

/** What the map loaded: the observations of one period and the areas' boundaries. */
interface MapData extends WidgetData {
  boundaries: BoundaryCollection;
  period: string;
  /** Whether the period is the default rule's (stated under the title) rather than the `period` attribute's. */
  byDefault: boolean;
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
  /** Indexes into `areas` in name order (the table, type-to-find). */
  order: number[];
  breaks: number[];
  colors: string[];
  /** The places of `geo`, as indexes into `areas`, with their labels on the map. */
  chosen: number[];
  labels: PlacedLabel[];
}

const CLASS_VARS = ['var(--_m1)', 'var(--_m2)', 'var(--_m3)', 'var(--_m4)', 'var(--_m5)'];
/** From this width the legend and the chosen places stand beside the map instead of below it. */
const SIDE_PANEL_FROM = 480;
const SIDE_PANEL_WIDTH = 240;

/**
 * A choropleth of the kommuner (all, or those of one län) or of the län, for one period, drawn from
 * the boundaries the API serves. Values fall in five classes of about equal count on a sequential
 * scale whose every colour has at least 3:1 contrast against the background and the borders (drawn
 * in the background colour); neighbouring classes differ by lightness, and every value is also in
 * words: the chosen places are labelled on the map, every area announces its value on focus, and
 * the table lists all. Areas without a value are striped. With the keyboard: Tab to the map, the
 * arrow keys move to the neighbouring area in that direction, typing a name's first letters finds
 * it, Home and End go to the first and last by name.
 *
 * @summary Map of kommuner or län, coloured by value.
 * @tag maltal-map
 *
 * @attr geo - Places to label on the map and list beside it (`0136,0181`); optional.
 * @attr level - `municipality` (default: kommuner) or `county` (län).
 * @attr county - A län code (`01`): only the kommuner of that län.
 * @attr period - The period to show (`2024`); default: the period the most kommuner (or län) in the country have as their latest value, the same rule as maltal-compare's, stated under the title.
 * @attr height - The largest height of the map in CSS pixels (default 480); the map keeps Sweden's proportions.
 *
 * @fires maltal-point-focus - When an area gets keyboard focus or the pointer. Detail: `{ geo, period, value, status }`.
 *
 * @csspart chart - The map area (SVG, legend, chosen places and tooltip).
 * @csspart svg - The SVG element.
 * @csspart area - Each area's shape.
 * @csspart place-label - The label of each chosen place on the map.
 * @csspart legend - The legend with the class limits.
 * @csspart tooltip - The tooltip of the focused area.
 * @csspart summary - The generated text summary: the map's description for screen readers (not shown).
 * @csspart table - The data table, behind "Visa som tabell".
 * @csspart table-toggle - The "Visa som tabell" disclosure around the table.
 *
 * @cssprop --maltal-map-color-1 - Fill of the lowest class (light scheme default #4e9fa8; dark #3273a6); --maltal-map-color-2 … --maltal-map-color-5 follow.
 * @cssprop --maltal-map-missing - Background of areas without a value (default #f0f0f0, dark #3a3c40).
 * @cssprop --maltal-map-border - Colour of the borders between areas (default: the background).
 */
export class MaltalMap extends MaltalSeriesElement {
  static override styles = [baseStyles, paletteStyles, tooltipStyles, mapStyles];

  static override properties = {
    ...MaltalSeriesElement.properties,
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
  /** Index (in drawing order) of the area with the roving tabindex; −1 before the reader moved. */
  declare active: number;
  /** Whether the active area shows its tooltip (focus or pointer). */
  declare tooltip: boolean;

  #layout: MapLayout | undefined;
  #layoutKey: unknown[] = [];
  #typed = '';
  #typedAt = 0;

  constructor() {
    super();
    this.height = 480;
    this.active = -1;
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
    if (changed.has('data')) this.active = -1;
  }

  protected override query(): ObservationQuery {
    const query = super.query();
    const period = (this.period ?? '').trim();
    return period ? { ...query, from: period, to: period } : query;
  }

  protected override async loadData(query: ObservationQuery, signal: AbortSignal): Promise<MapData> {
    const client = this.client as AreaClient;
    const boundaries = client.boundaries(signal);
    boundaries.catch(() => undefined); // awaited below; if the period's request fails first, this one is no unhandled rejection
    let asked = query;
    const byDefault = !asked.from && !asked.to;
    if (byDefault) {
      // The whole country's level decides, as for maltal-compare: a map of one län and a comparison agree.
      const period = await defaultPeriod(client, query, this.#area.level, signal);
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
    const series = buildSeries(response.data, {
      names: this.namesOf(geographies),
      gender: query.gender,
      breakdown: query.breakdown,
    }).filter((s) => drawn.has(s.geo));
    return {
      query: asked,
      response,
      indicator,
      geographies,
      series,
      boundaries: collection,
      period: asked.from ?? '',
      byDefault,
      credit: this.creditOf(response),
    };
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
    const key = [data, width, maxHeight, this.language, this.geo];
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
        name: geo
          ? this.language === 'en' && geo.type === 'county'
            ? geo.name_en
            : geo.type === 'county'
              ? geo.name_sv
              : (geo.short_name ?? geo.name_sv)
          : f.id,
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
    const chosen = this.geos.map((code) => areas.findIndex((a) => a.code === code)).filter((i) => i >= 0);
    const labels = placeLabels(areas, chosen, (i) => this.#placeLabel(areas[i]!), projection);
    this.#layout = { width: projection.width, height: projection.height, areas, order, breaks, colors, chosen, labels };
    this.#layoutKey = key;
    return this.#layout;
  }

  #format(value: number | null): string {
    return value === null ? mapStrings(this.language).noValue : this.formatValue(value);
  }

  #placeLabel(area: MapAreaShape): string {
    return `${area.name} ${this.#format(area.value)}`;
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

  /** The area with the roving tabindex: the reader's, else the first chosen place, else the first by name. */
  #activeIndex(layout: MapLayout): number {
    if (this.active >= 0 && this.active < layout.areas.length) return this.active;
    return layout.chosen[0] ?? layout.order[0] ?? 0;
  }

  protected override renderContent(): TemplateResult {
    const data = this.data as MapData;
    const s = mapStrings(this.language);
    const width = this.width || 600;
    const side = width >= SIDE_PANEL_FROM;
    const mapWidth = side ? width - SIDE_PANEL_WIDTH - 16 : width;
    const layout = this.#computeLayout(data, mapWidth, Math.max(160, Number(this.height) || 480));
    const period = formatPeriod(data.period, this.language);
    const stated = data.byDefault ? this.t.defaultPeriod(period, this.#area.level, /-/.test(data.period)) : period;
    const { title } = this.titleAndUnit();
    const activeIndex = this.#activeIndex(layout);
    const active = layout.areas[activeIndex];
    return html`${this.renderTitle()}
      <p class="subtitle">${stated}. <span class="hint">${s.keyboardHint}</span></p>
      <div class="chart${side ? ' side' : ''}" part="chart">
        <div class="map-box">
          <svg
            part="svg"
            tabindex="-1"
            role="group"
            aria-label=${s.chartLabel(title, period, this.placeNames(data))}
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
                    @pointerenter=${() => this.#show(i, false)}></path>`,
              )}
            </g>
            ${layout.chosen.map((i) => svg`<path class="chosen" d=${layout.areas[i]!.d} aria-hidden="true"></path>`)}
            ${this.tooltip && active ? svg`<path class="outline" d=${active.d} aria-hidden="true"></path>` : nothing}
            <g class="place-labels" aria-hidden="true">
              ${layout.labels.map(
                (l) =>
                  svg`<text part="place-label" class="place-label" x=${l.x} y=${l.y} dy="0.32em" text-anchor=${l.anchor}>${this.#placeLabel(layout.areas[l.index]!)}</text>`,
              )}
            </g>
          </svg>
          ${this.tooltip && active ? this.#renderTooltip(layout, active, period) : nothing}
        </div>
        <div class="map-side">${this.#renderLegend(layout)} ${this.#renderChosen(layout)}</div>
      </div>
      ${this.#renderSummary(layout, period)} ${this.#renderTable(layout, period)}`;
  }

  #renderLegend(layout: MapLayout): TemplateResult {
    const s = mapStrings(this.language);
    const missing = layout.areas.filter((a) => a.cls < 0).length;
    const { unit } = this.titleAndUnit();
    const count = (cls: number) => layout.areas.filter((a) => a.cls === cls).length;
    return html`<div class="legend" part="legend">
      <p class="legend-title">${s.legend}${unit ? ` (${unit})` : ''}</p>
      <ul>
        ${layout.colors.map(
          (color, i) =>
            html`<li>
              <svg width="18" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="17" height="11" fill=${color} class="swatch"></rect></svg>
              ${this.#classLabel(i, layout.breaks)} <span class="count">(${s.areasCount(count(i))})</span>
            </li>`,
        )}
        ${
          missing > 0
            ? html`<li>
              <svg width="18" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="17" height="11" fill="url(#maltal-map-missing)" class="swatch"></rect></svg>
              ${s.missingExplained(missing)}
            </li>`
            : nothing
        }
      </ul>
      ${layout.breaks.length > 0 ? html`<p class="legend-note">${s.limitNote}</p>` : nothing}
    </div>`;
  }

  /** The chosen places with their values, beside (or below) the map. */
  #renderChosen(layout: MapLayout): TemplateResult | typeof nothing {
    if (layout.chosen.length === 0) return nothing;
    const s = mapStrings(this.language);
    return html`<div class="chosen-list">
      <p class="legend-title">${s.chosen}</p>
      <ul>
        ${layout.chosen.map((i) => {
          const a = layout.areas[i]!;
          return html`<li><strong>${a.name}</strong>: ${this.#format(a.value)}</li>`;
        })}
      </ul>
    </div>`;
  }

  #renderTooltip(layout: MapLayout, area: MapAreaShape, period: string): TemplateResult {
    const left = Math.min(Math.max(area.cx, 80), layout.width - 80);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${styleProperties({ left: `${left}px`, top: `${area.cy + 16}px` })}>
      <strong>${area.name}, ${period}</strong>
      ${this.#format(area.value)}${area.value !== null && area.status !== 'final' ? html`<br />${this.t.statuses[area.status] ?? area.status}` : nothing}
    </div>`;
  }

  #renderSummary(layout: MapLayout, period: string): TemplateResult | typeof nothing {
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
    return this.renderSummary(text);
  }

  #renderTable(layout: MapLayout, period: string): TemplateResult {
    const s = mapStrings(this.language);
    const { title, unit } = this.titleAndUnit();
    return this.renderTable(`${title}${unit ? `, ${unit}` : ''}, ${period}`, [s.area, s.value, s.class, s.status], () =>
      layout.order.map((i) => {
        const a = layout.areas[i]!;
        return [
          a.name,
          this.#format(a.value),
          a.cls < 0 ? s.missing : this.#classLabel(a.cls, layout.breaks),
          a.value === null ? s.noValue : (this.t.statuses[a.status] ?? a.status),
        ];
      }),
    );
  }

  #show(index: number, focus: boolean): void {
    const area = this.#layout?.areas[index];
    if (!area) return;
    this.active = index;
    this.tooltip = true;
    fire(this, 'maltal-point-focus', { geo: area.code, period: (this.data as MapData).period, value: area.value, status: area.status });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`path.area[data-index="${index}"]`)?.focus());
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const layout = this.#layout;
    if (!layout || layout.areas.length === 0) return;
    const current = this.#activeIndex(layout);
    let next: number | undefined;
    if (event.key === 'Home') next = layout.order[0];
    else if (event.key === 'End') next = layout.order.at(-1);
    else next = areaInDirection(layout.areas, current, event.key);
    if (next === undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      const now = Date.now();
      this.#typed = now - this.#typedAt < 800 ? this.#typed + event.key : event.key;
      this.#typedAt = now;
      next = areaByName(layout.areas, layout.order, current, this.#typed, this.language === 'en' ? 'en' : 'sv');
      if (next === undefined) return;
    }
    if (next === undefined) {
      if (event.key === 'Escape') this.tooltip = false;
      return;
    }
    event.preventDefault();
    this.#show(next, true);
  };

  #onFocus = (event: FocusEvent): void => {
    const index = Number((event.target as Element).getAttribute('data-index'));
    if (Number.isInteger(index) && this.#layout?.areas[index]) this.#show(index, false);
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
