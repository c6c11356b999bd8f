/**
 * `npm run import:kolada -- [KPI ids…] [--config file]`: fetches KPI metadata and values for every
 * kommun, region and Riket from Kolada's API v3 (KOLADA_API_URL) and writes or updates the `kolada`
 * dataset package. With no ids it refreshes the KPIs listed in scripts/kolada-kpis.json. On any
 * error (network, a malformed body, an unknown KPI) it names the URL and what was expected, writes
 * nothing, and datasets/kolada stays as it was.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readNodeEnv, repoRoot } from '../api/node-env.ts';
import { FetchError } from './lib/kolada/http.ts';
import { ImportError, importKolada, readConfig } from './lib/kolada/import.ts';
import { KoladaMappingError } from './lib/kolada/package.ts';
import { createProgress } from './lib/kolada/progress.ts';
import { writePackage } from './lib/package-writer.ts';

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { config: { type: 'string', default: join(repoRoot, 'scripts/kolada-kpis.json') } },
  });
  const env = readNodeEnv();
  const config = readConfig(values.config);
  const result = await importKolada({
    ids: positionals,
    config,
    apiUrl: env.koladaApiUrl,
    datasetsDir: env.datasetsDir,
    retrievedAt: new Date().toISOString().replace(/\.[0-9]{3}Z$/, 'Z'),
    progress: (total) => createProgress(total, 'import:kolada'),
  });
  const dir = writePackage(result.descriptor, result.tables);
  console.log(
    `import:kolada: ${result.refreshed.length} KPI(s) refreshed (${result.refreshed.join(', ')}), ${result.observations} values` +
      `${result.kept.length ? `; kept ${result.kept.join(', ')} from the previous package` : ''} → ${dir}`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof FetchError || error instanceof ImportError || error instanceof KoladaMappingError) {
    console.error(`import:kolada: ${error.message}\nNothing was written; datasets/kolada is unchanged.`);
    process.exit(1);
  }
  throw error;
});
