/**
 * Builds the `employment` dataset package (labour market, education, welfare) from the Kolada
 * exports and regional compilations in ../shared/sources, as PROVENANCE.md describes them.
 * Every observation is one source row, its value copied as the source's exact string; the build
 * fails rather than drop, merge or guess anything.
 *
 * Run: npx tsx scripts/sources/employment.ts
 */
import { fileURLToPath } from 'node:url';
import { RESOURCE_SCHEMAS } from '../lib/package-format.ts';
import { readSourceCsv, writePackage, type Row } from '../lib/package-writer.ts';
import { DESCRIPTOR } from './employment-descriptor.ts';
import { catalogue, indicatorRow, sdgLinkRows } from './employment-indicators.ts';
import { KOLADA_META } from './employment-kolada-meta.ts';
import { koladaObservations } from './employment-kolada.ts';
import type { IndicatorMeta } from './employment-meta.ts';
import { BREAKDOWNS, regionalObservations } from './employment-regional.ts';

const PRIMARY_KEY = RESOURCE_SCHEMAS.observations.primaryKey;

/** Spot checks from the brief: these series must come through whole and verbatim. */
const VERBATIM_CHECKS = [
  { indicator: 'N00914', geo: '0136', first: 1998, last: 2018 },
  { indicator: 'N00914', geo: '0181', first: 1998, last: 2018 },
];

function breakdownRows(metas: IndicatorMeta[], observations: Row[]): Row[] {
  const rows: Row[] = [];
  for (const dimension of [...new Set(metas.map((m) => m.breakdown_dimension).filter((d): d is string => !!d))]) {
    const defs = BREAKDOWNS[dimension];
    if (!defs) throw new Error(`no breakdown codes defined for dimension '${dimension}'`);
    for (const [i, def] of Object.values(defs).entries()) {
      rows.push({ dimension, code: def.code, label_sv: def.label_sv, label_en: def.label_en, sort: String(i + 1) });
    }
  }
  // Every breakdown an observation uses must be defined for its indicator's dimension.
  const dimOf = new Map(metas.map((m) => [m.id, m.breakdown_dimension]));
  const defined = new Set(rows.map((r) => `${r.dimension}|${r.code}`));
  for (const o of observations) {
    const dim = dimOf.get(o.indicator ?? '');
    const ok = dim ? defined.has(`${dim}|${o.breakdown}`) : o.breakdown === 'total';
    if (!ok) throw new Error(`observation ${o.indicator}/${o.geo}/${o.period}: breakdown '${o.breakdown}' not defined for dimension '${dim ?? 'none'}'`);
  }
  return rows;
}

function assertUniqueKeys(observations: Row[]): void {
  const seen = new Map<string, Row>();
  for (const o of observations) {
    const key = PRIMARY_KEY.map((f) => o[f]).join('|');
    const other = seen.get(key);
    if (other) throw new Error(`duplicate observation ${key}: values '${other.value}' (${other.sources}) and '${o.value}' (${o.sources})`);
    seen.set(key, o);
  }
}

function assertVerbatim(observations: Row[]): void {
  const source = readSourceCsv('kolada_N00914_employment_rate_20_64.csv');
  for (const check of VERBATIM_CHECKS) {
    for (let year = check.first; year <= check.last; year++) {
      const period = String(year);
      const want = source.find((r) => r.municipality_code === check.geo && r.period === period && r.gender === 'T');
      const got = observations.find((o) => o.indicator === check.indicator && o.geo === check.geo && o.period === period && o.gender === 'T');
      if (!want || !got || want.value !== got.value) {
        throw new Error(`${check.indicator} ${check.geo} ${period}: source '${want?.value}' but package '${got?.value}'`);
      }
    }
  }
}

/** Builds and writes datasets/employment/; returns the folder written. */
export function buildEmployment(): string {
  const kolada = koladaObservations();
  const regional = regionalObservations();
  const metas = [...KOLADA_META, ...regional.meta];
  const observations = [...kolada.rows, ...regional.rows];

  const ids = new Set<string>();
  for (const m of metas) {
    if (ids.has(m.id)) throw new Error(`indicator id '${m.id}' defined twice`);
    ids.add(m.id);
  }
  const byIndicator = new Map<string, Row[]>(metas.map((m) => [m.id, []]));
  for (const o of observations) {
    const list = byIndicator.get(o.indicator ?? '');
    if (!list) throw new Error(`observation for unknown indicator '${o.indicator}'`);
    list.push(o);
  }
  const empty = [...byIndicator].filter(([, rows]) => rows.length === 0).map(([id]) => id);
  if (empty.length) throw new Error(`indicators without observations: ${empty.join(', ')}`);

  // One output row per source row: nothing is dropped or merged.
  const read = { ...kolada.read, ...regional.read };
  const sourceRows = Object.values(read).reduce((a, b) => a + b, 0);
  if (observations.length !== sourceRows) throw new Error(`${sourceRows} source rows but ${observations.length} observations`);
  assertUniqueKeys(observations);
  assertVerbatim(observations);

  const cat = catalogue(readSourceCsv('kolada_kpi_catalogue.csv'));
  const dir = writePackage(DESCRIPTOR, {
    indicators: metas.map((m) => indicatorRow(m, byIndicator.get(m.id) ?? [], cat)),
    breakdowns: breakdownRows(metas, observations),
    'sdg-links': sdgLinkRows(metas, readSourceCsv('sdg_targets.csv')),
    observations,
  });

  for (const [file, n] of Object.entries(read)) console.log(`${file}: ${n} rows`);
  for (const [id, rows] of byIndicator) console.log(`  ${id}: ${rows.length}`);
  console.log(`${observations.length} observations, ${metas.length} indicators → ${dir}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildEmployment();
