/**
 * The base every Måltal widget extends: the attributes all of them take, the loading / empty / error
 * states (a short sentence for the reader and a retry, the detail for the developer), the title as a
 * heading, the footer (credit, periods, downloads, licence, example badge), width from a
 * ResizeObserver, and the colour scheme of the host page. Elements that draw an indicator's series
 * extend MaltalSeriesElement (series-element.ts); maltal-goals extends this directly.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiClient, defaultApiBase, type CsvFormat } from './api-client.ts';
import { coverageText, datasetCreditLine, discontinuedText, isDiscontinuedNotice, publishedText } from './credits.ts';
import { classify, type Failure } from './errors.ts';
import { fire } from './events.ts';
import { formatDate, formatValue } from './format.ts';
import { strings, toLang, type Strings } from './i18n.ts';
import type { Series } from './series.ts';
import { indicatorText } from './summary.ts';
import { detectScheme, type Scheme } from './theme.ts';
import type { Geography, IndicatorMeta, Lang, ObservationQuery, ObservationsResponse } from './types.ts';

/** What a widget has loaded and drawn from. */
export interface WidgetData {
  query: ObservationQuery;
  response: ObservationsResponse;
  indicator: IndicatorMeta;
  /** Geographies by code, for those the widget looked up (names, parent county). */
  geographies: Map<string, Geography>;
  /** Chosen geographies first (in attribute order), references after. */
  series: Series[];
  /** The credit line of the sources the drawn values cite ("Källa: Kolada"); else the datasets' credit. */
  credit?: string | undefined;
}

export type WidgetState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** The display name of a geography: "Riket", "Stockholms län", "Haninge". */
export function geographyName(geo: Geography, lang: Lang): string {
  if (geo.type === 'country' && (geo.code === 'SE' || geo.code === '0000')) return lang === 'en' ? 'Sweden' : 'Riket';
  if (geo.type === 'county') return lang === 'en' ? geo.name_en : geo.name_sv;
  return geo.short_name || (lang === 'en' ? geo.name_en : geo.name_sv);
}

/** Below this width (CSS px) of the element the frame's padding shrinks: every pixel counts on a phone. */
const COMPACT_BELOW = 420;

/** Attributes whose change means new data, for every element. */
const COMMON_DATA_PROPS = ['api', 'lang'];

