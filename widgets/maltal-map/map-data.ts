/**
 * Data of maltal-map: the boundaries answer, an API client that asks for all kommuner (or län) of
 * an area instead of a list of codes, and the period most areas have a latest value for.
 */
import { ApiClient, observationParams } from '../lib/api-client.ts';
import type { ObservationQuery, ObservationRow, ObservationsResponse } from '../lib/types.ts';
import type { BoundaryGeometry } from './map-projection.ts';

/** `GET /v1/geographies/boundaries`. */
export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: {
    id: string;
    properties: { code: string; name_sv: string; name_en: string; short_name: string; type: string; parent: string | null };
    geometry: BoundaryGeometry;
  }[];
}

/** Which areas a map shows: all kommuner, the kommuner of one län, or all län. */
export interface MapArea {
  level: 'municipality' | 'county';
  county?: string | undefined;
}

/** The query parameters of `area` on /v1/observations and /v1/geographies/boundaries. */
export function areaParams(area: MapArea): URLSearchParams {
  const params = new URLSearchParams({ type: area.level });
  if (area.county) params.set('county', area.county);
  return params;
}

/**
 * An ApiClient whose observations (and CSV link) cover every geography of `area` rather than a
 * list of codes: 290 codes would make a long and fragile URL.
 */
export class AreaClient extends ApiClient {
  constructor(
    base: string,
    readonly area: MapArea,
  ) {
    super(base);
  }

  #params(query: ObservationQuery, format?: 'csv'): URLSearchParams {
    const params = observationParams({ ...query, geo: [] }, format);
    for (const [key, value] of areaParams(this.area)) params.set(key, value);
    return params;
  }

  override csvUrl(query: ObservationQuery): string {
    return `${this.base.replace(/\/+$/, '')}/v1/observations?${this.#params(query, 'csv')}`;
  }

  override async observations(query: ObservationQuery, signal?: AbortSignal): Promise<ObservationsResponse> {
    const params = this.#params(query);
    let answer = await this.getJson<ObservationsResponse>(`/v1/observations?${params}`, signal);
    for (let pages = 1; answer.meta.next_cursor && pages < 20; pages++) {
      params.set('cursor', answer.meta.next_cursor);
      const next = await this.getJson<ObservationsResponse>(`/v1/observations?${params}`, signal);
      answer = { data: [...answer.data, ...next.data], meta: next.meta };
    }
    return answer;
  }

  boundaries(signal?: AbortSignal): Promise<BoundaryCollection> {
    return this.getJson<BoundaryCollection>(`/v1/geographies/boundaries?${areaParams(this.area)}`, signal);
  }
}

/** The period that most areas have as their latest value (the later one on a tie); undefined without values. */
export function mostCommonPeriod(rows: readonly ObservationRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.value !== null) counts.set(row.period, (counts.get(row.period) ?? 0) + 1);
  let best: string | undefined;
  for (const [period, n] of counts) {
    const bestCount = best === undefined ? -1 : counts.get(best)!;
    if (n > bestCount || (n === bestCount && period > best!)) best = period;
  }
  return best;
}
