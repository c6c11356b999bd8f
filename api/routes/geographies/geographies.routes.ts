import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { badRequest, notFound } from '../../lib/problem.ts';
import { GEOGRAPHY_TYPES } from '../../lib/vocabulary.ts';
import { GeographyDetailSchema, GeographyListSchema } from './geographies.schemas.ts';
import {
  countIndicatorsWithData,
  findGeography,
  geographiesDatasetId,
  listGeographies,
  toGeography,
  unknownGeographyMessage,
} from './geographies.queries.ts';

const tags = ['Geographies'];

const list = createRoute({
  method: 'get',
  path: '/v1/geographies',
  tags,
  summary: 'Riket, län and kommuner, with SCB codes',
  request: {
    query: z.object({
      type: z.enum(GEOGRAPHY_TYPES, { message: `expected one of ${GEOGRAPHY_TYPES.join(', ')}` }).optional().openapi({ example: 'municipality' }),
      county: z
        .string()
        .regex(/^[0-9]{2}$/, { message: 'expected a 2-digit county (län) code such as 01; see /v1/geographies?type=county' })
        .optional()
        .openapi({ description: 'Only the kommuner in this län', example: '01' }),
      q: z.string().optional().openapi({ description: 'Part of the name', example: 'hani' }),
      format: tableFormatParam,
    }),
  },
  responses: { 200: jsonOrCsv(GeographyListSchema, 'The geographies: Riket, then län, then kommuner, by code'), 304: notModifiedResponse, 400: badRequestResponse },
});

const one = createRoute({
  method: 'get',
  path: '/v1/geographies/{code}',
  tags,
  summary: 'One geography with its parent and children',
  request: { params: z.object({ code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: '0136' }) }) },
  responses: {
    200: { description: 'The geography', content: { 'application/json': { schema: GeographyDetailSchema } } },
    304: notModifiedResponse,
    404: notFoundResponse,
  },
});

const COLUMNS = ['code', 'name_sv', 'name_en', 'short_name', 'type', 'parent', 'kolada_id'];

export const geographiesRouter = createRouter()
  .openapi(list, async (c) => {
    const query = c.req.valid('query');
    const db = c.var.db;
    if (query.county && !(await findGeography(db, query.county))) {
      throw badRequest(unknownGeographyMessage(query.county), [{ in: 'query', name: 'county', message: `unknown code '${query.county}'` }]);
    }
    const data = (await listGeographies(db, { type: query.type, parent: query.county, q: query.q })).map(toGeography);
    const dataset = await geographiesDatasetId(db);
    return tableResponse(c, negotiate(c, query.format), { columns: COLUMNS, rows: data, filename: 'maltal-geographies' }, () => ({
      data,
      meta: { count: data.length },
      dataset: `/v1/datasets/${dataset}`,
    }));
  })
  .openapi(one, async (c) => {
    const { code } = c.req.valid('param');
    const db = c.var.db;
    const row = await findGeography(db, code);
    if (!row) throw notFound(unknownGeographyMessage(code));
    const [parent, children, indicators] = await Promise.all([
      row.parent ? findGeography(db, row.parent) : undefined,
      listGeographies(db, { parent: code }),
      countIndicatorsWithData(db, code),
    ]);
    return c.json(
      {
        ...toGeography(row),
        parent_ref: parent ? toGeography(parent) : null,
        children: children.map(toGeography),
        indicators_with_data: indicators,
        links: { observations: `/v1/observations?geo=${code}` },
      },
      200,
    );
  });
