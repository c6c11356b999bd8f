/**
 * Bundles the worker exactly as `wrangler deploy` would (dry run, no account needed) and lists the
 * D1 migrations as single statements, for running the worker in workerd through Miniflare.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../api/node-env.ts';
import { buildAssets } from '../build-assets.ts';
import { MIGRATIONS_DIR } from './build-database.ts';

export const WORKER_BUNDLE = join(repoRoot, 'dist/worker/worker.js');

/** Environment for wrangler runs: no telemetry from a machine without the network. */
export const WRANGLER_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

export function bundleWorker(): string {
  buildAssets(); // wrangler refuses to bundle when the [assets] folder does not exist yet
  const run = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', 'dist/worker'], {
    cwd: repoRoot,
    env: WRANGLER_ENV,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`wrangler could not bundle the worker:\n${run.stdout}\n${run.stderr}`);
  return WORKER_BUNDLE;
}

/** The statements of every migration, in order; D1's exec() would split them at each newline. */
export function migrationStatements(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) => readFileSync(join(MIGRATIONS_DIR, f), 'utf8').split(/;\s*\n/))
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s !== '');
}
