/**
 * `npm run import:ctc -- <export.csv> [options]`: imports a municipality's CTC survey results into
 * a results package. Every problem in the export is listed as file:line: column: message and then
 * nothing is written; the package stays as it was.
 *
 *   (default)                   merge into datasets/ctc, replacing rows for the same geo and survey year;
 *                               a real import names its source: --source-id, --source-title, --source-url,
 *                               --publisher [--licence] [--retrieved YYYY-MM-DD] (only --source-id when the
 *                               package already lists that source)
 *   --package <name> --example  write example data to datasets/<name> (indicators prefixed 'example-')
 *   --threshold N               suppress cells with fewer than N respondents (default 10)
 *   --date YYYY-MM-DD           the import date, recorded as the package's `updated` (default today)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { repoRoot } from '../api/node-env.ts';
import {
  checkContent,
  contentOf,
  DEFAULT_THRESHOLD,
  exampleSource,
  mergeResults,
  newExamplePackage,
  parseCtcInput,
  type PackageContent,
} from './lib/ctc-import.ts';
import type { PackageSource } from './lib/package-format.ts';
import { datasetsDir, writePackage, type Row } from './lib/package-writer.ts';
import { firstNonUtf8Line, formatSize, MAX_FILE_BYTES } from './lib/package-files.ts';
import { formatProblem, loadPackage, type LoadedPackage, type Problem } from './lib/validate-package.ts';

class UsageError extends Error {}

function loadValid(dir: string): LoadedPackage {
  const { pkg, problems } = loadPackage(dir);
  if (!pkg || problems.length > 0) {
    throw new UsageError(
      `${relative(process.cwd(), dir)} is not a valid package; fix it first:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return pkg;
}

/** Area codes defined by any package, and which package defines each (read from geographies.csv files only). */
function definedAreas(root: string): Map<string, string> {
  const areas = new Map<string, string>();
  for (const name of readdirSync(root)) {
    const file = join(root, name, 'geographies.csv');
    if (name.includes('.tmp-') || !existsSync(file)) continue;
    for (const row of parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[]) {
      if (row.type === 'area' && row.code) areas.set(row.code, name);
    }
  }
  return areas;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      package: { type: 'string', default: 'ctc' },
      example: { type: 'boolean', default: false },
      threshold: { type: 'string' },
      date: { type: 'string' },
      'source-id': { type: 'string' },
      'source-title': { type: 'string' },
      'source-url': { type: 'string' },
      publisher: { type: 'string' },
      licence: { type: 'string' },
      retrieved: { type: 'string' },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError('give one input file: npm run import:ctc -- <export.csv> [--package <name> --example] [--threshold N]');
  const inputPath = positionals[0]!;
  if (!existsSync(inputPath)) throw new UsageError(`input file '${inputPath}' does not exist`);
  const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : Number(values.threshold);
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new UsageError(`--threshold must be a whole number of 1 or more, got '${values.threshold}'`);
  const date = values.date ?? today();
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got '${date}'`);
  const name = values.package;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new UsageError(`--package must be lower-case letters, digits and dashes, got '${name}'`);
  if (values.example && name === 'ctc')
    throw new UsageError('the ctc package holds real results; write example data to its own package: --package <name> --example');

  const root = datasetsDir();
  const catalogue = contentOf(loadValid(join(root, 'ctc')));
  const factors = new Map((catalogue.tables['ctc-factors'] ?? []).map((f) => [f.id ?? '', f.indicator ?? '']));
  const catalogueIndicators = new Map((catalogue.tables.indicators ?? []).map((i) => [i.id ?? '', i]));
  const geographies = loadValid(join(root, 'geographies'));
  const kommuner = new Set(
    (geographies.resources.geographies?.rows ?? []).filter((g) => g.type === 'municipality').map((g) => g.code ?? ''),
  );

  const targetDir = join(root, name);
  let target: PackageContent;
  const inputFromRepo = relative(repoRoot, resolve(inputPath));
  let source: PackageSource;
  if (existsSync(targetDir)) {
    target = name === 'ctc' ? catalogue : contentOf(loadValid(targetDir));
    if (target.descriptor.example !== values.example) {
      throw new UsageError(
        target.descriptor.example
          ? `package '${name}' is example data; pass --example to add example data to it`
          : `package '${name}' holds real figures; example data goes to a package of its own`,
      );
    }
  } else if (values.example) {
    target = newExamplePackage(name, catalogue, exampleSource(inputFromRepo, date), date);
  } else {
    throw new UsageError(`datasets/${name} does not exist; real results go into the ctc package (the default)`);
  }
  if (values.example) {
    source = exampleSource(inputFromRepo, date);
  } else {
    const id = values['source-id'];
    const listed = target.descriptor.sources.find((s) => s.id === id);
    const given = { title: values['source-title'], path: values['source-url'], publisher: values.publisher };
    if (!id || !/^[A-Za-z0-9_.-]+$/.test(id)) {
      throw new UsageError(
        'a real import names where the figures come from: --source-id ID --source-title "…" --source-url URL --publisher "…" [--licence "…"] [--retrieved YYYY-MM-DD]',
      );
    }
    if (!listed && (!given.title || !given.path || !given.publisher)) {
      throw new UsageError(`source '${id}' is new to package '${name}'; give --source-title, --source-url and --publisher too`);
    }
    source = {
      id,
      title: given.title ?? listed!.title,
      path: given.path ?? listed!.path,
      publisher: given.publisher ?? listed!.publisher,
      retrieved: values.retrieved ?? (listed && !given.path ? listed.retrieved : date),
      licence: values.licence ?? listed?.licence ?? 'No licence stated by the publisher.',
    };
  }

  const parsed = parseCtcInput(readInput(inputPath, name), inputPath, {
    kommuner,
    areas: definedAreas(root),
    target: name,
    factors,
    threshold,
  });
  if (parsed.problems.length > 0) fail(parsed.problems, name);
  let result: ReturnType<typeof mergeResults>;
  try {
    result = mergeResults(target, parsed, factors, { threshold, source, example: values.example, today: date, catalogueIndicators });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const problems = checkContent(result.content);
  if (problems.length > 0) fail(problems, name);
  const dir = writePackage(result.content.descriptor, result.content.tables);
  console.log(
    `import:ctc: ${result.written} rows written (${result.suppressed} suppressed under n < ${threshold}), ` +
      `${result.replaced} replaced, ${result.newAreas} new areas → ${dir}`,
  );
}

/**
 * The export as text. Excel's "CSV UTF-8" (with a byte-order mark, CRLF line endings) is read as
 * it is; an export in another encoding (Excel's plain "CSV" is Windows-1252) or too large to hold
 * in memory is refused with what to do.
 */
function readInput(path: string, name: string): string {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    fail(
      [
        {
          file: path,
          message: `is ${formatSize(size)}; an export may be at most ${formatSize(MAX_FILE_BYTES)}: import it in parts, e.g. one survey year at a time`,
        },
      ],
      name,
    );
  }
  const bytes = readFileSync(path);
  const badLine = firstNonUtf8Line(bytes);
  if (badLine !== undefined) {
    fail(
      [{ file: path, line: badLine, message: 'is not valid UTF-8 (from this line on); in Excel, save it as "CSV UTF-8 (kommaavgränsad)"' }],
      name,
    );
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function fail(problems: Problem[], name: string): never {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s); nothing was written and datasets/${name} is unchanged.`);
  process.exit(1);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`import:ctc: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
