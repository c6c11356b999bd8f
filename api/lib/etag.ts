/**
 * ETags that are known before an answer is made. The data changes only when the database is
 * rebuilt, so an answer is fixed by the data version, the request and the representation asked
 * for; an ETag made from those lets a current If-None-Match be answered 304 before any query runs.
 * The release is part of it too, so that a release that writes answers differently never meets an
 * ETag of the one before.
 */
import type { Context } from 'hono';
import packageJson from '../../package.json' with { type: 'json' };
import type { AppEnv, BodyHash } from './create-router.ts';

/** Response headers a browser script on another site may read. */
export const EXPOSED_HEADERS = ['ETag', 'Link', 'Content-Disposition', 'Retry-After', 'RateLimit-Policy'] as const;

/** Data changes only when the database is rebuilt, so caches may keep answers for a while. */
export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

/** A strong ETag for the answer to `request` in `representation` from the data of `dataVersion`. */
export async function answerEtag(c: Context<AppEnv>, dataVersion: string, representation: string): Promise<string> {
  const url = c.req.url;
  return await etagOf(c.var.hash, url.slice(url.indexOf('/', url.indexOf('//') + 2)), dataVersion, representation);
}

/** The same ETag from the request's path and query, exactly as asked. */
export async function etagOf(hash: BodyHash, pathAndQuery: string, dataVersion: string, representation: string): Promise<string> {
  return `"${await hash(etagText(pathAndQuery, dataVersion, representation))}"`;
}

/** What an answer's ETag is the hash of (api/node-fast-path.ts hashes it without a Hono context). */
export function etagText(pathAndQuery: string, dataVersion: string, representation: string): string {
  return `${packageJson.version}\n${dataVersion}\n${representation}\n${pathAndQuery}`;
}

/** Whether If-None-Match names `etag` (weak comparison, as RFC 9110 asks for If-None-Match). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const strong = etag.startsWith('W/') ? etag.slice(2) : etag;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return (t.startsWith('W/') ? t.slice(2) : t) === strong;
  });
}

/**
 * The 304 for a current ETag, with the headers the 200 would have had that a cache needs
 * (the same set the etag middleware keeps; app.ts adds CORS).
 */
export function notModified(c: Context<AppEnv>, etag: string): Response {
  return c.body(null, 304, { etag, 'cache-control': CACHE_CONTROL, vary: 'Accept' });
}
