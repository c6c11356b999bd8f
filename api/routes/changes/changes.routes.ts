import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOrCsv, notModifiedResponse } from '../../lib/openapi.ts';
import { cursorParam, dateParam, decodeCursor, encodeCursor, limitParam, listParam, nextLink } from '../../lib/params.ts';
import { badRequest } from '../../lib/problem.ts';
import { ChangeListSchema, MAX_CHANGES_PAGE } from './changes.schemas.ts';
import { CHANGE_KEY, listChanges } from './changes.queries.ts';

const list = createRoute({
  method: 'get',
  path: '/v1/changes',
  operationId: 'listChanges',
  tags: ['Observations'],
  summary: 'The change feed: values added, revised or deleted by new dataset versions',
  description:
    'Every new version of a dataset records which values it added, revised (value or status changed) or deleted, ' +
    'with the old and the new value. Follow links.next; ask again later with since= the date of your last read. ' +
    'A value as it stood at a past date: /v1/observations?as_of=YYYY-MM-DD.',
  request: {
    query: z.object({
      since: dateParam('Only changes from this date on', '2026-01-01'),
      indicator: listParam(
        /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
        'expected comma-separated indicator ids',
        'Indicator ids, comma-separated',
        'scb-bas-sysselsattningsgrad-20-64',
      ),
      geo: listParam(
        /^([0-9]{2}|[0-9]{4}|SE|[0-9]{4}-[a-z0-9-]+)$/,
        'expected comma-separated geography codes',
        'Geography codes, comma-separated',
        '0136',
      ),
      dataset: z.string().optional().openapi({ description: 'Dataset id', example: 'employment' }),
      limit: limitParam(1000, MAX_CHANGES_PAGE),
      cursor: cursorParam,
      format: tableFormatParam,
    }),
  },
  responses: { 200: jsonOrCsv(ChangeListSchema, 'Changes, oldest first'), 304: notModifiedResponse, 400: badRequestResponse },
});

const COLUMNS = [...CHANGE_KEY, 'change', 'old_value', 'new_value', 'old_status', 'new_status'];

export const changesRouter = createRouter().openapi(list, async (c) => {
  const q = c.req.valid('query');
  const ref = await c.var.reference();
  if (q.dataset && !ref.datasets.has(q.dataset)) {
    throw badRequest(`unknown dataset '${q.dataset}'; see /v1/datasets`, [{ in: 'query', name: 'dataset', message: 'no such dataset' }]);
  }
  const unknown = (q.indicator ?? []).filter((id) => !ref.indicators.has(id));
  if (unknown.length > 0) {
    throw badRequest(`unknown indicator ${unknown.map((u) => `'${u}'`).join(', ')}; see /v1/indicators`, [
      { in: 'query', name: 'indicator', message: 'no such indicator' },
    ]);
  }
  const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, CHANGE_KEY.length);
  const rows = await listChanges(c.var.db, {
    since: q.since,
    indicators: q.indicator,
    geos: q.geo,
    dataset: q.dataset,
    after,
    limit: q.limit,
  });
  const last = rows.length === q.limit ? rows.at(-1) : undefined;
  const cursor = last ? encodeCursor(CHANGE_KEY.map((k) => last[k])) : null;
  const datasets = [...new Set(rows.map((r) => r.dataset))]
    .sort()
    .map((id) => ref.datasets.get(id)!)
    .filter(Boolean);
  return tableResponse(c, negotiate(c, q.format), { columns: COLUMNS, rows, filename: 'maltal-changes' }, () => ({
    data: rows,
    meta: { count: rows.length, limit: q.limit, next_cursor: cursor, datasets },
    links: { self: c.req.path + new URL(c.req.url).search, next: cursor ? nextLink(c.req.url, cursor) : null },
  }));
});
