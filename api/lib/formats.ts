/**
 * Output formats. Every table the API serves has a JSON and a CSV form; observations also have
 * JSON-stat 2.0. The format comes from the `format` parameter or, failing that, the Accept header.
 *
 * - `csv`: RFC 4180 (comma, point as decimal mark, CRLF, UTF-8 without BOM).
 * - `csv-sv`: the dialect Excel expects on a Swedish machine: semicolon, decimal comma, CRLF and a
 *   UTF-8 BOM so that å, ä and ö open correctly. Also chosen by `Accept: text/csv; dialect=sv`.
 *
 * In both, a text cell that begins with =, +, -, @, a tab or a carriage return gets a leading `'`,
 * so that a spreadsheet shows it as text instead of running it as a formula (OWASP, "CSV
 * Injection"). Numbers are never changed: what is a number is decided by the value's JavaScript
 * type, as the database gives it, so -3.5 stays -3.5 and only strings are neutralised.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from './create-router.ts';

export const TABLE_FORMATS = ['json', 'csv', 'csv-sv'] as const;
export const OBSERVATION_FORMATS = ['json', 'csv', 'csv-sv', 'json-stat2'] as const;
export type Format = (typeof OBSERVATION_FORMATS)[number];

function formatParam<T extends readonly [string, ...string[]]>(formats: T) {
  return z
    .enum(formats, { message: `expected one of ${formats.join(', ')}` })
    .optional()
    .openapi({
      description: `Output format; overrides the Accept header. csv is RFC 4180; csv-sv is semicolon-separated with decimal comma and a BOM, for Excel in Swedish. In both, a text cell that begins with =, +, -, @, a tab or a carriage return is prefixed with ' so that spreadsheets do not run it as a formula; numbers are never changed.`,
      example: formats[0],
    });
}

export const tableFormatParam = formatParam(TABLE_FORMATS);
export const observationFormatParam = formatParam(OBSERVATION_FORMATS);

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8; header=present';

/** The format asked for: the parameter if given, else text/csv in Accept, else JSON. */
export function negotiate(c: Context, format: Format | undefined): Format {
  if (format) return format;
  const accept = c.req.header('accept') ?? '';
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (type === 'text/csv') return params.some((p) => p === 'dialect=sv') ? 'csv-sv' : 'csv';
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return 'json';
  }
  return 'json';
}

/** What a spreadsheet program takes as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula, prefixed with `'` so that it stays text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: unknown, dialect: 'csv' | 'csv-sv'): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number' || typeof value === 'bigint') text = dialect === 'csv-sv' ? String(value).replace('.', ',') : String(value);
  else if (typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value)) text = neutraliseFormula(value.join(';'));
  else text = neutraliseFormula(String(value));
  const separator = dialect === 'csv-sv' ? ';' : ',';
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Serialises rows as CSV with the given columns (other fields are left out), in the given dialect. */
export function toCsv(columns: readonly string[], rows: readonly object[], dialect: 'csv' | 'csv-sv'): string {
  const separator = dialect === 'csv-sv' ? ';' : ',';
  const lines = [columns.map((col) => csvCell(col, dialect)).join(separator)];
  for (const row of rows) lines.push(columns.map((col) => csvCell((row as Record<string, unknown>)[col], dialect)).join(separator));
  return `${(dialect === 'csv-sv' ? '\uFEFF' : '') + lines.join('\r\n')}\r\n`;
}

/**
 * Sets the strong ETag: the one given (made from the request before the answer, lib/etag.ts), or
 * else from the body we already hold, so the etag middleware (which still answers If-None-Match)
 * need not copy the response stream to hash it: the largest answers go this way.
 */
async function withETag(c: Context<AppEnv>, body: string, etag: string | undefined): Promise<void> {
  c.header('etag', etag ?? `"${await c.var.hash(body)}"`);
}

/** A CSV response, offered as a download named after what it holds. */
export async function csvResponse(c: Context<AppEnv>, body: string, filename: string, etag?: string): Promise<Response> {
  c.header('content-type', CSV_MEDIA_TYPE);
  c.header('content-disposition', `attachment; filename="${filename}.csv"`);
  await withETag(c, body, etag);
  return c.body(body);
}

/** A JSON response from a body that is already serialised (built inside SQLite). */
export async function rawJsonResponse(c: Context<AppEnv>, body: string, etag?: string): Promise<Response> {
  c.header('content-type', 'application/json; charset=utf-8');
  await withETag(c, body, etag);
  return c.body(body);
}

/** Responds with a table in the negotiated format: JSON `{ data, meta }` or CSV of the rows. */
export async function tableResponse(
  c: Context<AppEnv>,
  format: Format,
  table: { columns: readonly string[]; rows: readonly object[]; filename: string },
  json: () => unknown,
): Promise<Response> {
  if (format === 'csv' || format === 'csv-sv') return csvResponse(c, toCsv(table.columns, table.rows, format), table.filename);
  return c.json(json() as object);
}
