/**
 * What an /embed page accepts: the element and the attributes it is given, checked here so that a
 * wrong parameter is a problem+json answer instead of a blank iframe.
 */
import { z } from '@hono/zod-openapi';
import { GENDERS, PERIOD_PATTERN } from '../../lib/vocabulary.ts';

/** The elements an iframe can show (issue 4), with the query parameters each needs. */
export const EMBED_ELEMENTS = {
  'maltal-trend': { required: ['indicator'], label: { sv: 'Utveckling över tid', en: 'Trend over time' } },
  'maltal-compare': { required: ['indicator'], label: { sv: 'Jämförelse mellan kommuner', en: 'Comparison between municipalities' } },
  'maltal-figure': { required: ['indicator'], label: { sv: 'Nyckeltal', en: 'Headline figure' } },
  'maltal-table': { required: ['indicator'], label: { sv: 'Tabell', en: 'Table' } },
  'maltal-map': { required: ['indicator'], label: { sv: 'Karta', en: 'Map' } },
  'maltal-goals': { required: ['plan'], label: { sv: 'Måluppföljning', en: 'Goal follow-up' } },
} as const satisfies Record<string, { required: readonly EmbedParam[]; label: { sv: string; en: string } }>;

export type EmbedElement = keyof typeof EMBED_ELEMENTS;

export const isEmbedElement = (name: string): name is EmbedElement => Object.hasOwn(EMBED_ELEMENTS, name);

const ID = /^[A-Za-z0-9_.-]{1,80}$/;
const GEO = /^[A-Za-z0-9-]{1,12}$/;
const period = z.string().regex(new RegExp(PERIOD_PATTERN), { message: 'expected a year as YYYY or a month as YYYY-MM, e.g. 2020' });
const list = (item: RegExp, message: string, max: number) =>
  z
    .string()
    .refine((s) => s.split(',').every((x) => item.test(x.trim())), { message })
    .refine((s) => s.split(',').length <= max, { message: `at most ${max} values` });

/**
 * The query of an /embed page. Each parameter becomes the element's attribute of the same name
 * (the elements document which they read: /widgets/custom-elements.json); `id` names the iframe in
 * its resize messages. `api` is left out on purpose: an embed reads the API that serves it.
 */
export const EmbedQuerySchema = z
  .object({
    indicator: z
      .string()
      .regex(ID, { message: 'expected an indicator id such as scb-bas-sysselsattningsgrad-20-64; see /v1/indicators' })
      .optional(),
    geo: list(GEO, 'expected geography codes separated by commas, e.g. 0136,0181; see /v1/geographies', 30).optional(),
    from: period.optional(),
    to: period.optional(),
    period: period.optional(),
    gender: z.enum(GENDERS, { message: 'expected T, K or M' }).optional(),
    breakdown: z.string().regex(ID, { message: 'expected a breakdown code such as total' }).optional(),
    highlight: list(GEO, 'expected a geography code such as 0136', 10).optional(),
    reference: z.union([z.literal('none'), list(GEO, "expected geography codes such as SE,01, or 'none'", 5)]).optional(),
    county: z
      .string()
      .regex(/^[0-9]{2}$/, { message: 'expected a 2-digit county code such as 01' })
      .optional(),
    level: z.enum(['municipality', 'county'], { message: 'expected municipality or county' }).optional(),
    plan: z.string().regex(ID, { message: 'expected a plan id; see /v1/plans' }).optional(),
    compare: z.enum(['previous', 'first'], { message: 'expected previous or first' }).optional(),
    sort: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,20}$/, { message: 'expected a sort key such as desc, asc, name or period' })
      .optional(),
    order: z.enum(['ascending', 'descending'], { message: 'expected ascending or descending' }).optional(),
    height: z
      .string()
      .regex(/^[1-9][0-9]{1,3}$/, { message: 'expected a height in CSS pixels, e.g. 320' })
      .optional(),
    lang: z.enum(['sv', 'en'], { message: 'expected sv or en' }).default('sv'),
    theme: z.enum(['light', 'dark'], { message: "expected light or dark (leave out to follow the reader's setting)" }).optional(),
    label: z.string().max(200, { message: 'at most 200 characters' }).optional(),
    'heading-level': z
      .string()
      .regex(/^[1-6]$/, { message: 'expected a heading level from 1 to 6' })
      .optional(),
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'expected letters, digits, - or _ (at most 64)' })
      .optional(),
  })
  .strict();

export type EmbedQuery = z.infer<typeof EmbedQuerySchema>;
export type EmbedParam = Exclude<keyof EmbedQuery, 'id'>;
