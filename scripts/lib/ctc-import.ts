/**
 * The CTC results importer's logic, without file access: reads a municipality's export (one row
 * per survey year × geography × school year × sex × factor), checks every cell, suppresses small
 * cells, and merges the rows into a results package. `scripts/import-ctc.ts` does the reading and
 * writing around it.
 */
import { parse } from 'csv-parse/sync';
import { GENDERS } from '../../api/lib/vocabulary.ts';
import {
  RESOURCE_SCHEMAS,
  TOTAL_BREAKDOWN,
  type Bilingual,
  type FieldDef,
  type PackageSource,
  type ResourceName,
} from './package-format.ts';
import type { DescriptorInput, Row } from './package-writer.ts';
import { checkCell, formulaProblem } from './package-cells.ts';
import type { LoadedPackage, Problem } from './validate-package.ts';

/** The school years the CTC survey covers, in order: the `school_year` breakdown. */
export const SCHOOL_YEARS = [
  { code: 'ak6', sv: 'åk 6', en: 'school year 6' },
  { code: 'ak7', sv: 'åk 7', en: 'school year 7' },
  { code: 'ak8', sv: 'åk 8', en: 'school year 8' },
  { code: 'ak9', sv: 'åk 9', en: 'school year 9' },
  { code: 'gy1', sv: 'gymnasiet år 1', en: 'upper secondary year 1' },
  { code: 'gy2', sv: 'gymnasiet år 2', en: 'upper secondary year 2' },
] as const;

/** Cells with fewer respondents than this are suppressed unless `--threshold` says otherwise. */
export const DEFAULT_THRESHOLD = 10;

/** Every note in an example package starts with this. */
export const EXAMPLE_NOTE_SV = 'Exempeldata – inte verkliga resultat.';
const EXAMPLE_NOTE_EN = 'Example data – not real results.';
export const EXAMPLE_PREFIX = 'example-';
export const EXAMPLE_SOURCE_ID = 'EXEMPEL';

const THRESHOLD_CAVEAT_SV = 'Undertryckning:';
const THRESHOLD_CAVEAT_EN = 'Suppression:';

/** The package caveat that states the suppression threshold; the importer replaces it on each import. */
export function thresholdCaveat(threshold: number): Bilingual {
  return {
    sv:
      `${THRESHOLD_CAVEAT_SV} celler med färre än ${threshold} svarande (n) visas inte: värdet är tomt, status är suppressed och ` +
      'n anges. Gränsen står också i varje undertryckt rads anmärkning (den gäller från den senaste importen; äldre rader anger ' +
      'sin egen gräns). Ingen sekundär undertryckning görs: importören döljer inte en cell som kan räknas fram ur andra.',
    en:
      `${THRESHOLD_CAVEAT_EN} cells with fewer than ${threshold} respondents (n) are not shown: the value is empty, the status ` +
      "is suppressed and n is given. The threshold is also stated in each suppressed row's note (it applies from the latest " +
      'import; older rows state their own). No secondary suppression is done: the importer does not hide a cell that can be ' +
      'worked out from others.',
  };
}

const isThresholdCaveat = (c: Bilingual) => c.sv.startsWith(THRESHOLD_CAVEAT_SV);

/** A package as the writer takes it. */
export interface PackageContent {
  descriptor: DescriptorInput;
  tables: Partial<Record<ResourceName, Row[]>>;
}

/** A loaded package as writer input: the descriptor without its resources, and the rows. */
export function contentOf(pkg: LoadedPackage): PackageContent {
  const { resources: _resources, ...descriptor } = pkg.descriptor;
  const tables: PackageContent['tables'] = {};
  for (const [name, loaded] of Object.entries(pkg.resources) as [ResourceName, { rows: Row[] }][]) tables[name] = loaded.rows;
  return { descriptor, tables };
}

