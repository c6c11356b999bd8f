/**
 * The shapes the widgets read from the public API (`/openapi.json`). Widgets are API clients like
 * any other and cannot import `api/`; these mirror the documented response fields they use.
 */

/** The user-facing language of a widget. */
export type Lang = 'sv' | 'en';

export type ObservationStatus = 'final' | 'provisional' | 'revised' | 'break' | 'estimated' | 'suppressed' | 'missing';

/** One tidy row of `GET /v1/observations`. */
export interface ObservationRow {
  indicator: string;
  geo: string;
  geo_name: string;
  period: string;
  gender: string;
  breakdown: string;
  breakdown_label: string | null;
  value: number | null;
  status: ObservationStatus | string;
  note: string | null;
  sources?: string;
  n: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

/** `meta.indicators[]` of an observations answer. */
export interface IndicatorMeta {
  id: string;
  title_sv: string;
  title_en: string;
  unit_sv: string;
  unit_en: string;
  decimals: number;
  direction: 'increase' | 'decrease' | 'none' | string;
  status?: string;
  successors?: string[];
  dataset?: string;
  /** When the source published the values (ISO date), where the dataset says. */
  last_published?: string | null;
}

/** `meta.sources[]` of an observations answer: the sources the requested indicators cite. */
export interface SourceMeta {
  dataset: string;
  id: string;
  title: string;
  publisher: string;
  /** The credit line the source asks for, in Swedish ("Källa: Kolada"); may be empty. */
  attribution?: string | null;
}

/** `meta.datasets[]` of an observations answer. */
export interface DatasetMeta {
  id: string;
  title_sv: string;
  title_en: string;
  updated: string;
  licence_note_sv?: string | null;
  licence_note_en?: string | null;
  attribution_sv: string;
  attribution_en: string;
  example: boolean;
  url?: string;
}

export interface Notice {
  sv: string;
  en: string;
}

export interface ObservationsResponse {
  data: ObservationRow[];
  meta: {
    count: number;
    next_cursor: string | null;
    indicators: IndicatorMeta[];
    datasets: DatasetMeta[];
    sources?: SourceMeta[];
    notices?: Notice[];
  };
}

/** `GET /v1/geographies/{code}`. */
export interface Geography {
  code: string;
  name_sv: string;
  name_en: string;
  short_name: string | null;
  type: string;
  parent: string | null;
  /** The parent geography (a kommun's county), in `GET /v1/geographies/{code}`. */
  parent_ref?: Geography | null;
}

/** The query a widget asks `/v1/observations` (and its CSV twin) for. */
export interface ObservationQuery {
  indicator: string;
  geo: string[];
  from?: string | undefined;
  to?: string | undefined;
  gender?: string | undefined;
  breakdown?: string | undefined;
  latest?: boolean | undefined;
}
