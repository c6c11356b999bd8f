/**
 * Helpers for declaring responses in route definitions, so every route states every status
 * and every format it can answer with.
 */
import { z } from '@hono/zod-openapi';
import { CSV_MEDIA_TYPE } from './formats.ts';
import { PROBLEM_MEDIA_TYPE, problemContent } from './problem.ts';

const csvSchema = z.string().openapi({ description: 'The same rows as CSV (RFC 4180, or the Swedish Excel dialect with format=csv-sv)' });

/** A 200 answered as JSON or CSV. */
export function jsonOrCsv<T extends z.ZodType>(schema: T, description: string) {
  return {
    description,
    content: {
      'application/json': { schema },
      [CSV_MEDIA_TYPE]: { schema: csvSchema },
    },
  };
}

export function jsonOnly<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export const badRequestResponse = problemContent('A parameter is invalid; the problem says which and what is expected');
export const notFoundResponse = problemContent('No such resource; the problem says where to find valid ids');
export const notModifiedResponse = { description: 'Not modified: the ETag in If-None-Match is current' };

/**
 * A problem response for the generated document itself. These are added after the routes are turned
 * into JSON Schema, so they must point at the registered `Problem` component: a Zod schema here would
 * be serialised as the Zod object, not as JSON Schema.
 */
function problemRef(description: string) {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } } };
}

/** The answers any operation may give, whatever its parameters (api/lib/limits.ts). */
export const ANY_OPERATION_RESPONSES = {
  414: problemRef('The URL is longer than max_url_length in /v1/config'),
  429: problemRef('Over the rate limit of the public service (/v1/config); wait Retry-After seconds'),
  503: problemRef('The data cannot be read right now (edge only); try again after Retry-After seconds'),
};

const ANY_BAD_REQUEST = problemRef('A parameter is invalid; the problem says which and what is expected');

/** Declares ANY_OPERATION_RESPONSES on every operation of a generated document. */
export function withAnyOperationResponses<T extends { paths?: object }>(doc: T): T {
  type Operation = { responses?: Record<string, unknown> };
  for (const item of Object.values(doc.paths ?? {}) as Record<string, Operation | undefined>[]) {
    for (const method of ['get', 'head', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      // Every operation refuses query parameters it does not take (lib/create-router.ts), so each may answer 400.
      if (operation) operation.responses = { 400: ANY_BAD_REQUEST, ...operation.responses, ...ANY_OPERATION_RESPONSES };
    }
  }
  return doc;
}

/**
 * The document as served to one request: the server is the origin it was asked at, so the same
 * document is right on localhost, the worker and the public host.
 */
export function forOrigin<T extends object>(doc: T, origin: string): T & { servers: { url: string }[] } {
  return { ...doc, servers: [{ url: origin }] };
}