/** What the importer knows about geographies and factors before reading the input. */
export interface ImportContext {
  /** Kommun codes of the geographies package. */
  kommuner: Set<string>;
  /** Area codes already defined, with the package that defines each. */
  areas: Map<string, string>;
  /** The package being written. */
  target: string;
  /** Factor id → the catalogue's indicator id. */
  factors: Map<string, string>;
  threshold: number;
}

export interface InputRow {
  line: number;
  year: string;
  geo: string;
  schoolYear: string;
  gender: string;
  factor: string;
  n: string;
  /** With a point as decimal mark; empty when the export left it out for a small cell. */
  share: string;
  ciLow: string;
  ciHigh: string;
}

export interface ParsedInput {
  rows: InputRow[];
  /** Area codes not yet defined anywhere, with the name the export gives them. */
  newAreas: Map<string, string>;
  problems: Problem[];
}

const REQUIRED_COLUMNS = ['survey_year', 'geo', 'school_year', 'gender', 'factor', 'n', 'share'] as const;
const OPTIONAL_COLUMNS = ['area_name', 'ci_low', 'ci_high'] as const;
const SCHOOL_YEAR_CODES: string[] = SCHOOL_YEARS.map((y) => y.code);
const AREA = /^([0-9]{4})-[a-z0-9-]+$/;
const DECIMAL = /^[0-9]+([.,][0-9]+)?$/;

/** A percentage as written in the export (decimal point or comma) → with a point, or an error. */
function percent(value: string): { value: string } | { error: string } {
  const v = value.trim();
  if (!DECIMAL.test(v)) return { error: `expected a percentage from 0 to 100 such as 12.5 or 12,5, got '${value}'` };
  const normal = v.replace(',', '.');
  if (Number(normal) > 100) return { error: `expected a percentage from 0 to 100, got ${value}` };
  return { value: normal };
}

/**
 * Reads and checks an export. Every problem names the file, the line and the column; nothing is
 * returned as rows unless the whole file is correct.
 */
