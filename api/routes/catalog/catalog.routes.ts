import { z } from '@hono/zod-openapi';
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { badRequestResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { toJsonLd, toTurtle } from '../../lib/rdf.ts';
import type { Db } from '../../db/database.ts';
import { catalogTriples } from './catalog.graph.ts';

/**
 * The catalogue changes only with the database, so each database keeps its two serialisations per
 * origin and contact (building them took 30–40 ms a request). The origin comes from the request's
 * Host, so a database keeps at most a few, and forgets them all when a new one would pass that.
 */
const MAX_ORIGINS = 4;
const answers = new WeakMap<Db, Map<string, Promise<{ jsonLd: string; turtle: string }>>>();

function catalogAnswers(db: Db, base: string, contactEmail: string | undefined): Promise<{ jsonLd: string; turtle: string }> {
  let byOrigin = answers.get(db);
  if (!byOrigin) answers.set(db, (byOrigin = new Map()));
  const key = `${base} ${contactEmail ?? ''}`;
  let answer = byOrigin.get(key);
  if (!answer) {
    if (byOrigin.size >= MAX_ORIGINS) byOrigin.clear();
    answer = catalogTriples(db, { base, contactEmail }).then((triples) => ({
      jsonLd: JSON.stringify(toJsonLd(triples)),
      turtle: toTurtle(triples),
    }));
    answer.catch(() => byOrigin.delete(key)); // ask the database again next time
    byOrigin.set(key, answer);
  }
  return answer;
}

const catalog = createRoute({
  method: 'get',
  path: '/v1/catalog',
  operationId: 'getCatalog',
  tags: ['Datasets'],
  summary: 'A DCAT-AP-SE 3.0.1 catalogue of every dataset, for dataportal.se to harvest',
  description:
    'JSON-LD by default; Turtle with format=ttl or Accept: text/turtle. Every dataset with its titles and descriptions (sv, en), ' +
    'publisher, contact point, themes, spatial and temporal coverage, licence or rights statement, provenance and distributions.',
  request: {
    query: z.object({
      format: z
        .enum(['jsonld', 'ttl'], { message: 'expected jsonld or ttl' })
        .optional()
        .openapi({ description: 'jsonld (default) or ttl (Turtle)' }),
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
  const answer = await catalogAnswers(c.var.db, new URL(c.req.url).origin, c.var.contactEmail);
  if (turtle) {
    c.header('content-type', 'text/turtle; charset=utf-8');
    return c.body(answer.turtle);
  }
  c.header('content-type', 'application/ld+json; charset=utf-8');
  return c.body(answer.jsonLd);
});
