import type { Readable } from 'node:stream';
import { Miniflare } from 'miniflare';
import { d1SeedStatements } from '../../scripts/lib/d1-seed.ts';
import { migrationStatements, WORKER_BUNDLE } from '../../scripts/lib/worker-bundle.ts';
import { TEST_DB_PATH } from './paths.ts';

/**
 * The worker bundle in workerd (Miniflare), with a local D1 made by the same migrations and filled
 * from the same test database the Node app reads. The bundle is built by the global setup.
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
  const mf = new Miniflare({
    modules: true,
    scriptPath: WORKER_BUNDLE,
    compatibilityDate: '2026-04-20',
    d1Databases: { DB: 'maltal' },
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
  if (!seed) return mf;
  const db = await mf.getD1Database('DB');
  for (const statement of migrationStatements()) await db.prepare(statement).run();
  for (const statement of d1SeedStatements(TEST_DB_PATH)) await db.prepare(statement).run();
  return mf;
}