export function parseCtcInput(text: string, file: string, ctx: ImportContext): ParsedInput {
  const problems: Problem[] = [];
  const add = (line: number | undefined, column: string | undefined, message: string) =>
    problems.push({ file, ...(line !== undefined ? { line } : {}), ...(column ? { column } : {}), message });
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // Swedish Excel writes `;` between cells; accept either.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    add(e.lines, undefined, `is not valid CSV: ${e.message}`);
    return { rows: [], newAreas: new Map(), problems };
  }
  const header = records.shift()?.record.map((c) => c.trim());
  if (!header) {
    add(undefined, undefined, `is empty; expected a header row: ${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(',')}`);
    return { rows: [], newAreas: new Map(), problems };
  }
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  for (const col of header) if (!known.has(col)) add(1, col, `unknown column '${col}'; expected ${[...known].join(', ')}`);
  for (const col of REQUIRED_COLUMNS) if (!header.includes(col)) add(1, col, `missing required column '${col}'`);
  if (problems.length > 0) return { rows: [], newAreas: new Map(), problems };

  const rows: InputRow[] = [];
  const newAreas = new Map<string, string>();
  const newAreaLine = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length !== header.length) {
      add(line, undefined, `has ${record.length} cells; the header has ${header.length}`);
      continue;
    }
    const cell: Record<string, string> = {};
    header.forEach((col, i) => (cell[col] = (record[i] ?? '').trim()));
    const get = (col: string) => cell[col] ?? '';
    let ok = true;
    const bad = (column: string, message: string) => {
      add(line, column, message);
      ok = false;
    };

    const year = get('survey_year');
    if (!/^[12][0-9]{3}$/.test(year)) bad('survey_year', `expected a year as YYYY, got '${year}'`);

    const geo = get('geo');
    const area = AREA.exec(geo);
    if (area) {
      const kommun = area[1]!;
      const owner = ctx.areas.get(geo);
      if (!ctx.kommuner.has(kommun))
        bad('geo', `area '${geo}' lies in kommun '${kommun}', which is not a kommun code in datasets/geographies`);
      else if (owner && owner !== ctx.target && owner !== 'geographies') {
        bad('geo', `area '${geo}' is defined by package '${owner}'; import into that package or choose another area code`);
      } else if (!owner) {
        const name = get('area_name');
        const before = newAreas.get(geo);
        const formula = formulaProblem(name);
        if (name === '') bad('area_name', `is empty, but area '${geo}' is new; give its name`);
        else if (formula) bad('area_name', formula);
        else if (before !== undefined && before !== name) {
          bad('area_name', `'${name}' differs from '${before}' given for area '${geo}' on line ${newAreaLine.get(geo)}`);
        } else if (before === undefined) {
          newAreas.set(geo, name);
          newAreaLine.set(geo, line);
        }
      }
    } else if (/^[0-9]{4}$/.test(geo)) {
      if (!ctx.kommuner.has(geo)) bad('geo', `unknown kommun code '${geo}'; valid codes are in datasets/geographies/geographies.csv`);
    } else {
      bad('geo', `expected a kommun code (4 digits, e.g. 1280) or an area code KKKK-xxx (e.g. 1280-centrum), got '${geo}'`);
    }

    const schoolYear = get('school_year');
    if (!SCHOOL_YEAR_CODES.includes(schoolYear) && schoolYear !== TOTAL_BREAKDOWN) {
      bad('school_year', `unknown school year '${schoolYear}'; expected one of ${SCHOOL_YEAR_CODES.join(', ')} or ${TOTAL_BREAKDOWN}`);
    }
    const gender = get('gender');
    if (!(GENDERS as readonly string[]).includes(gender)) bad('gender', `expected T (total), K (kvinnor) or M (män), got '${gender}'`);
    const factor = get('factor');
    if (!ctx.factors.has(factor)) {
      bad(
        'factor',
        factor === ''
          ? 'is required but empty; give a factor id such as com_r01'
          : `unknown factor '${factor}'; expected an id of the CTC catalogue (datasets/ctc/ctc-factors.csv) such as com_r01`,
      );
    }

    const n = get('n');
    let respondents: number | undefined;
    if (n === '') bad('n', 'is required but empty; give the number of respondents (a whole number, 0 or more)');
    else if (!/^[0-9]+$/.test(n)) bad('n', `expected the number of respondents as a whole number, 0 or more, got '${n}'`);
    else respondents = Number(n);
    const suppressed = respondents !== undefined && respondents < ctx.threshold;

    let share = '';
    const rawShare = get('share');
    if (rawShare === '') {
      if (respondents !== undefined && !suppressed)
        bad('share', `is empty, but n = ${n} is at least the threshold ${ctx.threshold}; give the share in percent`);
    } else {
      const p = percent(rawShare);
      if ('error' in p) bad('share', p.error);
      else share = p.value;
    }
    const bounds: Record<'ci_low' | 'ci_high', string> = { ci_low: '', ci_high: '' };
    for (const col of ['ci_low', 'ci_high'] as const) {
      const raw = get(col);
      if (raw === '') continue;
      const p = percent(raw);
      if ('error' in p) bad(col, p.error);
      else bounds[col] = p.value;
    }
    if ((get('ci_low') === '') !== (get('ci_high') === '')) {
      bad(
        get('ci_low') === '' ? 'ci_low' : 'ci_high',
        'is empty, but the other bound is given; give both bounds of the confidence interval or neither',
      );
    } else if (bounds.ci_low !== '' && bounds.ci_high !== '' && share !== '') {
      const [lo, hi, s] = [Number(bounds.ci_low), Number(bounds.ci_high), Number(share)];
      if (lo > s) bad('ci_low', `${bounds.ci_low} is above the share ${share}; the interval must contain the share`);
      if (hi < s) bad('ci_high', `${bounds.ci_high} is below the share ${share}; the interval must contain the share`);
    }

    if (!ok) continue;
    const key = [year, geo, schoolYear, gender, factor].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      add(
        line,
        undefined,
        `repeats survey_year ${year}, geo ${geo}, school_year ${schoolYear}, gender ${gender}, factor ${factor} from line ${first}`,
      );
      continue;
    }
    seen.set(key, line);
    rows.push({ line, year, geo, schoolYear, gender, factor, n, share, ciLow: bounds.ci_low, ciHigh: bounds.ci_high });
  }
  if (rows.length === 0 && problems.length === 0) add(undefined, undefined, 'has no data rows');
  return { rows, newAreas, problems };
}

