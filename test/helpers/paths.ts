import { join, resolve } from 'node:path';
import { repoRoot } from '../../api/node-env.ts';

/** The database the API tests read: built from the real datasets once per run. */
export const TEST_DB_PATH = join(repoRoot, 'data/test/maltal.sqlite');
export const DATASETS_DIR = join(repoRoot, 'datasets');
/**
 * The standards' official schemas, shapes and authority tables, kept beside the repository (as
 * ../shared/sources is) and read from there, never copied in (../shared/standards/README.md).
 */
export const STANDARDS_DIR = resolve(repoRoot, '..', 'shared', 'standards');
