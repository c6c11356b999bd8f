/**
 * Kolada API v3 (https://api.kolada.se/v3): the two calls the importer makes, their documented
 * shapes checked field by field, paging and the limit of 25 ids per path segment.
 *
 *   GET /kpi/{ids}                                   → { values: Kpi[], count, next_page }
 *   GET /data/kpi/{kpi ids}/municipality/{ids}       → { values: DataRow[], count, next_page }
 *
 * A page's `next_page` (or `next_url`, as rKolada reads it since the v3 move) is the full URL of
 * the next page; the last page has none.
 */
import { FetchError, getJson, type RetryOptions } from './http.ts';

/** Kolada refuses more ids than this in one path segment. */
export const MAX_IDS_PER_SEGMENT = 25;
/** A guard against a server that keeps pointing at more pages. */
const MAX_PAGES = 1000;

export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
  is_divided_by_gender: boolean;
  municipality_type: string;
  operating_area: string;
  perspective: string | null;
  publ_period: string | null;
  publication_date: string | null;
  prel_publication_date: string | null;
  auspice: string | null;
}

export interface KoladaValue {
  gender: 'T' | 'K' | 'M';
  status: string;
  /** Null where Kolada has no value. */
  value: number | null;
  count: number | null;
}

export interface KoladaDataRow {
  kpi: string;
  municipality: string;
  period: number;
  values: KoladaValue[];
}

