/**
 * Validates Måltal dataset packages against the format in package-format.ts and reads their rows.
 * Every problem names the file, the line, the column and what was expected, and all problems are
 * collected (up to a cap per file) so that a publisher can fix a package in one pass.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  isResourceName,
  RESOURCE_SCHEMAS,
  TOTAL_BREAKDOWN,
  type FieldDef,
  type PackageDescriptor,
  type TableSchema,
  type ResourceName,
} from './package-format.ts';
import { checkCell, DATE, MAX_CELL_LENGTH } from './package-cells.ts';
import { describeExcelExport, excelExportMessage } from './excel-csv.ts';
import { jsonSyntaxError } from './json-syntax.ts';
import { BOM_MESSAGE, checkBytes, firstNonUtf8Line, recordLineCounter, refusedFiles } from './package-files.ts';
import type { Row } from './package-writer.ts';

export interface Problem {
  file: string;
  line?: number;
  /** The 1-based character on the line, for a file that is not a table (datapackage.json). */
  character?: number;
  /** The CSV column, by its name. */
  column?: string;
  message: string;
}

/** `file:line: column 'x': message`, or `file:line:character: message` for the descriptor. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.character].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.column ? `column '${p.column}': ` : ''}${p.message}`;
}

/** A resource's rows with the line each came from, for messages about cross-row rules. */
export interface LoadedResource {
  file: string;
  rows: Row[];
  lines: number[];
}

export interface LoadedPackage {
  dir: string;
  descriptor: PackageDescriptor;
  resources: Partial<Record<ResourceName, LoadedResource>>;
}

const MAX_PROBLEMS_PER_FILE = 50;
/** Said of every package file, CSV or descriptor, whose bytes are not UTF-8 (Latin-1, Windows-1252 …). */
const NOT_UTF8_MESSAGE = 'is not valid UTF-8 (from this line on); save the file as UTF-8';
/**
 * A record (one row) longer than this many characters stops the parse at once: with at most
 * MAX_CELL_LENGTH per cell no row of the format comes near it, and a file that is one endless
 * line (a missing line break, a quote left open) is refused without being held as one value.
 */
const MAX_RECORD_CHARS = 1_000_000;

class Problems {
  readonly list: Problem[] = [];
  private perFile = new Map<string, number>();
  add(p: Problem): void {
    const count = (this.perFile.get(p.file) ?? 0) + 1;
    this.perFile.set(p.file, count);
    if (count <= MAX_PROBLEMS_PER_FILE) this.list.push(p);
    else if (count === MAX_PROBLEMS_PER_FILE + 1) this.list.push({ file: p.file, message: `more problems not shown` });
  }
}

const REQUIRED_DESCRIPTOR_STRINGS = [
  'name',
  'title',
  'title_en',
  'description',
  'description_en',
  'version',
  'updated',
  'publisher',
  'built_by',
] as const;

function checkDescriptor(d: Record<string, unknown>, file: string, problems: Problems): void {
  for (const key of REQUIRED_DESCRIPTOR_STRINGS) {
    if (typeof d[key] !== 'string' || d[key] === '') problems.add({ file, message: `'${key}' must be a non-empty string` });
  }
  if (typeof d.name === 'string' && !/^[a-z0-9][a-z0-9-]*$/.test(d.name)) {
    problems.add({ file, message: `'name' must be lower-case letters, digits and dashes, got '${d.name}'` });
  }
  if (typeof d.updated === 'string' && !DATE.test(d.updated)) problems.add({ file, message: `'updated' must be a date as YYYY-MM-DD` });
  for (const key of ['licence_note', 'attribution'] as const) {
    const v = d[key] as Record<string, unknown> | undefined;
    if (!v || typeof v.sv !== 'string' || typeof v.en !== 'string') {
      problems.add({ file, message: `'${key}' must be an object with 'sv' and 'en' texts` });
    }
  }
  if ('licenses' in d && (!Array.isArray(d.licenses) || d.licenses.length === 0)) {
    problems.add({
      file,
      message: `'licenses' must list at least one licence, or be left out when the publisher states none (say so in 'licence_note')`,
    });
  }
  if (!Array.isArray(d.caveats)) problems.add({ file, message: `'caveats' must be a list of {sv, en}` });
  if (typeof d.example !== 'boolean') problems.add({ file, message: `'example' must be true or false` });
  if (!Array.isArray(d.sources) || d.sources.length === 0) {
    problems.add({ file, message: `'sources' must list at least one source with id, title, path, publisher, retrieved, licence` });
  } else {
    for (const [i, s] of (d.sources as Record<string, unknown>[]).entries()) {
      for (const key of ['id', 'title', 'path', 'publisher', 'retrieved', 'licence']) {
        if (typeof s[key] !== 'string' || s[key] === '') problems.add({ file, message: `sources[${i}].${key} must be a non-empty string` });
      }
    }
  }
  if (!Array.isArray(d.resources) || d.resources.length === 0)
    problems.add({ file, message: `'resources' must list the package's CSV files` });
}

