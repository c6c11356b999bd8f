import { z } from '@hono/zod-openapi';
import { GEOGRAPHY_TYPES, GENDERS, OBSERVATION_STATUSES } from '../../lib/vocabulary.ts';
import { cursorParam, dateParam, langParam, limitParam, LinksSchema, listParam, periodParam, booleanParam } from '../../lib/params.ts';
import { observationFormatParam } from '../../lib/formats.ts';
import { DatasetRefSchema } from '../datasets/datasets.schemas.ts';

export const DEFAULT_OBSERVATION_PAGE = 1000;
export const MAX_OBSERVATION_PAGE = 10_000;
export const MAX_INDICATORS_PER_REQUEST = 25;

export const ObservationSchema = z
  .object({
    indicator: z.string().openapi({ example: 'scb-bas-sysselsattningsgrad-20-64' }),
    geo: z.string().openapi({ example: '0136' }),
    geo_name: z.string().openapi({ example: 'Haninge kommun' }),
    period: z.string().openapi({ example: '2018', description: 'YYYY or YYYY-MM' }),
    gender: z.enum(GENDERS).openapi({ description: 'T total, K kvinnor (women), M män (men)' }),
    breakdown: z
      .string()
      .openapi({ example: 'total', description: "Code in the indicator's breakdown_dimension; total where not broken down" }),
    breakdown_label: z.string().nullable(),
    value: z.number().nullable().openapi({ example: 78.2, description: 'Null only when status is suppressed or missing' }),
    status: z.enum(OBSERVATION_STATUSES),
    note: z.string().nullable(),
    sources: z.string().openapi({ example: 'S1;S3', description: ";-separated ids of meta.sources of the indicator's dataset" }),
    n: z.number().int().nullable().openapi({ description: 'Respondents (surveys)' }),
    ci_low: z.number().nullable(),
    ci_high: z.number().nullable(),
  })
  .openapi('Observation');

/** What an answer with figures says about each indicator it holds (here, and in a place's download). */
export const IndicatorMetaSchema = z.object({
  id: z.string(),
  title_sv: z.string(),
  title_en: z.string(),
  unit_sv: z.string(),
  unit_en: z.string(),
  decimals: z.number().int(),
  direction: z.string(),
  status: z.string(),
  successors: z.array(z.string()),
  breakdown_dimension: z.string().nullable(),
  release: z.string().nullable(),
  last_published: z.string().nullable(),
  next_publication: z.string().nullable(),
  dataset: z.string(),
  caveats_sv: z.string().nullable(),
  caveats_en: z.string().nullable(),
});

const ObservationSourceSchema = z.object({
  dataset: z.string(),
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  path: z.string(),
  retrieved: z.string(),
  licence: z.string(),
  attribution: z.string().nullable(),
});

export const ObservationPageSchema = z
  .object({
    data: z.array(ObservationSchema),
    meta: z.object({
      count: z.number().int(),
      limit: z.number().int(),
      next_cursor: z.string().nullable(),
      indicators: z.array(IndicatorMetaSchema),
      datasets: z.array(DatasetRefSchema).openapi({ description: 'Licence and attribution of every dataset the rows come from' }),
      sources: z.array(ObservationSourceSchema),
      notices: z
        .array(z.object({ sv: z.string(), en: z.string() }))
        .openapi({ description: 'What a reader must know, e.g. that an indicator is discontinued' }),
      as_of: z.string().nullable().openapi({ description: 'The date the values are as of, when as_of was asked for' }),
    }),
    links: LinksSchema,
  })
  .openapi('ObservationPage');

const codeListParam = (description: string, example: string) =>
  listParam(/^[A-Za-z0-9_.-]+$/, 'expected a comma-separated list of codes', description, example);

/** The filters shared by /v1/observations and /v1/indicators/{id}/observations. */
export const observationFilterQuery = {
  geo: listParam(
    /^([0-9]{2}|[0-9]{4}|SE|[0-9]{4}-[a-z0-9-]+)$/,
    'expected comma-separated geography codes: 4 digits for a kommun (0136), 2 for a län (01), SE for Riket, KKKK-xxx for an area; see /v1/geographies',
    'Geography codes, comma-separated',
    '0136,0181',
  ),
  county: z
    .string()
    .regex(/^[0-9]{2}$/, { message: 'expected a 2-digit county (län) code such as 01; see /v1/geographies?type=county' })
    .optional()
    .openapi({ description: 'Only geographies in this län (its kommuner)', example: '01' }),
  type: z
    .enum(GEOGRAPHY_TYPES, { message: `expected one of ${GEOGRAPHY_TYPES.join(', ')}` })
    .optional()
    .openapi({ description: 'Only geographies of this type' }),
  from: periodParam('First period, YYYY or YYYY-MM (inclusive)'),
  to: periodParam('Last period, YYYY or YYYY-MM (inclusive; a year includes its months)'),
  gender: listParam(/^[TKM]$/, 'expected T, K or M (comma-separated)', 'T total, K kvinnor, M män; comma-separated', 'T'),
  breakdown: codeListParam("Breakdown codes of the indicator's dimension, comma-separated; total for the total", 'total'),
  latest: booleanParam('Only the latest period with a value in each series (within from/to)'),
  as_of: dateParam('The values and statuses as they stood on this date, from the change records (see /v1/changes)', '2026-11-22'),
  lang: langParam,
  limit: limitParam(DEFAULT_OBSERVATION_PAGE, MAX_OBSERVATION_PAGE),
  cursor: cursorParam,
  format: observationFormatParam,
};

export const indicatorListParam = listParam(
  /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
  'expected comma-separated indicator ids such as scb-bas-sysselsattningsgrad-20-64; see /v1/indicators',
  `Indicator ids, comma-separated (at most ${MAX_INDICATORS_PER_REQUEST})`,
  'scb-bas-sysselsattningsgrad-20-64',
);
