/**
 * `npm run import:jsonstat -- <url or file> [--package name] [--licence text] [--topic code]`:
 * turns a JSON-stat 2.0 dataset (SCB PxWebApi 2.0, SSB, Eurostat) into a dataset package under
 * datasets/<name> (default: the PxWeb table id, else `jsonstat`). On any error nothing is written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { readNodeEnv } from '../api/node-env.ts';
import { FetchError, getJson } from './lib/kolada/http.ts';
import { convertJsonStat, JsonStatError } from './lib/jsonstat-import.ts';
import { writePackage, type Row } from './lib/package-writer.ts';

class UsageError extends Error {}

const csv = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

/** The PxWeb table id in `extension.px.tableid`, lower-cased, as a package name. */
function defaultName(json: unknown): string {
  const px = (json as { extension?: { px?: { tableid?: unknown } } })?.extension?.px;
  return typeof px?.tableid === 'string' ? `scb-${px.tableid.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}` : 'jsonstat';
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { package: { type: 'string' }, licence: { type: 'string' }, topic: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('give one URL or file: npm run import:jsonstat -- <url or file> [--package name]');
  const input = positionals[0]!;
  const json = /^https?:\/\//.test(input)
    ? await getJson(input, 'a JSON-stat 2.0 dataset', {})
    : (() => {
        if (!existsSync(input)) throw new UsageError(`file '${input}' does not exist`);
        try {
          return JSON.parse(readFileSync(input, 'utf8')) as unknown;
        } catch (error) {
          throw new UsageError(`${input}: not JSON (${(error as Error).message}); expected a JSON-stat 2.0 dataset`);
        }
      })();
  const name = values.package ?? defaultName(json);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new UsageError(`--package must be lower-case letters, digits and dashes, got '${name}'`);
  const root = readNodeEnv().datasetsDir;
  const geographies = new Set(csv(join(root, 'geographies', 'geographies.csv')).map((g) => g.code ?? ''));
  const result = convertJsonStat(json, input, {
    packageName: name,
    source: input,
    geographies,
    retrievedAt: new Date().toISOString().replace(/\.[0-9]{3}Z$/, 'Z'),
    ...(values.licence ? { licence: values.licence } : {}),
    ...(values.topic ? { topic: values.topic } : {}),
  });
  // An indicator id may live in one package only.
  for (const other of readdirSync(root)) {
    const file = join(root, other, 'indicators.csv');
    if (other === name || other.includes('.tmp-') || !existsSync(file)) continue;
    const taken = csv(file).filter((r) => result.tables.indicators.some((i) => i.id === r.id));
    if (taken.length > 0)
      throw new UsageError(
        `indicator(s) ${taken.map((r) => r.id).join(', ')} already defined by package '${other}'; import into that package with --package ${other}`,
      );
  }
  const dir = writePackage(result.descriptor, result.tables);
  console.log(`import:jsonstat: ${result.tables.indicators.length} indicator(s), ${result.tables.observations.length} values → ${dir}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof JsonStatError || error instanceof FetchError) {
    console.error(`import:jsonstat: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  throw error;
});
