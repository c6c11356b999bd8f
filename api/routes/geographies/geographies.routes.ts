import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { negotiate, tableFormatParam, tableResponse } from '../../lib/formats.ts';
import { booleanParam, langParam } from '../../lib/params.ts';
import { exampleDataNotices } from '../datasets/datasets.queries.ts';
import { CSV_COLUMNS } from '../observations/observations.routes.ts';
import { placeObservations } from './geographies.observations.ts';
import { badRequestResponse, jsonOrCsv, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { badRequest, notFound } from '../../lib/problem.ts';
import { GEOGRAPHY_TYPES } from '../../lib/vocabulary.ts';
import { GeographyDetailSchema, GeographyListSchema, PlaceObservationsSchema } from './geographies.schemas.ts';
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
  operationId: 'listGeographies',
  tags,
  summary: 'Riket, län and kommuner, with SCB codes',
  request: {
    query: z.object({
      type: z
        .enum(GEOGRAPHY_TYPES, { message: `expected one of ${GEOGRAPHY_TYPES.join(', ')}` })
        .optional()
        .openapi({ example: 'municipality' }),
      county: z
        .string()
        .regex(/^[0-9]{2}$/, { message: 'expected a 2-digit county (län) code such as 01; see /v1/geographies?type=county' })
        .optional()
        .openapi({ description: 'Only the kommuner in this län', example: '01' }),
      q: z.string().optional().openapi({ description: 'Part of the name', example: 'hani' }),
      format: tableFormatParam,
    }),
  },
  responses: {
    200: jsonOrCsv(GeographyListSchema, 'The geographies: Riket, then län, then kommuner, by code'),
    304: notModifiedResponse,
    400: badRequestResponse,
  },
});

const one = createRoute({
  method: 'get',
  path: '/v1/geographies/{code}',
  operationId: 'getGeography',
  tags,
  summary: 'One geography with its parent and children',
  request: { params: z.object({ code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: '0136' }) }) },
  responses: {
    200: { description: 'The geography', content: { 'application/json': { schema: GeographyDetailSchema } } },
    304: notModifiedResponse,
    404: notFoundResponse,
  },
});

const observations = createRoute({
  method: 'get',
  path: '/v1/geographies/{code}/observations',
  operationId: 'listGeographyObservations',
  tags,
  summary: 'Every observation of one place: all indicators, all periods, in one download',
  description:
    'Everything Måltal holds for a kommun, län or Riket, as one table (the download on its page): every indicator, period, gender ' +
    'and breakdown, with status, note and sources, in key order (indicator, period, gender, breakdown). `latest=true` keeps the ' +
    "latest value of each series. Not paged: a place has a few thousand values. For one indicator's values across places, use /v1/observations.",
  request: {
    params: z.object({ code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: '0181' }) }),
    query: z.object({
      latest: booleanParam('Only the latest period with a value in each series'),
      lang: langParam,
      format: tableFormatParam,
    }),
  },
  responses: {
    200: jsonOrCsv(PlaceObservationsSchema, 'Every observation of the place'),
    304: notModifiedResponse,
    400: badRequestResponse,
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
        links: { observations: `/v1/geographies/${code}/observations` },
      },
      200,
    );
  })
  .openapi(observations, async (c) => {
    const { code } = c.req.valid('param');
    const query = c.req.valid('query');
    const ref = await c.var.reference();
    if (!ref.geographies.has(code)) throw notFound(unknownGeographyMessage(code));
    const { rows, indicators, datasets } = await placeObservations(c.var.db, ref, code, { latest: query.latest, lang: query.lang });
    const en = query.lang === 'en';
    const csvRows = rows.map((r) => {
      const m = ref.indicators.get(r.indicator)!;
      return { ...r, indicator_title: en ? m.title_en : m.title_sv, unit: en ? m.unit_en : m.unit_sv };
    });
    const discontinued = indicators
      .filter((i) => i.status === 'discontinued')
      .map((i) => ({
        sv: `${i.id} har upphört; ersätts av ${i.successors.join(', ') || 'ingen'}.`,
        en: `${i.id} is discontinued; replaced by ${i.successors.join(', ') || 'none'}.`,
      }));
    return tableResponse(c, negotiate(c, query.format), { columns: CSV_COLUMNS, rows: csvRows, filename: `maltal-${code}` }, () => ({
      data: rows,
      meta: {
        geo: code,
        count: rows.length,
        indicators: indicators.map(({ sources: _s, breakdowns: _b, ...i }) => i), // as /v1/observations states them
        datasets,
        notices: [...discontinued, ...exampleDataNotices(datasets)],
      },
    }));
  });