/**
 * Base class of the `maltal-*` elements. Subclasses implement `reload()` and `renderContent()`; the
 * base draws every state around them.
 *
 * @attr lang - `sv` (default) or `en`: the language of every text and number.
 * @attr api - Base URL of the Måltal API; default: the origin that served the script.
 * @attr theme - `light` or `dark` to override the colour scheme; default: follow the host page (its background, else the reader's setting).
 * @attr label - A title to show instead of the indicator's (or plan's) title.
 * @attr heading-level - The level of the title's heading, 1–6 (default 2): set it to fit the page's outline.
 *
 * @fires maltal-load - When data is drawn, or the empty state is shown. Detail: `{ response, rows }`.
 * @fires maltal-error - When the data cannot be shown. Detail: `{ message, status, kind, detail }`: `message` is what the reader sees, `detail` what the API or browser said.
 *
 * @csspart frame - The box around everything (background, padding).
 * @csspart title - The title (a heading).
 * @csspart state - The loading, empty or error message.
 * @csspart retry - The "try again" button of an error the network or the server caused.
 * @csspart footer - Credit, periods, downloads and licence.
 * @csspart download - Each download link (the Swedish Excel CSV and the plain CSV).
 * @csspart badge - The "Exempeldata" badge.
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
    lang: { type: String },
    api: { type: String },
    theme: { type: String },
    label: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    state: { state: true },
    data: { state: true },
    message: { state: true },
    failure: { state: true },
    width: { state: true },
    compact: { state: true },
    scheme: { state: true },
  };

  declare api: string | undefined;
  declare theme: string | undefined;
  declare label: string | undefined;
  declare headingLevel: number | undefined;

  /** Where the widget is: loading, drawn, empty or failed. */
  declare state: WidgetState;
  /** The loaded data, once there is some. */
  declare data: WidgetData | undefined;
  /** The empty or error message shown. */
  declare message: string;
  /** Why the widget failed, when it did. */
  declare failure: Failure | undefined;
  /** Width of the content box in CSS pixels (0 until measured). */
  declare width: number;
  /** Whether the element is phone-narrow (under 420 px): a smaller padding. */
  declare compact: boolean;
  /** The colour scheme in use. */
  declare scheme: Scheme;

  #resize: ResizeObserver | undefined;
  #media: MediaQueryList | undefined;
  #mutation: MutationObserver | undefined;
  #onMedia = () => this.updateScheme();

  constructor() {
    super();
    this.state = 'idle';
    this.data = undefined;
    this.message = '';
    this.failure = undefined;
    this.width = 0;
    this.compact = false;
    this.scheme = 'light';
  }

  /** The widget's language. */
  protected get language(): Lang {
    return toLang(this.lang);
  }

  /** The strings of the widget's language. */
  protected get t(): Strings {
    return strings(this.language);
  }

  /** The API client for the `api` attribute (or the script's origin). */
  protected get client(): ApiClient {
    return new ApiClient(this.api || defaultApiBase());
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
      if (node)
        this.#mutation.observe(node, {
          attributes: true,
          attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'],
        });
    }
    this.updateScheme();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#mutation?.disconnect();
    this.#media?.removeEventListener('change', this.#onMedia);
  }

  /** Sets `width` to the frame's content width (the host's width less the frame's padding). */
  #measure(): void {
    const frame = this.renderRoot?.querySelector<HTMLElement>('.frame');
    const outer = this.getBoundingClientRect().width;
    // Decided on the host's width, which the padding does not change, so it cannot flip back and forth.
    const compact = outer > 0 && outer < COMPACT_BELOW;
    if (compact !== this.compact) this.compact = compact;
    let width = outer;
    if (frame) {
      const style = getComputedStyle(frame);
      width = frame.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
    }
    width = Math.max(0, Math.floor(width));
    if (width !== this.width) this.width = width;
  }

  /** Elements drawn for the first time and not measured yet. */
  static #unmeasured = new Set<MaltalElement>();

  /**
   * The first width is read once every element appended in the same task has drawn its first frame
   * (a microtask queued after their updates), so a page of twenty charts lays out once, not twenty
   * times. It does not wait for a ResizeObserver, which Chromium pauses in an iframe off screen.
   */
  protected override firstUpdated(): void {
    const waiting = MaltalElement.#unmeasured;
    if (waiting.size === 0) {
      queueMicrotask(() => {
        const elements = [...waiting];
        waiting.clear();
        for (const element of elements) element.#measure();
      });
    }
    waiting.add(this);
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
    return COMMON_DATA_PROPS;
  }

  /** Fetches the data again (attributes changed, the reader asked, or the page asks). */
  abstract reload(): Promise<void>;

  /**
   * Shows the error state for `error` (anything loading threw, or a Failure): a short sentence in
   * the widget's language, a retry button where trying again may help, the detail in the console
   * and in `maltal-error`.
   */
  protected fail(error: unknown, context: { indicator?: string; plan?: string } = {}): void {
    const failure = isFailure(error) ? error : classify(error, context);
    const message = this.#readerMessage(failure);
    this.state = 'error';
    this.message = message;
    this.failure = failure;
    this.data = undefined;
    console.warn(`<${this.localName}>: ${failure.detail}`);
    void this.updateComplete.then(() =>
      fire(this, 'maltal-error', { message, status: failure.status, kind: failure.kind, detail: failure.detail }),
    );
  }

  #readerMessage(failure: Failure): string {
    const t = this.t;
    if (failure.message) return failure.message;
    switch (failure.kind) {
      case 'unknown-indicator':
        return t.unknownIndicator(failure.subject ?? '');
      case 'unknown-geography':
        return t.unknownGeography(failure.subject ?? '');
      case 'unknown-plan':
        return t.unknownPlan(failure.subject ?? '');
      case 'setup':
        return t.setup;
      case 'not-drawable':
        return t.cannotDraw(failure.subject ?? '');
      default:
        return t.unavailable;
    }
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
    return html`<div class="frame${this.compact ? ' compact' : ''}" part="frame" data-scheme=${this.scheme} lang=${lang}>
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
        return html`<div class="state error" part="state" role="status">
          <p>${this.message}</p>
          ${this.failure?.retry ? html`<button type="button" part="retry" @click=${() => void this.reload()}>${t.retry}</button>` : nothing}
        </div>`;
      case 'empty':
        return html`${this.renderTitle()}<p class="state empty" part="state" role="status">${this.message}</p>`;
      case 'ready':
        try {
          return this.renderContent();
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          console.warn(`<${this.localName}>: cannot draw: ${reason}`);
          return html`<p class="state error" part="state" role="status">${t.cannotDraw(reason)}</p>`;
        }
    }
  }

  /** The heading level of the title: the `heading-level` attribute (1–6), else 2. */
  protected get titleLevel(): number {
    const level = Math.round(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 2;
  }

  /** The title: the indicator (or `label`) and its unit, as a heading of `heading-level`. */
  protected renderTitle(extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const { title, unit } = this.titleAndUnit();
    // Kolada titles often end in the unit already: "andel (%)".
    const said = /\((%|procent|percent)\)\s*$/i.test(title) && /^(procent|percent)$/i.test(unit);
    return html`<div class="title" part="title" id="maltal-title" role="heading" aria-level=${this.titleLevel}>${title}${unit && !said ? html` <span class="unit">(${unit})</span>` : nothing}${extra}</div>`;
  }

  /** Where the download links point; elements whose data is not an observations query override it. */
  protected downloadUrl(data: WidgetData, format: CsvFormat): string {
    return this.client.csvUrl(data.query, format);
  }

  /** The first and last period of the values drawn (the chosen places, not references). */
  protected coveredPeriods(data: WidgetData): { first?: string; last?: string } {
    const periods = data.series.filter((s) => !s.reference).flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.period));
    const sorted = periods.sort();
    return { first: sorted[0], last: sorted.at(-1) };
  }

  /**
   * The credit, the periods the values cover and when the source published them, what a
   * discontinued series means, the downloads (the Swedish Excel dialect first in Swedish), the
   * notices, the licence note and the "Exempeldata" badge.
   */
  protected renderFooter(data: WidgetData): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const datasets = data.response.meta.datasets ?? [];
    const notes = [
      ...new Set(datasets.map((d) => (lang === 'en' ? d.licence_note_en : d.licence_note_sv)).filter((n): n is string => !!n)),
    ];
    const example = datasets.some((d) => d.example);
    const { first, last } = this.coveredPeriods(data);
    const facts = [
      data.credit ?? datasetCreditLine(datasets, lang),
      coverageText(first, last, lang),
      publishedText(data.indicator, lang, formatDate),
    ].filter(Boolean);
    const indicators = data.response.meta.indicators ?? [];
    const notices = [
      discontinuedText(data.indicator, last, lang),
      ...(data.response.meta.notices ?? []).map((n) => (lang === 'en' ? n.en : n.sv)).filter((n) => !isDiscontinuedNotice(n, indicators)),
    ].filter((n): n is string => !!n);
    const formats: CsvFormat[] = lang === 'en' ? ['csv', 'csv-sv'] : ['csv-sv', 'csv'];
    return html`<div class="footer" part="footer">
      ${example ? html`<span class="badge" part="badge" title=${t.exampleNote}>${t.example}</span>` : nothing}
      ${facts.length ? html`<p class="credit">${facts.join('. ')}.</p>` : nothing}
      ${notices.map((n) => html`<p class="notice">${n}</p>`)}
      <p class="downloads">
        ${t.download}
        ${formats.map((f) => html`<a part="download" href=${this.downloadUrl(data, f)} download>${f === 'csv' ? t.csv : t.csvSv}</a>`)}
      </p>
      ${
        notes.length
          ? html`<details>
            <summary>${t.licence}</summary>
            ${notes.map((n) => html`<p>${n}</p>`)}
          </details>`
          : nothing
      }
    </div>`;
  }
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'kind' in value && 'retry' in value && !(value instanceof Error);
}
