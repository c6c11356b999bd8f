import { z } from '@hono/zod-openapi';
import { DIRECTIONS, GENDERS, LINK_BASES, MEASURE_KINDS } from '../../lib/vocabulary.ts';
import { DatasetRefSchema, SourceSchema } from '../datasets/datasets.schemas.ts';
import { ASSESSMENTS, FOLLOW_UP_STATUSES, GAP_TRENDS, METHOD } from './goals.follow-up.ts';

export const GoalSdgSchema = z
  .object({
    goal: z.number().int().openapi({ example: 8 }),
    target: z.string().nullable().openapi({ example: '8.5', description: 'Null where the document names the goal only' }),
    short_sv: z.string().openapi({ example: 'Anständiga arbetsvillkor och ekonomisk tillväxt' }),
    short_en: z.string(),
    color: z.string().openapi({ example: '#A21942', description: 'Official colour of the goal' }),
    url: z.string().openapi({ example: '/v1/sdg/targets/8.5' }),
  })
  .openapi('GoalSdg');

export const LinkedIndicatorSchema = z
  .object({
    id: z.string().openapi({ example: 'scb-bas-sysselsattningsgrad-20-64' }),
    title_sv: z.string(),
    title_en: z.string(),
    unit_sv: z.string(),
    unit_en: z.string(),
    decimals: z.number().int(),
    direction: z.enum(DIRECTIONS).openapi({ description: "The indicator's own better direction" }),
    dataset: z.string(),
    url: z.string(),
  })
  .openapi('LinkedIndicator');

const LabelSchema = z.object({ sv: z.string(), en: z.string() }).openapi('Label');

export const SeriesSchema = z
  .object({
    indicator: z.string().openapi({ example: 'scb-bas-sysselsattningsgrad-20-64' }),
    geo: z.string().openapi({ example: '0136', description: "The link's geography, or the plan's municipality where the link names none" }),
    gender: z.enum(GENDERS).openapi({ description: "The link's gender, or T (total)" }),
    breakdown: z.string().openapi({ example: 'total', description: "The link's breakdown, or total" }),
    compare_breakdown: z
      .string()
      .nullable()
      .openapi({ example: 'inrikes-fodd', description: 'For a gap: the breakdown subtracted from `breakdown`; null otherwise' }),
    breakdown_label: LabelSchema.nullable().openapi({ description: "The breakdown's label, where the indicator has breakdowns" }),
    compare_label: LabelSchema.nullable().openapi({ description: "For a gap: the compared breakdown's label" }),
    observations: z.string().openapi({ description: 'The whole series at /v1/observations (both breakdowns for a gap)' }),
  })
  .openapi('Series');

const linkFields = {
  sort: z.number().int(),
  basis: z.enum(LINK_BASES).openapi({ description: 'document: the document names this measure; maltal: Måltal links a related series' }),
  kind: z.enum(MEASURE_KINDS).openapi({
    description:
      'statistic: one series; gap: the difference between two breakdowns of one series (breakdown − compare_breakdown, e.g. ' +
      "foreign-born minus Swedish-born); qualitative: followed up in words in the municipality's own reports, not by a statistic",
  }),
  measure_sv: z.string().openapi({ description: 'The measure as the document words it, or what the series shows' }),
  measure_en: z.string(),
  indicator: LinkedIndicatorSchema.nullable().openapi({ description: 'Null when there is no data for the measure yet' }),
  series: SeriesSchema.nullable(),
  direction: z.enum(DIRECTIONS).openapi({ description: 'The desired direction the link states' }),
  target_value: z.number().nullable().openapi({ description: 'The target value the document sets, if any' }),
  target_period: z.string().nullable(),
  desired_outcome_sv: z.string().nullable().openapi({ description: 'The document\'s "önskat utfall", where it states one' }),
  note: z.string().openapi({ description: 'Why this link, or what the measure is, in the language asked for (lang)' }),
  data_needed: z.string().nullable().openapi({
    description:
      'For a statistic without a series: what published data would let it be followed, in the language asked for; null otherwise',
  }),
  example: z.boolean().openapi({ description: "True when the indicator's dataset is example data, not real figures" }),
};

export const IndicatorLinkSchema = z.object(linkFields).openapi('GoalIndicatorLink');

