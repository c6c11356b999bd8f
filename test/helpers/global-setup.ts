import { buildDatabase } from '../../scripts/lib/build-database.ts';
import { ensureSeededD1 } from '../../scripts/lib/d1-seed-cache.ts';
import { bundleWorker } from '../../scripts/lib/worker-bundle.ts';
import { DATASETS_DIR, TEST_DB_PATH } from './paths.ts';

/**
 * Builds the test database from the real dataset packages and the seeded local D1 the worker tests
 * copy (each skipped when it is current), and the worker bundle.
 */
export default async function setup(): Promise<void> {
  const started = Date.now();
  const { skipped } = buildDatabase({ datasetsDir: DATASETS_DIR, dbPath: TEST_DB_PATH, ifNeeded: true });
  if (!skipped) console.log(`Built the test database in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  bundleWorker();
  await ensureSeededD1(TEST_DB_PATH);
}
