import { buildDatabase } from '../../scripts/lib/build-database.ts';
import { bundleWorker } from '../../scripts/lib/worker-bundle.ts';
import { DATASETS_DIR, TEST_DB_PATH } from './paths.ts';

/** Builds the test database from the real dataset packages (skipped when it is current) and the worker bundle. */
export default function setup(): void {
  buildDatabase({ datasetsDir: DATASETS_DIR, dbPath: TEST_DB_PATH, ifNeeded: true });
  bundleWorker();
}
