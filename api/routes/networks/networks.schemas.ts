import { z } from '@hono/zod-openapi';
import { GENDERS, MEMBER_STATUSES, OBSERVATION_STATUSES } from '../../lib/vocabulary.ts';
import { DatasetRefSchema, SourceSchema } from '../datasets/datasets.schemas.ts';

const countsByStatus = z.object(
  Object.fromEntries(MEMBER_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof MEMBER_STATUSES)[number], z.ZodNumber>,
);

export const NetworkSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'malmo-commitment' }),
    name: z.string().openapi({ description: 'Name as published' }),
    description_sv: z.string(),
    description_en: z.string(),
    organiser: z.string().openapi({ example: 'ICLEI' }),
    launched: z.string().nullable().openapi({ description: 'Date launched (ISO)' }),
    website: z.string().nullable().openapi({ description: "The network's own page" }),
    member_count_indicator: z.string().nullable().openapi({ description: 'The indicator that counts the members over time' }),
    members_listed: z.number().int().openapi({ description: 'Entries in the member list, whatever their status' }),
    members_by_status: countsByStatus.openapi({ description: 'Members by status as published' }),
    dataset: z.string(),
    url: z.string(),
  })
  .openapi('NetworkSummary');

export const NetworkListSchema = z
  .object({
    data: z.array(NetworkSummarySchema),
    meta: z.object({ count: z.number().int(), datasets: z.array(DatasetRefSchema) }),
  })
  .openapi('NetworkList');

export const NetworkMemberSchema = z
  .object({
    name: z.string().openapi({ example: 'City of Malmö', description: 'Name as published' }),
    government_type: z.string().openapi({ example: 'city', description: 'city, municipality, state (regional government) …' }),
    country: z.string().openapi({ example: 'Sweden' }),
    geo: z.string().nullable().openapi({ description: 'Our geography code, for a Swedish member' }),
    status: z.enum(MEMBER_STATUSES).openapi({
      description:
        'early_adopter: named among the members at the launch; reported_signed: a source says it signed; announced_to_sign: announced, signing not confirmed; reported_committed_secondary: only a secondary source says so',
    }),
    joined: z.string().nullable().openapi({ description: 'When it joined, where a source says (ISO date)' }),
    joined_basis: z.string().nullable().openapi({ description: 'What the date (or its absence) rests on' }),
    sources: z.array(z.string()).openapi({ description: 'URLs of the sources' }),
    note: z.string().nullable(),
  })
  .openapi('NetworkMember');

export const MemberCountSchema = z
  .object({
    indicator: z.string(),
    title_sv: z.string(),
    title_en: z.string(),
    unit_sv: z.string(),
    unit_en: z.string(),
    url: z.string(),
    observations: z.array(
      z.object({
        geo: z.string(),
        period: z.string(),
        gender: z.enum(GENDERS),
        breakdown: z.string(),
        value: z.number().nullable(),
        status: z.enum(OBSERVATION_STATUSES),
        note: z.string().nullable(),
        sources: z.string(),
      }),
    ),
  })
  .openapi('MemberCount');

export const NetworkSchema = NetworkSummarySchema.extend({
  members: z.array(NetworkMemberSchema).openapi({ description: 'By status (as in members_by_status), then name' }),
  member_count: MemberCountSchema.nullable().openapi({ description: "The member-count indicator's observations, in period order" }),
  sources: z.array(SourceSchema),
  meta: z.object({ datasets: z.array(DatasetRefSchema), notices: z.array(z.object({ sv: z.string(), en: z.string() })) }),
}).openapi('Network');

export type NetworkSummary = z.infer<typeof NetworkSummarySchema>;
export type NetworkMember = z.infer<typeof NetworkMemberSchema>;
