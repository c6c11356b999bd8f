/**
 * The headers every answer of the app gets on its way out, whatever made it: CORS, caching, Vary
 * and the security headers. app.ts's middleware sets them on Hono's answers, and the Node server's
 * direct observations path (api/node-fast-path.ts) on its own, so that the two cannot drift apart.
 */
import { CACHE_CONTROL, EXPOSED_HEADERS } from './etag.ts';
import { setSecurityHeaders, type HeaderBag } from './security-headers.ts';

const EXPOSED = EXPOSED_HEADERS.join(',');

export function finishHeaders(headers: HeaderBag, method: string, path: string, status: number): void {
  headers.set('access-control-allow-origin', '*');
  headers.set('access-control-expose-headers', EXPOSED);
  if ((method === 'GET' || method === 'HEAD') && (status === 200 || status === 304) && !headers.has('cache-control')) {
    headers.set('cache-control', CACHE_CONTROL);
  }
  if (path.startsWith('/v1/') && !headers.has('vary')) headers.set('vary', 'Accept');
  if (status !== 304) setSecurityHeaders(headers, path); // a 304 carries only what a cache needs
}
