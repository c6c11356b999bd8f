/**
 * The base of the elements that draw an indicator's values for places (trend, compare, figure,
 * table, map): the indicator, place and period attributes, fetching observations and the places'
 * names, the generated summary (the chart's description for screen readers) and the table behind a
 * "show as a table" disclosure, so a screen reader meets the data once, not three times.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from './api-client.ts';
import { MaltalElement, geographyName, type WidgetData } from './base-element.ts';
import { citedSources, creditLine } from './credits.ts';
import { fire } from './events.ts';
import { formatPeriod } from './format.ts';
import { listJoin } from './i18n.ts';
import { buildSeries, type Series } from './series.ts';
import { summarize } from './summary.ts';
import type { Geography, ObservationQuery, ObservationsResponse } from './types.ts';

/** Look up names of at most this many geographies; beyond that the rows' own names are used. */
const MAX_GEOGRAPHY_LOOKUPS = 12;

/** The id of the summary inside the shadow root, for `aria-describedby`. */
export const SUMMARY_ID = 'maltal-summary';

/**
 * An element that draws one indicator for places over periods.
 *
 * @attr indicator - Indicator id, e.g. `scb-bas-sysselsattningsgrad-20-64` (required).
 * @attr geo - Geography codes, comma-separated: kommun (`0136`), län (`01`) or `SE` (required).
 * @attr from - First period to show (`2010` or `2024-01`).
 * @attr to - Last period to show.
 * @attr gender - `T` (total, the default when present), `K` (women) or `M` (men).
 * @attr breakdown - Breakdown code for indicators broken down by another dimension; default `total`.
 */
export abstract class MaltalSeriesElement extends MaltalElement {
  static override properties = {
    ...MaltalElement.properties,
    indicator: { type: String },
    geo: { type: String },
    from: { type: String },
    to: { type: String },
    gender: { type: String },
    breakdown: { type: String },
    tableOpen: { state: true },
  };

  declare indicator: string;
  declare geo: string;
  declare from: string | undefined;
  declare to: string | undefined;
  declare gender: string | undefined;
  declare breakdown: string | undefined;
  /** Whether the reader has opened "Visa som tabell". */
  declare tableOpen: boolean;

  #abort: AbortController | undefined;

