import { z } from '@hono/zod-openapi';
import { GENDERS } from '../../lib/vocabulary.ts';
import { LinksSchema } from '../../lib/params.ts';
import { DatasetRefSchema } from '../datasets/datasets.schemas.ts';

export const MAX_CHANGES_PAGE = 10_000;

export const ChangeSchema = z
  .object({
    date: z.string().openapi({ example: '2026-11-22', description: 'When the dataset version with this change was written' }),
    dataset: z.string(),
    version: z.string().openapi({ example: '1.1.0' }),
    indicator: z.string(),
    geo: z.string(),
    period: z.string(),
    gender: z.enum(GENDERS),
    breakdown: z.string(),
    change: z.enum(['new', 'revised', 'deleted']),
    old_value: z.number().nullable(),
    new_value: z.number().nullable(),
    old_status: z.string().nullable(),
    new_status: z.string().nullable(),
  })
  .openapi('Change');

export const ChangeListSchema = z
  .object({
    data: z.array(ChangeSchema),
    meta: z.object({
      count: z.number().int(),
      limit: z.number().int(),
      next_cursor: z.string().nullable(),
      datasets: z.array(DatasetRefSchema),
    }),
    links: LinksSchema,
  })
  .openapi('ChangeList');

export type Change = z.infer<typeof ChangeSchema>;
