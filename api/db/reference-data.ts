/**
 * The small, fixed part of the database every observation request needs: indicator metadata,
 * geography codes, dataset licences and sources. A database is read-only while it is served, so
 * this is read once per database instead of in four queries per request (see BENCHMARKS.md).
 */
import type { Db } from './database.ts';
import { toDatasetRef } from '../routes/datasets/datasets.queries.ts';
import type { DatasetRef } from '../routes/datasets/datasets.schemas.ts';

export interface IndicatorMeta {
  id: string;
  title_sv: string;
  title_en: string;
  unit_sv: string;
  unit_en: string;
  decimals: number;
  direction: string;
  status: string;
  successors: string[];
  /** The series this one replaces (an older register), never spliced with it. */
  predecessors: string[];
  breakdown_dimension: string | null;
  release: string | null;
  /** When the source last published figures, and plans to next (YYYY-MM-DD), where it says. */
  last_published: string | null;
  next_publication: string | null;
  dataset: string;
  caveats_sv: string | null;
  caveats_en: string | null;
  /** Ids of the dataset's sources behind this indicator; every value cites only these. */
  sources: string[];
  /** Breakdown codes with values, besides `total`. */
  breakdowns: string[];
}

export interface SourceRef {
  dataset: string;
  id: string;
  title: string;
  publisher: string;
  path: string;
  retrieved: string;
  licence: string;
  attribution: string | null;
}

export interface ReferenceData {
  /** The data version the build wrote (meta.data_version): a new one whenever the data changes. */
  dataVersion: string;
  indicators: Map<string, IndicatorMeta>;
  geographies: Map<string, { type: string; parent: string | null }>;
  datasets: Map<string, DatasetRef>;
  /** Keyed by `dataset/id`. */
  sources: Map<string, SourceRef>;
  geographyNames: Map<string, { sv: string; en: string }>;
  /** Keyed by `dataset/dimension/code`. */
  breakdownLabels: Map<string, { sv: string; en: string }>;
  /** How many municipalities there are (290): the scope a rank among all of them has. */
  municipalityCount: number;
  /** The date of each dataset's first version: Måltal held none of its values before it (as_of). */
  recordStart: Map<string, string>;
}

export async function loadReferenceData(db: Db): Promise<ReferenceData> {
  const [indicators, breakdowns, geographies, datasets, sources] = await Promise.all([
    db.selectFrom('indicators').selectAll().orderBy('id').execute(),
    db
      .selectFrom('indicators as i')
      .innerJoin('breakdowns as b', (join) =>
        join.onRef('b.dataset_id', '=', 'i.dataset_id').onRef('b.dimension', '=', 'i.breakdown_dimension'),
      )
      .select(['i.id', 'b.code'])
      .orderBy('b.sort')
      .execute(),
    db.selectFrom('geographies').select(['code', 'type', 'parent', 'name_sv', 'name_en']).execute(),
    db.selectFrom('datasets').selectAll().execute(),
    db.selectFrom('sources').selectAll().orderBy('dataset_id').orderBy('id').execute(),
  ]);
  const [version, labels, firstVersions] = await Promise.all([
    db.selectFrom('meta').select('value').where('key', '=', 'data_version').executeTakeFirst(),
    db.selectFrom('breakdowns').select(['dataset_id', 'dimension', 'code', 'label_sv', 'label_en']).execute(),
    db
      .selectFrom('dataset_versions')
      .select(['dataset_id', (eb) => eb.fn.min('date').as('date')])
      .groupBy('dataset_id')
      .execute(),
  ]);
  if (!version) throw new Error('the database has no data version (meta.data_version); rebuild it with npm run build:db');
  const firstVersionDate = new Map(firstVersions.map((v) => [v.dataset_id, v.date]));
  const codesOf = new Map<string, string[]>();
  for (const b of breakdowns) codesOf.set(b.id, [...(codesOf.get(b.id) ?? []), b.code]);
  return {
    dataVersion: version.value,
    indicators: new Map(
      indicators.map((i) => [
        i.id,
        {
          id: i.id,
          title_sv: i.title_sv,
          title_en: i.title_en,
          unit_sv: i.unit_sv,
          unit_en: i.unit_en,
          decimals: i.decimals,
          direction: i.direction,
          status: i.status,
          successors: i.successors ? i.successors.split(';') : [],
          predecessors: i.predecessors ? i.predecessors.split(';') : [],
          breakdown_dimension: i.breakdown_dimension,
          release: i.release,
          last_published: i.last_published,
          next_publication: i.next_publication,
          dataset: i.dataset_id,
          caveats_sv: i.caveats_sv,
          caveats_en: i.caveats_en,
          sources: i.sources.split(';'),
          breakdowns: codesOf.get(i.id) ?? [],
        },
      ]),
    ),
    geographies: new Map(geographies.map((g) => [g.code, { type: g.type, parent: g.parent }])),
    geographyNames: new Map(geographies.map((g) => [g.code, { sv: g.name_sv, en: g.name_en }])),
    breakdownLabels: new Map(labels.map((b) => [`${b.dataset_id}/${b.dimension}/${b.code}`, { sv: b.label_sv, en: b.label_en }])),
    municipalityCount: geographies.filter((g) => g.type === 'municipality').length,
    // A package without a version history has had one version, dated when it was written.
    recordStart: new Map(datasets.map((d) => [d.id, firstVersionDate.get(d.id) ?? d.updated])),
    datasets: new Map(datasets.map((d) => [d.id, toDatasetRef(d)])),
    sources: new Map(
      sources.map((s) => [
        `${s.dataset_id}/${s.id}`,
        {
          dataset: s.dataset_id,
          id: s.id,
          title: s.title,
          publisher: s.publisher,
          path: s.path,
          retrieved: s.retrieved,
          licence: s.licence,
          attribution: s.attribution,
        },
      ]),
    ),
  };
}
