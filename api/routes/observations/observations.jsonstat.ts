/**
 * Observations as a JSON-stat 2.0 dataset (https://json-stat.org/full/). Dimensions, in order:
 * indicator (metric, with units), geo, period (time), gender, breakdown. Statuses are SDMX
 * CL_OBS_STATUS codes (mapped in OBS_STATUS_SDMX; a revised value is A, with 'revised' in
 * `extension.status`); per-value notes, n and confidence intervals, which JSON-stat has no place
 * for, go in `extension` keyed by the value's index, so nothing the JSON form carries is lost.
 */
import { GENDER_LABELS, OBS_STATUS_LABELS, OBS_STATUS_SDMX, OBS_STATUS_SHARED_CODE, type ObservationStatus } from '../../lib/vocabulary.ts';
import type { DatasetRef } from '../datasets/datasets.schemas.ts';
import type { ObservationRow } from './observations.queries.ts';

interface IndicatorMeta {
  id: string;
  title_sv: string;
  title_en: string;
  unit_sv: string;
  unit_en: string;
  decimals: number;
}

export interface JsonStatInput {
  rows: ObservationRow[];
  indicators: IndicatorMeta[];
  datasets: DatasetRef[];
  lang: 'sv' | 'en';
  /** The origin the request came to: JSON-stat hrefs are absolute URIs. */
  origin: string;
  /** Path and query of this answer, and of the next page. */
  self: string;
  next: string | null;
  updated: string;
}

/** The one category of a dimension no observation gave a value for (SDMX's code for "not applicable"). */
const NONE = '_Z';

/** Distinct values in first-seen order, and their labels. */
function category(values: Iterable<[string, string]>) {
  const index: Record<string, number> = {};
  const label: Record<string, string> = {};
  for (const [code, text] of values) {
    if (!(code in index)) {
      index[code] = Object.keys(index).length;
      label[code] = text;
    }
  }
  return { index, label };
}

export function toJsonStat(input: JsonStatInput) {
  const { rows, lang } = input;
  const en = lang === 'en';
  const sorted = (pick: (r: ObservationRow) => [string, string]) => [...rows.map(pick)].sort(([a], [b]) => a.localeCompare(b));
  const indicator = category(input.indicators.map((i) => [i.id, en ? i.title_en : i.title_sv] as [string, string]));
  const geo = category(sorted((r) => [r.geo, r.geo_name]));
  const period = category(sorted((r) => [r.period, r.period]));
  const gender = category(
    ['T', 'K', 'M'].filter((g) => rows.some((r) => r.gender === g)).map((g) => [g, GENDER_LABELS[g as 'T'][lang]] as [string, string]),
  );
  const breakdown = category(sorted((r) => [r.breakdown, r.breakdown_label ?? (en ? 'total' : 'totalt')]));
  const dims = [indicator, geo, period, gender, breakdown];
  // JSON-stat has no empty dimension (a category label needs at least one entry): when nothing
  // matched, each dimension left without a value gets one category saying so, all its cells null.
  for (const d of dims) {
    if (Object.keys(d.index).length === 0) {
      d.index[NONE] = 0;
      d.label[NONE] = en ? 'no observation' : 'ingen observation';
    }
  }
  const size = dims.map((d) => Object.keys(d.index).length);
  const cells = size.reduce((a, b) => a * b, 1);

  const offset = (r: ObservationRow): number => {
    const codes = [r.indicator, r.geo, r.period, r.gender, r.breakdown];
    return codes.reduce((acc, code, d) => acc * size[d]! + dims[d]!.index[code]!, 0);
  };
  // Dense arrays while the cube is not much larger than the rows; otherwise the sparse object form.
  const dense = cells <= Math.max(4 * rows.length, 16);
  const value: (number | null)[] | Record<string, number | null> = dense ? new Array<number | null>(cells).fill(null) : {};
  const status: Record<string, string> = {};
  const ownStatus: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const survey: Record<string, { n: number | null; ci_low: number | null; ci_high: number | null }> = {};
  const sources: Record<string, string> = {};
  for (const r of rows) {
    const i = offset(r);
    (value as Record<number, number | null>)[i] = r.value;
    status[i] = OBS_STATUS_SDMX[r.status as ObservationStatus] ?? r.status;
    if (OBS_STATUS_SHARED_CODE.has(r.status as ObservationStatus)) ownStatus[i] = r.status;
    sources[i] = r.sources;
    if (r.note) notes[i] = r.note;
    if (r.n !== null || r.ci_low !== null || r.ci_high !== null) survey[i] = { n: r.n, ci_low: r.ci_low, ci_high: r.ci_high };
  }
  // A code another status shares (A: final and revised) is labelled by the status that owns it.
  const statusLabels = Object.fromEntries(
    Object.entries(OBS_STATUS_SDMX)
      .filter(([word]) => !OBS_STATUS_SHARED_CODE.has(word as ObservationStatus))
      .map(([word, code]) => [code, OBS_STATUS_LABELS[word as ObservationStatus][lang]]),
  );

  return {
    version: '2.0',
    class: 'dataset',
    href: input.origin + input.self,
    label: input.indicators.map((i) => (en ? i.title_en : i.title_sv)).join('; '),
    source: input.datasets.map((d) => (en ? d.attribution_en : d.attribution_sv)).join('; '),
    updated: input.updated,
    ...(rows.length === 0 ? { note: [en ? 'No observation matches the filter.' : 'Ingen observation matchar filtret.'] } : {}),
    id: ['indicator', 'geo', 'period', 'gender', 'breakdown'],
    size,
    role: { metric: ['indicator'], geo: ['geo'], time: ['period'] },
    dimension: {
      indicator: {
        label: en ? 'indicator' : 'mått',
        category: {
          ...indicator,
          unit: Object.fromEntries(input.indicators.map((i) => [i.id, { label: en ? i.unit_en : i.unit_sv, decimals: i.decimals }])),
        },
      },
      geo: { label: en ? 'area' : 'område', category: geo },
      period: { label: en ? 'period' : 'period', category: period },
      gender: { label: en ? 'gender' : 'kön', category: gender },
      breakdown: { label: en ? 'breakdown' : 'uppdelning', category: breakdown },
    },
    value,
    status,
    link: {
      describedby: input.datasets.map((d) => ({
        type: 'application/json',
        href: input.origin + d.url,
        label: en ? d.title_en : d.title_sv,
      })),
      ...(input.next ? { next: [{ type: 'application/json', href: input.origin + input.next }] } : {}),
    },
    extension: {
      status_codes: statusLabels,
      status: ownStatus,
      notes,
      sources,
      survey,
      datasets: input.datasets,
    },
  };
}