const GoalBaseSchema = z.object({
  id: z.string().openapi({ example: 'haninge-arbetsmarknadsstrategi-2020.so1' }),
  plan: z.string(),
  parent: z.string().nullable(),
  level: z.string().openapi({
    description: "The document's own name for the level (målområde, kommunfullmäktigemål, strategiområde …), in English under lang=en",
    example: 'strategiområde',
  }),
  number: z.string().nullable().openapi({ example: '1.2' }),
  title_sv: z.string(),
  title_en: z.string(),
  description_sv: z.string().nullable(),
  sdg: z.array(GoalSdgSchema).openapi({ description: 'The Agenda 2030 goals and targets the document links to this goal' }),
  indicators: z.array(IndicatorLinkSchema),
  url: z.string(),
  follow_up: z.string().openapi({ description: 'Its follow-up: the latest values and an assessment for each indicator' }),
});

/** A goal and the goals under it; the type is written out because TypeScript cannot infer a recursive schema. */
export interface GoalNode extends z.infer<typeof GoalBaseSchema> {
  children: GoalNode[];
}

/** A goal with the goals under it, in document order. */
export const GoalNodeSchema: z.ZodType<GoalNode> = GoalBaseSchema.extend({
  children: z.lazy(() => z.array(GoalNodeSchema)).openapi({ description: 'The goals under it, in document order' }),
}).openapi('PlanGoalNode');

export const PlanRefSchema = z
  .object({
    id: z.string(),
    geo: z.string(),
    title_sv: z.string(),
    title_en: z.string(),
    start_year: z
      .number()
      .int()
      .openapi({ description: 'The first year the plan applies to; measures whose newest value is older are stale' }),
    url: z.string(),
  })
  .openapi('PlanRef');

export const GoalSchema = z
  .object({
    ...GoalBaseSchema.shape,
    children: z.array(GoalNodeSchema),
    plan_ref: PlanRefSchema,
    sources: z.array(SourceSchema).openapi({ description: "The plan's sources (the document)" }),
    meta: z.object({
      datasets: z.array(DatasetRefSchema).openapi({ description: "The plan's dataset and the datasets of the linked indicators" }),
      notices: z
        .array(z.object({ sv: z.string(), en: z.string() }))
        .openapi({ description: 'What a reader must know, e.g. that some figures are example data' }),
    }),
  })
  .openapi('PlanGoal');

const ValueSchema = z
  .object({
    period: z.string(),
    value: z.number().openapi({ description: 'The value; for a gap, breakdown − compare_breakdown' }),
    status: z.string().openapi({ description: 'The observation status (final, provisional, break …); for a gap, the weaker of the two' }),
    parts: z
      .object({ breakdown: z.number(), compare: z.number() })
      .nullable()
      .openapi({ description: 'For a gap: the two values it is the difference of; null for a statistic' }),
  })
  .openapi('FollowUpValue');

const ReferenceValueSchema = z.object({ period: z.string(), value: z.number(), status: z.string() }).openapi('FollowUpReferenceValue');

export const ComparisonSchema = z
  .object({
    geo: z.string().openapi({ example: '01' }),
    name_sv: z.string(),
    name_en: z.string(),
    role: z.enum(['county', 'country']).openapi({ description: "The municipality's own county, or Sweden" }),
    latest: ReferenceValueSchema.nullable().openapi({
      description: "The reference's value (its gap, for a gap) in the measure's latest period",
    }),
    difference: z.number().nullable().openapi({ description: "The measure's latest value − the reference's" }),
    position: z.enum(['better', 'worse', 'equal']).nullable().openapi({
      description: 'better: the measure is ahead of the reference in the desired direction; null when no direction is desired',
    }),
    base: ReferenceValueSchema.nullable().openapi({ description: "The reference's value in the measure's base period" }),
    base_difference: z.number().nullable().openapi({ description: "The measure's base value − the reference's" }),
    gap_trend: z
      .enum(GAP_TRENDS)
      .nullable()
      .openapi({ description: 'closing: |difference| smaller now than in the base period; widening: larger; null without both values' }),
  })
  .openapi('FollowUpComparison');

