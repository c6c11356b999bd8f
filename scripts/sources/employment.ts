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
import { BAS_EMPLOYMENT, BAS_MONTHLY_UNEMPLOYMENT, BAS_UNEMPLOYMENT, basObservations } from './employment-bas.ts';
import { DESCRIPTOR } from './employment-descriptor.ts';
import { EDUCATION_META, educationObservations } from './employment-education.ts';
import { catalogue, indicatorRow, sdgLinkRows } from './employment-indicators.ts';
import { KOLADA_META } from './employment-kolada-meta.ts';
import { koladaObservations } from './employment-kolada.ts';
import type { Bilingual } from '../lib/package-format.ts';
import type { IndicatorMeta } from './employment-meta.ts';
import { BREAKDOWNS, DALARNA_EDUCATION_META, MONTHLY_META, regionalObservations } from './employment-regional.ts';

const PRIMARY_KEY = RESOURCE_SCHEMAS.observations.primaryKey;

/** Spot checks from the brief: these series must come through whole and verbatim. */
const VERBATIM_CHECKS = [
  { indicator: 'N00914', geo: '0136', first: 1998, last: 2018 },
  { indicator: 'N00914', geo: '0181', first: 1998, last: 2018 },
];

/** PROVENANCE-bas.md's and PROVENANCE-education.md's worked examples: the package must hold exactly these. */
const PROVENANCE_EXAMPLES: { indicator: string; geo: string; period: string; breakdown: string; value: string }[] = [
  { indicator: BAS_EMPLOYMENT.id, geo: '0181', period: '2024', breakdown: 'total', value: '76.9' },
  { indicator: BAS_EMPLOYMENT.id, geo: '0181', period: '2024', breakdown: 'inrikes-fodd', value: '82.1' },
  { indicator: BAS_EMPLOYMENT.id, geo: '0181', period: '2024', breakdown: 'utrikes-fodd', value: '72.6' },
  { indicator: BAS_UNEMPLOYMENT.id, geo: '0181', period: '2024', breakdown: 'total', value: '8.9' },
  { indicator: BAS_UNEMPLOYMENT.id, geo: '0181', period: '2024', breakdown: 'inrikes-fodd', value: '4.4' },
  { indicator: BAS_UNEMPLOYMENT.id, geo: '0181', period: '2024', breakdown: 'utrikes-fodd', value: '12.6' },
  { indicator: 'N01982', geo: '0136', period: '2024', breakdown: 'total', value: '37.6' },
  { indicator: 'N01984', geo: '0136', period: '2024', breakdown: 'total', value: '12.75' },
  { indicator: 'N15428', geo: '0136', period: '2024', breakdown: 'total', value: '80.53' },
  { indicator: 'N17473', geo: '0136', period: '2024', breakdown: 'total', value: '52.17' },
];

function assertProvenanceExamples(observations: Row[]): void {
  for (const e of PROVENANCE_EXAMPLES) {
    const got = observations.find(
      (o) => o.indicator === e.indicator && o.geo === e.geo && o.period === e.period && o.gender === 'T' && o.breakdown === e.breakdown,
    );
    if (got?.value !== e.value)
      throw new Error(
        `${e.indicator} ${e.geo} ${e.period} ${e.breakdown}: PROVENANCE gives '${e.value}' but the package has '${got?.value}'`,
      );
  }
}

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
    if (!ok)
      throw new Error(
        `observation ${o.indicator}/${o.geo}/${o.period}: breakdown '${o.breakdown}' not defined for dimension '${dim ?? 'none'}'`,
      );
  }
  return rows;
}

const keyOf = (o: Row) => PRIMARY_KEY.map((f) => o[f]).join('|');
const decimalsOf = (value: string) => value.split('.')[1]?.length ?? 0;

/**
 * Merges observations that two sources give for the same key when they agree: the coarser value
 * must be the finer one rounded (within half a unit of its last decimal). The finer value is kept
 * and both sources are cited; anything else fails the build. Returns the rows and how many merged.
 */
export function mergeAgreeing(observations: Row[]): { rows: Row[]; merged: number } {
  const byKey = new Map<string, Row>();
  let merged = 0;
  for (const o of observations) {
    const key = keyOf(o);
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, o);
      continue;
    }
    const [fine, coarse] = decimalsOf(o.value ?? '') > decimalsOf(other.value ?? '') ? [o, other] : [other, o];
    const tolerance = 0.5 * 10 ** -decimalsOf(coarse.value ?? '') + 1e-9;
    if (!fine.value || !coarse.value || Math.abs(Number(fine.value) - Number(coarse.value)) > tolerance) {
      throw new Error(`observation ${key}: sources disagree: '${other.value}' (${other.sources}) and '${o.value}' (${o.sources})`);
    }
    const sources = [...new Set([...(fine.sources ?? '').split(';'), ...(coarse.sources ?? '').split(';')])].sort();
    byKey.set(key, { ...fine, sources: sources.join(';') });
    merged += 1;
  }
  return { rows: [...byKey.values()], merged };
}

