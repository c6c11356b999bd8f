import type { Selectable } from 'kysely';
import type { Db, DatasetsTable } from '../../db/database.ts';
import type { DatasetRef } from './datasets.schemas.ts';

export type DatasetRow = Selectable<DatasetsTable>;

export function toDatasetRef(row: DatasetRow): DatasetRef {
  return {
    id: row.id,
    title_sv: row.title_sv,
    title_en: row.title_en,
    version: row.version,
    updated: row.updated,
    licenses: JSON.parse(row.licenses),
    licence_note_sv: row.licence_note_sv,
    licence_note_en: row.licence_note_en,
    attribution_sv: row.attribution_sv,
    attribution_en: row.attribution_en,
    example: row.example === 1,
    url: `/v1/datasets/${row.id}`,
  };
}

export async function listDatasets(db: Db): Promise<DatasetRow[]> {
  return db.selectFrom('datasets').selectAll().orderBy('id').execute();
}

export async function findDataset(db: Db, id: string): Promise<DatasetRow | undefined> {
  return db.selectFrom('datasets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function datasetRefs(db: Db, ids: readonly string[]): Promise<DatasetRef[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('datasets')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id')
    .execute();
  return rows.map(toDatasetRef);
}

export async function listSources(db: Db, datasetId: string) {
  return db
    .selectFrom('sources')
    .select(['id', 'title', 'path', 'publisher', 'retrieved', 'licence', 'attribution', 'note'])
    .where('dataset_id', '=', datasetId)
    .orderBy('id')
    .execute();
}

export async function listDatasetIndicators(db: Db, datasetId: string) {
  return db.selectFrom('indicators').select(['id', 'title_sv', 'title_en']).where('dataset_id', '=', datasetId).orderBy('id').execute();
}

/** A package file as it was built, or undefined. */
export async function readDatasetFile(db: Db, datasetId: string, path: string): Promise<string | undefined> {
  const chunks = await db
    .selectFrom('dataset_files')
    .select('content')
    .where('dataset_id', '=', datasetId)
    .where('path', '=', path)
    .orderBy('chunk')
    .execute();
  return chunks.length === 0 ? undefined : chunks.map((c) => c.content).join('');
}

export async function listDatasetFiles(db: Db, datasetId: string): Promise<string[]> {
  const rows = await db.selectFrom('dataset_files').select('path').distinct().where('dataset_id', '=', datasetId).orderBy('path').execute();
  return rows.map((r) => r.path);
}

/** The notice every answer carries when some of its figures are example data, not real ones. */
export function exampleDataNotices(datasets: readonly DatasetRef[]): { sv: string; en: string }[] {
  return datasets
    .filter((d) => d.example)
    .map((d) => ({
      sv: `${d.title_sv} (${d.id}) är exempeldata, gjorda för demonstration: inga verkliga siffror.`,
      en: `${d.title_en} (${d.id}) is example data made for a demonstration: not real figures.`,
    }));
}