export interface MergeOptions {
  threshold: number;
  /** The report or export the figures come from; cited by every imported row. */
  source: PackageSource;
  example: boolean;
  /** Date of the import, YYYY-MM-DD: the package's `updated`. */
  today: string;
  /** The catalogue's indicators, by id: copied into an example package as needed. */
  catalogueIndicators: Map<string, Row>;
}

export interface MergeResult {
  content: PackageContent;
  written: number;
  replaced: number;
  suppressed: number;
  newAreas: number;
}

const GENDER_ORDER: string[] = [...GENDERS];
const BREAKDOWN_ORDER: string[] = [TOTAL_BREAKDOWN, ...SCHOOL_YEAR_CODES];

function compareObservations(a: Row, b: Row): number {
  for (const k of ['indicator', 'geo', 'period'] as const) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return (
    BREAKDOWN_ORDER.indexOf(a.breakdown ?? '') - BREAKDOWN_ORDER.indexOf(b.breakdown ?? '') ||
    GENDER_ORDER.indexOf(a.gender ?? '') - GENDER_ORDER.indexOf(b.gender ?? '')
  );
}

function addToList(list: string | undefined, id: string): string {
  const ids = list ? list.split(';') : [];
  return ids.includes(id) ? ids.join(';') : [...ids, id].join(';');
}

/** An example copy of a catalogue indicator: its own id and titles that say what it is. */
export function exampleIndicator(row: Row): Row {
  return {
    ...row,
    id: `${EXAMPLE_PREFIX}${row.id}`,
    title_sv: `Exempeldata: ${row.title_sv}`,
    title_en: `Example data: ${row.title_en}`,
    description_sv: `${EXAMPLE_NOTE_SV} ${row.description_sv}`,
    description_en: `${EXAMPLE_NOTE_EN} ${row.description_en}`,
    sources: EXAMPLE_SOURCE_ID,
    caveats_sv: `${EXAMPLE_NOTE_SV} Påhittade värden för att visa widgetar. ${row.caveats_sv ?? ''}`.trim(),
    caveats_en: `${EXAMPLE_NOTE_EN} Invented values for demonstrating widgets. ${row.caveats_en ?? ''}`.trim(),
  };
}

function note(row: InputRow, threshold: number, example: boolean): string {
  const sv: string[] = example ? [EXAMPLE_NOTE_SV] : [];
  const en: string[] = example ? [EXAMPLE_NOTE_EN] : [];
  if (Number(row.n) < threshold) {
    sv.push(`Undertryckt: färre än ${threshold} svarande (n = ${row.n}).`);
    en.push(`Suppressed: fewer than ${threshold} respondents (n = ${row.n}).`);
  }
  return sv.length === 0 ? '' : `${sv.join(' ')} / ${en.join(' ')}`;
}

/**
 * Merges checked input rows into a package: rows for the same geography and survey year are
 * replaced, new areas are added to its geographies, the source and the threshold are recorded.
 * Throws when an indicator is missing from a package holding real results.
 */
