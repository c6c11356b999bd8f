/**
 * Helpers for declaring responses in route definitions, so every route states every status
 * and every format it can answer with.
 */
import { z } from '@hono/zod-openapi';
import { CSV_MEDIA_TYPE } from './formats.ts';
import { problemContent } from './problem.ts';

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

/** The answers any operation may give, whatever its parameters (api/lib/limits.ts). */
export const ANY_OPERATION_RESPONSES = {
  414: problemContent('The URL is longer than max_url_length in /v1/config'),
  429: problemContent('Over the rate limit of the public service (/v1/config); wait Retry-After seconds'),
  503: problemContent('The data cannot be read right now (edge only); try again after Retry-After seconds'),
};

/** Declares ANY_OPERATION_RESPONSES on every operation of a generated document. */
export function withAnyOperationResponses<T extends { paths?: object }>(doc: T): T {
  type Operation = { responses?: Record<string, unknown> };
  for (const item of Object.values(doc.paths ?? {}) as Record<string, Operation | undefined>[]) {
    for (const method of ['get', 'head', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      // Every operation refuses query parameters it does not take (lib/create-router.ts), so each may answer 400.
      if (operation) operation.responses = { 400: badRequestResponse, ...operation.responses, ...ANY_OPERATION_RESPONSES };
    }
  }
  return doc;
}
