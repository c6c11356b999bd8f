import { z } from '@hono/zod-openapi';
import { PLAN_TYPES } from '../../lib/vocabulary.ts';
import { DatasetRefSchema, SourceSchema } from '../datasets/datasets.schemas.ts';
import { GoalNodeSchema } from '../goals/goals.schemas.ts';

export const PlanSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'haninge-arbetsmarknadsstrategi-2020' }),
    geo: z.string().openapi({ example: '0136', description: 'The municipality whose plan it is' }),
    geo_name_sv: z.string().openapi({ example: 'Haninge kommun' }),
    geo_name_en: z.string(),
    title_sv: z.string().openapi({ description: 'Title as in the document' }),
    title_en: z.string(),
    type: z.enum(PLAN_TYPES),
    adopted_by: z.string().nullable().openapi({ example: 'Kommunfullmäktige' }),
    adopted: z.string().nullable().openapi({ description: 'Date adopted (ISO), where the document gives it' }),
    valid_from: z.string().nullable(),
    valid_until: z.string().nullable(),
    start_year: z.number().int().openapi({
      example: 2024,
      description: 'The first year the plan applies to: in its follow-up, measures whose newest value is older are stale',
    }),
    document: z.string().openapi({ description: 'How to cite the document: municipality, title, year, case or § number' }),
    document_url: z.string().nullable(),
    summary_sv: z.string(),
    summary_en: z.string(),
    dataset: z.string().openapi({ description: 'The dataset package the plan is published in' }),
    goal_count: z.number().int().openapi({ description: 'Goals at every level of the tree' }),
    indicator_link_count: z.number().int().openapi({ description: 'Measures linked to the goals, with or without data' }),
    url: z.string(),
    follow_up: z.string(),
  })
  .openapi('PlanSummary');

export const PlanListSchema = z
  .object({
    data: z.array(PlanSummarySchema),
    meta: z.object({
      count: z.number().int(),
      datasets: z.array(DatasetRefSchema).openapi({ description: 'Licence and attribution of the datasets the plans come from' }),
    }),
  })
  .openapi('PlanList');

export const PlanSchema = PlanSummarySchema.extend({
  sources: z.array(SourceSchema).openapi({ description: 'The document and anything else the plan rests on' }),
  goals: z.array(GoalNodeSchema).openapi({ description: 'The goal tree: top-level goals, each with its children, in document order' }),
  meta: z.object({
    datasets: z.array(DatasetRefSchema).openapi({ description: "The plan's dataset and the datasets of the linked indicators" }),
    notices: z
      .array(z.object({ sv: z.string(), en: z.string() }))
      .openapi({ description: 'What a reader must know, e.g. that some figures are example data' }),
  }),
}).openapi('Plan');

export type PlanSummary = z.infer<typeof PlanSummarySchema>;