export function mergeResults(target: PackageContent, input: ParsedInput, factors: Map<string, string>, opts: MergeOptions): MergeResult {
  const t = structuredClone(target);
  const sourceId = opts.source.id;
  const replacedKeys = new Set(input.rows.map((r) => `${r.geo}|${r.year}`));
  const before = t.tables.observations ?? [];
  const kept = before.filter((o) => !replacedKeys.has(`${o.geo}|${o.period}`));

  const indicators = t.tables.indicators ?? [];
  const byId = new Map(indicators.map((i) => [i.id ?? '', i]));
  let suppressed = 0;
  const added = input.rows.map((r): Row => {
    const catalogueId = factors.get(r.factor) ?? '';
    const id = opts.example ? `${EXAMPLE_PREFIX}${catalogueId}` : catalogueId;
    let indicator = byId.get(id);
    if (!indicator && opts.example) {
      const original = opts.catalogueIndicators.get(catalogueId);
      if (!original) throw new Error(`the CTC catalogue has no indicator '${catalogueId}' for factor '${r.factor}'`);
      indicator = exampleIndicator(original);
      indicators.push(indicator);
      byId.set(id, indicator);
    }
    if (!indicator)
      throw new Error(`package '${t.descriptor.name}' has no indicator '${id}' for factor '${r.factor}'; import into the ctc package`);
    indicator.sources = addToList(indicator.sources, sourceId);
    const small = Number(r.n) < opts.threshold;
    if (small) suppressed++;
    return {
      indicator: id,
      geo: r.geo,
      period: r.year,
      gender: r.gender,
      breakdown: r.schoolYear,
      value: small ? '' : r.share,
      status: small ? 'suppressed' : 'final',
      note: note(r, opts.threshold, opts.example),
      sources: sourceId,
      n: r.n,
      // An interval would give a suppressed value away.
      ci_low: small ? '' : r.ciLow,
      ci_high: small ? '' : r.ciHigh,
    };
  });
  t.tables.indicators = indicators;
  t.tables.observations = [...kept, ...added].sort(compareObservations);

  if (input.newAreas.size > 0 || t.tables.geographies) {
    const geos = t.tables.geographies ?? [];
    for (const [code, name] of input.newAreas) {
      geos.push({ code, name_sv: name, name_en: name, short_name: name, type: 'area', parent: code.slice(0, 4), kolada_id: '' });
    }
    t.tables.geographies = geos.sort((a, b) => ((a.code ?? '') < (b.code ?? '') ? -1 : 1));
  }

  const d = t.descriptor;
  d.sources = [...d.sources.filter((s) => s.id !== sourceId), opts.source];
  d.caveats = [...d.caveats.filter((c) => !isThresholdCaveat(c)), thresholdCaveat(opts.threshold)];
  d.updated = opts.today;
  return {
    content: t,
    written: added.length,
    replaced: before.length - kept.length,
    suppressed,
    newAreas: input.newAreas.size,
  };
}

/** A new, empty example package: the catalogue's breakdowns, and a descriptor that says on every line that nothing in it is real. */
export function newExamplePackage(name: string, catalogue: PackageContent, source: PackageSource, today: string): PackageContent {
  return {
    descriptor: {
      name,
      title: 'Exempeldata: CTC-enkätresultat (påhittade, för att visa widgetar)',
      title_en: 'Example data: CTC survey results (invented, for demonstrating widgets)',
      description:
        'EXEMPELDATA – inte verkliga resultat. Påhittade andelar elever per CTC-faktor, årskurs och kön i två påhittade områden, ' +
        'gjorda med npm run import:ctc för att visa diagramwidgetar: uppdelning, konfidensintervall och undertryckta celler. ' +
        'Inga verkliga CTC-resultat är publicerade; siffrorna här beskriver ingen skola, inget område och ingen kommun.',
      description_en:
        'EXAMPLE DATA – not real results. Invented shares of pupils per CTC factor, school year and sex in two invented areas, ' +
        'made with npm run import:ctc for demonstrating chart widgets: breakdowns, confidence intervals and suppressed cells. ' +
        'No real CTC results are published; the figures here describe no school, area or municipality.',
      version: '1.0.0',
      updated: today,
      publisher: 'Måltal',
      licence_note: {
        sv: 'Påhittade exempeldata utan verklig källa; ingen licens behövs. Får inte citeras som resultat.',
        en: 'Invented example data with no real source; no licence needed. Must not be cited as results.',
      },
      attribution: { sv: 'Exempeldata från Måltal (påhittade)', en: 'Example data from Måltal (invented)' },
      sources: [source],
      caveats: [
        {
          sv: 'EXEMPELDATA: alla värden, antal svarande och områden är påhittade för att visa widgetar. De är inte verkliga CTC-resultat.',
          en: 'EXAMPLE DATA: every value, respondent count and area is invented for demonstrating widgets. They are not real CTC results.',
        },
        ...catalogue.descriptor.caveats.filter((c) => !isThresholdCaveat(c)).slice(0, 1),
      ],
      example: true,
      built_by: 'scripts/import-ctc.ts',
    },
    tables: { indicators: [], breakdowns: structuredClone(catalogue.tables.breakdowns ?? []), observations: [] },
  };
}

