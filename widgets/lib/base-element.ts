/**
 * The base every Måltal widget extends: common attributes, fetching, the loading / empty / error
 * states, the footer (source, licence, date, CSV download, example badge), the screen-reader summary
 * and table, width from ResizeObserver, and the colour scheme of the host page.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiClient, ApiError, defaultApiBase } from './api-client.ts';
import { fire } from './events.ts';
import { formatDate, formatPeriod, formatValue } from './format.ts';
import { listJoin, strings, toLang, type Strings } from './i18n.ts';
import { buildSeries, type Series } from './series.ts';
import { indicatorText, summarize } from './summary.ts';
import { detectScheme, type Scheme } from './theme.ts';
import type { DatasetMeta, Geography, IndicatorMeta, Lang, ObservationQuery, ObservationsResponse } from './types.ts';

/** What a widget has loaded and drawn from. */
export interface WidgetData {
  query: ObservationQuery;
  response: ObservationsResponse;
  indicator: IndicatorMeta;
  /** Geographies by code, for those the widget looked up (names, parent county). */
  geographies: Map<string, Geography>;
  /** Chosen geographies first (in attribute order), references after. */
  series: Series[];
}

export type WidgetState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** Attributes whose change means new data. */
const DATA_PROPS = ['indicator', 'geo', 'from', 'to', 'gender', 'breakdown', 'api', 'lang'];

/** Look up names of at most this many geographies; beyond that the rows' own names are used. */
const MAX_GEOGRAPHY_LOOKUPS = 12;

/** The display name of a geography: "Riket", "Stockholms län", "Haninge". */
export function geographyName(geo: Geography, lang: Lang): string {
  if (geo.type === 'country' && (geo.code === 'SE' || geo.code === '0000')) return lang === 'en' ? 'Sweden' : 'Riket';
  if (geo.type === 'county') return lang === 'en' ? geo.name_en : geo.name_sv;
  return geo.short_name || (lang === 'en' ? geo.name_en : geo.name_sv);
}

/**
 * Base class of the `maltal-*` elements. Subclasses implement `renderContent()` and may extend
 * `loadData()`; the base draws every state around it.
 *
 * @attr indicator - Indicator id, e.g. `N00914` (required).
 * @attr geo - Geography codes, comma-separated: kommun (`0136`), län (`01`) or `SE`.
 * @attr from - First period to show (`2010` or `2024-01`).
 * @attr to - Last period to show.
 * @attr gender - `T` (total, the default when present), `K` (women) or `M` (men).
 * @attr breakdown - Breakdown code for indicators broken down by another dimension; default `total`.
 * @attr lang - `sv` (default) or `en`: the language of every text and number.
 * @attr api - Base URL of the Måltal API; default: the origin that served the script.
 * @attr theme - `light` or `dark` to override the colour scheme; default follows the host page.
 * @attr label - A title to show instead of the indicator's title.
 *
 * @fires maltal-load - When data is drawn, or the empty state is shown. Detail: `{ response, rows }`.
 * @fires maltal-error - When the data cannot be shown. Detail: `{ message, status }`.
 *
 * @csspart frame - The box around everything (background, padding).
 * @csspart title - The title line.
 * @csspart state - The loading, empty or error message.
 * @csspart footer - Source, licence, date and download.
 * @csspart download - The CSV download link.
 * @csspart badge - The "Exempeldata" badge.
 * @csspart summary - The generated text summary (visually hidden).
 * @csspart table - The data table for screen readers (visually hidden in charts).
 *
 * @cssprop --maltal-font - Font family.
 * @cssprop --maltal-font-size - Base font size (default 0.9375rem).
 * @cssprop --maltal-bg - Background in the light scheme (default #ffffff).
 * @cssprop --maltal-fg - Text colour in the light scheme.
 * @cssprop --maltal-muted - Secondary text (axes, footer) in the light scheme.
 * @cssprop --maltal-grid - Grid lines in the light scheme.
 * @cssprop --maltal-accent - Links and highlights in the light scheme.
 * @cssprop --maltal-focus - Focus ring in the light scheme.
 * @cssprop --maltal-reference-color - The reference line (Riket, län) in the light scheme.
 * @cssprop --maltal-bg-dark - Background in the dark scheme (default #17181b).
 * @cssprop --maltal-fg-dark - Text colour in the dark scheme.
 * @cssprop --maltal-muted-dark - Secondary text in the dark scheme.
 * @cssprop --maltal-grid-dark - Grid lines in the dark scheme.
 * @cssprop --maltal-accent-dark - Links and highlights in the dark scheme.
 * @cssprop --maltal-focus-dark - Focus ring in the dark scheme.
 * @cssprop --maltal-reference-color-dark - The reference line in the dark scheme.
 * @cssprop --maltal-badge-bg - Background of the example-data badge.
 * @cssprop --maltal-badge-fg - Text of the example-data badge.
 * @cssprop --maltal-color-1 - First series colour (Okabe–Ito blue #0072B2); --maltal-color-2 … --maltal-color-8 follow.
 * @cssprop --maltal-padding - Padding of the frame.
 * @cssprop --maltal-radius - Corner radius of the frame.
 */
