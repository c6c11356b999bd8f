/**
 * The period a one-period chart (comparison, map) shows when the page names none, by one rule for
 * every element and every page: the period that the most places of the level (all kommuner, or all
 * län) have as their latest value, the later one on a tie. It is read from the indicator across the
 * country, not from the places one chart shows, so a map and a comparison of the same indicator on a
 * page agree; the chart says which period it chose and why.
 */
import type { ApiClient } from './api-client.ts';
import type { ObservationQuery, ObservationRow } from './types.ts';

export type PlaceLevel = 'municipality' | 'county';

/** The period most rows have a value for (the later one on a tie); undefined without values. */
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

/**
 * The default period of `query`'s indicator for places of `level`: each place's latest value (of
 * the asked gender and breakdown, else total), counted by period. One request, shared by every
 * element of the page that asks the same (ApiClient keeps answers for the page).
 */
export async function defaultPeriod(
  client: ApiClient,
  query: ObservationQuery,
  level: PlaceLevel,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const params = new URLSearchParams({
    indicator: query.indicator,
    type: level,
    gender: query.gender || 'T',
    breakdown: query.breakdown || 'total',
    latest: 'true',
  });
  const answer = await client.observationsWhere(params, signal);
  return mostCommonPeriod(answer.data);
}

/** The level of places a list of codes is: län for two digits, else kommuner. */
export function levelOf(codes: readonly string[]): PlaceLevel {
  return codes.length > 0 && codes.every((code) => /^\d{2}$/.test(code)) ? 'county' : 'municipality';
}
