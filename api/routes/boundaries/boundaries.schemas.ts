import { z } from '@hono/zod-openapi';
import { DatasetRefSchema } from '../datasets/datasets.schemas.ts';

export const BOUNDARY_TYPES = ['municipality', 'county'] as const;

const PositionSchema = z
  .array(z.number())
  .openapi({ description: '[longitude, latitude] in WGS 84, 4 decimals', example: [18.0686, 59.3293] });

export const BoundaryGeometrySchema = z
  .union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(PositionSchema)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(PositionSchema))) }),
  ])
  .openapi('BoundaryGeometry', { description: 'A GeoJSON Polygon or MultiPolygon (RFC 7946)' });

export const BoundaryFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string().openapi({ example: '0136', description: 'The geography code' }),
    properties: z.object({
      code: z.string().openapi({ example: '0136', description: '4 digits for a kommun, 2 for a län' }),
      name_sv: z.string().openapi({ example: 'Haninge kommun' }),
      name_en: z.string().openapi({ example: 'Haninge Municipality' }),
      short_name: z.string().openapi({ example: 'Haninge' }),
      type: z.enum(BOUNDARY_TYPES),
      parent: z.string().nullable().openapi({ example: '01', description: 'The län of a kommun; SE for a län' }),
    }),
    geometry: BoundaryGeometrySchema,
  })
  .openapi('BoundaryFeature');

export const BoundaryCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(BoundaryFeatureSchema).openapi({ description: 'By code' }),
    meta: z
      .object({
        count: z.number().int(),
        datasets: z.array(DatasetRefSchema).openapi({ description: 'Licence, attribution and caveats of the boundaries' }),
      })
      .openapi({ description: 'A foreign member (RFC 7946 §6.1): GeoJSON readers ignore it' }),
  })
  .openapi('BoundaryCollection');

export type BoundaryProperties = z.infer<typeof BoundaryFeatureSchema>['properties'];
