/**
 * The one router factory: every resource module is an OpenAPIHono made here, so that invalid
 * parameters become the same problem+json everywhere.
 */
import { createRoute as createOpenApiRoute, OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { Db } from '../db/database.ts';
import type { ReferenceData } from '../db/reference-data.ts';
import { problemResponse, type ProblemField } from './problem.ts';

export type BodyHash = (text: string) => string | Promise<string>;

export interface AppEnv {
  Variables: {
    db: Db;
    /** The database's reference data, read once (api/db/reference-data.ts). */
    reference: () => Promise<ReferenceData>;
    /** Hex digest of a response body, for its strong ETag; each runtime gives its fastest. */
    hash: BodyHash;
    /** The address the DCAT catalogue gives as contact point, where one is configured. */
    contactEmail: string | undefined;
  };
}

/**
 * A route whose query takes only the parameters it declares: a misspelt filter (`goe=0136`) is
 * refused with the names it takes instead of being ignored, which would answer with everything.
 * Routes declare no query at all when they take none; those refuse every query parameter.
 */
export function createRoute<R extends RouteConfig>(route: R) {
  const query = (route.request?.query ?? z.object({})) as z.ZodObject;
  const names = Object.keys(query.shape);
  const takes = names.length > 0 ? `this endpoint takes ${names.join(', ')}` : 'this endpoint takes no query parameters';
  const strict = z.strictObject(query.shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown parameter; ${takes}` : undefined),
  });
  return createOpenApiRoute({ ...route, request: { ...route.request, query: strict } } as R);
}

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const place = result.target === 'param' ? 'path' : result.target; // OpenAPI's word for where the parameter is
      const errors: ProblemField[] = result.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ in: place, name: key, message: issue.message }));
        const name = issue.path.map(String).join('.') || '(all)';
        // A parameter sent twice reaches zod as an array, and its message would speak of an array the client never sent.
        const times = result.target === 'query' ? (c.req.queries(name)?.length ?? 0) : 0;
        const message = times > 1 ? `given ${times} times; give it once, a list as comma-separated values (geo=0136,0181)` : issue.message;
        return { in: place, name, message };
      });
      const detail = errors.map((e) => `${e.name}: ${e.message}`).join('; ');
      return problemResponse(400, `invalid ${place} parameter${errors.length > 1 ? 's' : ''}: ${detail}`, c.req.path, errors);
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