/** The path of a resource, refused when it points outside the package folder. */
function resourceFile(dir: string, path: unknown): string | undefined {
  if (typeof path !== 'string' || path === '' || isAbsolute(path)) return undefined;
  const full = normalize(join(dir, path));
  const rel = relative(dir, full);
  return rel.startsWith('..') || rel.split(sep).includes('..') ? undefined : full;
}

function readResource(dir: string, name: ResourceName, path: string, problems: Problems): LoadedResource | undefined {
  const file = join(dir, path);
  const schema = RESOURCE_SCHEMAS[name];
  // At most MAX_FILE_BYTES: larger files were refused by refusedFiles before this.
  const bytes = readFileSync(file);
  const fields = schema.fields as FieldDef[];
  // One message for the file as Excel writes it, instead of one for each of its traits.
  const excel = describeExcelExport(bytes, new Set(fields.map((f) => f.name)));
  if (excel) {
    problems.add({ file, line: 1, message: excelExportMessage(excel, file) });
    return undefined;
  }
  const badLine = firstNonUtf8Line(bytes);
  if (badLine !== undefined) {
    problems.add({ file, line: badLine, message: NOT_UTF8_MESSAGE });
    return undefined;
  }
  for (const p of checkBytes(file, bytes)) problems.add(p);
  // The BOM stays in the text (csv-parse drops it), so that csv-parse's byte offsets are offsets in `bytes`.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const startLine = recordLineCounter(bytes);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const uniqueFields = fields.filter((f) => f.constraints?.unique).map((f) => f.name);
  const uniqueSeen = new Map(uniqueFields.map((f) => [f, new Map<string, number>()]));
  const seen = new Map<string, number>();
  const missing = new Set<string>();
  const rows: Row[] = [];
  const lines: number[] = [];
  let columns: string[] | undefined;

  /** The header: every column known, every required one there, none twice. */
  const checkHeader = (header: string[]) => {
    for (const col of header) {
      if (!byName.has(col))
        problems.add({
          file,
          line: 1,
          column: col,
          message: `unknown column '${col}'; expected columns: ${[...byName.keys()].join(', ')}`,
        });
    }
    for (const f of fields) {
      if (f.constraints?.required && !header.includes(f.name)) {
        missing.add(f.name);
        problems.add({ file, line: 1, column: f.name, message: `missing required column '${f.name}'` });
      }
    }
    if (new Set(header).size !== header.length) problems.add({ file, line: 1, message: 'a column name appears twice' });
  };

  /** One row: every cell, the unique fields and the primary key. Rows are checked as they are parsed, so no second copy of the file is held. */
  const checkRow = (record: string[], line: number) => {
    const row: Row = {};
    columns!.forEach((col, i) => (row[col] = record[i] ?? ''));
    for (const f of fields) {
      if (missing.has(f.name)) continue; // reported once, for the header
      const wrong = checkCell(f, row[f.name] ?? '');
      if (wrong) problems.add({ file, line, column: f.name, message: wrong });
    }
    for (const f of uniqueFields) {
      const value = row[f] ?? '';
      if (value === '') continue;
      const first = uniqueSeen.get(f)!.get(value);
      if (first !== undefined)
        problems.add({ file, line, column: f, message: `'${value}' appears again; it must be unique (first on line ${first})` });
      else uniqueSeen.get(f)!.set(value, line);
    }
    const key = schema.primaryKey.map((k) => row[k] ?? '').join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      const shown = schema.primaryKey.map((k) => `${k}=${row[k] ?? ''}`).join(', ');
      problems.add({ file, line, message: `duplicate key (${shown}); first seen on line ${first}` });
    } else seen.set(key, line);
    rows.push(row);
    lines.push(line);
  };

  try {
    parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      max_record_size: MAX_RECORD_CHARS,
      on_record: (record, context) => {
        const line = startLine(context.bytes);
        if (columns === undefined) {
          columns = record;
          checkHeader(record);
        } else checkRow(record, line);
        return null; // kept in rows, not in csv-parse's output
      },
    });
  } catch (error) {
    const e = error as { code?: string; message: string };
    // The record that failed starts after the last complete one.
    const line = startLine(bytes.length);
    const message =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? `is not valid CSV: a quote opened on line ${line} is never closed`
        : e.code === 'CSV_MAX_RECORD_SIZE'
          ? `is not valid CSV: the row starting on line ${line} runs past ${MAX_RECORD_CHARS} characters (a cell may hold at most ${MAX_CELL_LENGTH}); a line break is missing or a quote is left open`
          : `is not valid CSV: ${e.message}`;
    problems.add({ file, line, message });
    return undefined;
  }
  if (columns === undefined) {
    problems.add({ file, message: 'is empty; expected a header row' });
    return undefined;
  }
  return { file, rows, lines };
}

