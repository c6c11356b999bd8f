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
