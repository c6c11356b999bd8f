import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { notFound } from '../../lib/problem.ts';
import type { ObservationStatus } from '../../lib/vocabulary.ts';
import { exampleDataNotices, listSources } from '../datasets/datasets.queries.ts';
import { findNetwork, indicatorObservations, listMembers, listNetworks, toNetworkSummary } from './networks.queries.ts';
import { NetworkListSchema, NetworkSchema } from './networks.schemas.ts';

const tags = ['Networks'];

const list = createRoute({
  method: 'get',
  path: '/v1/networks',
  operationId: 'listNetworks',
  tags,
  summary: 'City networks (the Malmö Commitment …) with how many members they list',
  request: { query: z.object({ format: tableFormatParam }) },
  responses: { 200: jsonOrCsv(NetworkListSchema, 'The networks'), 304: notModifiedResponse, 400: badRequestResponse },
});

const one = createRoute({
  method: 'get',
  path: '/v1/networks/{id}',
  operationId: 'getNetwork',
  tags,
  summary: 'One network: its members (name as published, country, type, status, when they joined, sources) and the member count over time',
  description: 'As CSV (format=csv or csv-sv): the member list, one row per member.',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'malmo-commitment' }) }),
    query: z.object({ format: tableFormatParam }),
  },
  responses: {
    200: jsonOrCsv(NetworkSchema, 'The network and its members'),
    304: notModifiedResponse,
    400: badRequestResponse,
    404: notFoundResponse,
  },
});

const COLUMNS = ['id', 'name', 'organiser', 'launched', 'website', 'member_count_indicator', 'members_listed', 'dataset', 'url'];
const MEMBER_COLUMNS = ['name', 'government_type', 'country', 'geo', 'status', 'joined', 'joined_basis', 'sources', 'note'];

export const networksRouter = createRouter()
  .openapi(list, async (c) => {
    const { format } = c.req.valid('query');
    const ref = await c.var.reference();
    const data = (await listNetworks(c.var.db)).map(toNetworkSummary);
    const datasets = [...new Set(data.map((n) => n.dataset))].sort().map((id) => ref.datasets.get(id)!);
    return tableResponse(c, negotiate(c, format), { columns: COLUMNS, rows: data, filename: 'maltal-networks' }, () => ({
      data,
      meta: { count: data.length, datasets },
    }));
  })
  .openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.var.db;
    const row = await findNetwork(db, id);
    if (!row) throw notFound(`unknown network '${id}'; see /v1/networks for the networks there are`);
    const ref = await c.var.reference();
    const countMeta = row.member_count_indicator ? ref.indicators.get(row.member_count_indicator) : undefined;
    const [members, sources, observations] = await Promise.all([
      listMembers(db, id),
      listSources(db, row.dataset_id),
      countMeta ? indicatorObservations(db, countMeta.id) : Promise.resolve([]),
    ]);
    const cited = new Set(row.sources.split(';').map((s) => s.trim()));
    const datasets = [...new Set([row.dataset_id, ...(countMeta ? [countMeta.dataset] : [])])].sort().map((d) => ref.datasets.get(d)!);
    return tableResponse(
      c,
      negotiate(c, c.req.valid('query').format),
      { columns: MEMBER_COLUMNS, rows: members, filename: `maltal-${id}-members` },
      () => ({
        ...toNetworkSummary(row),
        members,
        member_count: countMeta
          ? {
              indicator: countMeta.id,
              title_sv: countMeta.title_sv,
              title_en: countMeta.title_en,
              unit_sv: countMeta.unit_sv,
              unit_en: countMeta.unit_en,
              url: `/v1/indicators/${countMeta.id}`,
              observations: observations.map((o) => ({ ...o, status: o.status as ObservationStatus })),
            }
          : null,
        sources: sources.filter((s) => cited.has(s.id)),
        meta: { datasets, notices: exampleDataNotices(datasets) },
      }),
    );
  });
