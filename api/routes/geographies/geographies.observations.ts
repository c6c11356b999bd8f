/**
 * Every observation of a place, or of a set of indicators, read through the observations query
 * (observationRows) in steps the API allows: 25 indicators at a time (D1 binds at most 100
 * parameters a statement) and pages of 10 000 rows, so nothing here is SQL of its own.
 */
import type { Db } from '../../db/database.ts';
import type { ReferenceData } from '../../db/reference-data.ts';
import { OBSERVATION_KEY, observationRows, type ObservationFilter, type ObservationRow } from '../observations/observations.queries.ts';
import { MAX_INDICATORS_PER_REQUEST, MAX_OBSERVATION_PAGE } from '../observations/observations.schemas.ts';

/** Every row the filter selects, however many indicators it names and however many rows there are. */
export async function everyObservation(db: Db, filter: Omit<ObservationFilter, 'limit' | 'after'>): Promise<ObservationRow[]> {
  const ids = [...new Set(filter.indicators)];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_INDICATORS_PER_REQUEST) chunks.push(ids.slice(i, i + MAX_INDICATORS_PER_REQUEST));
  const pages = await Promise.all(
    chunks.map(async (indicators) => {
      const rows: ObservationRow[] = [];
      let after: (string | number)[] | undefined;
      for (;;) {
        const page = await observationRows(db, { ...filter, indicators, after, limit: MAX_OBSERVATION_PAGE });
        rows.push(...page);
        if (page.length < MAX_OBSERVATION_PAGE) return rows;
        const last = page.at(-1)!;
        after = OBSERVATION_KEY.map((k) => last[k]);
      }
    }),
  );
  return pages.flat();
}

/** Every observation of one place, all indicators and periods (or the latest of each series), in key order. */
export async function placeObservations(db: Db, ref: ReferenceData, code: string, options: { latest?: boolean; lang: 'sv' | 'en' }) {
  const rows = await everyObservation(db, {
    indicators: [...ref.indicators.keys()],
    geos: [code],
    latest: options.latest,
    lang: options.lang,
  });
  const ids = [...new Set(rows.map((r) => r.indicator))];
  const indicators = ids.map((id) => ref.indicators.get(id)!);
  const datasets = [...new Set(indicators.map((i) => i.dataset))].sort().map((id) => ref.datasets.get(id)!);
  return { rows, indicators, datasets };
}
