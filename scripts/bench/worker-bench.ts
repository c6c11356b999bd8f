/**
 * The edge part of `npm run bench`: the worker bundle in workerd with a local D1 (Miniflare),
 * seeded from the same database, for the same queries as the HTTP part, loaded over HTTP on
 * 127.0.0.1 by autocannon at one connection: every request a cache miss (a page size of its own,
 * which changes the answer's meta but not the rows), then the same URL answered from the worker's caches. Miniflare's dispatchFetch is not
 * used for timing: it adds ~3 ms of its own to every call.
 */
import { createRequire } from 'node:module';
import { Miniflare } from 'miniflare';
import { D1_ID, d1PersistCopy } from '../lib/d1-seed-cache.ts';
import { bundleWorker } from '../lib/worker-bundle.ts';

interface Case {
  id: string;
  label: string;
  path: string;
}

interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests?: { setupRequest: (request: { path: string }) => { path: string } }[];
}) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const fmt = (n: number, digits = 0) => n.toFixed(digits);

/** Page sizes every case's rows fit in: a unique `limit` per request is a real parameter (the API refuses unknown ones). */
const UNIQUE_LIMITS = { first: 1000, count: 9001 };

async function load(url: string, seconds: number, uniquePaths: boolean): Promise<LoadResult> {
  let i = 0;
  const unique = (path: string) => `${path}&limit=${UNIQUE_LIMITS.first + (i++ % UNIQUE_LIMITS.count)}`;
  const requests = uniquePaths ? [{ setupRequest: (r: { path: string }) => ({ ...r, path: unique(r.path) }) }] : undefined;
  const result = await autocannon({ url, connections: 1, duration: seconds, ...(requests ? { requests } : {}) });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`the worker answered ${url} with ${result.errors} errors and ${result.non2xx} non-2xx`);
  return result;
}

export async function benchWorker(cases: readonly Case[], dbPath: string, seconds: number): Promise<string> {
  const persist = await d1PersistCopy(dbPath); // seeded once per data version (scripts/lib/d1-seed-cache.ts)
  const mf = new Miniflare({
    modules: true,
    scriptPath: bundleWorker(),
    compatibilityDate: '2026-04-20',
    d1Databases: { DB: D1_ID },
    d1Persist: persist.dir,
    bindings: { DATA_VERSION_TTL: '60' },
  });
  try {
    const origin = (await mf.ready).toString().replace(/\/$/, '');
    const lines = [
      '| Query | Worker uncached req/s | p50 / p99 (ms) | Worker cached req/s | p50 / p99 (ms) | Cached / uncached |',
      '|---|--:|--:|--:|--:|--:|',
    ];
    const misses: string[] = [];
    for (const c of cases) {
      console.error(`  worker: ${c.id}`);
      const uncached = await load(`${origin}${c.path}`, seconds, true);
      const cached = await load(`${origin}${c.path}`, seconds, false);
      const ratio = cached.requests.average / uncached.requests.average;
      if (ratio < 10) misses.push(`${c.id}: cached ${fmt(ratio, 1)}× uncached < 10×`);
      lines.push(
        `| ${c.id}. ${c.label} | ${fmt(uncached.requests.average)} | ${uncached.latency.p50} / ${uncached.latency.p99} | ` +
          `${fmt(cached.requests.average)} | ${cached.latency.p50} / ${cached.latency.p99} | ${fmt(ratio, 1)}× |`,
      );
    }
    lines.push(
      '',
      misses.length === 0 ? 'Target met: cached ≥ 10× uncached on the worker for every query.' : `Target missed: ${misses.join('; ')}.`,
    );
    return lines.join('\n');
  } finally {
    await mf.dispose();
    persist.remove();
  }
}
