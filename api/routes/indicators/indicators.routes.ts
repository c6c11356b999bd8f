import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { cursorParam, decodeCursor, encodeCursor, limitParam, nextLink } from '../../lib/params.ts';
import { badRequest, notFound } from '../../lib/problem.ts';
import { INDICATOR_STATUSES } from '../../lib/vocabulary.ts';
import { datasetRefs, findDataset, listSources } from '../datasets/datasets.queries.ts';
import { findTarget } from '../sdg/sdg.queries.ts';
import { IndicatorListSchema, IndicatorSchema } from './indicators.schemas.ts';
import {
  findIndicator,
  indicatorCoverage,
  listIndicators,
  sdgLinksFor,
  searchWords,
  topics,
  toIndicatorSummary,
} from './indicators.queries.ts';

const tags = ['Indicators'];
export const MAX_INDICATOR_PAGE = 500;
/** Each word is one more LIKE in one expression, and SQLite refuses expressions deeper than 1000. */
export const MAX_SEARCH_WORDS = 20;

const list = createRoute({
  method: 'get',
  path: '/v1/indicators',
  tags,
  summary: 'Search and filter indicators',
  request: {
    query: z.object({
      q: z
        .string()
        .refine((q) => searchWords(q).length <= MAX_SEARCH_WORDS, {
          message: `at most ${MAX_SEARCH_WORDS} words; every word must appear, so a few distinctive ones find the most`,
        })
        .optional()
        .openapi({ description: `Words that must all appear in the id, title or description (sv or en); at most ${MAX_SEARCH_WORDS}`, example: 'sysselsättning' }),
      goal: z.coerce
        .number({ message: 'expected a goal number from 1 to 17' })
        .int({ message: 'expected a goal number from 1 to 17' })
        .min(1, { message: 'expected a goal number from 1 to 17' })
        .max(17, { message: 'expected a goal number from 1 to 17' })
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
  responses: { 200: jsonOrCsv(IndicatorListSchema, 'A page of indicators, ordered by id'), 304: notModifiedResponse, 400: badRequestResponse },
});

const one = createRoute({
  method: 'get',
  path: '/v1/indicators/{id}',
  tags,
  summary: 'One indicator: metadata, sources, licence, caveats, Agenda 2030 links and coverage',
  request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'N00914' }) }) },
  responses: {
    200: { description: 'The indicator', content: { 'application/json': { schema: IndicatorSchema } } },
    304: notModifiedResponse,
    404: notFoundResponse,
  },
});

const COLUMNS = [
  'id', 'title_sv', 'title_en', 'unit_sv', 'unit_en', 'decimals', 'direction', 'topic', 'dataset', 'status', 'successors',
  'breakdown_dimension', 'release', 'last_published', 'next_publication', 'sdg_targets', 'url',
];

export const indicatorsRouter = createRouter()
  .openapi(list, async (c) => {
    const query = c.req.valid('query');
    const db = c.var.db;
    if (query.dataset && !(await findDataset(db, query.dataset))) {
      throw badRequest(`unknown dataset '${query.dataset}'; see /v1/datasets`, [{ in: 'query', name: 'dataset', message: 'no such dataset' }]);
    }
    if (query.target && !(await findTarget(db, query.target))) {
      throw badRequest(`unknown Agenda 2030 target '${query.target}'; see /v1/sdg/goals`, [{ in: 'query', name: 'target', message: 'no such target' }]);
    }
    if (query.topic) {
      const known = await topics(db);
      if (!known.includes(query.topic)) {
        throw badRequest(`unknown topic '${query.topic}'; the topics are ${known.join(', ')}`, [{ in: 'query', name: 'topic', message: 'no such topic' }]);
      }
    }
    const after = query.cursor === undefined ? undefined : String(decodeCursor(query.cursor, 1)[0]);
    const rows = await listIndicators(db, { ...query, after });
    const sdg = await sdgLinksFor(db, rows.map((r) => r.id));
    const data = rows.map((r) => toIndicatorSummary(r, sdg));
    const last = rows.at(-1);
    const cursor = rows.length === query.limit && last ? encodeCursor([last.id]) : null;
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
