/**
 * GET /v1: the API's entry point, where the catalogue's dcat:endpointURL points. It names the
 * description and the collections a client can start from; each link answers as it is.
 */
import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { jsonOnly, notModifiedResponse } from '../../lib/openapi.ts';
import { OPENAPI_INFO } from '../docs/docs.routes.ts';

const RootSchema = z
  .object({
    title: z.string().openapi({ example: 'Måltal API' }),
    api_version: z.string().openapi({ example: '1.0.0' }),
    links: z
      .record(z.string(), z.string())
      .openapi({ description: 'Where to start: the OpenAPI document, the reference, the configuration and every collection', example: { indicators: '/v1/indicators' } }),
  })
  .openapi('ApiRoot');

const LINKS = {
  openapi: '/openapi.json',
  docs: '/docs',
  config: '/v1/config',
  catalog: '/v1/catalog',
  datasets: '/v1/datasets',
  indicators: '/v1/indicators',
  geographies: '/v1/geographies',
  sdg_goals: '/v1/sdg/goals',
  plans: '/v1/plans',
  networks: '/v1/networks',
  changes: '/v1/changes',
  ctc_factors: '/v1/ctc/factors',
};

const root = createRoute({
  method: 'get',
  path: '/v1',
  tags: ['About'],
  summary: 'The entry point: links to the description and every collection',
  description: 'Observations are asked for per indicator: follow an indicator, or a geography, to its observations.',
  responses: { 200: jsonOnly(RootSchema, 'Links to start from'), 304: notModifiedResponse },
});

export const rootRouter = createRouter().openapi(root, (c) =>
  c.json({ title: OPENAPI_INFO.info.title, api_version: OPENAPI_INFO.info.version, links: LINKS }),
);
