/**
 * The API only reads: every path it serves takes GET and HEAD (and OPTIONS, for CORS preflights).
 * Another method on such a path is 405 with Allow, not 404, so a client learns the path is right
 * and the method is not.
 */
import { PatternRouter } from 'hono/router/pattern-router';
import { problemResponse } from './problem.ts';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Whether some GET route (or static file mount) answers `path`; built from the app's routes on first use. */
export function servedPaths(routes: () => readonly { method: string; path: string }[]): (path: string) => boolean {
  let router: PatternRouter<true> | undefined;
  return (path) => {
    if (!router) {
      router = new PatternRouter<true>();
      // ALL routes other than '/*' are static file mounts (Node's /widgets/*, /docs/assets/*); '/*' is middleware.
      for (const route of routes())
        if (route.method === 'GET' || (route.method === 'ALL' && route.path !== '/*')) router.add('GET', route.path, true);
    }
    return router.match('GET', path)[0].length > 0;
  };
}

/** The 405 answer for a method other than GET, HEAD or OPTIONS on a path that is served. */
export function methodNotAllowed(method: string, path: string): Response {
  const response = problemResponse(405, `${method} is not allowed here: the API only reads, so ${path} takes ${ALLOWED_METHODS}`, path);
  response.headers.set('allow', ALLOWED_METHODS);
  return response;
}
