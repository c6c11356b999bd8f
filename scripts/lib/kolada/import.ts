/**
 * The `import:kolada` run without the command line: reads what Måltal already has (geographies,
 * other packages' indicator ids, the previous kolada package), fetches KPI metadata and values, and
 * returns a checked package. Nothing is written here; on any error nothing is returned.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { RESOURCE_SCHEMAS, type FieldDef, type ResourceName } from '../package-format.ts';
import type { DescriptorInput, Row } from '../package-writer.ts';
import { checkCell } from '../package-cells.ts';
import { formatProblem, loadPackage } from '../validate-package.ts';
import { dataRequestCount, fetchData, fetchKpis } from './api.ts';
import type { RetryOptions } from './http.ts';
import { indicatorRow, koladaDescriptor, observationRows, type KpiConfig } from './package.ts';
import type { Progress } from './progress.ts';

export const PACKAGE_NAME = 'kolada';
const KPI_ID = /^[A-Z][0-9]{5}$/;

export class ImportError extends Error {}

export interface KoladaImportOptions {
  ids: string[];
  config: KpiConfig[];
  apiUrl: string;
  datasetsDir: string;
  /** ISO timestamp of the retrieval. */
  retrievedAt: string;
  retry?: RetryOptions;
  /** Only these Kolada municipality ids instead of every geography with a kolada_id (tests). */
  municipalities?: string[];
  progress?: (totalRequests: number) => Progress;
}

export interface KoladaImportResult {
  descriptor: DescriptorInput;
  tables: { indicators: Row[]; observations: Row[] };
  refreshed: string[];
  kept: string[];
  observations: number;
}

/** The KPIs listed in scripts/kolada-kpis.json, checked. */
export function readConfig(file: string): KpiConfig[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ImportError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const list = (json as { kpis?: unknown }).kpis;
  if (!Array.isArray(list)) throw new ImportError(`${file}: expected {"kpis": [{"id": "N02267", …}, …]}`);
  return list.map((k, i) => {
    const id = (k as KpiConfig).id;
    if (typeof id !== 'string' || !KPI_ID.test(id))
      throw new ImportError(`${file}: kpis[${i}].id must be a Kolada KPI id such as N02267, got ${JSON.stringify(id)}`);
    return k as KpiConfig;
  });
}

function readCsv(file: string): Row[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

/** Indicator ids defined by packages other than `own`, with the package of each. */
function otherIndicators(root: string, own: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of readdirSync(root)) {
    const file = join(root, name, 'indicators.csv');
    if (name === own || name.includes('.tmp-') || !existsSync(file)) continue;
    for (const row of readCsv(file)) ids.set(row.id ?? '', name);
  }
  return ids;
}

/** Every cell against the format, and the keys and references inside the package. */
function check(tables: KoladaImportResult['tables'], geographies: Set<string>): string[] {
  const problems: string[] = [];
  for (const [name, rows] of Object.entries(tables) as [ResourceName, Row[]][]) {
    const schema = RESOURCE_SCHEMAS[name];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const where = `datasets/${PACKAGE_NAME}/${name}.csv:${i + 2}`;
      for (const f of schema.fields as FieldDef[]) {
        const wrong = checkCell(f, row[f.name] ?? '');
        if (wrong) problems.push(`${where}: column '${f.name}': ${wrong}`);
      }
      const key = schema.primaryKey.map((k) => row[k] ?? '').join('|');
      if (seen.has(key)) problems.push(`${where}: duplicate key ${key}`);
      seen.add(key);
    });
  }
  const ids = new Set(tables.indicators.map((r) => r.id));
  for (const o of tables.observations) {
    if (!ids.has(o.indicator ?? '')) problems.push(`observation for unknown indicator '${o.indicator}'`);
    if (!geographies.has(o.geo ?? '')) problems.push(`observation for unknown geography '${o.geo}'`);
  }
  return problems.slice(0, 50);
}

