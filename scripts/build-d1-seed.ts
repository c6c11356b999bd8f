/**
 * `npm run build:d1-seed`: writes dist/d1-seed.sql from the built database (run build:db first),
 * for `wrangler d1 execute maltal --file dist/d1-seed.sql` (add --local or --remote).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readNodeEnv, repoRoot } from '../api/node-env.ts';
import { d1SeedStatements } from './lib/d1-seed.ts';

export const SEED_PATH = join(repoRoot, 'dist/d1-seed.sql');

const env = readNodeEnv();
mkdirSync(dirname(SEED_PATH), { recursive: true });
const out = createWriteStream(SEED_PATH);
let count = 0;
for (const statement of d1SeedStatements(env.dbPath)) {
  out.write(`${statement}\n`);
  count++;
}
out.end(() => console.log(`Wrote ${SEED_PATH}: ${count} statements from ${env.dbPath}`));
