import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import Sqlite from 'better-sqlite3';
import { Miniflare } from 'miniflare';
import { repoRoot } from '../../api/node-env.ts';
import { d1SeedStatements } from '../../scripts/lib/d1-seed.ts';
import { migrationStatements, WORKER_BUNDLE } from '../../scripts/lib/worker-bundle.ts';
import { TEST_DB_PATH } from './paths.ts';

const D1_ID = 'maltal';

/**
 * The seeded local D1, made once per data version, migrations and seed code: seeding sends ~56 MB
 * of SQL to workerd (~16 s on 2 cores), and each worker test starts from a copy of it instead.
 */
function seedTemplateDir(): string {
  const sqlite = new Sqlite(TEST_DB_PATH, { readonly: true, fileMustExist: true });
  const version = sqlite.prepare(`SELECT value FROM meta WHERE key = 'data_version'`).pluck().get() as string;
  sqlite.close();
  const key = createHash('sha1')
    .update(version)
    .update(migrationStatements().join('\n'))
    .update(readFileSync(join(repoRoot, 'scripts/lib/d1-seed.ts')))
    .digest('hex')
    .slice(0, 16);
  return join(dirname(TEST_DB_PATH), 'd1', key);
}

/** Makes the seeded D1 the worker tests copy, unless it is current. Run by the global setup. */
export async function ensureSeededD1(): Promise<void> {
  const dir = seedTemplateDir();
  if (existsSync(join(dir, 'done'))) return;
  rmSync(dirname(dir), { recursive: true, force: true }); // the templates of other versions
  const building = `${dir}.tmp-${process.pid}`;
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch() { return new Response(null, { status: 204 }); } }',
    compatibilityDate: '2026-04-20',
    d1Databases: { DB: D1_ID },
    d1Persist: building,
  });
  try {
    const db = await mf.getD1Database('DB');
    for (const statement of migrationStatements()) await db.prepare(statement).run();
    for (const statement of d1SeedStatements(TEST_DB_PATH)) await db.prepare(statement).run();
  } finally {
    await mf.dispose();
  }
  writeFileSync(join(building, 'done'), '');
  renameSync(building, dir);
}

/**
 * The worker bundle in workerd (Miniflare), with a local D1 made by the same migrations and filled
 * from the same test database the Node app reads (a copy of the seeded D1 ensureSeededD1 keeps).
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
  const template = seedTemplateDir();
  if (seed && !existsSync(join(template, 'done'))) await ensureSeededD1(); // normally done by the global setup
  // Each worker gets its own copy, so a test that reseeds or empties it changes no other test's data.
  const persist = mkdtempSync(join(tmpdir(), 'maltal-d1-'));
  if (seed) cpSync(template, persist, { recursive: true });
  const mf = new Miniflare({
    modules: true,
    scriptPath: WORKER_BUNDLE,
    compatibilityDate: '2026-04-20',
    d1Databases: { DB: D1_ID },
    d1Persist: persist,
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
    rmSync(persist, { recursive: true, force: true });
  };
  return mf;
}