export function chunks<T>(items: readonly T[], size = MAX_IDS_PER_SEGMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

class ShapeError extends FetchError {}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(url: string, where: string, expected: string, got: unknown): never {
  throw new ShapeError(`GET ${url}: ${where}: expected ${expected}, got ${JSON.stringify(got)?.slice(0, 80)}`);
}

const str = (url: string, o: Json, key: string, where: string): string =>
  typeof o[key] === 'string' ? (o[key] as string) : fail(url, `${where}.${key}`, 'a string', o[key]);

const optStr = (url: string, o: Json, key: string, where: string): string | null =>
  o[key] === undefined || o[key] === null || o[key] === '' ? null : str(url, o, key, where);

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/;
function optDate(url: string, o: Json, key: string, where: string): string | null {
  const v = optStr(url, o, key, where);
  if (v !== null && !DATE.test(v)) fail(url, `${where}.${key}`, 'a date YYYY-MM-DD', v);
  return v === null ? null : v.slice(0, 10);
}

export function parseKpi(url: string, item: unknown, where: string): KoladaKpi {
  if (!isObject(item)) fail(url, where, 'a KPI object', item);
  const gender = item.is_divided_by_gender;
  if (![0, 1, true, false].includes(gender as number | boolean)) fail(url, `${where}.is_divided_by_gender`, '0, 1, true or false', gender);
  const publPeriod = item.publ_period;
  return {
    id: str(url, item, 'id', where),
    title: str(url, item, 'title', where),
    description: optStr(url, item, 'description', where) ?? '',
    is_divided_by_gender: gender === 1 || gender === true,
    municipality_type: optStr(url, item, 'municipality_type', where) ?? '',
    operating_area: optStr(url, item, 'operating_area', where) ?? '',
    perspective: optStr(url, item, 'perspective', where),
    publ_period: publPeriod === undefined || publPeriod === null || publPeriod === '' ? null : String(publPeriod),
    publication_date: optDate(url, item, 'publication_date', where),
    prel_publication_date: optDate(url, item, 'prel_publication_date', where),
    auspice: optStr(url, item, 'auspice', where),
  };
}

export function parseDataRow(url: string, item: unknown, where: string): KoladaDataRow {
  if (!isObject(item)) fail(url, where, 'a data object {kpi, municipality, period, values}', item);
  const period = item.period;
  if (!Number.isInteger(Number(period)) || !/^[12][0-9]{3}$/.test(String(period)))
    fail(url, `${where}.period`, 'a year such as 2024', period);
  if (!Array.isArray(item.values)) fail(url, `${where}.values`, 'a list of {gender, status, value}', item.values);
  const values = (item.values as unknown[]).map((v, j): KoladaValue => {
    const at = `${where}.values[${j}]`;
    if (!isObject(v)) fail(url, at, 'an object {gender, status, value}', v);
    if (!['T', 'K', 'M'].includes(v.gender as string)) fail(url, `${at}.gender`, "'T', 'K' or 'M'", v.gender);
    if (v.value !== null && v.value !== undefined && (typeof v.value !== 'number' || !Number.isFinite(v.value)))
      fail(url, `${at}.value`, 'a number or null', v.value);
    if (v.status !== undefined && v.status !== null && typeof v.status !== 'string')
      fail(url, `${at}.status`, 'a string or null', v.status);
    return {
      gender: v.gender as KoladaValue['gender'],
      status: (v.status as string | null | undefined) ?? '',
      value: (v.value as number | null | undefined) ?? null,
      count: typeof v.count === 'number' ? v.count : null,
    };
  });
  return { kpi: str(url, item, 'kpi', where), municipality: str(url, item, 'municipality', where), period: Number(period), values };
}

const PAGE_SHAPE = 'Kolada API v3 JSON: an object with `values` (a list), `count` and, except on the last page, `next_page`';

/** Every item of every page, from `url` on, each checked by `parse`. */
export async function fetchAllPages<T>(
  url: string,
  parse: (url: string, item: unknown, where: string) => T,
  options: RetryOptions & { onPage?: (url: string) => void } = {},
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  for (let next: string | undefined = url; next !== undefined; ) {
    if (seen.has(next)) throw new FetchError(`GET ${next}: next_page points back at a page already read; stopping`);
    if (seen.size >= MAX_PAGES) throw new FetchError(`GET ${url}: more than ${MAX_PAGES} pages; stopping`);
    seen.add(next);
    const page: string = next;
    const body = await getJson(page, PAGE_SHAPE, options);
    if (!isObject(body) || !Array.isArray(body.values)) fail(page, 'the body', PAGE_SHAPE, body);
    (body.values as unknown[]).forEach((item, i) => items.push(parse(page, item, `values[${i}]`)));
    const link = body.next_page ?? body.next_url;
    if (link !== undefined && link !== null && typeof link !== 'string') fail(page, 'next_page', 'a URL or null', link);
    next = link ? new URL(link, page).toString() : undefined;
    options.onPage?.(page);
  }
  return items;
}

export const kpiUrl = (base: string, ids: readonly string[]) => `${base}/kpi/${ids.join(',')}`;
export const dataUrl = (base: string, kpis: readonly string[], municipalities: readonly string[]) =>
  `${base}/data/kpi/${kpis.join(',')}/municipality/${municipalities.join(',')}`;

/** KPI metadata for `ids`, in chunks of 25; an id Kolada does not know is an error that says so. */
export async function fetchKpis(
  base: string,
  ids: readonly string[],
  options: RetryOptions & { onPage?: (url: string) => void } = {},
): Promise<KoladaKpi[]> {
  const kpis: KoladaKpi[] = [];
  for (const chunk of chunks(ids)) kpis.push(...(await fetchAllPages(kpiUrl(base, chunk), parseKpi, options)));
  const known = new Set(kpis.map((k) => k.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new FetchError(
      `Kolada has no KPI ${unknown.map((id) => `'${id}'`).join(', ')} (${kpiUrl(base, unknown)} returned nothing for it): the id is mistyped or the KPI was retired; search https://www.kolada.se for the current id`,
    );
  }
  return kpis.filter((k) => ids.includes(k.id));
}

/** Values of `kpis` for `municipalities` (Kolada ids), every KPI chunk × municipality chunk, every page. */
export async function fetchData(
  base: string,
  kpis: readonly string[],
  municipalities: readonly string[],
  options: RetryOptions & { onPage?: (url: string) => void } = {},
): Promise<KoladaDataRow[]> {
  const rows: KoladaDataRow[] = [];
  for (const k of chunks(kpis)) {
    for (const m of chunks(municipalities)) rows.push(...(await fetchAllPages(dataUrl(base, k, m), parseDataRow, options)));
  }
  return rows;
}

/** How many first-page requests fetchData makes: for the progress bar. */
export const dataRequestCount = (kpis: number, municipalities: number) =>
  Math.ceil(kpis / MAX_IDS_PER_SEGMENT) * Math.ceil(municipalities / MAX_IDS_PER_SEGMENT);
