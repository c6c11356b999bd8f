/**
 * Limits that hold for every request, beside each resource's page maximum. They are enforced here
 * and in lib/params.ts, and published with the page maximums at /v1/config.
 */
import { problemResponse } from './problem.ts';

/** Longer URLs are refused before any work (414). A list of all 312 geography codes needs ~2 KB. */
export const MAX_URL_LENGTH = 8192;

/** Values in one list parameter (`geo=0136,0181,…`): every geography fits, and no SQL IN list grows without end. */
export const MAX_LIST_VALUES = 500;

/**
 * The rate limit per client on the public edge deployment, counted by Cloudflare's rate-limiting
 * binding per location (wrangler.toml [[ratelimits]] states the same figures; a test checks).
 * A self-hosted Node server has none of its own: put it behind the proxy you use for that.
 */
export const EDGE_RATE_LIMIT = { limit: 1200, periodSeconds: 60 } as const;

/** The limit as the IETF RateLimit-Policy header states it (draft-ietf-httpapi-ratelimit-headers). */
export const RATE_LIMIT_POLICY = `${EDGE_RATE_LIMIT.limit};w=${EDGE_RATE_LIMIT.periodSeconds}`;

/** The 414 answer for a URL over MAX_URL_LENGTH, or undefined when the URL is fine. */
export function urlTooLong(url: string, path: string): Response | undefined {
  if (url.length <= MAX_URL_LENGTH) return undefined;
  return problemResponse(
    414,
    `the URL is ${url.length} characters; at most ${MAX_URL_LENGTH} are accepted. Ask for fewer values a request, or page with limit and cursor`,
    path.length > 200 ? `${path.slice(0, 200)}…` : path,
  );
}

/**
 * Who is asking, for the rate limit: the address Cloudflare saw. IPv6 clients are counted per /64,
 * the block one household or office usually has, so that rotating addresses does not evade it.
 */
export function clientKey(request: Request): string {
  const address = (request.headers.get('cf-connecting-ip') ?? 'unknown').toLowerCase();
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  const groups = [...left, ...zeros, ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The 429 answer of a client over EDGE_RATE_LIMIT. */
export function tooManyRequests(path: string): Response {
  const response = problemResponse(
    429,
    `more than ${EDGE_RATE_LIMIT.limit} requests in ${EDGE_RATE_LIMIT.periodSeconds} seconds from your address; wait and try again, ` +
      'or download whole datasets from /v1/datasets instead of many small requests',
    path,
  );
  response.headers.set('retry-after', String(EDGE_RATE_LIMIT.periodSeconds));
  return response;
}
