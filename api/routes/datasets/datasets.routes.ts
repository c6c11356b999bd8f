import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { notFound } from '../../lib/problem.ts';
import { listVersions } from '../changes/changes.queries.ts';
import { DatasetListSchema, DatasetSchema } from './datasets.schemas.ts';
import {
  findDataset,
  listDatasetFiles,
  listDatasetIndicators,
  listDatasets,
  listSources,
  readDatasetFile,
  toDatasetRef,
} from './datasets.queries.ts';

const tags = ['Datasets'];
const idParam = z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'employment' });

const unknownDataset = (id: string) => notFound(`unknown dataset '${id}'; see /v1/datasets for the datasets there are`);

const list = createRoute({
  method: 'get',
  path: '/v1/datasets',
  operationId: 'listDatasets',
  tags,
  summary: 'All datasets, with licence and attribution',
  request: { query: z.object({ format: tableFormatParam }) },
  responses: { 200: jsonOrCsv(DatasetListSchema, 'The datasets'), 304: notModifiedResponse, 400: badRequestResponse },
});

const one = createRoute({
  method: 'get',
  path: '/v1/datasets/{id}',
  operationId: 'getDataset',
  tags,
  summary: 'One dataset: metadata, licence, attribution, sources, caveats and downloads',
  request: { params: z.object({ id: idParam }) },
  responses: {
    200: { description: 'The dataset', content: { 'application/json': { schema: DatasetSchema } } },
    304: notModifiedResponse,
    404: notFoundResponse,
  },
});

const file = createRoute({
  method: 'get',
  path: '/v1/datasets/{id}/{file}',
  operationId: 'getDatasetFile',
  tags,
  summary: 'A file of the dataset package, byte for byte as it was built (datapackage.json or a CSV)',
  request: {
    params: z.object({
      id: idParam,
      file: z.string().openapi({ param: { name: 'file', in: 'path' }, example: 'datapackage.json' }),
    }),
  },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/json': { schema: z.object({}).passthrough() }, 'text/csv': { schema: z.string() } },
    },
    304: notModifiedResponse,
    404: notFoundResponse,
  },
});

const COLUMNS = [
  'id',
  'title_sv',
  'title_en',
  'version',
  'updated',
  'attribution_sv',
  'attribution_en',
  'licence_note_en',
  'example',
  'url',
];

export const datasetsRouter = createRouter()
  .openapi(list, async (c) => {
    const { format } = c.req.valid('query');
    const refs = (await listDatasets(c.var.db)).map(toDatasetRef);
    return tableResponse(c, negotiate(c, format), { columns: COLUMNS, rows: refs, filename: 'maltal-datasets' }, () => ({
      data: refs,
      meta: { count: refs.length },
    }));
  })
  .openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.var.db;
    const row = await findDataset(db, id);
    if (!row) throw unknownDataset(id);
    const [sources, indicators, files, versions] = await Promise.all([
      listSources(db, id),
      listDatasetIndicators(db, id),
      listDatasetFiles(db, id),
      listVersions(db, id),
    ]);
    const resources = files
      .filter((f) => f !== 'datapackage.json')
      .map((path) => ({ name: path.replace(/\.csv$/, ''), path, url: `/v1/datasets/${id}/${path}` }));
    return c.json(
      {
        ...toDatasetRef(row),
        description_sv: row.description_sv,
        description_en: row.description_en,
        publisher: row.publisher,
        caveats: JSON.parse(row.caveats),
        sources,
        built_by: row.built_by,
        content_hash: row.content_hash,
        versions,
        indicators: indicators.map((i) => ({ ...i, url: `/v1/indicators/${i.id}` })),
        downloads: { datapackage: `/v1/datasets/${id}/datapackage.json`, resources },
      },
      200,
    );
  })
  .openapi(file, async (c) => {
    const { id, file: path } = c.req.valid('param');
    const db = c.var.db;
    if (!(await findDataset(db, id))) throw unknownDataset(id);
    const content = await readDatasetFile(db, id, path);
    if (content === undefined) {
      const files = await listDatasetFiles(db, id);
      throw notFound(`dataset '${id}' has no file '${path}'; its files are ${files.join(', ')}`);
    }
    const csv = path.endsWith('.csv');
    c.header('content-type', csv ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8');
    if (csv) c.header('content-disposition', `attachment; filename="${id}-${path}"`);
    return c.body(content);
  });