/** Reads and checks one package on its own (not its references to other packages). */
export function loadPackage(dir: string, problems: Problems = new Problems()): { pkg?: LoadedPackage; problems: Problem[] } {
  const file = join(dir, 'datapackage.json');
  if (!existsSync(file)) {
    problems.add({ file, message: 'is missing; every package needs a datapackage.json descriptor' });
    return { problems: problems.list };
  }
  const refused = refusedFiles(dir);
  for (const p of refused) problems.add(p);
  if (refused.some((p) => p.file === file)) return { problems: problems.list };
  // At most MAX_FILE_BYTES: a larger descriptor was refused above.
  const bytes = readFileSync(file);
  const badLine = firstNonUtf8Line(bytes);
  if (badLine !== undefined) {
    problems.add({ file, line: badLine, message: NOT_UTF8_MESSAGE });
    return { problems: problems.list };
  }
  const json = bytes.toString('utf8');
  if (json.startsWith('\uFEFF')) {
    problems.add({ file, line: 1, message: BOM_MESSAGE });
    return { problems: problems.list };
  }
  let descriptor: Record<string, unknown>;
  try {
    descriptor = JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    const at = jsonSyntaxError(json);
    problems.add(
      at
        ? {
            file,
            line: at.line,
            character: at.column,
            message: `is not valid JSON at line ${at.line}, column ${at.column}: expected ${at.expected}, found ${at.found}; the line reads: ${at.lineText.trim()}`,
          }
        : { file, message: `is not valid JSON: ${(error as Error).message}` },
    );
    return { problems: problems.list };
  }
  checkDescriptor(descriptor, file, problems);
  const resources: LoadedPackage['resources'] = {};
  for (const [i, r] of ((descriptor.resources as Record<string, unknown>[] | undefined) ?? []).entries()) {
    const name = String(r.name);
    if (!isResourceName(name)) {
      problems.add({
        file,
        message: `resources[${i}]: unknown resource '${name}'; expected one of ${Object.keys(RESOURCE_SCHEMAS).join(', ')}`,
      });
      continue;
    }
    const path = resourceFile(dir, r.path);
    if (!path) {
      problems.add({
        file,
        message: `resources[${i}] '${name}': path '${String(r.path)}' must be a relative path inside the package folder`,
      });
      continue;
    }
    if (refused.some((p) => path === p.file || path.startsWith(p.file + sep))) continue; // reported by refusedFiles
    if (!existsSync(path)) {
      problems.add({ file, message: `resources[${i}] '${name}': file '${String(r.path)}' is missing` });
      continue;
    }
    if (!statSync(path).isFile()) {
      problems.add({
        file,
        message: `resources[${i}] '${name}': '${String(r.path)}' is not a regular file; give a CSV file inside the package folder`,
      });
      continue;
    }
    const loaded = readResource(dir, name, relative(dir, path), problems);
    if (loaded) resources[name] = loaded;
  }
  checkWithinPackage(descriptor as unknown as PackageDescriptor, resources, problems);
  return { pkg: { dir, descriptor: descriptor as unknown as PackageDescriptor, resources }, problems: problems.list };
}

