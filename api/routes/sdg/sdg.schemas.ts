import { z } from '@hono/zod-openapi';
import { IndicatorSummarySchema } from '../indicators/indicators.schemas.ts';

export const GoalSchema = z
  .object({
    goal: z.number().int().openapi({ example: 8 }),
    color: z.string().openapi({ example: '#A21942', description: 'Official colour' }),
    short_sv: z.string(),
    short_en: z.string(),
    title_sv: z.string(),
    title_en: z.string(),
    sv_source: z.string().nullable().openapi({ description: 'Whose Swedish wording this is' }),
    targets: z.number().int().openapi({ description: 'Number of targets' }),
    indicators: z.number().int().openapi({ description: 'Number of Måltal indicators linked to the goal' }),
    url: z.string(),
  })
  .openapi('Goal');

export const UnIndicatorSchema = z
  .object({ indicator: z.string().openapi({ example: '8.5.2' }), text_en: z.string(), unsd_code: z.string().nullable() })
  .openapi('UnIndicator');

export const TargetSchema = z
  .object({
    target: z.string().openapi({ example: '8.5' }),
    goal: z.number().int(),
    text_en: z.string(),
    text_sv: z.string().nullable().openapi({ description: 'Null where no Swedish text was published in our sources' }),
    short_sv: z.string().nullable(),
    sv_source: z.string().nullable(),
    url: z.string(),
  })
  .openapi('Target');

export const GoalListSchema = z.object({ data: z.array(GoalSchema), meta: z.object({ count: z.number().int() }) }).openapi('GoalList');

export const GoalDetailSchema = GoalSchema.extend({
  target_list: z.array(TargetSchema),
  linked_indicators: z.array(IndicatorSummarySchema),
}).openapi('GoalDetail');

export const TargetDetailSchema = TargetSchema.extend({
  goal_ref: GoalSchema.omit({ targets: true, indicators: true }),
  un_indicators: z.array(UnIndicatorSchema),
  linked_indicators: z.array(IndicatorSummarySchema),
}).openapi('TargetDetail');
