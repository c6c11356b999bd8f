// Rule: the README's dataset table is the one generated from datasets/, so it cannot drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { loadAllPackages } from '../../scripts/lib/build-database.ts';
import { datasetTable, withDatasetTable } from '../../scripts/lib/dataset-table.ts';
import { DATASETS_DIR } from '../helpers/paths.ts';

it('README.md holds the current dataset table (run npm run update:readme if not)', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const packages = loadAllPackages(DATASETS_DIR);
  const table = datasetTable(packages);
  expect(table.split('\n')).toHaveLength(2 + packages.length);
  expect(readme).toBe(withDatasetTable(readme, table));
});