export abstract class MaltalElement extends LitElement {
  static override properties = {
    indicator: { type: String },
    geo: { type: String },
    from: { type: String },
    to: { type: String },
    gender: { type: String },
    breakdown: { type: String },
    lang: { type: String },
    api: { type: String },
    theme: { type: String },
    label: { type: String },
    state: { state: true },
    data: { state: true },
    message: { state: true },
    width: { state: true },
    scheme: { state: true },
  };

  declare indicator: string;
  declare geo: string;
  declare from: string | undefined;
  declare to: string | undefined;
  declare gender: string | undefined;
  declare breakdown: string | undefined;
  declare api: string | undefined;
  declare theme: string | undefined;
  declare label: string | undefined;

  /** Where the widget is: loading, drawn, empty or failed. */
  declare state: WidgetState;
  /** The loaded data, once there is some. */
  declare data: WidgetData | undefined;
  /** The empty or error message shown. */
  declare message: string;
  /** Content width in CSS pixels (0 until measured). */
  declare width: number;
  /** The colour scheme drawn in. */
  declare scheme: Scheme;

  #abort: AbortController | undefined;
  #resize: ResizeObserver | undefined;
  #mutation: MutationObserver | undefined;
  #media: MediaQueryList | undefined;
  #onMedia = () => this.updateScheme();

  constructor() {
    super();
    this.indicator = '';
    this.geo = '';
    this.lang = '';
    this.state = 'idle';
    this.data = undefined;
    this.message = '';
    this.width = 0;
    this.scheme = 'light';
  }

  /** The language texts and numbers are in. */
  protected get language(): Lang {
    return toLang(this.lang);
  }

  /** The strings of the widget's language. */
  protected get t(): Strings {
    return strings(this.language);
  }

  /** The geography codes of the `geo` attribute. */
  protected get geos(): string[] {
    return (this.geo ?? '')
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
  }

  /** The API client for the `api` attribute (or the script's origin). */
  protected get client(): ApiClient {
    return new ApiClient(this.api || defaultApiBase());
  }

  /** The observations query of the attributes; the CSV download uses the same. */
  protected query(): ObservationQuery {
    return {
      indicator: this.indicator.trim(),
      geo: this.geos,
      from: this.from || undefined,
      to: this.to || undefined,
      gender: this.gender || undefined,
      breakdown: this.breakdown || undefined,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize = new ResizeObserver(() => this.#measure());
    this.#resize.observe(this);
    this.#media = matchMedia('(prefers-color-scheme: dark)');
    this.#media.addEventListener('change', this.#onMedia);
    // Sites switch themes by a class or attribute on <html> or <body>.
    this.#mutation = new MutationObserver(this.#onMedia);
    for (const node of [document.documentElement, document.body]) {
      if (node) this.#mutation.observe(node, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'] });
    }
    this.updateScheme();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#mutation?.disconnect();
    this.#media?.removeEventListener('change', this.#onMedia);
    this.#abort?.abort();
  }

  /** Sets `width` to the frame's content width (the host's width less the frame's padding). */
  #measure(): void {
    const frame = this.renderRoot?.querySelector<HTMLElement>('.frame');
    let width = this.getBoundingClientRect().width;
    if (frame) {
      const style = getComputedStyle(frame);
      width = frame.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
    }
    width = Math.max(0, Math.floor(width));
    if (width !== this.width) this.width = width;
  }

  protected override firstUpdated(): void {
    this.#measure();
  }

  /** Re-reads the colour scheme from the `theme` attribute and the host page. */
  updateScheme(): void {
    try {
      this.scheme = detectScheme(this, this.theme);
    } catch {
      this.scheme = this.theme === 'dark' ? 'dark' : 'light';
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) this.updateScheme();
    if (this.dataProperties.some((prop) => changed.has(prop))) void this.reload();
  }

  /** Properties whose change fetches the data again; extend in subclasses with their own. */
  protected get dataProperties(): string[] {
    return DATA_PROPS;
  }

  /** Fetches the data again (attributes changed, or the page asks). */
  async reload(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const t = this.t;
    const query = this.query();
    if (!query.indicator) return this.fail(t.noIndicator, 0);
    if (query.geo.length === 0 && this.requiresGeo) return this.fail(t.noGeo, 0);
    this.state = 'loading';
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
      if (error instanceof ApiError) {
        const unknownIndicator = error.status === 404 && /indicator/i.test(error.detail);
        this.fail(unknownIndicator ? t.unknownIndicator(query.indicator) : t.fetchFailed(error.detail), error.status);
      } else {
        this.fail(t.fetchFailed(error instanceof Error ? error.message : String(error)), 0);
      }
    }
  }

  /** Whether the element needs `geo` (a plan or goal element may not). */
  protected get requiresGeo(): boolean {
    return true;
  }