/**
 * The indicators of a package that have no observations in it: a header-only observations.csv is
 * allowed (the CTC package describes its measures before any kommun has figures), and the API and
 * pages then say there are no values; validate says so in a note rather than a problem.
 */
export function indicatorsWithoutValues(pkg: LoadedPackage): string[] {
  const withValues = new Set(pkg.resources.observations?.rows.map((r) => r.indicator ?? '') ?? []);
  return (pkg.resources.indicators?.rows ?? []).map((r) => r.id ?? '').filter((id) => !withValues.has(id));
}

function splitList(value: string | undefined): string[] {
  return value ? value.split(';') : [];
}

function checkWithinPackage(d: PackageDescriptor, res: LoadedPackage['resources'], problems: Problems): void {
  const sourceIds = new Set((Array.isArray(d.sources) ? d.sources : []).map((s) => s.id));
  const indicators = new Map((res.indicators?.rows ?? []).map((r) => [r.id ?? '', r]));
  const breakdownKeys = new Set((res.breakdowns?.rows ?? []).map((r) => `${r.dimension}\u0000${r.code}`));
  for (const name of ['indicators', 'observations'] as const) {
    const r = res[name];
    r?.rows.forEach((row, i) => {
      for (const id of splitList(row.sources)) {
        if (!sourceIds.has(id)) {
          problems.add({
            file: r.file,
            line: r.lines[i],
            column: 'sources',
            message: `unknown source '${id}'; the descriptor's sources are ${[...sourceIds].join(', ')}`,
          });
        }
      }
    });
  }
  checkForeignKeysWithinPackage(res, problems);
  const obs = res.observations;
  obs?.rows.forEach((row, i) => {
    const line = obs.lines[i];
    const indicator = indicators.get(row.indicator ?? '');
    if (!indicator) return; // reported as a foreign key

    const dimension = indicator.breakdown_dimension ?? '';
    if (row.breakdown !== TOTAL_BREAKDOWN && !breakdownKeys.has(`${dimension}\u0000${row.breakdown}`)) {
      const hint = dimension
        ? `define it in breakdowns.csv under dimension '${dimension}'`
        : `indicator '${row.indicator}' has no breakdown_dimension, so only '${TOTAL_BREAKDOWN}' is allowed`;
      problems.add({ file: obs.file, line, column: 'breakdown', message: `unknown breakdown '${row.breakdown}'; ${hint}` });
    }
    const cited = new Set(splitList(indicator.sources));
    for (const id of splitList(row.sources)) {
      if (sourceIds.has(id) && !cited.has(id)) {
        problems.add({
          file: obs.file,
          line,
          column: 'sources',
          message: `source '${id}' is not among the sources of indicator '${row.indicator}' (${indicator.sources}); add it to the indicator's sources`,
        });
      }
    }
    if (row.value === '' && row.status !== 'suppressed' && row.status !== 'missing') {
      problems.add({
        file: obs.file,
        line,
        column: 'value',
        message: `is empty but status is '${row.status}'; an empty value needs status suppressed or missing`,
      });
    }
  });
}

