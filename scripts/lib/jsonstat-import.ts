/**
 * Any JSON-stat 2.0 dataset (https://json-stat.org/full/; SCB PxWebApi 2.0, SSB, Eurostat) → a
 * Måltal dataset package. The metric dimension (role.metric, or SCB's ContentsCode) gives the
 * indicators, time the period, geo our geographies, sex the gender; one more dimension may become
 * the breakdown. Status symbols and notes are kept: dataset, dimension and category notes become
 * indicator caveats, cell notes (`extension.notes`, keyed by value index as Måltal's own JSON-stat
 * output writes them) become observation notes. Anything the format cannot map is an error that
 * says what was found and what would be right; nothing is guessed.
 */
import { TOTAL_BREAKDOWN, type Bilingual, type PackageSource } from './package-format.ts';
import type { DescriptorInput, Row } from './package-writer.ts';

export class JsonStatError extends Error {}

type Json = Record<string, unknown>;

interface Dimension {
  id: string;
  label: string;
  /** Category ids in index order. */
  codes: string[];
  labels: Record<string, string>;
  notes: Record<string, string[]>;
  units: Record<string, Json>;
  note: string[];
}

export interface JsonStatOptions {
  packageName: string;
  /** Where the dataset came from: its URL, or the file given. */
  source: string;
  /** Geography codes Måltal knows (datasets/geographies). */
  geographies: Set<string>;
  /** ISO timestamp of the retrieval. */
  retrievedAt: string;
  licence?: string;
  topic?: string;
}

