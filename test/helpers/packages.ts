import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESOURCE_SCHEMAS, type PackageDescriptor, type ResourceName } from '../../scripts/lib/package-format.ts';
import type { Row } from '../../scripts/lib/package-writer.ts';
import { DATASETS_DIR } from './paths.ts';

/** A temporary folder with a datasets/ holding copies of the real geographies and agenda-2030 packages. */
export function tempDatasets(prefix: string): { work: string; datasetsDir: string } {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const datasetsDir = join(work, 'datasets');
  for (const name of ['geographies', 'agenda-2030']) cpSync(join(DATASETS_DIR, name), join(datasetsDir, name), { recursive: true });
  return { work, datasetsDir };
}

/** The test packages' indicator row 'demo-rate' (a share in per cent, source S1), with any column changed. */
export function demoIndicator(change: Row = {}): Row {
  return {
    id: 'demo-rate',
    title_sv: 'Andel',
    title_en: 'Share',
    description_sv: 'Beskrivning',
    description_en: 'Description',
    unit_sv: 'procent',
    unit_en: 'percent',
    decimals: '1',
    direction: 'increase',
    topic: 'labour-market',
    sources: 'S1',
    status: 'active',
    ...change,
  };
}

/** The descriptor of the test package 'demo' (marked as example data, source S1) with the given resources as CSV files. */
export function demoDescriptor(names: readonly ResourceName[]): PackageDescriptor {
  return {
    name: 'demo',
    title: 'Demo',
    title_en: 'Demo',
    description: 'Testpaket',
    description_en: 'Test package',
    version: '1.0.0',
    updated: '2026-01-01',
    publisher: 'Måltal',
    licence_note: { sv: 'Ingen licens', en: 'No licence' },
    attribution: { sv: 'Källa: test', en: 'Source: test' },
    sources: [
      { id: 'S1', title: 'Test source', path: 'https://example.org', publisher: 'Test', retrieved: '2026-01-01', licence: 'none stated' },
    ],
    caveats: [],
    example: true,
    built_by: 'test',
    resources: names.map((name) => ({
      name,
      path: `${name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: RESOURCE_SCHEMAS[name],
    })),
  };
}

/** Writes a small test package named 'demo' (marked as example data) with the given CSV texts. */
export function writeTestPackage(dir: string, csv: Partial<Record<ResourceName, string>>): void {
  mkdirSync(dir, { recursive: true });
  const names = Object.keys(csv) as ResourceName[];
  for (const name of names) writeFileSync(join(dir, `${name}.csv`), csv[name]!);
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(demoDescriptor(names), null, 2)}\n`);
}
