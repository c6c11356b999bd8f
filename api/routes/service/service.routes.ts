/**
 * GET /v1: the API itself, the entry point the DCAT catalogue names as its data service
 * (dcat:DataService and dcat:endpointURL), so that IRI answers: where the description, the
 * reference, the catalogue and the collections are.
 */
import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { notModifiedResponse } from '../../lib/openapi.ts';
import { OPENAPI_INFO } from '../docs/docs.routes.ts';

/** The collections a client starts from, by name: each answers without parameters (observations and search need some; see the document). */
const COLLECTIONS = {
  config: '/v1/config',
  indicators: '/v1/indicators',
  geographies: '/v1/geographies',
  sdg_goals: '/v1/sdg/goals',
  datasets: '/v1/datasets',
  plans: '/v1/plans',
  networks: '/v1/networks',
  changes: '/v1/changes',
  ctc_factors: '/v1/ctc/factors',
};

const ServiceSchema = z
  .object({
    title: z.string().openapi({ example: 'Måltal API' }),
    version: z.string().openapi({ description: 'Version of the API (as in /openapi.json)', example: '1.0.0' }),
    links: z
      .object({
        self: z.string(),
        openapi: z.string().openapi({ description: 'The OpenAPI 3.1 document: every operation, parameter and answer' }),
        docs: z.string().openapi({ description: 'The interactive reference' }),
        catalog: z.string().openapi({ description: 'The DCAT-AP-SE catalogue of every dataset' }),
        collections: z.record(z.string(), z.string()).openapi({ description: 'Where to start, by name' }),
      })
      .openapi({ description: 'Absolute URLs on the origin the request came to' }),
  })
  .openapi('Service');

const service = createRoute({
  method: 'get',
  path: '/v1',
  operationId: 'getService',
  tags: ['About'],
  summary: 'The API: where its description, reference, catalogue and collections are',
  description: 'The entry point the DCAT catalogue names as the data service (dcat:endpointURL).',
  responses: {
    200: {
      description: 'Links to the description, the reference, the catalogue and the collections',
      content: { 'application/json': { schema: ServiceSchema } },
    },
    304: notModifiedResponse,
  },
});

export const serviceRouter = createRouter().openapi(service, (c) => {
  const origin = new URL(c.req.url).origin;
  const body: z.infer<typeof ServiceSchema> = {
    title: OPENAPI_INFO.info.title,
    version: OPENAPI_INFO.info.version,
    links: {
      self: `${origin}/v1`,
      openapi: `${origin}/openapi.json`,
      docs: `${origin}/docs`,
      catalog: `${origin}/v1/catalog`,
      collections: Object.fromEntries(Object.entries(COLLECTIONS).map(([name, path]) => [name, origin + path])),
    },
  };
  return c.json(body);
});
