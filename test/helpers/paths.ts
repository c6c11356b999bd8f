import { join } from 'node:path';
import { repoRoot } from '../../api/node-env.ts';

/** The database the API tests read: built from the real datasets once per run. */
export const TEST_DB_PATH = join(repoRoot, 'data/test/maltal.sqlite');
export const DATASETS_DIR = join(repoRoot, 'datasets');