export async function importKolada(o: KoladaImportOptions): Promise<KoladaImportResult> {
  const ids = [...new Set(o.ids.length > 0 ? o.ids : o.config.map((k) => k.id))];
  if (ids.length === 0) throw new ImportError('no KPI ids given and the config lists none');
  const bad = ids.filter((id) => !KPI_ID.test(id));
  if (bad.length > 0) throw new ImportError(`not a Kolada KPI id: ${bad.join(', ')}; ids look like N02267 (a letter and five digits)`);

  const geoFile = join(o.datasetsDir, 'geographies', 'geographies.csv');
  if (!existsSync(geoFile)) throw new ImportError(`${geoFile} is missing; the importer maps Kolada ids to the geographies package`);
  const geoRows = readCsv(geoFile);
  const geographies = new Set(geoRows.map((g) => g.code ?? ''));
  const municipalities = o.municipalities ?? geoRows.map((g) => g.kolada_id ?? '').filter(Boolean);

  const owners = otherIndicators(o.datasetsDir, PACKAGE_NAME);
  const taken = ids.filter((id) => owners.has(id));
  if (taken.length > 0) {
    throw new ImportError(
      `${taken.map((id) => `${id} (package '${owners.get(id)}')`).join(', ')} already defined by another package; an indicator id may live in one package only`,
    );
  }

  // The previous package: kept for the KPIs not refreshed now, and it must be valid to build on.
  const previousDir = join(o.datasetsDir, PACKAGE_NAME);
  let previous: { version: string; indicators: Row[]; observations: Row[] } | undefined;
  if (existsSync(previousDir)) {
    const { pkg, problems } = loadPackage(previousDir);
    if (!pkg || problems.length > 0)
      throw new ImportError(`datasets/${PACKAGE_NAME} is not a valid package; fix it first:\n${problems.map(formatProblem).join('\n')}`);
    previous = {
      version: pkg.descriptor.version,
      indicators: pkg.resources.indicators?.rows ?? [],
      observations: pkg.resources.observations?.rows ?? [],
    };
  }

  const progress = o.progress?.(Math.ceil(ids.length / 25) + dataRequestCount(ids.length, municipalities.length));
  const retry: RetryOptions = {
    ...o.retry,
    onRetry: (info) => {
      progress?.note(`retry ${info.attempt}: ${info.status} from ${info.url}; waiting ${info.delayMs} ms`);
      o.retry?.onRetry?.(info);
    },
  };
  const onPage = (url: string) => progress?.tick(url.replace(o.apiUrl, '').slice(0, 60));
  const kpis = await fetchKpis(o.apiUrl, ids, { ...retry, onPage });
  const data = await fetchData(o.apiUrl, ids, municipalities, { ...retry, onPage });
  progress?.done();

  const configById = new Map(o.config.map((k) => [k.id, k]));
  const refreshed = new Set(ids);
  const fresh = {
    indicators: kpis.map((k) => indicatorRow(k, configById.get(k.id), o.retrievedAt)),
    observations: observationRows(data, geographies),
  };
  const keptIndicators = (previous?.indicators ?? []).filter((r) => !refreshed.has(r.id ?? ''));
  const tables = {
    indicators: [...keptIndicators, ...fresh.indicators].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? '')),
    observations: [...(previous?.observations ?? []).filter((r) => !refreshed.has(r.indicator ?? '')), ...fresh.observations].sort(
      (a, b) =>
        (a.indicator ?? '').localeCompare(b.indicator ?? '') ||
        (a.geo ?? '').localeCompare(b.geo ?? '') ||
        (a.period ?? '').localeCompare(b.period ?? '') ||
        'TKM'.indexOf(a.gender ?? '') - 'TKM'.indexOf(b.gender ?? ''),
    ),
  };
  const problems = check(tables, geographies);
  if (problems.length > 0) throw new ImportError(`the fetched data does not make a valid package:\n${problems.join('\n')}`);
  return {
    descriptor: koladaDescriptor(o.apiUrl, o.retrievedAt, previous?.version),
    tables,
    refreshed: [...refreshed],
    kept: keptIndicators.map((r) => r.id ?? ''),
    observations: fresh.observations.length,
  };
}
