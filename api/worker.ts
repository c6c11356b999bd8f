/**
 * The edge entry: the same app on Cloudflare Workers, reading D1 through Kysely. GET answers are
 * kept in the Cache API under a key that holds the URL, the representation asked for and the data
 * version, so a new data version is a new set of keys: nothing stale is served after a reseed.
 */
import { createApp, EXPOSED_HEADERS, type App } from './app.ts';
import { D1Dialect } from './db/d1-dialect.ts';
import { createDb } from './db/database.ts';
import { clientKey, RATE_LIMIT_POLICY, tooManyRequests } from './lib/limits.ts';
import { problemResponse } from './lib/problem.ts';
import { isPagePath } from './routes/pages/pages.urls.ts';
import { setSecurityHeaders } from './lib/security-headers.ts';
import { MemoryCache, type CachedAnswer } from './worker-memory-cache.ts';
import { readWorkerEnv, type WorkerBindings, type WorkerEnv } from './worker-env.ts';

interface Instance {
  app: App;
  version: string;
  checkedAt: number;
}

/** One app per isolate and data version; the app keeps the reference data it has read. */
let instance: Instance | undefined;
/** The isolate's hottest answers, before the Cache API (api/worker-memory-cache.ts). */
const memory = new MemoryCache(16 * 1024 * 1024);

async function readDataVersion(env: WorkerEnv): Promise<string> {
  const row = await env.db.prepare(`SELECT value FROM meta WHERE key = 'data_version'`).first<{ value: string }>();
  if (!row) throw new Error('the D1 database has no data version: apply the migrations and the seed (README, "Deploy to the edge")');
  return row.value;
}

async function currentInstance(env: WorkerEnv): Promise<Instance> {
  const now = Date.now();
  if (instance && now - instance.checkedAt < env.dataVersionTtlMs) return instance;
  const version = await readDataVersion(env);
  if (instance?.version === version) {
    instance.checkedAt = now;
    return instance;
  }
  const db = createDb(new D1Dialect(env.db));
  memory.clear(); // answers of the old version are never asked for again
  instance = { app: createApp({ db, contactEmail: env.contactEmail }), version, checkedAt: now };
  return instance;
}

/**
 * What makes two GETs of the same URL different answers: the Accept header, which chooses the
 * representation (CSV or its Swedish dialect, JSON-LD or Turtle for the catalogue…). The whole
 * header is kept, as the Node server does (api/node.ts answerKey), so no two representations ever
 * share an entry; a missing header reads as the any-type value fetch sends.
 */
function representation(request: Request): string {
  return (request.headers.get('accept') || '*/*').toLowerCase();
}

export function cacheKey(request: Request, version: string): Request {
  const url = new URL(request.url);
  url.searchParams.sort();
  url.searchParams.set('_representation', representation(request));
  url.searchParams.set('_data_version', version);
  return new Request(url.toString(), { method: 'GET' });
}

function isCacheable(request: Request): boolean {
  const path = new URL(request.url).pathname;
  // The pages for people change only with the data too, so they are kept like the API's answers.
  return request.method === 'GET' && (path.startsWith('/v1/') || path === '/openapi.json' || isPagePath(path));
}

function etagMatches(request: Request, response: Response): boolean {
  const etag = response.headers.get('etag');
  const ifNoneMatch = request.headers.get('if-none-match');
  return Boolean(etag && ifNoneMatch && (ifNoneMatch === '*' || ifNoneMatch.split(',').some((t) => t.trim() === etag)));
}

function fromMemory(entry: CachedAnswer): Response {
  const response = new Response(entry.body, { status: entry.status, headers: entry.headers });
  response.headers.set('x-maltal-cache', 'hit');
  return response;
}

function notModified(response: Response, cache: 'hit' | 'miss'): Response {
  const headers = new Headers();
  for (const name of ['etag', 'cache-control', 'vary', 'access-control-allow-origin', 'access-control-expose-headers']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('x-maltal-cache', cache);
  return new Response(null, { status: 304, headers });
}

/** An answer the worker gives without asking the app, with the CORS and security headers the app gives every answer. */
function withAppHeaders(response: Response, path: string): Response {
  response.headers.set('access-control-allow-origin', '*');
  response.headers.set('access-control-expose-headers', EXPOSED_HEADERS.join(', '));
  setSecurityHeaders(response.headers, path);
  return response;
}

/** When the database cannot be read (not seeded, D1 down): 503, and try again shortly. */
function unavailable(request: Request): Response {
  const path = new URL(request.url).pathname;
  const response = problemResponse(503, 'the data cannot be read right now; try again in a minute', path);
  response.headers.set('retry-after', '60');
  return withAppHeaders(response, path);
}

/** The 429 answer of a client over the rate limit. */
function rateLimited(request: Request): Response {
  const path = new URL(request.url).pathname;
  const response = tooManyRequests(path);
  response.headers.set('ratelimit-policy', RATE_LIMIT_POLICY);
  return withAppHeaders(response, path);
}

export default {
  async fetch(request: Request, bindings: WorkerBindings, ctx: ExecutionContext): Promise<Response> {
    const env = readWorkerEnv(bindings);
    if (!env.rateLimiter) return answer(request, env, bindings, ctx);
    // Counted before the cache: a cache hit is cheap for us but is still a request from this client.
    if (request.method !== 'OPTIONS') {
      const { success } = await env.rateLimiter.limit({ key: clientKey(request) });
      if (!success) return rateLimited(request);
    }
    const response = await answer(request, env, bindings, ctx);
    response.headers.set('ratelimit-policy', RATE_LIMIT_POLICY); // every answer states the limit it counts against
    return response;
  },
};

/** The answer itself: from the isolate's memory, the Cache API or the app, in that order. */
async function answer(request: Request, env: WorkerEnv, bindings: WorkerBindings, ctx: ExecutionContext): Promise<Response> {
  let current: Instance;
  try {
    current = await currentInstance(env);
  } catch (error) {
    // One line with the cause for the log (the client gets no internals): a stack trace of D1's internals says no more.
    console.error(`the D1 database cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return unavailable(request);
  }
  const { app, version } = current;
  if (!isCacheable(request)) return app.fetch(request, bindings, ctx);

  const cache = caches.default;
  const key = cacheKey(request, version);
  const inMemory = memory.get(key.url);
  if (inMemory) {
    const hit = fromMemory(inMemory);
    return etagMatches(request, hit) ? notModified(hit, 'hit') : hit;
  }
  const cached = await cache.match(key);
  if (cached) {
    const body = await cached.arrayBuffer();
    const entry = { body, status: cached.status, headers: [...cached.headers] as [string, string][] };
    memory.set(key.url, entry);
    const hit = fromMemory(entry);
    return etagMatches(request, hit) ? notModified(hit, 'hit') : hit;
  }
  // Ask the app for the full answer, so the cache holds a 200 even when this client has a 304 coming.
  const full = new Request(request.url, { method: 'GET', headers: request.headers });
  full.headers.delete('if-none-match');
  const response = await app.fetch(full, bindings, ctx);
  if (response.status !== 200) return response;
  const body = await response.arrayBuffer();
  const entry = { body, status: response.status, headers: [...response.headers] as [string, string][] };
  memory.set(key.url, entry);
  ctx.waitUntil(cache.put(key, new Response(body, { status: entry.status, headers: entry.headers })));
  const miss = new Response(body, { status: entry.status, headers: entry.headers });
  miss.headers.set('x-maltal-cache', 'miss');
  return etagMatches(request, miss) ? notModified(miss, 'miss') : miss;
}
