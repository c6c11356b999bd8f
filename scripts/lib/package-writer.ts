/**
 * Writes a Måltal dataset package: datapackage.json with the canonical table schemas, and one
 * RFC 4180 CSV per resource. Values are written exactly as given (strings), so figures copied
 * from a source keep the source's digits.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readNodeEnv } from '../../api/node-env.ts';
import { RESOURCE_SCHEMAS, type PackageDescriptor, type ResourceName } from './package-format.ts';
import { versionPackage, type Previous } from './package-versions.ts';

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
  return `${lines.join('\n')}\n`;
}

export type DescriptorInput = Omit<PackageDescriptor, 'resources'>;

/** The package as it is on disk, for versioning; undefined when there is none. */
function readPrevious(dir: string): Previous | undefined {
  const descriptorFile = join(dir, 'datapackage.json');
  if (!existsSync(descriptorFile)) return undefined;
  const d = JSON.parse(readFileSync(descriptorFile, 'utf8')) as PackageDescriptor;
  const rows = (name: string): Row[] => {
    const file = join(dir, `${name}.csv`);
    return existsSync(file) ? (parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Row[]) : [];
  };
  return {
    version: d.version,
    updated: d.updated,
    observations: rows('observations'),
    versions: rows('versions'),
    changes: rows('changes'),
  };
}

export interface WriteOptions {
  /** Today's date for a new version (tests pin it). */
  today?: string;
  /** Where the package folders are (default: the datasets folder of the environment). */
  datasetsDir?: string;
}

/**
 * Writes the package to datasets/<name>/, replacing what was there. The folder is written beside
 * and swapped in, so a failed write never leaves half a package. When the figures differ from the
 * package on disk, the version goes up and the changes are recorded (package-versions.ts).
 */
export function writePackage(
  descriptor: DescriptorInput,
  tables: Partial<Record<ResourceName, Row[]>>,
  options: WriteOptions = {},
): string {
  const dir = join(options.datasetsDir ?? datasetsDir(), descriptor.name);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const versioned = versionPackage(readPrevious(dir), descriptor, tables.observations, today);
  const all: Partial<Record<ResourceName, Row[]>> = { ...tables };
  if (versioned.versions.length > 0) {
    all.versions = versioned.versions;
    all.changes = versioned.changes;
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const resources: PackageDescriptor['resources'] = [];
  for (const [name, rows] of Object.entries(all) as [ResourceName, Row[]][]) {
    const path = `${name}.csv`;
    writeFileSync(join(tmp, path), toCsv(name, rows));
    resources.push({ name, path, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: RESOURCE_SCHEMAS[name] });
  }
  const full: PackageDescriptor = { ...descriptor, version: versioned.version, updated: versioned.updated, resources };
  // Data Package 2.0 has no empty licence list: no licence stated is no `licenses` (and a licence_note).
  if (full.licenses?.length === 0) delete full.licenses;
  writeFileSync(join(tmp, 'datapackage.json'), `${JSON.stringify(full, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}