/**
 * How an older copy of a series compares with the current one, as a caveat: how many of the values
 * both hold agree (rounded to the coarser), and the largest difference. Derived, so it cannot drift.
 */
function comparedWith(observations: Row[], older: string, current: IndicatorMeta, where: Bilingual): Bilingual {
  const currentValues = new Map(
    observations.filter((o) => o.indicator === current.id).map((o) => [keyOf({ ...o, indicator: older }), o.value ?? '']),
  );
  let same = 0;
  let maxDiff = 0;
  const periods: string[] = [];
  for (const o of observations.filter((r) => r.indicator === older)) {
    const other = currentValues.get(keyOf(o));
    if (other === undefined) continue;
    periods.push(o.period ?? '');
    const d = Math.min(decimalsOf(other), decimalsOf(o.value ?? ''));
    const diff = Math.abs(Number(other) - Number(o.value));
    if (diff <= 0.5 * 10 ** -d + 1e-9) same += 1;
    maxDiff = Math.max(maxDiff, diff);
  }
  if (periods.length === 0) throw new Error(`${older} and ${current.id} share no observation; the comparison caveat would be empty`);
  periods.sort();
  const span = `${periods[0]}–${periods.at(-1)}`;
  const n = periods.length;
  const diff = maxDiff.toFixed(2).replace(/0$/, '');
  return same === n
    ? {
        sv: `${where.sv}: alla ${n} värden som båda serierna har (${span}) stämmer med ${current.id} efter avrundning. Använd ${current.id}, som har fler områden.`,
        en: `${where.en}: all ${n} values both series hold (${span}) agree with ${current.id} after rounding. Use ${current.id}, which covers more places.`,
      }
    : {
        sv: `${where.sv}: ${n - same} av ${n} värden som båda serierna har (${span}) skiljer sig från ${current.id}, med upp till ${diff.replace('.', ',')} procentenheter; SCB reviderar preliminära värden. Använd ${current.id}.`,
        en: `${where.en}: ${n - same} of the ${n} values both series hold (${span}) differ from ${current.id}, by up to ${diff} percentage points; SCB revises preliminary values. Use ${current.id}.`,
      };
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
      const got = observations.find(
        (o) => o.indicator === check.indicator && o.geo === check.geo && o.period === period && o.gender === 'T',
      );
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
  const bas = basObservations();
  const education = educationObservations();
  const { rows: observations, merged } = mergeAgreeing([...kolada.rows, ...regional.rows, ...bas.rows, ...education.rows]);

  // Older copies of series Måltal now holds whole say how they compare, from the values themselves.
  const older = (meta: IndicatorMeta, current: IndicatorMeta, where: Bilingual): IndicatorMeta => ({
    ...meta,
    caveats: [...meta.caveats, comparedWith(observations, meta.id, current, where)],
  });
  const eftergymnasial = DALARNA_EDUCATION_META['eftergymnasial 25-64 år, årsmedelvärde, andel (%) av bef.']!;
  const n01982 = EDUCATION_META.find((m) => m.id === 'N01982')!;
  const regionalMeta = regional.meta.map((m) => {
    if (m.id === MONTHLY_META.id) {
      return older(m, BAS_MONTHLY_UNEMPLOYMENT, {
        sv: 'Jämfört med SCB:s månadsserie, hämtad senare',
        en: "Compared with SCB's monthly series, fetched later",
      });
    }
    if (m.id === eftergymnasial.id) return older(m, n01982, { sv: 'Jämfört med Koladas N01982', en: "Compared with Kolada's N01982" });
    return m;
  });
  const metas = [...KOLADA_META, ...regionalMeta, ...bas.meta, ...EDUCATION_META];

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
  const read = { ...kolada.read, ...regional.read, ...bas.read, ...education.read };
  const sourceRows = Object.values(read).reduce((a, b) => a + b, 0);
  if (observations.length + merged !== sourceRows)
    throw new Error(`${sourceRows} source rows but ${observations.length} observations and ${merged} merged`);
  assertUniqueKeys(observations);
  assertVerbatim(observations);
  assertProvenanceExamples(observations);

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
