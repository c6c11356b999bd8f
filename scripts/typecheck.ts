/**
 * `npm run typecheck`: one `tsc` per runtime (api on Node, the worker, scripts, widgets, tests), each
 * incremental, so a run after a small change re-checks only what it touched (~2 s a project instead
 * of ~15–30 s on 2 cores). The build info is kept in node_modules/.cache/tsc, outside the tree.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../api/node-env.ts';

const PROJECTS: [name: string, config: string][] = [
  ['api', 'api/tsconfig.json'],
  ['worker', 'api/tsconfig.worker.json'],
  ['scripts', 'scripts/tsconfig.json'],
  ['widgets', 'widgets/tsconfig.json'],
  ['test', 'test/tsconfig.json'],
];

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const cache = join(repoRoot, 'node_modules/.cache/tsc');
mkdirSync(cache, { recursive: true });

for (const [name, config] of PROJECTS) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [tsc, '-p', config, '--incremental', '--tsBuildInfoFile', join(cache, `${name}.tsbuildinfo`)], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`typecheck: ${config} has type errors (above)`);
    process.exit(run.status ?? 1);
  }
  console.log(`typecheck: ${name} ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