/** Every foreign key of the format that points inside the same package, from RESOURCE_SCHEMAS. */
function checkForeignKeysWithinPackage(res: LoadedPackage['resources'], problems: Problems): void {
  for (const [name, loaded] of Object.entries(res) as [ResourceName, LoadedResource][]) {
    const schema: TableSchema = RESOURCE_SCHEMAS[name];
    for (const fk of schema.foreignKeys ?? []) {
      if (fk.reference.package) continue; // checked across packages
      const target = res[fk.reference.resource as ResourceName];
      const keyOf = (row: Row, fields: string[]) => fields.map((f) => row[f] ?? '').join('\u0000');
      const known = new Set(target?.rows.map((r) => keyOf(r, fk.reference.fields)) ?? []);
      loaded.rows.forEach((row, i) => {
        const key = keyOf(row, fk.fields);
        if (fk.fields.every((f) => (row[f] ?? '') === '') || known.has(key)) return;
        const field = fk.fields.join(', ');
        problems.add({
          file: loaded.file,
          line: loaded.lines[i],
          column: field,
          message: `unknown ${field} '${fk.fields.map((f) => row[f]).join(', ')}'; it must be a ${fk.reference.fields.join(', ')} in this package's ${fk.reference.resource}.csv`,
        });
      });
    }
  }
}

/**
 * Checks references between packages: geography codes, Agenda 2030 goals and targets, and
 * that ids which become global keys (indicators, geographies) appear in one package only.
 */