export const FollowUpLinkSchema = IndicatorLinkSchema.extend({
  status: z.enum(FOLLOW_UP_STATUSES).openapi({
    description:
      'followed: current figures; stale: the newest value is older than the plan (not assessed); no_data_yet: a statistic no ' +
      'series follows yet (see data_needed); qualitative: followed up in words, never missing data',
  }),
  unit_sv: z
    .string()
    .nullable()
    .openapi({ description: "Unit of the values: the indicator's, or procentenheter for a gap of a percentage" }),
  unit_en: z.string().nullable(),
  latest: ValueSchema.nullable().openapi({ description: 'The last value of the series' }),
  base: ValueSchema.nullable().openapi({
    description: `The value the change is measured from: ${METHOD.parameters.base_offset} values before the latest, or the earliest`,
  }),
  values: z.array(ValueSchema).openapi({ description: 'The values from the base to the latest: everything the assessment uses' }),
  history: z
    .array(ValueSchema)
    .openapi({ description: 'Every value of the series (for a gap, every period with both parts), oldest first' }),
  change: z.number().nullable().openapi({ description: 'latest − base' }),
  threshold: z
    .number()
    .nullable()
    .openapi({ description: `${METHOD.parameters.threshold_share_of_base * 100} % of |base|` }),
  direction_used: z
    .enum(DIRECTIONS)
    .nullable()
    .openapi({ description: "The link's direction, or the indicator's where the link says none" }),
  assessment: z.enum(ASSESSMENTS).nullable().openapi({ description: 'Null when there is no series (status no_data_yet)' }),
  series_break: z
    .boolean()
    .openapi({ description: 'A value after the base is marked as a break in series: the change compares unlike figures' }),
  rank: z
    .object({
      period: z.string(),
      rank: z.number().int().openapi({ description: '1 is the best in direction_used' }),
      of: z.number().int().openapi({ description: 'Municipalities ranked: those with a value in the period' }),
      tied: z.number().int().openapi({ description: 'Municipalities with the same value (itself included), which share the rank' }),
      municipalities: z
        .number()
        .int()
        .openapi({ description: 'Municipalities in Sweden: the rank is of all of them only when `of` equals it' }),
      scope: z.enum(['all', 'with_data']).openapi({ description: 'all: every municipality has a value; with_data: only `of` of them' }),
      text_sv: z.string().openapi({ example: '3:e av 290 kommuner' }),
      text_en: z.string().openapi({ example: '3rd of 290 municipalities' }),
    })
    .nullable()
    .openapi({
      description:
        'Rank among the municipalities with a value in the latest period, with its scope; null when fewer than 2 have a value, the direction is none, the series is not a municipality or the measure is a total (see method)',
    }),
  comparisons: z.array(ComparisonSchema).openapi({
    description: "The measure beside the municipality's own county and Sweden (a county's beside Sweden); empty without a series",
  }),
}).openapi('FollowUpLink');

export const FollowUpGoalSchema = z
  .object({
    id: z.string(),
    parent: z.string().nullable(),
    depth: z.number().int().openapi({ description: '0 for the top of the tree (or of the goal asked for)' }),
    level: z.string(),
    number: z.string().nullable(),
    title_sv: z.string(),
    title_en: z.string(),
    sdg: z.array(GoalSdgSchema),
    url: z.string(),
    links: z.array(FollowUpLinkSchema),
  })
  .openapi('FollowUpGoal');

export const MethodSchema = z
  .object({
    id: z.string().openapi({ example: METHOD.id }),
    sv: z.string(),
    en: z.string(),
    parameters: z.object({
      base_offset: z.number().int(),
      min_values: z.number().int(),
      threshold_share_of_base: z.number(),
      significant_digits: z.number().int(),
      monthly_same_month: z.boolean(),
      rank_unit_words: z.array(z.string()),
      rank_geography_type: z.string(),
      rank_min_geographies: z.number().int(),
      stale_before_plan_start: z.boolean(),
      references: z.array(z.string()),
    }),
  })
  .openapi('FollowUpMethod');

export const FollowUpSchema = z
  .object({
    plan: PlanRefSchema,
    goal: z.string().nullable().openapi({ description: 'The goal asked for (it and the goals under it); null for the whole plan' }),
    method: MethodSchema,
    goals: z.array(FollowUpGoalSchema).openapi({ description: 'Goals in document order, parents before their children' }),
    meta: z.object({
      count: z.number().int().openapi({ description: 'Indicator links in the answer' }),
      statuses: z
        .object({ followed: z.number().int(), stale: z.number().int(), no_data_yet: z.number().int(), qualitative: z.number().int() })
        .openapi({ description: 'How many measures have each status: current figures, stale figures, no data yet, qualitative' }),
      datasets: z.array(DatasetRefSchema).openapi({ description: "The plan's dataset and the datasets of the linked indicators" }),
      notices: z
        .array(z.object({ sv: z.string(), en: z.string() }))
        .openapi({ description: 'What a reader must know, e.g. that some figures are example data' }),
    }),
  })
  .openapi('FollowUp');

export type GoalSdg = z.infer<typeof GoalSdgSchema>;
export type IndicatorLink = z.infer<typeof IndicatorLinkSchema>;
export type FollowUpLink = z.infer<typeof FollowUpLinkSchema>;
export type FollowUpGoal = z.infer<typeof FollowUpGoalSchema>;
export type FollowUpComparison = z.infer<typeof ComparisonSchema>;
