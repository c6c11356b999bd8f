/**
 * The one router factory: every resource module is an OpenAPIHono made here, so that invalid
 * parameters become the same problem+json everywhere.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/database.ts';
import { problemResponse, type ProblemField } from './problem.ts';

export interface AppEnv {
  Variables: {
    db: Db;
  };
}

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors: ProblemField[] = result.error.issues.map((issue) => ({
        in: result.target,
        name: issue.path.map(String).join('.') || '(all)',
        message: issue.message,
      }));
      const detail = errors.map((e) => `${e.name}: ${e.message}`).join('; ');
      return problemResponse(400, `invalid ${result.target} parameter${errors.length > 1 ? 's' : ''}: ${detail}`, c.req.path, errors);
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