export function checkAcrossPackages(packages: LoadedPackage[]): Problem[] {
  const problems = new Problems();
  // The name is the dataset's id in the database and the API: two packages cannot share it.
  const firstByName = new Map<string, LoadedPackage>();
  for (const p of packages) {
    const first = firstByName.get(p.descriptor.name);
    if (first) {
      problems.add({
        file: join(p.dir, 'datapackage.json'),
        message: `'name' is '${p.descriptor.name}', which the package in ${first.dir} also has; each package needs a name of its own: change 'name' in one of them`,
      });
    } else firstByName.set(p.descriptor.name, p);
  }
  const byName = new Map(packages.map((p) => [p.descriptor.name, p]));
  const keysOf = (pkg: string, resource: ResourceName, field: string): Set<string> =>
    new Set(byName.get(pkg)?.resources[resource]?.rows.map((r) => r[field] ?? '') ?? []);
  const everywhere = (resource: ResourceName, field: string): Set<string> =>
    new Set(packages.flatMap((p) => p.resources[resource]?.rows.map((r) => r[field] ?? '') ?? []));
  const geoCodes = everywhere('geographies', 'code');
  const indicatorIds = everywhere('indicators', 'id');
  const goals = keysOf('agenda-2030', 'sdg-goals', 'goal');
  const targets = keysOf('agenda-2030', 'sdg-targets', 'target');

  /** Reports every row of `resource` whose `field` is set but not in `known`. */
  const check = (p: LoadedPackage, resource: ResourceName, field: string, known: Set<string>, message: (v: string) => string) => {
    const r = p.resources[resource];
    r?.rows.forEach((row, i) => {
      const value = row[field] ?? '';
      if (value !== '' && !known.has(value)) problems.add({ file: r.file, line: r.lines[i], column: field, message: message(value) });
    });
  };
  const unknownGeo = (v: string) => {
    // A spreadsheet drops the leading zero of a code it took for a number: 0136 becomes 136.
    if (/^[0-9]{3}$/.test(v) && geoCodes.has(`0${v}`))
      return `unknown geography code '${v}'; kommun codes have four digits: did you mean 0${v}?`;
    if (/^[0-9]$/.test(v) && geoCodes.has(`0${v}`)) return `unknown geography code '${v}'; län codes have two digits: did you mean 0${v}?`;
    return `unknown geography code '${v}'; valid codes are in datasets/geographies/geographies.csv (4 digits for a kommun, 2 for a län, SE for Riket)`;
  };
  const unknownIndicator = (v: string) =>
    `unknown indicator '${v}'; it must be defined in some package's indicators.csv (leave it empty where there is no data yet)`;

  // Ids that become primary keys of the database must be unique across packages.
  const owners = new Map<string, string>();
  for (const p of packages) {
    for (const [resource, field] of [
      ['indicators', 'id'],
      ['plans', 'id'],
      ['goals', 'id'],
      ['networks', 'id'],
      ['ctc-factors', 'id'],
      ['geographies', 'code'],
    ] as const) {
      const r = p.resources[resource];
      r?.rows.forEach((row, i) => {
        const key = `${resource}\u0000${row[field] ?? ''}`;
        const owner = owners.get(key);
        if (owner && owner !== p.descriptor.name) {
          problems.add({
            file: r.file,
            line: r.lines[i],
            column: field,
            message: `${resource} '${row[field]}' is already defined by package '${owner}'`,
          });
        } else owners.set(key, p.descriptor.name);
      });
    }
  }

  for (const p of packages) {
    check(p, 'observations', 'geo', geoCodes, unknownGeo);
    check(
      p,
      'geographies',
      'parent',
      geoCodes,
      (v) => `unknown parent '${v}'; a parent must be a geography code in this or the geographies package`,
    );
    check(p, 'plans', 'geo', geoCodes, unknownGeo);
    check(p, 'boundaries', 'code', geoCodes, unknownGeo);
    check(p, 'goal-indicators', 'geo', geoCodes, unknownGeo);
    check(p, 'network-members', 'geo', geoCodes, unknownGeo);
    check(p, 'goal-indicators', 'indicator', indicatorIds, unknownIndicator);
    check(p, 'networks', 'member_count_indicator', indicatorIds, unknownIndicator);
    check(p, 'ctc-factors', 'indicator', indicatorIds, unknownIndicator);
    // Every id the API names must resolve: successors and predecessors are indicators of some package.
    for (const field of ['successors', 'predecessors'] as const) {
      const r = p.resources.indicators;
      r?.rows.forEach((row, i) => {
        for (const id of (row[field] ?? '').split(';').filter(Boolean)) {
          if (!indicatorIds.has(id))
            problems.add({
              file: r.file,
              line: r.lines[i],
              column: field,
              message: `unknown indicator '${id}'; ${field} must name indicators defined in some package (say in the caveats what else replaces it)`,
            });
        }
      });
    }
    for (const [resource, goalField, targetField] of [
      ['sdg-links', 'goal', 'target'],
      ['goal-sdg', 'sdg_goal', 'sdg_target'],
    ] as const) {
      const links = p.resources[resource];
      links?.rows.forEach((row, i) => {
        const goal = row[goalField] ?? '';
        const target = row[targetField] ?? '';
        if (!goals.has(goal))
          problems.add({
            file: links.file,
            line: links.lines[i],
            column: goalField,
            message: `unknown Agenda 2030 goal '${goal}'; expected 1–17`,
          });
        if (target && !targets.has(target)) {
          problems.add({
            file: links.file,
            line: links.lines[i],
            column: targetField,
            message: `unknown Agenda 2030 target '${target}'; see datasets/agenda-2030/sdg-targets.csv`,
          });
        } else if (target && !target.startsWith(`${goal}.`)) {
          problems.add({
            file: links.file,
            line: links.lines[i],
            column: targetField,
            message: `target '${target}' does not belong to goal ${goal}`,
          });
        }
      });
    }
  }
  if (!byName.has('geographies'))
    problems.add({ file: 'datasets/geographies', message: 'the geographies package is missing; every observation refers to it' });
  if (!byName.has('agenda-2030'))
    problems.add({ file: 'datasets/agenda-2030', message: 'the agenda-2030 package is missing; Agenda 2030 links refer to it' });
  return problems.list;
}

export { Problems };
