import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { badRequestResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { toJsonLd, toTurtle } from '../../lib/rdf.ts';
import { catalogTriples } from './catalog.graph.ts';

const catalog = createRoute({
  method: 'get',
  path: '/v1/catalog',
  tags: ['Datasets'],
  summary: 'A DCAT-AP-SE 3.0.1 catalogue of every dataset, for dataportal.se to harvest',
  description:
    'JSON-LD by default; Turtle with format=ttl or Accept: text/turtle. Every dataset with its titles and descriptions (sv, en), ' +
    'publisher, contact point, themes, spatial and temporal coverage, licence or rights statement, provenance and distributions.',
  request: {
    query: z.object({
      format: z.enum(['jsonld', 'ttl'], { message: 'expected jsonld or ttl' }).optional().openapi({ description: 'jsonld (default) or ttl (Turtle)' }),
    }),
  },
  responses: {
    200: {
      description: 'The catalogue',
      content: {
        'application/ld+json': { schema: z.object({}).passthrough() },
        'text/turtle': { schema: z.string() },
      },
    },
    304: notModifiedResponse,
    400: badRequestResponse,
  },
});

export const catalogRouter = createRouter().openapi(catalog, async (c) => {
  const { format } = c.req.valid('query');
  const turtle = format === 'ttl' || (!format && (c.req.header('accept') ?? '').includes('text/turtle'));
  const triples = await catalogTriples(c.var.db, { base: new URL(c.req.url).origin, contactEmail: c.var.contactEmail });
  if (turtle) {
    c.header('content-type', 'text/turtle; charset=utf-8');
    return c.body(toTurtle(triples));
  }
  c.header('content-type', 'application/ld+json; charset=utf-8');
  return c.body(JSON.stringify(toJsonLd(triples)));
});
