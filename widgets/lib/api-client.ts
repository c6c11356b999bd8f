import type { Geography, ObservationQuery, ObservationsResponse } from './types.ts';

const MODULE_ORIGIN = (() => {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return '';
  }
})();

/** The origin that served this module: the API a widget talks to unless its `api` attribute says otherwise. */
export function defaultApiBase(): string {
  return MODULE_ORIGIN;
}

/** One invalid parameter of a problem+json answer. */
export interface ProblemField {
  in: string;
  name: string;
  message: string;
}

/** A failed API call, carrying the problem+json `detail` (and `errors`) the API wrote for developers. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly url: string,
    readonly errors: ProblemField[] = [],
  ) {
    super(`${status}: ${detail}`);
    this.name = 'ApiError';
  }
}

/** The CSV dialects the API writes: RFC 4180 (`csv`) and the Swedish Excel dialect (`csv-sv`: `;`, decimal comma, BOM). */
export type CsvFormat = 'csv' | 'csv-sv';

/** The URL search parameters of an observations query, in a stable order (it is also the CSV link). */
export function observationParams(query: ObservationQuery, format?: CsvFormat): URLSearchParams {
  const params = new URLSearchParams({ indicator: query.indicator });
  if (query.geo.length > 0) params.set('geo', query.geo.join(','));
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.gender) params.set('gender', query.gender);
  if (query.breakdown) params.set('breakdown', query.breakdown);
  if (query.latest) params.set('latest', 'true');
  if (format) params.set('format', format);
  return params;
}

function join(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/**
 * Answers already fetched on this page, by URL: six charts of one indicator ask for the same
 * geographies and periods, and a page view does not outlive a data release. Only successful answers
 * are kept (a failed one is asked again on retry), at most MAX_CACHED, oldest out first. Callers
 * must not change what they get.
 */
const answers = new Map<string, Promise<unknown>>();
const MAX_CACHED = 60;

/** A thin client of the public API at `base` (no trailing slash needed). */
export class ApiClient {
  constructor(readonly base: string) {}

  /** The download link for the data of the same query in a CSV dialect. */
  csvUrl(query: ObservationQuery, format: CsvFormat = 'csv'): string {
    return join(this.base, `/v1/observations?${observationParams(query, format)}`);
  }

  /** All pages of `/v1/observations` for the query (follows `next_cursor`). */
  observations(query: ObservationQuery, signal?: AbortSignal): Promise<ObservationsResponse> {
    return this.observationsWhere(observationParams(query), signal);
  }

  /** All pages of `/v1/observations?<params>`, answers joined. */
  async observationsWhere(params: URLSearchParams, signal?: AbortSignal): Promise<ObservationsResponse> {
    let answer = await this.getJson<ObservationsResponse>(`/v1/observations?${params}`, signal);
    for (let pages = 1; answer.meta.next_cursor && pages < 20; pages++) {
      params.set('cursor', answer.meta.next_cursor);
      const next = await this.getJson<ObservationsResponse>(`/v1/observations?${params}`, signal);
      answer = { data: [...answer.data, ...next.data], meta: next.meta };
    }
    return answer;
  }

  /**
   * One geography (with `parent_ref`, its county), or undefined when the API does not know it.
   * An unknown code is not an error here: the observations request names it for the reader.
   */
  async geography(code: string, signal?: AbortSignal): Promise<Geography | undefined> {
    try {
      return await this.getJson<Geography>(`/v1/geographies/${encodeURIComponent(code)}`, signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      return undefined;
    }
  }

  /** GET a JSON document (from this page's cache when asked before); throws `ApiError` with the problem's `detail` on a non-2xx answer. */
  getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    const url = join(this.base, path);
    let cached = answers.get(url);
    if (!cached) {
      cached = fetchJson(url).catch((error: unknown) => {
        answers.delete(url);
        throw error;
      });
      answers.set(url, cached);
      if (answers.size > MAX_CACHED) answers.delete(answers.keys().next().value!);
    }
    // The shared request runs on when one caller gives up; that caller stops waiting for it.
    return abortable(cached as Promise<T>, signal);
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let detail = res.statusText;
    let errors: ProblemField[] = [];
    try {
      const problem = (await res.json()) as { detail?: string; title?: string; errors?: ProblemField[] };
      detail = problem.detail ?? problem.title ?? detail;
      errors = Array.isArray(problem.errors) ? problem.errors : [];
    } catch {
      // not problem+json: keep the status text
    }
    throw new ApiError(res.status, detail, url, errors);
  }
  return res.json();
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
