/**
 * `npm run dev:worker`: the edge version locally, at the same URLs as `npm start`. Builds the
 * database when needed, migrates and seeds the local D1 when its data version differs, copies the
 * static files, then runs `wrangler dev`. No Cloudflare account is needed. `--port` and `--ip`
 * (or PORT and HOST) say where it listens; other arguments go to `wrangler dev`.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readNodeEnv, repoRoot } from '../api/node-env.ts';
import { buildAssets } from './build-assets.ts';
import { buildDatabase } from './lib/build-database.ts';
import { d1SeedStatements } from './lib/d1-seed.ts';
import { parseDevWorkerArgs, UsageError, type DevWorkerOptions } from './lib/dev-worker-options.ts';
import { WRANGLER_ENV } from './lib/worker-bundle.ts';

const SEED_PATH = join(repoRoot, 'dist/d1-seed.sql');

function wrangler(args: string[], capture = false) {
  const run = spawnSync('npx', ['wrangler', ...args], {
    cwd: repoRoot,
    env: { ...WRANGLER_ENV, CI: 'true' }, // CI=true: wrangler asks no questions
    encoding: 'utf8',
    stdio: capture ? 'pipe' : 'inherit',
  });
  if (run.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed${capture ? `:\n${run.stdout}\n${run.stderr}` : ''}`);
  return run.stdout ?? '';
}

function localDataVersion(): string | undefined {
  try {
    const out = wrangler(
      ['d1', 'execute', 'maltal', '--local', '--json', '--command', `SELECT value FROM meta WHERE key = 'data_version'`],
      true,
    );
    return (JSON.parse(out) as { results: { value: string }[] }[])[0]?.results[0]?.value;
  } catch {
    return undefined; // no local database, or not migrated yet
  }
}

async function writeSeed(dbPath: string): Promise<void> {
  mkdirSync(dirname(SEED_PATH), { recursive: true });
  const out = createWriteStream(SEED_PATH);
  for (const statement of d1SeedStatements(dbPath)) out.write(`${statement}\n`);
  await new Promise((resolve) => out.end(resolve));
}

const env = readNodeEnv();
let options: DevWorkerOptions;
try {
  options = parseDevWorkerArgs(process.argv.slice(2), env);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`dev:worker: ${error.message}`);
  process.exit(2);
}
const { dataVersion } = buildDatabase({ datasetsDir: env.datasetsDir, dbPath: env.dbPath, ifNeeded: true });
buildAssets({ buildWidgets: true });
if (localDataVersion() === dataVersion) {
  console.log(`Local D1 holds data version ${dataVersion}`);
} else {
  console.log(`Seeding the local D1 with data version ${dataVersion} …`);
  wrangler(['d1', 'migrations', 'apply', 'maltal', '--local']);
  await writeSeed(env.dbPath);
  wrangler(['d1', 'execute', 'maltal', '--local', '--file', SEED_PATH], true);
}
try {
  wrangler(['dev', '--port', String(options.port), '--ip', options.host, ...options.wranglerArgs]);
} catch {
  // wrangler has said why on the terminal; a stack trace here would only bury it.
  process.exit(1);
}
