import { z } from '@hono/zod-openapi';

export const LicenceSchema = z.object({ name: z.string(), path: z.string().optional(), title: z.string() }).openapi('Licence');

export const SourceSchema = z
  .object({
    id: z.string().openapi({ example: 'S1', description: 'Id within the dataset; observations cite it in `sources`' }),
    title: z.string(),
    path: z.string().openapi({ description: 'Where the copy was taken from' }),
    publisher: z.string().openapi({ description: 'Who published the figures originally' }),
    retrieved: z.string().openapi({ description: 'When the copy was retrieved (ISO date)' }),
    licence: z.string().openapi({ description: 'The licence or terms as the publisher states them, or that none is stated' }),
    attribution: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('Source');

const BilingualSchema = z.object({ sv: z.string(), en: z.string() }).openapi('Bilingual');

/** What every response that carries figures says about where they come from and on what terms. */
export const DatasetRefSchema = z
  .object({
    id: z.string().openapi({ example: 'employment' }),
    title_sv: z.string(),
    title_en: z.string(),
    version: z.string(),
    updated: z.string(),
    licenses: z.array(LicenceSchema).openapi({ description: 'Empty when the publisher states no licence; see licence_note' }),
    licence_note_sv: z.string(),
    licence_note_en: z.string(),
    attribution_sv: z.string().openapi({ example: 'Källa: Kolada' }),
    attribution_en: z.string(),
    example: z.boolean().openapi({ description: 'True for example data made for a demo, never real figures' }),
    url: z.string().openapi({ example: '/v1/datasets/employment' }),
  })
  .openapi('DatasetRef');

export const DatasetSchema = DatasetRefSchema.extend({
  description_sv: z.string(),
  description_en: z.string(),
  publisher: z.string(),
  caveats: z.array(BilingualSchema),
  sources: z.array(SourceSchema),
  built_by: z.string().openapi({ description: 'The script that wrote the package from its sources' }),
  content_hash: z.string().openapi({ description: 'sha256 over the package files: cite it with the version' }),
  versions: z
    .array(z.object({ version: z.string(), date: z.string(), new: z.number().int(), revised: z.number().int(), deleted: z.number().int() }))
    .openapi({
      description:
        'Every version whose figures changed, with how many values it added, revised and deleted (see /v1/changes); empty until the first change',
    }),
  indicators: z.array(z.object({ id: z.string(), title_sv: z.string(), title_en: z.string(), url: z.string() })),
  downloads: z.object({
    datapackage: z.string().openapi({ description: 'The Frictionless descriptor; its resource paths resolve beside it' }),
    resources: z.array(z.object({ name: z.string(), path: z.string(), url: z.string() })),
  }),
}).openapi('Dataset');

export const DatasetListSchema = z
  .object({ data: z.array(DatasetRefSchema), meta: z.object({ count: z.number().int() }) })
  .openapi('DatasetList');

export type DatasetRef = z.infer<typeof DatasetRefSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