  /** Shows `message` as the error state and fires `maltal-error`. */
  protected fail(message: string, status: number): void {
    this.state = 'error';
    this.message = message;
    this.data = undefined;
    void this.updateComplete.then(() => fire(this, 'maltal-error', { message, status }));
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
    for (const geo of geographies) if (geo) byCode.set(geo.code, geo);
    const series = buildSeries(response.data, {
      geos: query.geo,
      names: this.namesOf(byCode),
      gender: query.gender,
      breakdown: query.breakdown,
    });
    return { query, response, indicator, geographies: byCode, series };
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

  /** The indicator's title (or the `label` attribute) and unit in the widget's language. */
  protected titleAndUnit(): { title: string; unit: string } {
    const data = this.data;
    if (!data) return { title: this.label ?? '', unit: '' };
    const text = indicatorText(data.indicator, this.language);
    return { title: this.label || text.title, unit: text.unit };
  }

  /** A value formatted with the indicator's decimals and unit. */
  protected formatValue(value: number | null, withUnit = true): string {
    const data = this.data;
    if (!data) return '';
    return formatValue(value, data.indicator.decimals, withUnit ? this.titleAndUnit().unit : '', this.language);
  }

  /** The element's own drawing of `this.data` (state is `ready`). May throw: the base shows why in words. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  override render(): TemplateResult {
    const lang = this.language;
    return html`<div class="frame" part="frame" data-scheme=${this.scheme} lang=${lang}>
      ${this.renderBody()} ${this.data && this.state !== 'error' ? this.renderFooter(this.data) : nothing}
    </div>`;
  }

  /** The state message or the content, never throwing. */
  protected renderBody(): TemplateResult | typeof nothing {
    const t = this.t;
    switch (this.state) {
      case 'idle':
      case 'loading':
        return html`<p class="state loading" part="state" role="status">${t.loading}</p>`;
      case 'error':
        return html`<p class="state error" part="state" role="status">${this.message}</p>`;
      case 'empty':
        return html`${this.renderTitle()}<p class="state empty" part="state" role="status">${this.message}</p>`;
      case 'ready':
        try {
          return this.renderContent();
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          return html`<p class="state error" part="state" role="status">${t.cannotDraw(reason)}</p>`;
        }
    }
  }

  /** The title line: the indicator (or `label`) and its unit. */
  protected renderTitle(): TemplateResult {
    const { title, unit } = this.titleAndUnit();
    // Kolada titles often end in the unit already: "andel (%)".
    const said = /\((%|procent|percent)\)\s*$/i.test(title) && /^(procent|percent)$/i.test(unit);
    return html`<p class="title" part="title">${title}${unit && !said ? html` <span class="unit">(${unit})</span>` : nothing}</p>`;
  }

  /** The generated text summary, visually hidden but read by screen readers. */
  protected renderSummary(): TemplateResult | typeof nothing {
    const data = this.data;
    if (!data) return nothing;
    return html`<p class="vh" part="summary">${summarize(data.series, data.indicator, this.language)}</p>`;
  }

  /**
   * A real table of every series by period (visually hidden by default: `visible` shows it).
   * Status other than final is written next to the value.
   */
  protected renderDataTable(visible = false): TemplateResult | typeof nothing {
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
    return html`<table class=${visible ? 'data' : 'vh'} part="table">
      <caption>
        ${title}${unit ? `, ${unit}` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.period}</th>
          ${data.series.map((s) => html`<th scope="col">${s.name}${s.reference ? ` (${t.reference})` : ''}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${periods.map(
          (period) => html`<tr>
            <th scope="row">${formatPeriod(period, this.language)}</th>
            ${data.series.map((s) => html`<td>${cell(s, period)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Source, example badge, updated date, CSV download, licence note and notices. */
  protected renderFooter(data: WidgetData): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const datasets: DatasetMeta[] = data.response.meta.datasets ?? [];
    const attribution = [...new Set(datasets.map((d) => (lang === 'en' ? d.attribution_en : d.attribution_sv)).filter(Boolean))];
    const notes = [...new Set(datasets.map((d) => (lang === 'en' ? d.licence_note_en : d.licence_note_sv)).filter((n): n is string => !!n))];
    const updated = datasets.map((d) => d.updated).filter(Boolean).sort().pop();
    const example = datasets.some((d) => d.example);
    const notices = (data.response.meta.notices ?? []).map((n) => (lang === 'en' ? n.en : n.sv));
    return html`<div class="footer" part="footer">
      ${example ? html`<span class="badge" part="badge" title=${t.exampleNote}>${t.example}</span>` : nothing}
      ${attribution.length ? html`<span class="source">${attribution.join('; ')}</span>` : nothing}
      ${updated ? html`<span class="updated">${t.updated(formatDate(updated, lang))}</span>` : nothing}
      <a part="download" href=${this.client.csvUrl(data.query)} download>${t.download}</a>
      ${notices.map((n) => html`<p class="notice">${n}</p>`)}
      ${notes.length
        ? html`<details>
            <summary>${t.licence}</summary>
            ${notes.map((n) => html`<p>${n}</p>`)}
          </details>`
        : nothing}
    </div>`;
  }
}