/** The example source: the invented input file itself. */
export function exampleSource(inputPath: string, today: string): PackageSource {
  return {
    id: EXAMPLE_SOURCE_ID,
    title: 'Påhittade exempelsvar (inga verkliga resultat) / Invented example answers (no real results)',
    path: inputPath,
    publisher: 'Måltal (påhittade exempeldata)',
    retrieved: today,
    licence: 'Invented by Måltal for demonstrating widgets; no real data, no licence needed.',
    attribution: 'Exempeldata från Måltal',
  };
}

/**
 * Carries results imported into a package over to a fresh build of it: the observations, the
 * areas, the sources they cite and the threshold caveat. Throws when a result's indicator is gone.
 */
export function carryOverResults(fresh: PackageContent, existing: LoadedPackage): PackageContent {
  const old = contentOf(existing);
  const out = structuredClone(fresh);
  const observations = old.tables.observations ?? [];
  if (observations.length === 0 && !old.tables.geographies) return out;
  const indicators = new Map((out.tables.indicators ?? []).map((i) => [i.id ?? '', i]));
  const freshSources = new Set(out.descriptor.sources.map((s) => s.id));
  const cited = new Set<string>();
  for (const o of observations) {
    const indicator = indicators.get(o.indicator ?? '');
    if (!indicator) throw new Error(`imported results refer to indicator '${o.indicator}', which the new catalogue no longer has`);
    for (const id of (o.sources ?? '').split(';')) {
      indicator.sources = addToList(indicator.sources, id);
      cited.add(id);
    }
  }
  out.tables.observations = observations;
  if (old.tables.geographies) out.tables.geographies = old.tables.geographies;
  out.descriptor.sources.push(...old.descriptor.sources.filter((s) => cited.has(s.id) && !freshSources.has(s.id)));
  const threshold = old.descriptor.caveats.find(isThresholdCaveat);
  if (threshold) out.descriptor.caveats = [...out.descriptor.caveats.filter((c) => !isThresholdCaveat(c)), threshold];
  if (old.descriptor.updated > out.descriptor.updated) out.descriptor.updated = old.descriptor.updated;
  return out;
}

/** Checks every cell of the package about to be written against the format: a last guard before writing. */
export function checkContent(content: PackageContent): Problem[] {
  const problems: Problem[] = [];
  for (const [name, rows] of Object.entries(content.tables) as [ResourceName, Row[]][]) {
    const fields = RESOURCE_SCHEMAS[name].fields as FieldDef[];
    rows.forEach((row, i) => {
      for (const f of fields) {
        const wrong = checkCell(f, row[f.name] ?? '');
        if (wrong) problems.push({ file: `datasets/${content.descriptor.name}/${name}.csv`, line: i + 2, column: f.name, message: wrong });
      }
    });
  }
  return problems;
}
