import { z } from '@hono/zod-openapi';
import { SEARCH_KINDS } from './search.queries.ts';

export const SearchHitSchema = z
  .object({
    kind: z.enum(SEARCH_KINDS).openapi({ description: 'What was found: a kommun, a län, Sweden, a plan or an indicator' }),
    id: z.string().openapi({ example: '0181', description: 'Its code or id in the API' }),
    title_sv: z.string().openapi({ example: 'Södertälje' }),
    title_en: z.string(),
    detail_sv: z.string().openapi({ example: 'Kommun i Stockholms län' }),
    detail_en: z.string(),
    page: z.string().openapi({ example: '/kommun/0181-sodertalje', description: 'Its page for people' }),
    url: z.string().openapi({ example: '/v1/geographies/0181', description: 'The same thing in the API' }),
    score: z.number().openapi({ description: 'Higher is a better match; the order of the answer' }),
  })
  .openapi('SearchHit');

export const SearchAnswerSchema = z
  .object({ data: z.array(SearchHitSchema), meta: z.object({ count: z.number().int(), q: z.string() }) })
  .openapi('SearchAnswer');
