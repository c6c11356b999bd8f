import type { Readable } from 'node:stream';
import { Miniflare } from 'miniflare';
import { D1_ID, d1PersistCopy } from '../../scripts/lib/d1-seed-cache.ts';
import { WORKER_BUNDLE } from '../../scripts/lib/worker-bundle.ts';
import { TEST_DB_PATH } from './paths.ts';

/**
 * The worker bundle in workerd (Miniflare), with a local D1 made by the same migrations and filled
 * from the same test database the Node app reads (a copy of the seeded D1 scripts/lib/d1-seed-cache.ts keeps).
 * The bundle is built by the global setup.
 */
export async function startWorker(
  bindings: Record<string, string> = {},
  options: {
    /** Cloudflare's rate limiter, simulated by Miniflare: `{ limit, period }` as in wrangler.toml. */
    rateLimit?: { limit: number; period: number };
    /** false: an empty D1, as before `wrangler d1 migrations apply` and the seed. */
    seed?: boolean;
    /** Collects what the worker writes to stdout and stderr here, instead of on the terminal. */
    output?: string[];
  } = {},
): Promise<Miniflare> {
  const { rateLimit, seed = true, output } = options;
  // Each worker gets its own copy, so a test that reseeds or empties it changes no other test's data.
  const persist = await d1PersistCopy(seed ? TEST_DB_PATH : undefined);
  const mf = new Miniflare({
    modules: true,
    scriptPath: WORKER_BUNDLE,
    compatibilityDate: '2026-04-20',
    d1Databases: { DB: D1_ID },
    d1Persist: persist.dir,
    bindings: { DATA_VERSION_TTL: '60', ...bindings },
    ...(rateLimit ? { ratelimits: { RATE_LIMITER: { simple: rateLimit } } } : {}),
    ...(output
      ? {
          handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
            stdout.on('data', (chunk: Buffer) => output.push(String(chunk)));
            stderr.on('data', (chunk: Buffer) => output.push(String(chunk)));
          },
        }
      : {}),
  });
  const dispose = mf.dispose.bind(mf);
  mf.dispose = async () => {
    await dispose();
    persist.remove();
  };
  return mf;
}
