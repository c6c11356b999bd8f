import { z } from '@hono/zod-openapi';
import { DIRECTIONS, INDICATOR_STATUSES, SDG_RELATIONS } from '../../lib/vocabulary.ts';
import { DatasetRefSchema, SourceSchema } from '../datasets/datasets.schemas.ts';
import { LinksSchema, PageMetaSchema } from '../../lib/params.ts';

export const SdgLinkSchema = z
  .object({
    goal: z.number().int().openapi({ example: 8 }),
    target: z.string().nullable().openapi({ example: '8.5', description: 'Null where the link is to the goal as a whole' }),
    relation: z.enum(SDG_RELATIONS).openapi({ description: 'direct: measures the target; proxy: stands in for it; context: background' }),
  })
  .openapi('SdgLink');

export const IndicatorSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'scb-bas-sysselsattningsgrad-20-64' }),
    title_sv: z.string(),
    title_en: z.string(),
    unit_sv: z.string(),
    unit_en: z.string(),
    decimals: z.number().int(),
    direction: z.enum(DIRECTIONS).openapi({ description: 'Which direction is better' }),
    topic: z.string(),
    dataset: z.string(),
    status: z.enum(INDICATOR_STATUSES),
    successors: z.array(z.string()).openapi({
      description: 'Indicators that replace a discontinued one (every id resolves at /v1/indicators/{id}); never spliced with it',
    }),
    predecessors: z.array(z.string()).openapi({
      description: 'Indicators this one replaces, e.g. the series of an older register; not comparable, never spliced with it',
      example: ['N00914'],
    }),
    breakdown_dimension: z.string().nullable(),
    release: z.string().nullable(),
    last_published: z
      .string()
      .nullable()
      .openapi({ description: 'When the source last published figures (YYYY-MM-DD), where it says', example: '2026-11-28' }),
    next_publication: z.string().nullable().openapi({ description: 'When the source plans to publish next (YYYY-MM-DD), where it says' }),
    sdg: z.array(SdgLinkSchema),
    url: z.string(),
  })
  .openapi('IndicatorSummary');

export const IndicatorListSchema = z
  .object({ data: z.array(IndicatorSummarySchema), meta: PageMetaSchema, links: LinksSchema })
  .openapi('IndicatorList');

export const BreakdownSchema = z.object({ code: z.string(), label_sv: z.string(), label_en: z.string() }).openapi('Breakdown');

export const CoverageSchema = z
  .object({
    observations: z.number().int(),
    periods: z.array(z.string()).openapi({ description: 'Every period with at least one value' }),
    first_period: z.string().nullable(),
    last_period: z.string().nullable(),
    geographies: z.object({
      count: z.number().int(),
      by_type: z.object({ country: z.number().int(), county: z.number().int(), municipality: z.number().int(), area: z.number().int() }),
      codes: z.array(z.string()),
    }),
    genders: z.array(z.string()),
    breakdowns: z.array(BreakdownSchema),
  })
  .openapi('Coverage');

export const IndicatorSchema = IndicatorSummarySchema.extend({
  description_sv: z.string(),
  description_en: z.string(),
  caveats_sv: z.string().nullable(),
  caveats_en: z.string().nullable(),
  sources: z.array(SourceSchema),
  dataset_ref: DatasetRefSchema,
  coverage: CoverageSchema,
  links: z.object({ observations: z.string(), csv: z.string() }),
}).openapi('Indicator');

export type IndicatorSummary = z.infer<typeof IndicatorSummarySchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
