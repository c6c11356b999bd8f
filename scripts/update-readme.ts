/** `npm run update:readme`: writes the dataset table in README.md from the packages in datasets/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNodeEnv, repoRoot } from '../api/node-env.ts';
import { loadAllPackages } from './lib/build-database.ts';
import { datasetTable, withDatasetTable } from './lib/dataset-table.ts';

const path = join(repoRoot, 'README.md');
writeFileSync(path, withDatasetTable(readFileSync(path, 'utf8'), datasetTable(loadAllPackages(readNodeEnv().datasetsDir))));
console.log('README.md dataset table updated');
