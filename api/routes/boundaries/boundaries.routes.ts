import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { rawJsonResponse } from '../../lib/formats.ts';
import { badRequestResponse, jsonOnly, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { notFound } from '../../lib/problem.ts';
import { BOUNDARY_TYPES, BoundaryCollectionSchema } from './boundaries.schemas.ts';
import { featureCollectionJson, listBoundaries } from './boundaries.queries.ts';

const list = createRoute({
  method: 'get',
  path: '/v1/geographies/boundaries',
  operationId: 'getBoundaries',
  tags: ['Geographies'],
  summary: 'Boundaries of kommuner or län as a GeoJSON FeatureCollection, for maps',
  description:
    "SCB's digital boundaries (simplified; coordinates rounded to 4 decimals, about 10 m), WGS 84. " +
    'Licence and caveats are in meta.datasets. JSON only; the whole country of kommuner is about 240 KB (55 KB gzipped).',
  request: {
    query: z.object({
      type: z
        .enum(BOUNDARY_TYPES, { message: `expected one of ${BOUNDARY_TYPES.join(', ')}` })
        .default('municipality')
        .openapi({ description: 'municipality (kommuner, the default) or county (län)', example: 'municipality' }),
      county: z
        .string()
        .regex(/^[0-9]{2}$/, { message: 'expected a 2-digit county (län) code such as 01; see /v1/geographies?type=county' })
        .optional()
        .openapi({ description: 'Only the kommuner in this län (with type=county: only this län)', example: '01' }),
    }),
  },
  responses: {
    200: jsonOnly(BoundaryCollectionSchema, 'The boundaries, by code'),
    304: notModifiedResponse,
    400: badRequestResponse,
    404: notFoundResponse,
  },
});

export const boundariesRouter = createRouter().openapi(list, async (c) => {
  const { type, county } = c.req.valid('query');
  const ref = await c.var.reference();
  if (county && ref.geographies.get(county)?.type !== 'county') {
    throw notFound(`unknown county (län) code '${county}'; see /v1/geographies?type=county for the 21 län`);
  }
  const rows = await listBoundaries(c.var.db, { type, county });
  const datasets = [...new Set(rows.map((r) => r.dataset_id))].sort().map((id) => ref.datasets.get(id)!);
  const body = featureCollectionJson(rows, { count: rows.length, datasets });
  return rawJsonResponse(c, body);
});
