/**
 * Data of maltal-map: the boundaries answer, and an API client that asks for all kommuner (or län)
 * of an area instead of a list of codes.
 */
import { ApiClient, observationParams, type CsvFormat } from '../lib/api-client.ts';
import type { ObservationQuery, ObservationsResponse } from '../lib/types.ts';
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

  #params(query: ObservationQuery, format?: CsvFormat): URLSearchParams {
    const params = observationParams({ ...query, geo: [] }, format);
    for (const [key, value] of areaParams(this.area)) params.set(key, value);
    return params;
  }

  override csvUrl(query: ObservationQuery, format: CsvFormat = 'csv'): string {
    return `${this.base.replace(/\/+$/, '')}/v1/observations?${this.#params(query, format)}`;
  }

  override observations(query: ObservationQuery, signal?: AbortSignal): Promise<ObservationsResponse> {
    return this.observationsWhere(this.#params(query), signal);
  }

  boundaries(signal?: AbortSignal): Promise<BoundaryCollection> {
    return this.getJson<BoundaryCollection>(`/v1/geographies/boundaries?${areaParams(this.area)}`, signal);
  }
}