  constructor() {
    super();
    this.indicator = '';
    this.geo = '';
    this.tableOpen = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override get dataProperties(): string[] {
    return [...super.dataProperties, 'indicator', 'geo', 'from', 'to', 'gender', 'breakdown'];
  }

  /** The geography codes of the `geo` attribute. */
  protected get geos(): string[] {
    return (this.geo ?? '')
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
  }

  /** Whether the element needs `geo` (a map or a county comparison does not). */
  protected get requiresGeo(): boolean {
    return true;
  }

  /** The observations query of the attributes; the downloads use the same. */
  protected query(): ObservationQuery {
    return {
      indicator: (this.indicator ?? '').trim(),
      geo: this.geos,
      from: this.from || undefined,
      to: this.to || undefined,
      gender: this.gender || undefined,
      breakdown: this.breakdown || undefined,
    };
  }

  override async reload(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const t = this.t;
    const query = this.query();
    if (!query.indicator)
      return this.fail({ kind: 'setup', status: 0, retry: false, message: t.noIndicator, detail: 'the indicator attribute is missing' });
    if (query.geo.length === 0 && this.requiresGeo)
      return this.fail({ kind: 'setup', status: 0, retry: false, message: t.noGeo, detail: 'the geo attribute is missing' });
    this.state = 'loading';
    this.failure = undefined;
    try {
      const data = await this.loadData(query, abort.signal);
      if (abort.signal.aborted) return;
      this.data = data;
      const rows = data.series.filter((s) => !s.reference).reduce((sum, s) => sum + s.points.length, 0);
      if (rows === 0) {
        this.message = t.noValues(this.placeNames(data), this.periodText());
        this.state = 'empty';
      } else {
        this.state = 'ready';
      }
      await this.updateComplete;
      fire(this, 'maltal-load', { response: data.response, rows });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail(error, { indicator: query.indicator });
    }
  }

  /**
   * Fetches observations and the geographies' names, and builds the series. Override to fetch more
   * (call `super.loadData` first).
   */
  protected async loadData(query: ObservationQuery, signal: AbortSignal): Promise<WidgetData> {
    const client = this.client;
    const codes = query.geo.length <= MAX_GEOGRAPHY_LOOKUPS ? query.geo : [];
    const [response, ...geographies] = await Promise.all([
      client.observations(query, signal),
      ...codes.map((code) => client.geography(code, signal)),
    ]);
    const indicator = response.meta.indicators.find((i) => i.id === query.indicator) ?? response.meta.indicators[0];
    if (!indicator) throw new ApiError(404, `unknown indicator '${query.indicator}'`, '');
    const byCode = new Map<string, Geography>();
    for (const geo of geographies) {
      if (!geo) continue;
      byCode.set(geo.code, geo);
      if (geo.parent_ref) byCode.set(geo.parent_ref.code, geo.parent_ref);
    }
    const series = buildSeries(response.data, {
      geos: query.geo,
      names: this.namesOf(byCode),
      gender: query.gender,
      breakdown: query.breakdown,
    });
    return { query, response, indicator, geographies: byCode, series, credit: this.creditOf(response) };
  }

  /** The credit line of the sources the answer's rows cite. */
  protected creditOf(response: ObservationsResponse): string | undefined {
    return creditLine(citedSources(response.data, response.meta.sources ?? [], response.meta.indicators ?? []), this.language);
  }

  /** Display names by code for the geographies looked up. */
  protected namesOf(geographies: Map<string, Geography>): Record<string, string> {
    const names: Record<string, string> = {};
    for (const [code, geo] of geographies) names[code] = geographyName(geo, this.language);
    return names;
  }

  /** "Haninge och Nynäshamn" for the empty message. */
  protected placeNames(data: WidgetData | undefined): string {
    const names = this.geos.map((code) => {
      const geo = data?.geographies.get(code);
      return geo ? geographyName(geo, this.language) : code;
    });
    return listJoin(names, this.language);
  }

  /** The asked periods in words: "2019", "2010–2015", "från 2010" or "". */
  protected periodText(): string {
    const lang = this.language;
    const from = this.from ? formatPeriod(this.from, lang) : '';
    const to = this.to ? formatPeriod(this.to, lang) : '';
    if (from && to) return from === to ? from : `${from}–${to}`;
    if (from) return lang === 'en' ? `from ${from}` : `från ${from}`;
    if (to) return lang === 'en' ? `until ${to}` : `till ${to}`;
    return '';
  }

  /** The generated summary, not shown: the chart's description (`aria-describedby="maltal-summary"`). */
  protected renderSummary(text?: string): TemplateResult | typeof nothing {
    const data = this.data;
    if (!data) return nothing;
    return html`<p id=${SUMMARY_ID} part="summary" hidden>${text ?? summarize(data.series, data.indicator, this.language)}</p>`;
  }

  /** A table of every series by period, behind "Visa som tabell". Status other than final is written next to the value. */
  protected renderDataTable(): TemplateResult | typeof nothing {
    const data = this.data;
    if (!data) return nothing;
    const t = this.t;
    const { title, unit } = this.titleAndUnit();
    const periods = [...new Set(data.series.flatMap((s) => s.points.map((p) => p.period)))].sort();
    const cell = (series: Series, period: string) => {
      const point = series.points.find((p) => p.period === period);
      if (!point) return '–';
      const value = point.value === null ? '–' : this.formatValue(point.value, false);
      return point.status === 'final' ? value : `${value} (${t.statuses[point.status] ?? point.status})`;
    };
    return this.renderTable(
      `${title}${unit ? `, ${unit}` : ''}`,
      [t.period, ...data.series.map((s) => `${s.name}${s.reference ? ` (${t.reference})` : ''}`)],
      () => periods.map((period) => [formatPeriod(period, this.language), ...data.series.map((s) => cell(s, period))]),
    );
  }

  /**
   * A table behind the "Visa som tabell" disclosure, scrolling sideways inside the element when wide.
   * Its rows are made only when the reader opens it: a page of twenty charts builds no tables.
   * The cell at `rowHeader` of each row heads the row.
   */
  protected renderTable(caption: string, head: string[], rows: () => string[][], rowHeader = 0): TemplateResult {
    return html`<details class="table-toggle" part="table-toggle" @toggle=${this.#onToggle}>
      <summary>${this.t.showTable}</summary>
      ${
        this.tableOpen
          ? html`<div class="table-scroll">
            <table class="data" part="table">
              <caption>
                ${caption}
              </caption>
              <thead>
                <tr>
                  ${head.map((h) => html`<th scope="col">${h}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows().map(
                  (row) => html`<tr>
                    ${row.map((c, i) => (i === rowHeader ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : nothing
      }
    </details>`;
  }

  #onToggle = (event: Event): void => {
    this.tableOpen = (event.target as HTMLDetailsElement).open;
  };
}
