import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRoute, createRouter, type AppEnv } from '../../lib/create-router.ts';
import { answerEtag, etagMatches, notModified } from '../../lib/etag.ts';
import { CSV_MEDIA_TYPE, csvResponse, negotiate, rawJsonResponse, toCsv, type Format } from '../../lib/formats.ts';
import { badRequestResponse, notFoundResponse, notModifiedResponse } from '../../lib/openapi.ts';
import { decodeCursor, encodeCursor, nextLink } from '../../lib/params.ts';
import { remembered } from '../../lib/lru.ts';
import { badRequest, notFound } from '../../lib/problem.ts';
import type { Db } from '../../db/database.ts';
import type { IndicatorMeta, ReferenceData } from '../../db/reference-data.ts';
import type { DatasetRef } from '../datasets/datasets.schemas.ts';
import { exampleDataNotices } from '../datasets/datasets.queries.ts';
import { unknownGeographyMessage } from '../geographies/geographies.queries.ts';
import { toJsonStat } from './observations.jsonstat.ts';
import { asOfNotices, observationsAsOf } from './observations.as-of.ts';
import { OBSERVATION_KEY, observationPageJson, observationRows, type JsonPage, type ObservationFilter } from './observations.queries.ts';
import { indicatorListParam, MAX_INDICATORS_PER_REQUEST, observationFilterQuery, ObservationPageSchema } from './observations.schemas.ts';

const tags = ['Observations'];

const responses = {
  200: {
    description: 'A page of observations in key order (indicator, geo, period, gender, breakdown)',
    content: {
      'application/json': { schema: ObservationPageSchema },
      [CSV_MEDIA_TYPE]: { schema: z.string().openapi({ description: 'The rows as CSV, with unit and labels' }) },
    },
  },
  304: notModifiedResponse,
  400: badRequestResponse,
  404: notFoundResponse,
};

const list = createRoute({
  method: 'get',
  path: '/v1/observations',
  operationId: 'listObservations',
  tags,
  summary: 'Observations of one or more indicators, filtered by geography, period, gender and breakdown',
  request: { query: z.object({ indicator: indicatorListParam, ...observationFilterQuery }) },
  responses,
});

const ofIndicator = createRoute({
  method: 'get',
  path: '/v1/indicators/{id}/observations',
  operationId: 'listIndicatorObservations',
  tags,
  summary: 'Observations of one indicator',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'scb-bas-sysselsattningsgrad-20-64' }) }),
    query: z.object(observationFilterQuery),
  },
  responses,
});

export type Query = z.infer<z.ZodObject<typeof observationFilterQuery>>;

/** The columns of observations as CSV; the place download (geographies) uses the same. */
export const CSV_COLUMNS = [
  'indicator',
  'indicator_title',
  'geo',
  'geo_name',
  'period',
  'gender',
  'breakdown',
  'breakdown_label',
  'value',
  'unit',
  'status',
  'note',
  'sources',
  'n',
  'ci_low',
  'ci_high',
];

