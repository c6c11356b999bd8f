/**
 * `npm run build:db`: validates every package in datasets/ and builds the SQLite database.
 * `--if-needed` skips the build when the database already holds the current data version.
 * Exits 1 with every problem listed (file:line: column: what was expected) when a package is bad.
 */
import { readNodeEnv } from '../api/node-env.ts';
import { BuildError, buildDatabase } from './lib/build-database.ts';
import { formatProblem } from './lib/validate-package.ts';

const env = readNodeEnv();
try {
  const started = performance.now();
  const result = buildDatabase({ datasetsDir: env.datasetsDir, dbPath: env.dbPath, ifNeeded: process.argv.includes('--if-needed') });
  if (result.skipped) {
    console.log(`Database is current (data version ${result.dataVersion}): ${result.dbPath}`);
  } else {
    const counts = Object.entries(result.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
    console.log(`Built ${result.dbPath} (data version ${result.dataVersion}) in ${Math.round(performance.now() - started)} ms: ${counts}`);
  }
} catch (error) {
  if (error instanceof BuildError) {
    for (const p of error.problems) console.error(formatProblem(p));
    console.error(`\n${error.message}.`);
    process.exit(1);
  }
  throw error;
}
