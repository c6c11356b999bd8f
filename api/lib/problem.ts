/**
 * Errors as application/problem+json (RFC 9457). Handlers throw an ApiError; the validation hook,
 * `notFound` and `onError` in create-router.ts turn everything into this one shape.
 */
import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Not Found' }),
    status: z.number().int().openapi({ example: 404 }),
    detail: z.string().openapi({ example: "unknown indicator 'N99999'; see /v1/indicators for the indicators there are" }),
    instance: z.string().optional().openapi({ example: '/v1/indicators/N99999' }),
    errors: z
      .array(z.object({ in: z.string(), name: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'One entry per invalid parameter' }),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof ProblemSchema>;
export type ProblemField = NonNullable<Problem['errors']>[number];

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  413: 'Content Too Large',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly errors?: ProblemField[],
  ) {
    super(detail);
  }
}

export const notFound = (detail: string) => new ApiError(404, detail);
export const badRequest = (detail: string, errors?: ProblemField[]) => new ApiError(400, detail, errors);

export function problemBody(status: number, detail: string, instance?: string, errors?: ProblemField[]): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors ? { errors } : {}),
  };
}

/** The problem response itself; used by every error path. */
export function problemResponse(status: number, detail: string, instance?: string, errors?: ProblemField[]): Response {
  return new Response(JSON.stringify(problemBody(status, detail, instance, errors)), {
    status,
    headers: { 'content-type': PROBLEM_MEDIA_TYPE, 'cache-control': 'no-store' },
  });
}

/** The OpenAPI entry for an error status, to declare in every route. */
export function problemContent(description: string) {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } } };
}
