import type { Geography, ObservationQuery, ObservationsResponse } from './types.ts';

/** The origin that served this module: the API a widget talks to unless its `api` attribute says otherwise. */
export function defaultApiBase(): string {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return '';
  }
}

/** A failed API call, carrying the problem+json `detail` the API wrote for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly url: string,
  ) {
    super(`${status}: ${detail}`);
    this.name = 'ApiError';
  }
}

/** The URL search parameters of an observations query, in a stable order (it is also the CSV link). */
export function observationParams(query: ObservationQuery, format?: 'csv'): URLSearchParams {
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

const geographyCache = new Map<string, Promise<Geography | undefined>>();

/** A thin client of the public API at `base` (no trailing slash needed). */
export class ApiClient {
  constructor(readonly base: string) {}

  /** The download link for the CSV of the same query. */
  csvUrl(query: ObservationQuery): string {
    return join(this.base, `/v1/observations?${observationParams(query, 'csv')}`);
  }

  /** All pages of `/v1/observations` for the query (follows `next_cursor`). */
  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<ObservationsResponse> {
    const params = observationParams(query);
    let answer = await this.getJson<ObservationsResponse>(`/v1/observations?${params}`, signal);
    let pages = 1;
    while (answer.meta.next_cursor && pages < 20) {
      params.set('cursor', answer.meta.next_cursor);
      const next = await this.getJson<ObservationsResponse>(`/v1/observations?${params}`, signal);
      answer = { data: [...answer.data, ...next.data], meta: next.meta };
      pages += 1;
    }
    return answer;
  }

  /** One geography, or undefined when the API does not know it. Cached per base URL for the page's lifetime. */
  geography(code: string, signal?: AbortSignal): Promise<Geography | undefined> {
    const key = `${this.base}|${code}`;
    let cached = geographyCache.get(key);
    if (!cached) {
      cached = this.getJson<Geography>(`/v1/geographies/${encodeURIComponent(code)}`, signal).catch(() => {
        geographyCache.delete(key);
        return undefined;
      });
      geographyCache.set(key, cached);
    }
    return cached;
  }

  /** GET a JSON document; throws `ApiError` with the problem's `detail` on a non-2xx answer. */
  async getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    const url = join(this.base, path);
    const res = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
    if (!res.ok) {
      let detail = res.statusText;
      try {
        const problem = (await res.json()) as { detail?: string; title?: string };
        detail = problem.detail ?? problem.title ?? detail;
      } catch {
        // not problem+json: keep the status text
      }
      throw new ApiError(res.status, detail, url);
    }
    return (await res.json()) as T;
  }
}
