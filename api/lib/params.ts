/**
 * Parameter schemas shared by the routes, with messages that say what is expected.
 */
import { z } from '@hono/zod-openapi';
import { MAX_LIST_VALUES } from './limits.ts';
import { badRequest } from './problem.ts';
import { PERIOD_PATTERN } from './vocabulary.ts';

export const periodParam = (description: string) =>
  z
    .string()
    .regex(new RegExp(PERIOD_PATTERN), { message: 'expected a year as YYYY or a month as YYYY-MM, e.g. 2020 or 2020-03' })
    .optional()
    .openapi({ description, example: '2010' });

/** A calendar date as YYYY-MM-DD that exists (2026-02-30 does not). */
export const dateParam = (description: string, example: string) =>
  z
    .string()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: 'expected a date as YYYY-MM-DD' })
    .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
      message: 'expected a date that exists, as YYYY-MM-DD',
    })
    .optional()
    .openapi({ description, example });

/** A comma-separated list in one parameter (`geo=0136,0181`), as an array. */
export const listParam = (itemPattern: RegExp, message: string, description: string, example: string) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    )
    .refine((items) => items.length <= MAX_LIST_VALUES, { message: `at most ${MAX_LIST_VALUES} values in one list; split the request` })
    .refine((items) => items.every((x) => itemPattern.test(x)), { message })
    .optional()
    .openapi({ description, example, type: 'string' });

/**
 * A whole number in a query parameter, written as decimal digits only. `z.coerce.number()` takes
 * whatever Number() does (0x10, 1e3, 1.0, +5, ' 7'), so a client's mistake would pass as some other
 * number. The document still says integer with its bounds.
 */
export const integerParam = (min: number, max: number, message: string, tooLarge: string = message) =>
  z
    .string()
    .regex(/^[0-9]+$/, { message: `${message}, written in digits only` })
    .transform(Number)
    .pipe(z.number({ message: tooLarge }).int().min(min, { message }).max(max, { message: tooLarge })) // digits beyond a double read as Infinity
    .openapi({ type: 'integer', minimum: min, maximum: max });

export const limitParam = (defaultLimit: number, max: number) =>
  integerParam(1, max, `expected a whole number from 1 to ${max}`, `at most ${max} rows a page; follow links.next for more`)
    .default(defaultLimit)
    .openapi({ description: `Rows per page (default ${defaultLimit}, at most ${max})`, example: defaultLimit, default: defaultLimit });

export const cursorParam = z.string().optional().openapi({ description: 'Opaque cursor from `links.next` of the previous page' });

export const booleanParam = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
    .transform((v) => v === 'true' || v === '1')
    .optional()
    // Declared as the boolean it means (an example of the string 'true' would contradict the type).
    .openapi({ description, type: 'boolean', example: true });

export const langParam = z
  .enum(['sv', 'en'], { message: 'expected sv or en' })
  .default('sv')
  .openapi({ description: 'Language of names and labels in CSV and JSON-stat (sv default, en)' });

/** Cursors are the sort key of the last row, base64url-encoded: opaque to clients, stable for us. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return btoa(JSON.stringify(key)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest(`invalid cursor '${cursor}'; use links.next of the previous page as it is`, [
    { in: 'query', name: 'cursor', message: 'not a cursor this API made' },
  ]);
}

/** The URL of the next page: the request's own URL with the cursor replaced. */
export function nextLink(url: string, cursor: string): string {
  const next = new URL(url);
  next.searchParams.set('cursor', cursor);
  return next.pathname + next.search;
}

/** Common list metadata. */
export const PageMetaSchema = z.object({
  count: z.number().int().openapi({ description: 'Rows in this page' }),
  limit: z.number().int(),
  next_cursor: z.string().nullable(),
});

export const LinksSchema = z.object({
  self: z.string(),
  next: z.string().nullable(),
});
