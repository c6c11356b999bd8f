import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { cursorParam, decodeCursor, encodeCursor, integerParam, limitParam, nextLink } from '../../lib/params.ts';
import { badRequest, notFound } from '../../lib/problem.ts';
import { INDICATOR_STATUSES } from '../../lib/vocabulary.ts';
import { datasetRefs, findDataset, listSources } from '../datasets/datasets.queries.ts';
import { findTarget } from '../sdg/sdg.queries.ts';
import { IndicatorListSchema, IndicatorSchema } from './indicators.schemas.ts';
import { queryWords } from './indicators.search.ts';
import { findIndicator, indicatorCoverage, listIndicators, sdgLinksFor, topics, toIndicatorSummary } from './indicators.queries.ts';

const tags = ['Indicators'];
export const MAX_INDICATOR_PAGE = 500;
/** A search of more words finds nothing a shorter one would not; the bound keeps the FTS5 expression small. */
export const MAX_SEARCH_WORDS = 20;

const list = createRoute({
  method: 'get',
  path: '/v1/indicators',
  operationId: 'listIndicators',
  tags,
  summary: 'Search and filter indicators',
  request: {
    query: z.object({
      q: z
        .string()
        .refine((q) => queryWords(q).length <= MAX_SEARCH_WORDS, {
          message: `at most ${MAX_SEARCH_WORDS} words; every word must match, so a few distinctive ones find the most`,
        })
        .optional()
        .openapi({
          description:
            `Search, Swedish or English (at most ${MAX_SEARCH_WORDS} words): every word must match the id, a title, a description or ` +
            `a breakdown label, as a word or the start of one (födda finds född, sysselsättning finds sysselsättningsgrad); common ` +
            `synonyms count (sysselsättning ≈ förvärvsarbetande ≈ employment, utrikes födda ≈ foreign-born). Results are ranked: ` +
            `best match first (titles weigh most), then active series with recent values that plans follow. Without q: id order.`,
          example: 'utrikes födda',
        }),
      goal: integerParam(1, 17, 'expected a goal number from 1 to 17')
        .optional()
        .openapi({ description: 'Agenda 2030 goal the indicator is linked to', example: 8 }),
      target: z
        .string()
        .regex(/^[0-9]{1,2}\.[0-9a-z]{1,2}$/, { message: 'expected a target id such as 8.5 or 13.a' })
        .optional()
        .openapi({ description: 'Agenda 2030 target the indicator is linked to', example: '8.5' }),
      dataset: z.string().optional().openapi({ description: 'Dataset id', example: 'employment' }),
      topic: z.string().optional().openapi({ description: 'Topic code', example: 'labour-market' }),
      status: z.enum(INDICATOR_STATUSES, { message: 'expected active or discontinued' }).optional(),
      limit: limitParam(100, MAX_INDICATOR_PAGE),
      cursor: cursorParam,
      format: tableFormatParam,
    }),
  },
  responses: {
    200: jsonOrCsv(IndicatorListSchema, 'A page of indicators, ordered by id'),
    304: notModifiedResponse,
    400: badRequestResponse,
  },
});

const one = createRoute({
  method: 'get',
  path: '/v1/indicators/{id}',
  operationId: 'getIndicator',
  tags,
  summary: 'One indicator: metadata, sources, licence, caveats, Agenda 2030 links and coverage',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'scb-bas-sysselsattningsgrad-20-64' }) }),
  },
  responses: {
    200: { description: 'The indicator', content: { 'application/json': { schema: IndicatorSchema } } },
    304: notModifiedResponse,
    404: notFoundResponse,
  },
});

const COLUMNS = [
  'id',
  'title_sv',
  'title_en',
  'unit_sv',
  'unit_en',
  'decimals',
  'direction',
  'topic',
  'dataset',
  'status',
  'successors',
  'predecessors',
  'breakdown_dimension',
  'release',
  'last_published',
  'next_publication',
  'sdg_targets',
  'url',
];

export const indicatorsRouter = createRouter()
  .openapi(list, async (c) => {
    const query = c.req.valid('query');
    const db = c.var.db;
    if (query.dataset && !(await findDataset(db, query.dataset))) {
      throw badRequest(`unknown dataset '${query.dataset}'; see /v1/datasets`, [
        { in: 'query', name: 'dataset', message: 'no such dataset' },
      ]);
    }
    if (query.target && !(await findTarget(db, query.target))) {
      throw badRequest(`unknown Agenda 2030 target '${query.target}'; see /v1/sdg/goals`, [
        { in: 'query', name: 'target', message: 'no such target' },
      ]);
    }
    if (query.topic) {
      const known = await topics(db);
      if (!known.includes(query.topic)) {
        throw badRequest(`unknown topic '${query.topic}'; the topics are ${known.join(', ')}`, [
          { in: 'query', name: 'topic', message: 'no such topic' },
        ]);
      }
    }
    // A search pages by position in the ranking, a listing by id; a cursor from one does not fit the other.
    const searching = queryWords(query.q ?? '').length > 0;
    const key = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1)[0];
    if (key !== undefined && (typeof key === 'number') !== searching) {
      throw badRequest('this cursor belongs to another query; follow links.next of the answer you are paging', [
        { in: 'query', name: 'cursor', message: 'not from this query' },
      ]);
    }
    const rows = await listIndicators(db, { ...query, after: key });
    const sdg = await sdgLinksFor(
      db,
      rows.map((r) => r.id),
    );
    const data = rows.map((r) => toIndicatorSummary(r, sdg));
    const last = rows.at(-1);
    const next = searching ? [Number(key ?? 0) + rows.length] : [last?.id ?? ''];
    const cursor = rows.length === query.limit && last ? encodeCursor(next) : null;
    const csvRows = data.map((d) => ({ ...d, sdg_targets: d.sdg.map((l) => l.target ?? String(l.goal)) }));
    return tableResponse(c, negotiate(c, query.format), { columns: COLUMNS, rows: csvRows, filename: 'maltal-indicators' }, () => ({
      data,
      meta: { count: data.length, limit: query.limit, next_cursor: cursor },
      links: { self: c.req.path + new URL(c.req.url).search, next: cursor ? nextLink(c.req.url, cursor) : null },
    }));
  })
  .openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.var.db;
    const row = await findIndicator(db, id);
    if (!row) throw notFound(`unknown indicator '${id}'; search the indicators there are at /v1/indicators?q=`);
    const [sdg, sources, [dataset], coverage] = await Promise.all([
      sdgLinksFor(db, [id]),
      listSources(db, row.dataset_id),
      datasetRefs(db, [row.dataset_id]),
      indicatorCoverage(db, row),
    ]);
    const cited = new Set(row.sources.split(';'));
    return c.json(
      {
        ...toIndicatorSummary(row, sdg),
        description_sv: row.description_sv,
        description_en: row.description_en,
        caveats_sv: row.caveats_sv,
        caveats_en: row.caveats_en,
        sources: sources.filter((s) => cited.has(s.id)),
        dataset_ref: dataset!,
        coverage,
        links: { observations: `/v1/indicators/${id}/observations`, csv: `/v1/indicators/${id}/observations?format=csv` },
      },
      200,
    );
  });
