import type { Db } from '../../db/database.ts';
import type { BoundaryProperties } from './boundaries.schemas.ts';

export interface BoundaryRow extends BoundaryProperties {
  dataset_id: string;
  geometry: string;
}

/** The boundaries of one type, by code; with `county`, only that län or the kommuner in it. */
export async function listBoundaries(db: Db, f: { type: BoundaryProperties['type']; county?: string }): Promise<BoundaryRow[]> {
  let query = db
    .selectFrom('boundaries as b')
    .innerJoin('geographies as g', 'g.code', 'b.code')
    .select(['b.code', 'g.name_sv', 'g.name_en', 'g.short_name', 'b.type', 'g.parent', 'b.dataset_id', 'b.geometry'])
    .where('b.type', '=', f.type);
  if (f.county) {
    const county = f.county;
    query = query.where((eb) => (f.type === 'county' ? eb('b.code', '=', county) : eb('g.parent', '=', county)));
  }
  return query.orderBy('b.code').execute();
}

/**
 * The FeatureCollection as JSON text. The geometry is stored as compact GeoJSON, so it is spliced in
 * as it is rather than parsed and written again: the largest answer costs no JSON work.
 */
export function featureCollectionJson(rows: readonly BoundaryRow[], meta: object): string {
  const features = rows.map((r) => {
    const properties: BoundaryProperties = {
      code: r.code,
      name_sv: r.name_sv,
      name_en: r.name_en,
      short_name: r.short_name,
      type: r.type,
      parent: r.parent,
    };
    return `{"type":"Feature","id":${JSON.stringify(r.code)},"properties":${JSON.stringify(properties)},"geometry":${r.geometry}}`;
  });
  return `{"type":"FeatureCollection","features":[${features.join(',')}],"meta":${JSON.stringify(meta)}}`;
}
