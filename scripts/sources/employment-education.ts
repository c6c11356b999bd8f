/**
 * Kolada's education indicators for every kommun, län and Riket (PROVENANCE-education.md) →
 * observations. Values are copied as the exact strings in the source. N15428 is also in the older
 * Kolada exports; those rows are merged in employment.ts (mergeAgreeing).
 */
import { TOTAL_BREAKDOWN } from '../lib/package-format.ts';
import { readSourceCsv, type Row } from '../lib/package-writer.ts';
import { geoCode, type IndicatorMeta } from './employment-meta.ts';

export const EDUCATION_FILE = 'kolada_education_kommun_lan_riket_2015_2025.csv';
export const EDUCATION_SOURCE = 'S13';

function educationMeta(
  meta: Pick<IndicatorMeta, 'id' | 'title_sv' | 'title_en' | 'description_en' | 'direction' | 'sdg'> & Partial<IndicatorMeta>,
): IndicatorMeta {
  return { definer: 'kolada', unit: 'percent', decimals: 1, topic: 'education', caveats: [], ...meta };
}

/** The KPIs of the file that are new to Måltal; N15428 is defined in employment-kolada-meta.ts. Titles as in Kolada's catalogue 2026-03. */
export const EDUCATION_META: IndicatorMeta[] = [
  educationMeta({
    id: 'N01982',
    title_sv: 'Invånare 25-64 år med eftergymnasial utbildning, andel (%)',
    title_en: 'Residents aged 25–64 with post-secondary education, share (%)',
    description_en:
      'Residents aged 25–64 whose highest education is post-secondary (shorter than 3 years, 3 years or longer, or doctoral studies), as a share of all residents aged 25–64 (SCB, via Kolada).',
    direction: 'increase',
    sdg: [{ goal: 4, target: '4.3', relation: 'context' }],
  }),
  educationMeta({
    id: 'N01984',
    title_sv: 'Invånare 25-64 år med förgymnasial utbildning, andel (%)',
    title_en: 'Residents aged 25–64 with at most compulsory education, share (%)',
    description_en:
      'Residents aged 25–64 whose highest education is pre-upper-secondary (at most compulsory school), as a share of all residents aged 25–64 (SCB, via Kolada).',
    direction: 'decrease',
    sdg: [{ goal: 4, target: '4.4', relation: 'context' }],
  }),
  educationMeta({
    id: 'N17473',
    title_sv: 'Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, hemkommun, andel (%)',
    title_en: 'Upper-secondary pupils who became eligible for university within 3 years, by home municipality, share (%)',
    description_en:
      'Pupils registered in the municipality who started upper-secondary school three years earlier (introductory programmes included) and became eligible for university within three years, as a share of all who started; from 2021 IB pupils are excluded (SCB, via Kolada).',
    direction: 'increase',
    caveats: [
      {
        sv: 'Kolada publicerar N17473 bara för kommuner (och riket), inte för län. Det är inte "gymnasieexamen inom 4 år" (N17461), som den här källan inte har.',
        en: 'Kolada publishes N17473 for municipalities (and Sweden) only, not for counties. It is not "upper-secondary diploma within 4 years" (N17461), which this source does not hold.',
      },
    ],
    sdg: [{ goal: 4, target: '4.1', relation: 'proxy' }],
  }),
];

/** Reads the file and returns one observation per source row. */
export function educationObservations(): { rows: Row[]; read: Record<string, number> } {
  const source = readSourceCsv(EDUCATION_FILE);
  const known = new Set([...EDUCATION_META.map((m) => m.id), 'N15428']);
  const rows = source.map((r, i) => {
    if (!known.has(r.kpi_id ?? ''))
      throw new Error(`${EDUCATION_FILE} line ${i + 2}: unknown kpi_id '${r.kpi_id}'; expected ${[...known].join(', ')}`);
    if (!r.value) throw new Error(`${EDUCATION_FILE} line ${i + 2}: empty value`);
    return {
      indicator: r.kpi_id ?? '',
      geo: geoCode(r.region_code ?? ''),
      period: r.year ?? '',
      gender: 'T',
      breakdown: TOTAL_BREAKDOWN,
      value: r.value,
      status: 'final',
      note: '',
      sources: EDUCATION_SOURCE,
    };
  });
  return { rows, read: { [EDUCATION_FILE]: source.length } };
}
