/**
 * Kolada exports (PROVENANCE files 1 and 2) → observations. Values are copied as the exact
 * strings in the source; only codes are mapped and notes added.
 */
import { TOTAL_BREAKDOWN } from '../lib/package-format.ts';
import { readSourceCsv, type Row } from '../lib/package-writer.ts';
import { KOLADA_META } from './employment-kolada-meta.ts';
import {
  NOTE_BREAK_2019,
  NOTE_EOS_ROUNDED,
  NOTE_GENDER_INFERRED,
  SOURCES_WITHOUT_GENDER,
  geoCode,
  type IndicatorMeta,
} from './employment-meta.ts';

export const KOLADA_FILES = ['kolada_N00914_employment_rate_20_64.csv', 'kolada_other_labour_education_welfare.csv'];

/** Kolada's N00914 description: SCB moved from KU to AGI data from statistics year 2019. */
const N00914_BREAK_FROM = '2019';

const metaByTitle = new Map(KOLADA_META.map((m) => [m.title_sv, m]));

function metaFor(row: Row, file: string, line: number): IndicatorMeta {
  const title = row.kpi_title ?? '';
  const meta = metaByTitle.get(title);
  if (!meta) throw new Error(`${file} line ${line}: no indicator metadata for kpi_title '${title}'; add it to employment-kolada-meta.ts`);
  // A filled kpi column must agree with the id we publish, or rows would land under the wrong id.
  if (row.kpi && row.kpi !== meta.id) {
    throw new Error(`${file} line ${line}: kpi '${row.kpi}' but metadata for '${title}' has id '${meta.id}'`);
  }
  if (!row.kpi && !meta.id.startsWith('kolada-')) {
    throw new Error(`${file} line ${line}: blank kpi for '${title}' but metadata id '${meta.id}' is not a kolada- id`);
  }
  return meta;
}

function notesFor(row: Row, id: string): string {
  const sources = (row.sources ?? '').split(';');
  const notes: string[] = [];
  if (sources.some((s) => SOURCES_WITHOUT_GENDER.includes(s))) {
    // The exports carry no gender column at all, so every row they support is an inferred T.
    if (row.gender !== 'T') throw new Error(`row from ${row.sources} with gender '${row.gender}': these exports have no gender`);
    notes.push(NOTE_GENDER_INFERRED);
  }
  // Where S3 also supplied the row, PROVENANCE kept the more precise S3 value; only S4-alone rows are rounded.
  if (row.sources === 'S4') notes.push(NOTE_EOS_ROUNDED);
  if (id === 'N00914' && (row.period ?? '') >= N00914_BREAK_FROM) notes.push(NOTE_BREAK_2019);
  return notes.join(' ');
}

/** Reads both Kolada files and returns their observations, one per source row. */
export function koladaObservations(): { rows: Row[]; read: Record<string, number> } {
  const rows: Row[] = [];
  const read: Record<string, number> = {};
  for (const file of KOLADA_FILES) {
    const source = readSourceCsv(file);
    read[file] = source.length;
    for (const [i, row] of source.entries()) {
      const meta = metaFor(row, file, i + 2);
      rows.push({
        indicator: meta.id,
        geo: geoCode(row.municipality_code ?? ''),
        period: row.period ?? '',
        gender: row.gender ?? '',
        breakdown: TOTAL_BREAKDOWN,
        value: row.value ?? '',
        status: meta.id === 'N00914' && (row.period ?? '') >= N00914_BREAK_FROM ? 'break' : 'final',
        note: notesFor(row, meta.id),
        sources: row.sources ?? '',
      });
    }
  }
  return { rows, read };
}