export interface JsonStatPackage {
  descriptor: DescriptorInput;
  tables: { indicators: Row[]; breakdowns?: Row[]; observations: Row[] };
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const notes = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function dimension(where: string, id: string, raw: unknown, size: number): Dimension {
  if (!isObject(raw) || !isObject(raw.category)) throw new JsonStatError(`${where}: dimension '${id}' must be an object with a category`);
  const cat = raw.category;
  let codes: string[];
  if (Array.isArray(cat.index)) codes = cat.index.map(String);
  else if (isObject(cat.index))
    codes = Object.entries(cat.index)
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map(([k]) => k);
  else if (isObject(cat.label)) codes = Object.keys(cat.label);
  else throw new JsonStatError(`${where}: dimension '${id}' has neither category.index nor category.label`);
  if (codes.length !== size) throw new JsonStatError(`${where}: dimension '${id}' has ${codes.length} categories but size says ${size}`);
  const labels = isObject(cat.label) ? (cat.label as Record<string, string>) : {};
  const catNotes: Record<string, string[]> = {};
  if (isObject(cat.note)) for (const [k, v] of Object.entries(cat.note)) catNotes[k] = notes(v);
  return {
    id,
    label: typeof raw.label === 'string' ? raw.label : id,
    codes,
    labels,
    notes: catNotes,
    units: isObject(cat.unit) ? (cat.unit as Record<string, Json>) : {},
    note: notes(raw.note),
  };
}

/** 2024 → 2024; 2024M03 → 2024-03; anything else (quarters, weeks) is refused. */
export function mapPeriod(code: string): string | undefined {
  if (/^[12][0-9]{3}$/.test(code)) return code;
  const month = /^([12][0-9]{3})M(0[1-9]|1[0-2])$/.exec(code) ?? /^([12][0-9]{3})-(0[1-9]|1[0-2])$/.exec(code);
  return month ? `${month[1]}-${month[2]}` : undefined;
}

/** SCB region codes (4-digit kommun, 2-digit län, 00 Riket) and Kolada's (0000, 00LL) → Måltal's. */
export function mapRegion(code: string): string {
  if (code === '00' || code === '0000' || code === 'SE') return 'SE';
  if (/^00[0-9]{2}$/.test(code)) return code.slice(2);
  return code;
}

const GENDER_CODES: Record<string, string> = { '1': 'M', '2': 'K', '1+2': 'T', M: 'M', K: 'K', F: 'K', T: 'T', TOTAL: 'T', TOT: 'T' };

/** Status symbols: SCB's (.., ., -), Eurostat's flags; the symbol is always kept in the note. */
function mapStatus(symbol: string, value: unknown): { status: string; value: string; note: string } {
  const note = `Källans statussymbol: '${symbol}'.`;
  const has = typeof value === 'number' && Number.isFinite(value);
  const v = has ? String(value) : '';
  if (symbol === '-' && !has) return { status: 'final', value: '0', note: `${note} SCB: värdet är noll (inget att redovisa).` };
  if (!has) return { status: 'missing', value: '', note };
  const s = symbol.toLowerCase();
  if (/^p|prel/.test(s)) return { status: 'provisional', value: v, note };
  if (/^e/.test(s)) return { status: 'estimated', value: v, note };
  if (/^b/.test(s)) return { status: 'break', value: v, note };
  if (/^r/.test(s)) return { status: 'revised', value: v, note };
  if (/^c/.test(s)) return { status: 'suppressed', value: '', note };
  return { status: 'final', value: v, note };
}

function statusAt(status: unknown, i: number): string {
  if (typeof status === 'string') return status;
  if (Array.isArray(status)) return typeof status[i] === 'string' ? status[i] : '';
  if (isObject(status)) return typeof status[String(i)] === 'string' ? (status[String(i)] as string) : '';
  return '';
}

function valueAt(value: unknown, i: number): unknown {
  return Array.isArray(value) ? value[i] : isObject(value) ? value[String(i)] : undefined;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'dimension';
const isTotal = (code: string, label: string) =>
  /^(tot|totalt?|total|samtliga|alla|1\+2|t)$/i.test(code) || /^(totalt|total|samtliga|alla)\b/i.test(label);

function findRole(ds: Json, role: string, names: RegExp, ids: string[]): string | undefined {
  const r = isObject(ds.role) ? notes(ds.role[role]) : [];
  return r[0] ?? ids.find((id) => names.test(id));
}

export function convertJsonStat(json: unknown, where: string, o: JsonStatOptions): JsonStatPackage {
  if (!isObject(json))
    throw new JsonStatError(`${where}: expected a JSON-stat 2.0 dataset object, got ${Array.isArray(json) ? 'a list' : typeof json}`);
  if (json.class !== 'dataset')
    throw new JsonStatError(
      `${where}: expected "class": "dataset" (JSON-stat 2.0), got ${JSON.stringify(json.class)}; a collection or bundle must be split first`,
    );
  if (json.version !== '2.0') throw new JsonStatError(`${where}: expected "version": "2.0", got ${JSON.stringify(json.version)}`);
  const ids = json.id;
  const size = json.size;
  if (!Array.isArray(ids) || !Array.isArray(size) || ids.length !== size.length || !isObject(json.dimension)) {
    throw new JsonStatError(`${where}: expected "id" and "size" lists of the same length and a "dimension" object`);
  }
  const dims = (ids as string[]).map((id, i) => dimension(where, id, (json.dimension as Json)[id], Number(size[i])));
  const cells = dims.reduce((n, d) => n * d.codes.length, 1);
  if (!Array.isArray(json.value) && !isObject(json.value))
    throw new JsonStatError(`${where}: expected "value" as a list or an object keyed by index`);
  if (Array.isArray(json.value) && json.value.length !== cells)
    throw new JsonStatError(`${where}: "value" has ${json.value.length} entries but the dimensions make ${cells} cells`);

  const metricId = findRole(json, 'metric', /^(contentscode|contents|indicator|unit)$/i, ids);
  const timeId = findRole(json, 'time', /^(tid|time|year|år|period)$/i, ids);
  const geoId = findRole(json, 'geo', /^(region|geo|kommun|lan|län)$/i, ids);
  const genderId = (ids as string[]).find((id) => /^(kon|kön|sex|gender)$/i.test(id));
  const missingRoles = [
    ['metric (role.metric or ContentsCode)', metricId],
    ['time (role.time or Tid)', timeId],
    ['geo (role.geo or Region)', geoId],
  ]
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missingRoles.length > 0)
    throw new JsonStatError(`${where}: cannot find the ${missingRoles.join(', ')} dimension among ${ids.join(', ')}`);
  const byId = new Map(dims.map((d) => [d.id, d]));
  const metric = byId.get(metricId!)!;
  const time = byId.get(timeId!)!;
  const geo = byId.get(geoId!)!;
  const gender = genderId ? byId.get(genderId) : undefined;
  const others = dims.filter((d) => ![metric, time, geo, gender].includes(d));
  const varying = others.filter((d) => d.codes.length > 1);
  if (varying.length > 1) {
    throw new JsonStatError(
      `${where}: dimensions ${varying.map((d) => `'${d.id}' (${d.codes.length} categories)`).join(', ')} would all need a breakdown, but a package holds one breakdown dimension besides gender; select one category of all but one of them`,
    );
  }
  const breakdown = varying[0];

  const badPeriods = time.codes.filter((c) => mapPeriod(c) === undefined);
  if (badPeriods.length > 0) {
    throw new JsonStatError(
      `${where}: time codes ${badPeriods.join(', ')} are not supported; Måltal's periods are years (2024) and months (2024M03 → 2024-03), not quarters or weeks`,
    );
  }
  const unknownGeo = geo.codes.filter((c) => !o.geographies.has(mapRegion(c)));
  if (unknownGeo.length > 0) {
    throw new JsonStatError(
      `${where}: unknown region codes ${unknownGeo.map((c) => `'${c}'${geo.labels[c] ? ` (${geo.labels[c]})` : ''}`).join(', ')}; expected SCB codes (4-digit kommun, 2-digit län, 00 Riket) or Kolada's 0000/00LL that are in datasets/geographies`,
    );
  }
  if (gender) {
    const bad = gender.codes.filter((c) => !GENDER_CODES[c.toUpperCase()]);
    if (bad.length > 0)
      throw new JsonStatError(`${where}: sex codes ${bad.join(', ')} in '${gender.id}' are not known; expected SCB's 1, 2, 1+2 or M/K/F/T`);
  }

  const indicatorIds = new Map(metric.codes.map((c) => [c, ID.test(c) ? c : slug(c)]));
  const breakdownCodes = new Map(
    (breakdown?.codes ?? []).map((c) => [c, isTotal(c, breakdown!.labels[c] ?? '') ? TOTAL_BREAKDOWN : ID.test(c) ? c : slug(c)]),
  );
  const cellNotes = isObject(json.extension) && isObject(json.extension.notes) ? json.extension.notes : {};

  const strides = dims.map((_, i) => dims.slice(i + 1).reduce((n, d) => n * d.codes.length, 1));
  const observations: Row[] = [];
  for (let i = 0; i < cells; i++) {
    const code = (d: Dimension) => d.codes[Math.floor(i / strides[dims.indexOf(d)]!) % d.codes.length]!;
    const symbol = statusAt(json.status, i);
    const raw = valueAt(json.value, i);
    if (raw !== null && raw !== undefined && typeof raw !== 'number')
      throw new JsonStatError(`${where}: value[${i}] must be a number or null, got ${JSON.stringify(raw)}`);
    const mapped = symbol
      ? mapStatus(symbol, raw)
      : { status: typeof raw === 'number' ? 'final' : 'missing', value: typeof raw === 'number' ? String(raw) : '', note: '' };
    observations.push({
      indicator: indicatorIds.get(code(metric))!,
      geo: mapRegion(code(geo)),
      period: mapPeriod(code(time))!,
      gender: gender ? GENDER_CODES[code(gender).toUpperCase()]! : 'T',
      breakdown: breakdown ? breakdownCodes.get(code(breakdown))! : TOTAL_BREAKDOWN,
      value: mapped.value,
      status: mapped.status,
      note: [mapped.note, ...notes(cellNotes[String(i)])].filter(Boolean).join(' '),
      sources: 'S1',
    });
  }

  const updated = typeof json.updated === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(json.updated) ? json.updated.slice(0, 10) : '';
  const label = typeof json.label === 'string' ? json.label : o.packageName;
  const fixed = others.filter((d) => d.codes.length === 1).map((d) => `${d.label}: ${d.labels[d.codes[0]!] ?? d.codes[0]}`);
  const shared: string[] = [
    ...notes(json.note),
    ...dims
      .filter((d) => d !== metric)
      .flatMap((d) => [
        ...d.note.map((n) => `${d.label}: ${n}`),
        ...Object.entries(d.notes).flatMap(([c, ns]) => ns.map((n) => `${d.label} ${d.labels[c] ?? c}: ${n}`)),
      ]),
    ...(fixed.length ? [`Urval: ${fixed.join('; ')}.`] : []),
  ];
  const indicators = metric.codes.map((c): Row => {
    const unit = metric.units[c] ?? {};
    const unitLabel = [unit.label, unit.base, unit.symbol].find((x): x is string => typeof x === 'string' && x !== '') ?? 'enligt titeln';
    const decimals = typeof unit.decimals === 'number' ? unit.decimals : 0;
    const caveats = [...shared, ...metric.note, ...(metric.notes[c] ?? [])];
    caveats.push('Titel och enhet är på det språk källan levererade; riktningen (vilket håll som är bättre) anges inte av källan.');
    return {
      id: indicatorIds.get(c)!,
      title_sv: metric.labels[c] ?? c,
      title_en: metric.labels[c] ?? c,
      description_sv: `${metric.labels[c] ?? c} ur ${label}.`,
      description_en: `${metric.labels[c] ?? c} from ${label} (as labelled by the source).`,
      unit_sv: unitLabel,
      unit_en: unitLabel,
      decimals: String(Math.min(6, Math.max(0, decimals))),
      direction: 'none',
      topic: o.topic ?? 'statistics',
      sources: 'S1',
      status: 'active',
      breakdown_dimension: breakdown ? slug(breakdown.id) : '',
      caveats_sv: caveats.join(' '),
      caveats_en: caveats.join(' '),
      last_published: updated,
      next_publication: '',
    };
  });
  const breakdowns = breakdown
    ? breakdown.codes
        .filter((c) => breakdownCodes.get(c) !== TOTAL_BREAKDOWN)
        .map((c, i) => ({
          dimension: slug(breakdown.id),
          code: breakdownCodes.get(c)!,
          label_sv: breakdown.labels[c] ?? c,
          label_en: breakdown.labels[c] ?? c,
          sort: String(i + 1),
        }))
    : undefined;

  const publisher = typeof json.source === 'string' && json.source ? json.source : 'not stated in the dataset';
  const source: PackageSource = {
    id: 'S1',
    title: label,
    path: o.source,
    publisher,
    retrieved: o.retrievedAt.slice(0, 10),
    licence: o.licence ?? 'The JSON-stat dataset states no licence; check the publisher\u2019s terms before publishing.',
    attribution: `Källa: ${publisher}`,
    note: `Hämtat ${o.retrievedAt} med npm run import:jsonstat${updated ? `; källan uppdaterad ${json.updated as string}` : ''}.`,
  };
  const datasetCaveats: Bilingual[] = notes(json.note).map((n) => ({ sv: n, en: n }));
  return {
    descriptor: {
      name: o.packageName,
      title: label,
      title_en: label,
      description: `${label}, importerad från JSON-stat 2.0 (${o.source}). Värdena är oförändrade; bara koder är översatta.`,
      description_en: `${label}, imported from JSON-stat 2.0 (${o.source}). Values are unchanged; only codes are translated.`,
      version: '1.0.0',
      updated: updated || o.retrievedAt.slice(0, 10),
      publisher: 'Måltal',
      licence_note: { sv: source.licence, en: source.licence },
      attribution: { sv: `Källa: ${publisher}`, en: `Source: ${publisher}` },
      sources: [source],
      caveats: datasetCaveats,
      example: false,
      built_by: 'scripts/import-jsonstat.ts',
    },
    tables: { indicators, ...(breakdowns ? { breakdowns } : {}), observations },
  };
}
