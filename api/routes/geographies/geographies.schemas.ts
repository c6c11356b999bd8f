import { z } from '@hono/zod-openapi';
import { GEOGRAPHY_TYPES } from '../../lib/vocabulary.ts';
import { DatasetRefSchema } from '../datasets/datasets.schemas.ts';
import { IndicatorMetaSchema, ObservationSchema } from '../observations/observations.schemas.ts';

export const GeographySchema = z
  .object({
    code: z.string().openapi({
      example: '0136',
      description: '4 digits for a kommun, 2 for a län, SE for Riket, KKKK-xxx for an area within kommun KKKK',
    }),
    name_sv: z.string().openapi({ example: 'Haninge kommun' }),
    name_en: z.string(),
    short_name: z.string().openapi({ example: 'Haninge' }),
    type: z.enum(GEOGRAPHY_TYPES),
    parent: z.string().nullable().openapi({ example: '01' }),
    kolada_id: z.string().nullable().openapi({ description: 'The id Kolada uses for the same area', example: '0136' }),
    url: z.string(),
  })
  .openapi('Geography');

export const GeographyListSchema = z
  .object({ data: z.array(GeographySchema), meta: z.object({ count: z.number().int() }), dataset: z.string() })
  .openapi('GeographyList');

export const GeographyDetailSchema = GeographySchema.extend({
  parent_ref: GeographySchema.nullable(),
  children: z.array(GeographySchema),
  indicators_with_data: z.number().int().openapi({ description: 'How many indicators have at least one value here' }),
  links: z.object({ observations: z.string() }),
}).openapi('GeographyDetail');

export type Geography = z.infer<typeof GeographySchema>;

export const PlaceObservationsSchema = z
  .object({
    data: z.array(ObservationSchema),
    meta: z.object({
      geo: z.string(),
      count: z.number().int(),
      indicators: z
        .array(IndicatorMetaSchema)
        .openapi({ description: 'Every indicator the rows hold, with unit, status, successors and caveats' }),
      datasets: z.array(DatasetRefSchema).openapi({ description: 'Licence and attribution of every dataset the rows come from' }),
      notices: z.array(z.object({ sv: z.string(), en: z.string() })),
    }),
  })
  .openapi('PlaceObservations');
