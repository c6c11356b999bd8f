/**
 * GET /v1/search: kommuner, län, plans and indicators for what a person types, best first. The
 * front door's search (/sok) and its suggestions read it; /v1/indicators?q= is the indicators alone.
 */
import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { limitParam } from '../../lib/params.ts';
import { badRequestResponse, jsonOrCsv, notModifiedResponse } from '../../lib/openapi.ts';
import { MAX_SEARCH_WORDS } from '../indicators/indicators.routes.ts';
import { queryWords } from '../indicators/indicators.search.ts';
import { searchAll, SEARCH_SCORES } from './search.queries.ts';
import { SearchAnswerSchema } from './search.schemas.ts';

export const MAX_SEARCH_HITS = 50;

export const searchQuery = z
  .string({ message: 'q is required: the words to search for, e.g. q=Södertälje' })
  .refine((q) => queryWords(q).length > 0, { message: 'expected at least one word (letters or digits), e.g. q=Södertälje' })
  .refine((q) => queryWords(q).length <= MAX_SEARCH_WORDS, {
    message: `at most ${MAX_SEARCH_WORDS} words; every word must match, so a few distinctive ones find the most`,
  })
  .openapi({
    description:
      `Swedish or English, at most ${MAX_SEARCH_WORDS} words; every word must match a name, a title or (for plans) a summary, ` +
      'as a word or the start of one, with or without å, ä and ö; synonyms count as for /v1/indicators?q=. A place named ' +
      `exactly ranks first, then plans whose title and kommun hold every word, then indicators, then the rest (scores: ${JSON.stringify(SEARCH_SCORES)}).`,
    example: 'Hallstahammar hållbarhet',
  });

const search = createRoute({
  method: 'get',
  path: '/v1/search',
  operationId: 'search',
  tags: ['Search'],
  summary: 'Search kommuner, län, plans and indicators at once, best match first',
  request: { query: z.object({ q: searchQuery, limit: limitParam(10, MAX_SEARCH_HITS), format: tableFormatParam }) },
  responses: { 200: jsonOrCsv(SearchAnswerSchema, 'The hits, best first'), 304: notModifiedResponse, 400: badRequestResponse },
});

const COLUMNS = ['kind', 'id', 'title_sv', 'title_en', 'detail_sv', 'detail_en', 'page', 'url', 'score'];

export const searchRouter = createRouter().openapi(search, async (c) => {
  const { q, limit, format } = c.req.valid('query');
  const data = await searchAll(c.var.db, q, limit);
  return tableResponse(c, negotiate(c, format), { columns: COLUMNS, rows: data, filename: 'maltal-search' }, () => ({
    data,
    meta: { count: data.length, q },
  }));
});
