import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOrCsv, notModifiedResponse } from '../../lib/openapi.ts';
import { exampleDataNotices } from '../datasets/datasets.queries.ts';
import { listCtcFactors } from './ctc.queries.ts';
import { CTC_DOMAINS, CTC_FACTOR_TYPES, CtcFactorListSchema } from './ctc.schemas.ts';

const factors = createRoute({
  method: 'get',
  path: '/v1/ctc/factors',
  operationId: 'listCtcFactors',
  tags: ['Communities That Care'],
  summary: 'The risk and protective factors of the Communities That Care youth survey',
  description:
    'The catalogue of factors. Results per area and year are observations of the linked indicator, with n and confidence ' +
    'interval (ci_low, ci_high): see /v1/observations.',
  request: {
    query: z.object({
      domain: z.enum(CTC_DOMAINS, { message: `expected one of ${CTC_DOMAINS.join(', ')}` }).optional(),
      type: z.enum(CTC_FACTOR_TYPES, { message: 'expected risk or protective' }).optional(),
      format: tableFormatParam,
    }),
  },
  responses: { 200: jsonOrCsv(CtcFactorListSchema, 'The factors, by id'), 304: notModifiedResponse, 400: badRequestResponse },
});

const COLUMNS = ['id', 'domain', 'domain_sv', 'type', 'name_en', 'name_sv', 'item_info', 'indicator', 'sources', 'dataset'];

export const ctcRouter = createRouter().openapi(factors, async (c) => {
  const query = c.req.valid('query');
  const ref = await c.var.reference();
  const data = await listCtcFactors(c.var.db, query);
  const ids = data.flatMap((f) => [
    f.dataset,
    ...(f.indicator && ref.indicators.has(f.indicator) ? [ref.indicators.get(f.indicator)!.dataset] : []),
  ]);
  const datasets = [...new Set(ids)].sort().map((id) => ref.datasets.get(id)!);
  return tableResponse(c, negotiate(c, query.format), { columns: COLUMNS, rows: data, filename: 'maltal-ctc-factors' }, () => ({
    data,
    meta: { count: data.length, datasets, notices: exampleDataNotices(datasets) },
  }));
});
