/**
 * GET /v1/config: what a client needs to know before it asks, after PxWebApi 2.0's /config: the
 * languages and formats, every limit the API enforces, the licences, and how to cite the figures.
 */
import { z } from '@hono/zod-openapi';
import packageJson from '../../../package.json' with { type: 'json' };
import { createRoute, createRouter } from '../../lib/create-router.ts';
import { OBSERVATION_FORMATS, TABLE_FORMATS } from '../../lib/formats.ts';
import { EDGE_RATE_LIMIT, MAX_LIST_VALUES, MAX_URL_LENGTH } from '../../lib/limits.ts';
import { notModifiedResponse } from '../../lib/openapi.ts';
import { MAX_CHANGES_PAGE } from '../changes/changes.schemas.ts';
import { OPENAPI_INFO } from '../docs/docs.routes.ts';
import { MAX_INDICATOR_PAGE, MAX_SEARCH_WORDS } from '../indicators/indicators.routes.ts';
import { MAX_AS_OF_VALUES } from '../observations/observations.as-of.ts';
import { DEFAULT_OBSERVATION_PAGE, MAX_INDICATORS_PER_REQUEST, MAX_OBSERVATION_PAGE } from '../observations/observations.schemas.ts';

const Bilingual = z.object({ sv: z.string(), en: z.string() });

const ConfigSchema = z
  .object({
    api_version: z.string().openapi({ example: '1.0.0' }),
    software_version: z.string().openapi({ description: 'The Måltal release serving this API (also the widget bundle version)' }),
    data_version: z.string().openapi({ description: 'Changes whenever the database is rebuilt from new packages' }),
    languages: z.array(z.object({ id: z.enum(['sv', 'en']), label: z.string() })),
    default_language: z.literal('sv'),
    formats: z.object({
      observations: z.array(z.string()),
      tables: z.array(z.string()).openapi({ description: 'Lists of indicators, geographies, goals, factors, changes' }),
      default: z.literal('json'),
    }),
    limits: z.object({
      max_observations_per_page: z
        .number()
        .int()
        .openapi({ description: "Data cells in one answer (PxWeb's maxDataCells); follow links.next for more" }),
      default_observations_per_page: z.number().int(),
      max_indicators_per_request: z.number().int(),
      max_indicators_per_page: z.number().int(),
      max_changes_per_page: z.number().int(),
      max_as_of_values: z.number().int().openapi({ description: 'Values an as_of query may reconstruct before it must be narrowed' }),
      max_values_per_list: z.number().int().openapi({ description: 'Values in one comma-separated parameter such as geo' }),
      max_search_words: z.number().int().openapi({ description: 'Words in the q of /v1/indicators' }),
      max_url_length: z.number().int().openapi({ description: 'Longer URLs get 414' }),
    }),
    rate_limit: z.object({
      limit: z.number().int(),
      period_seconds: z.number().int(),
      applies_to: Bilingual,
      when_exceeded: z.string(),
    }),
    licence: z.object({
      data: Bilingual.openapi({ description: 'Each dataset has its own licence; see datasets' }),
      datasets: z.array(
        z.object({
          id: z.string(),
          licences: z.array(z.string()).openapi({ description: 'Empty when the publisher states none' }),
          note: Bilingual,
          url: z.string(),
        }),
      ),
      software: z.string().openapi({ example: 'MIT' }),
    }),
    citation: z.array(z.object({ language: z.enum(['sv', 'en']), text: z.string() })).openapi({
      description: 'How to cite a figure; fill in {attribution} (the dataset’s), {title}, {url} and {date} (when you retrieved it)',
    }),
    cors: z.object({ enabled: z.boolean(), origins: z.string() }),
  })
  .openapi('Config');

const config = createRoute({
  method: 'get',
  path: '/v1/config',
  operationId: 'getConfig',
  tags: ['About'],
  summary: 'Languages, formats, limits, licences and citation texts of this API',
  description: "What a client should know before asking, like PxWebApi 2.0's /config. Every limit here is enforced.",
  responses: {
    200: { description: 'The configuration', content: { 'application/json': { schema: ConfigSchema } } },
    304: notModifiedResponse,
  },
});

export const configRouter = createRouter().openapi(config, async (c) => {
  const ref = await c.var.reference();
  const version = await c.var.db.selectFrom('meta').select('value').where('key', '=', 'data_version').executeTakeFirst();
  const body: z.infer<typeof ConfigSchema> = {
    api_version: OPENAPI_INFO.info.version,
    software_version: packageJson.version,
    data_version: version?.value ?? '',
    languages: [
      { id: 'sv', label: 'Svenska' },
      { id: 'en', label: 'English' },
    ],
    default_language: 'sv',
    formats: { observations: [...OBSERVATION_FORMATS], tables: [...TABLE_FORMATS], default: 'json' },
    limits: {
      max_observations_per_page: MAX_OBSERVATION_PAGE,
      default_observations_per_page: DEFAULT_OBSERVATION_PAGE,
      max_indicators_per_request: MAX_INDICATORS_PER_REQUEST,
      max_indicators_per_page: MAX_INDICATOR_PAGE,
      max_changes_per_page: MAX_CHANGES_PAGE,
      max_as_of_values: MAX_AS_OF_VALUES,
      max_values_per_list: MAX_LIST_VALUES,
      max_search_words: MAX_SEARCH_WORDS,
      max_url_length: MAX_URL_LENGTH,
    },
    rate_limit: {
      limit: EDGE_RATE_LIMIT.limit,
      period_seconds: EDGE_RATE_LIMIT.periodSeconds,
      applies_to: {
        sv: 'Varje klient (IP-adress, IPv6 per /64) hos den publika tjänsten på Cloudflare, räknat per plats. En egen Node-server har ingen egen gräns.',
        en: 'Each client (IP address, IPv6 per /64) of the public service on Cloudflare, counted per location. A self-hosted Node server sets none of its own.',
      },
      when_exceeded:
        '429 Too Many Requests with Retry-After (seconds) and a problem+json body; every answer of the public service says RateLimit-Policy: <limit>;w=<period>',
    },
    licence: {
      data: {
        sv: 'Siffrorna är fakta från sina källor. Varje dataset anger licens (eller att källan inte anger någon), källa och hur den ska anges.',
        en: 'The figures are facts from their sources. Each dataset states its licence (or that the source states none), its sources and how to credit them.',
      },
      datasets: [...ref.datasets.values()].map((d) => ({
        id: d.id,
        licences: d.licenses.map((l) => l.name),
        note: { sv: d.licence_note_sv, en: d.licence_note_en },
        url: d.url,
      })),
      software: packageJson.license,
    },
    citation: [
      { language: 'sv', text: '{attribution}. {title}. Hämtad {date} via Måltal: {url}' },
      { language: 'en', text: '{attribution}. {title}. Retrieved {date} via Måltal: {url}' },
    ],
    cors: { enabled: true, origins: '*' },
  };
  return c.json(body);
});