/** Checks that every id and code the request names exists, so that no answer is silently empty. */
function checkNames(ref: ReferenceData, indicators: string[], q: Query): IndicatorMeta[] {
  const unknown = indicators.filter((id) => !ref.indicators.has(id));
  if (unknown.length > 0) {
    throw notFound(
      `unknown indicator${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${u}'`).join(', ')}; search the indicators there are at /v1/indicators?q=`,
    );
  }
  const unknownGeos = (q.geo ?? []).filter((code) => !ref.geographies.has(code));
  if (unknownGeos.length > 0) {
    throw badRequest(
      unknownGeographyMessage(unknownGeos[0]!),
      unknownGeos.map((code) => ({ in: 'query', name: 'geo', message: `unknown code '${code}'` })),
    );
  }
  if (q.county && ref.geographies.get(q.county)?.type !== 'county') throw badRequest(unknownGeographyMessage(q.county));
  if (q.from && q.to && q.from > q.to) {
    throw badRequest(`from (${q.from}) is after to (${q.to}); give the earlier period as from`, [
      { in: 'query', name: 'from', message: 'after to' },
    ]);
  }
  const meta = indicators.map((id) => ref.indicators.get(id)!);
  if (q.breakdown?.length) {
    const valid = [...new Set(['total', ...meta.flatMap((m) => m.breakdowns)])];
    const wrong = q.breakdown.filter((b) => !valid.includes(b));
    if (wrong.length > 0) {
      throw badRequest(
        `unknown breakdown ${wrong.map((w) => `'${w}'`).join(', ')} for ${indicators.join(', ')}; valid codes are ${valid.join(', ')}`,
        [{ in: 'query', name: 'breakdown', message: 'unknown code' }],
      );
    }
  }
  return meta;
}

function notices(meta: IndicatorMeta[]) {
  return meta
    .filter((m) => m.status === 'discontinued')
    .map((m) => {
      const successors = m.successors.join(', ');
      return {
        sv: `${m.id} har upphört${successors ? `; ersätts av ${successors}` : ''}.`,
        en: `${m.id} is discontinued${successors ? `; replaced by ${successors}` : ''}.`,
      };
    });
}

/** The sources the requested indicators draw on; every value cites only these. */
function sourcesOf(ref: ReferenceData, meta: IndicatorMeta[]) {
  const keys = new Set(meta.flatMap((m) => m.sources.map((id) => `${m.dataset}/${id}`)));
  return [...keys].sort().map((key) => ref.sources.get(key)!);
}

type AsOfNotice = { sv: string; en: string };

/**
 * The part of `meta` after `next_cursor`, as JSON: it depends only on the indicators asked for (and
 * as_of), so for the same indicators it is the same text every time, kept per database.
 */
function metaTail(
  ref: ReferenceData,
  meta: IndicatorMeta[],
  datasets: DatasetRef[],
  asOf: string | undefined,
  asOfNotice: AsOfNotice[],
): string {
  const make = () => {
    const json = JSON.stringify({
      indicators: meta.map(({ sources: _s, breakdowns: _b, ...m }) => m),
      datasets,
      sources: sourcesOf(ref, meta),
      notices: [...notices(meta), ...exampleDataNotices(datasets), ...asOfNotice],
      as_of: asOf ?? null,
    });
    return json.slice(1); // without its opening brace: it follows next_cursor
  };
  if (asOf) return make();
  let tails = metaTails.get(ref);
  if (!tails) metaTails.set(ref, (tails = new Map()));
  return remembered(tails, MAX_META_TAILS, meta.map((m) => m.id).join(','), make);
}
const MAX_META_TAILS = 2000;
const metaTails = new WeakMap<ReferenceData, Map<string, string>>();

/** A request for observations whose names were all found: what to read, and what it draws on. */
export interface CheckedRequest {
  meta: IndicatorMeta[];
  filter: ObservationFilter;
  datasetIds: string[];
  datasets: DatasetRef[];
}

/**
 * Checks a request against the reference data and makes its filter; throws the ApiError to answer
 * with when it names too many or too few indicators, or anything that does not exist.
 */
export function checkRequest(ref: ReferenceData, indicators: string[], q: Query): CheckedRequest {
  if (indicators.length === 0) {
    throw badRequest(
      'indicator is required: name one or more indicator ids, e.g. indicator=scb-bas-sysselsattningsgrad-20-64; see /v1/indicators',
      [{ in: 'query', name: 'indicator', message: 'required' }],
    );
  }
  if (indicators.length > MAX_INDICATORS_PER_REQUEST) {
    throw badRequest(`at most ${MAX_INDICATORS_PER_REQUEST} indicators a request; you named ${indicators.length}`, [
      { in: 'query', name: 'indicator', message: 'too many' },
    ]);
  }
  const meta = checkNames(ref, indicators, q);
  const filter: ObservationFilter = {
    indicators,
    geos: q.geo,
    county: q.county,
    geoType: q.type,
    from: q.from,
    to: q.to,
    genders: q.gender,
    breakdowns: q.breakdown,
    latest: q.latest,
    lang: q.lang,
    after: q.cursor === undefined ? undefined : decodeCursor(q.cursor, OBSERVATION_KEY.length),
    limit: q.limit,
  };
  const datasetIds = [...new Set(meta.map((m) => m.dataset))].sort();
  return { meta, filter, datasetIds, datasets: datasetIds.map((id) => ref.datasets.get(id)!) };
}

/**
 * The body of the JSON answer: the rows as SQLite built them, with `meta` and `links` spliced
 * around them. `url` is the request's absolute URL, `self` its path and query.
 */
export async function observationsJson(
  db: Db,
  ref: ReferenceData,
  checked: CheckedRequest,
  q: Query,
  url: string,
  self: string,
): Promise<string> {
  const { meta, filter, datasetIds, datasets } = checked;
  const asOfRows = q.as_of ? await observationsAsOf(db, ref, filter, q.as_of) : undefined;
  const page = asOfRows
    ? {
        rows: JSON.stringify(asOfRows),
        count: asOfRows.length,
        lastKey: asOfRows.length === q.limit ? OBSERVATION_KEY.map((k) => String(asOfRows.at(-1)![k])) : null,
      }
    : await observationPageJson(db, filter);
  const asOfNotice = q.as_of ? asOfNotices(ref, datasetIds, q.as_of) : [];
  const around = jsonEnvelope(page, q, metaTail(ref, meta, datasets, q.as_of, asOfNotice), url, self);
  return `${around.head}${page.rows}${around.middle}${around.tail}${around.end}`;
}

/**
 * What goes around the rows of the JSON answer, in four parts: `head`, the rows, `middle`, `tail`
 * (the part of meta that depends only on the indicators, the same string each time) and `end`.
 * The Node server's direct path writes the same parts as bytes (api/node-fast-path.ts).
 */
export function jsonEnvelope(page: Omit<JsonPage<unknown>, 'rows'>, q: Query, tail: string, url: string, self: string) {
  const cursor = page.lastKey ? encodeCursor(page.lastKey) : null;
  const links = { self, next: cursor ? nextLink(url, cursor) : null };
  return {
    head: '{"data":',
    middle: `,"meta":{"count":${page.count},"limit":${q.limit},"next_cursor":${JSON.stringify(cursor)},`,
    tail,
    end: `,"links":${JSON.stringify(links)}}`,
  };
}

/** The part of `meta` that depends only on the indicators asked for (kept per database), without as_of. */
export function indicatorsMetaTail(ref: ReferenceData, checked: CheckedRequest): string {
  return metaTail(ref, checked.meta, checked.datasets, undefined, []);
}

async function answer(c: Context<AppEnv>, indicators: string[], q: Query): Promise<Response> {
  const db = c.var.db;
  const ref = await c.var.reference();
  const checked = checkRequest(ref, indicators, q);
  const format: Format = negotiate(c, q.format);
  // Everything above only checked the request; the answer is fixed by it and the data version.
  const etag = await answerEtag(c, ref.dataVersion, format);
  if (etagMatches(c.req.header('if-none-match'), etag)) return notModified(c, etag);
  const self = c.req.path + new URL(c.req.url).search;
  // The rows are already JSON (built in SQLite); the envelope is spliced around them.
  if (format === 'json') return rawJsonResponse(c, await observationsJson(db, ref, checked, q, c.req.url, self), etag);

  const { meta, filter, datasetIds, datasets } = checked;
  const rows = q.as_of ? await observationsAsOf(db, ref, filter, q.as_of) : await observationRows(db, filter);
  const last = rows.length === q.limit ? rows.at(-1) : undefined;
  const cursor = last ? encodeCursor(OBSERVATION_KEY.map((k) => last[k])) : null;
  if (cursor) c.header('link', `<${nextLink(c.req.url, cursor)}>; rel="next"`);
  for (const id of datasetIds) c.header('link', `</v1/datasets/${id}>; rel="describedby"`, { append: true });
  if (format === 'json-stat2') {
    const updated =
      datasets
        .map((d) => d.updated)
        .sort()
        .at(-1) ?? '';
    c.header('etag', etag);
    return c.json(
      toJsonStat({
        rows,
        indicators: meta,
        datasets,
        lang: q.lang,
        origin: new URL(c.req.url).origin,
        self,
        next: cursor ? nextLink(c.req.url, cursor) : null,
        updated,
      }),
    );
  }
  const en = q.lang === 'en';
  const csvRows = rows.map((r) => {
    const m = ref.indicators.get(r.indicator)!;
    return { ...r, indicator_title: en ? m.title_en : m.title_sv, unit: en ? m.unit_en : m.unit_sv };
  });
  const name = indicators.length === 1 ? `maltal-${indicators[0]}` : 'maltal-observations';
  return csvResponse(c, toCsv(CSV_COLUMNS, csvRows, format), name, etag);
}

export const observationsRouter = createRouter()
  .openapi(list, async (c) => {
    const { indicator, ...query } = c.req.valid('query');
    return await answer(c, indicator ?? [], query);
  })
  .openapi(ofIndicator, async (c) => {
    const { id } = c.req.valid('param');
    return await answer(c, [id], c.req.valid('query'));
  });

/** The query /v1/observations takes, as its route validates it (unknown parameters refused). */
export const observationsQuery = list.request.query;
