/**
 * Writes a Måltal dataset package: datapackage.json with the canonical table schemas, and one
 * RFC 4180 CSV per resource. Values are written exactly as given (strings), so figures copied
 * from a source keep the source's digits.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readNodeEnv } from '../../api/node-env.ts';
import { RESOURCE_SCHEMAS, type PackageDescriptor, type ResourceName } from './package-format.ts';

export type Row = Record<string, string>;

/** `../shared/sources` beside the checkout, or MALTAL_SOURCES. */
export function sourcesDir(): string {
  return readNodeEnv().sourcesDir;
}

export function datasetsDir(): string {
  return readNodeEnv().datasetsDir;
}

/** Reads a CSV from ../shared/sources as rows of strings keyed by header. */
export function readSourceCsv(file: string): Row[] {
  const text = readFileSync(join(sourcesDir(), file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Serialises rows to RFC 4180 CSV with the resource's canonical column order and `\n` endings. */
export function toCsv(resource: ResourceName, rows: Row[]): string {
  const fields = RESOURCE_SCHEMAS[resource].fields.map((f) => f.name);
  const known = new Set<string>(fields);
  const lines = [fields.join(',')];
  for (const [i, row] of rows.entries()) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) throw new Error(`${resource} row ${i + 1}: unknown column '${key}'`);
    }
    lines.push(fields.map((f) => csvCell(row[f] ?? '')).join(','));
  }
  return lines.join('\n') + '\n';
}

export type DescriptorInput = Omit<PackageDescriptor, 'resources'>;

/**
 * Writes the package to datasets/<name>/, replacing what was there. The folder is written beside
 * and swapped in, so a failed write never leaves half a package.
 */
export function writePackage(descriptor: DescriptorInput, tables: Partial<Record<ResourceName, Row[]>>): string {
  const dir = join(datasetsDir(), descriptor.name);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const resources: PackageDescriptor['resources'] = [];
  for (const [name, rows] of Object.entries(tables) as [ResourceName, Row[]][]) {
    const path = `${name}.csv`;
    writeFileSync(join(tmp, path), toCsv(name, rows));
    resources.push({ name, path, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: RESOURCE_SCHEMAS[name] });
  }
  const full: PackageDescriptor = { ...descriptor, resources };
  writeFileSync(join(tmp, 'datapackage.json'), JSON.stringify(full, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}
