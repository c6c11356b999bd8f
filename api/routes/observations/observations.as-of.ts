/**
 * Observations as they stood on a past date (`as_of=YYYY-MM-DD`): today's values with every change
 * recorded after that date undone. For each value the first later change tells what it was: a
 * `new` value did not exist yet, a `revised` or `deleted` one had the change's old value and status.
 * Before a dataset's first version Måltal held none of its values, so none is returned: a value
 * first published after the date is never shown as it was on it. Notes are today's: the change
 * records keep values and statuses, not notes.
 */
import type { Db } from '../../db/database.ts';
import type { ReferenceData } from '../../db/reference-data.ts';
import { badRequest } from '../../lib/problem.ts';
import { changesAfter } from '../changes/changes.queries.ts';
import { OBSERVATION_KEY, observationPage, type ObservationFilter, type ObservationRow } from './observations.queries.ts';

/** as_of answers are assembled in memory, so they are bounded. */
export const MAX_AS_OF_VALUES = 50_000;

const keyOf = (r: Pick<ObservationRow, (typeof OBSERVATION_KEY)[number]>) => OBSERVATION_KEY.map((k) => r[k]).join('\u0000');

function inFilter(
  ref: ReferenceData,
  f: ObservationFilter,
  r: { geo: string; period: string; gender: string; breakdown: string },
): boolean {
  const geo = ref.geographies.get(r.geo);
  if (f.geos?.length && !f.geos.includes(r.geo)) return false;
  if (f.county && geo?.parent !== f.county) return false;
  if (f.geoType && geo?.type !== f.geoType) return false;
  if (f.from && r.period < f.from) return false;
  if (f.to && r.period > (f.to.length === 4 ? `${f.to}-12` : f.to)) return false;
  if (f.genders?.length && !f.genders.includes(r.gender)) return false;
  if (f.breakdowns?.length && !f.breakdowns.includes(r.breakdown)) return false;
  return true;
}

/** Keeps, per series, only the latest period with a value. */
function latestOnly(rows: ObservationRow[]): ObservationRow[] {
  const latest = new Map<string, string>();
  for (const r of rows) {
    if (r.value === null) continue;
    const series = [r.indicator, r.geo, r.gender, r.breakdown].join('\u0000');
    if ((latest.get(series) ?? '') < r.period) latest.set(series, r.period);
  }
  return rows.filter((r) => latest.get([r.indicator, r.geo, r.gender, r.breakdown].join('\u0000')) === r.period);
}

export async function observationsAsOf(db: Db, ref: ReferenceData, f: ObservationFilter, asOf: string): Promise<ObservationRow[]> {
  const current = await observationPage(db, { ...f, latest: false, after: undefined, limit: MAX_AS_OF_VALUES + 1 }).execute();
  if (current.length > MAX_AS_OF_VALUES) {
    throw badRequest(`as_of answers hold at most ${MAX_AS_OF_VALUES} values; narrow the query with geo, from/to or gender`, [
      { in: 'query', name: 'as_of', message: 'too many values' },
    ]);
  }
  const firstChange = new Map<string, Awaited<ReturnType<typeof changesAfter>>[number]>();
  for (const change of await changesAfter(db, f.indicators, asOf)) {
    const key = keyOf(change);
    if (!firstChange.has(key) && inFilter(ref, f, change)) firstChange.set(key, change);
  }
  const held = (indicator: string) => {
    const dataset = ref.indicators.get(indicator)?.dataset;
    return dataset !== undefined && (ref.recordStart.get(dataset) ?? '') <= asOf;
  };
  const rows: ObservationRow[] = [];
  for (const row of current) {
    if (!held(row.indicator)) continue;
    const change = firstChange.get(keyOf(row));
    firstChange.delete(keyOf(row));
    if (!change) rows.push(row);
    else if (change.change !== 'new') rows.push({ ...row, value: change.old_value, status: change.old_status ?? row.status });
  }
  // Values deleted since: they are not in today's table, so they are rebuilt from the change.
  for (const change of firstChange.values()) {
    if (change.change !== 'deleted' || !held(change.indicator)) continue;
    const indicator = ref.indicators.get(change.indicator);
    rows.push({
      indicator: change.indicator,
      geo: change.geo,
      geo_name: ref.geographyNames.get(change.geo)?.[f.lang] ?? change.geo,
      period: change.period,
      gender: change.gender,
      breakdown: change.breakdown,
      breakdown_label: indicator
        ? (ref.breakdownLabels.get(`${indicator.dataset}/${indicator.breakdown_dimension}/${change.breakdown}`)?.[f.lang] ?? null)
        : null,
      value: change.old_value,
      status: change.old_status ?? 'final',
      note: null,
      sources: '',
      n: null,
      ci_low: null,
      ci_high: null,
    });
  }
  const sorted = rows.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const selected = f.latest ? latestOnly(sorted) : sorted;
  const after = f.after ? f.after.map(String).join('\u0000') : undefined;
  return selected.filter((r) => after === undefined || keyOf(r) > after).slice(0, f.limit);
}

/** What an as_of answer must say: that notes are today's, and which datasets Måltal did not hold yet on the date. */
export function asOfNotices(ref: ReferenceData, datasets: readonly string[], asOf: string): { sv: string; en: string }[] {
  const notices = [
    {
      sv: `Värden och status som de var ${asOf}; anteckningarna är dagens.`,
      en: `Values and statuses as they were on ${asOf}; the notes are today's.`,
    },
  ];
  for (const id of datasets) {
    const start = ref.recordStart.get(id);
    if (start && start > asOf) {
      notices.push({
        sv: `Måltal hade inga värden ur ${id} ${asOf}: datasetets första version är från ${start}. Värden som publicerades senare visas inte som de var före dess.`,
        en: `Måltal held no values of ${id} on ${asOf}: the dataset's first version is of ${start}. Values published later are not shown as they were before it.`,
      });
    }
  }
  return notices;
}
