import { z } from '@hono/zod-openapi';
import { DatasetRefSchema } from '../datasets/datasets.schemas.ts';

export const CTC_DOMAINS = ['community', 'family', 'school', 'peer_individual'] as const;
export const CTC_FACTOR_TYPES = ['risk', 'protective'] as const;

export const CtcFactorSchema = z
  .object({
    id: z.string().openapi({ example: 'com_r01' }),
    domain: z.enum(CTC_DOMAINS),
    domain_sv: z.string().openapi({ example: 'samhälle' }),
    type: z.enum(CTC_FACTOR_TYPES),
    name_en: z.string().openapi({ example: 'Low neighborhood attachment' }),
    name_sv: z.string().nullable().openapi({ description: 'Null until a Swedish name is published' }),
    item_info: z.string().nullable().openapi({ example: '3 items, 4-point scale' }),
    indicator: z
      .string()
      .nullable()
      .openapi({ description: "The indicator whose observations hold this factor's results (with n and confidence interval)" }),
    observations: z.string().nullable().openapi({ description: 'Where its results are' }),
    sources: z.string().openapi({ description: ';-separated ids of the sources of its dataset' }),
    dataset: z.string(),
  })
  .openapi('CtcFactor');

export const CtcFactorListSchema = z
  .object({
    data: z.array(CtcFactorSchema),
    meta: z.object({
      count: z.number().int(),
      datasets: z.array(DatasetRefSchema).openapi({ description: 'The catalogue and the datasets of the linked indicators' }),
      notices: z.array(z.object({ sv: z.string(), en: z.string() })),
    }),
  })
  .openapi('CtcFactorList');

export type CtcFactor = z.infer<typeof CtcFactorSchema>;
