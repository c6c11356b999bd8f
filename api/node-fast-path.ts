/**
 * The Node server's direct path for the API's most asked request: `GET /v1/observations` as JSON.
 *
 * Through Hono, an answer of this route costs about as much again as the query and the writing
 * (@hono/node-server's Request and Response, routing, two middlewares, the OpenAPI validator: ~100
 * µs of CPU a request, BENCHMARKS.md). Here the request is read straight from node:http and
 * answered with the route's own functions: the same query schema (observationsQuery), the same
 * checks (checkRequest), the same ETag (etagText, hashed as the app hashes it), the same body (observationsJson) and the same
 * headers (finishHeaders). So the answer is the route's, byte for byte; test/api/fast-path.test.ts
 * asks both for the same requests and compares status, headers and body.
 *
 * Anything this path would have to answer differently from a 200 or a 304 it leaves to the app:
 * every error, CSV and JSON-stat, HEAD, a query with characters URL parsing would rewrite, a Host
 * header Hono would refuse, and an If-None-Match that is not current (Hono's etag middleware reads
 * that header by a rule of its own). `undefined` means "ask the app".
 */
import type { IncomingMessage } from 'node:http';
import type { CompiledQuery } from 'kysely';
import type { Db } from './db/database.ts';
import type { ReferenceData } from './db/reference-data.ts';
import { finishHeaders } from './lib/answer-headers.ts';
import { CACHE_CONTROL, etagMatches, etagText } from './lib/etag.ts';
import { MAX_URL_LENGTH } from './lib/limits.ts';
import { remembered } from './lib/lru.ts';
import { observationPageSizedQuery, sizedJsonPage, type SizedPageRow } from './routes/observations/observations.queries.ts';
import { checkRequest, indicatorsMetaTail, jsonEnvelope, observationsQuery } from './routes/observations/observations.routes.ts';

/** The path this answers; node.ts sends it only requests for this path with a query. */
export const PATH = '/v1/observations';

/** Characters a query may have here: WHATWG URL parsing leaves them as they are, and `+` (a space) is not among them. */
const PLAIN_QUERY = /^[A-Za-z0-9_.,=&%~-]+$/;

/** Accept headers that choose JSON (lib/formats.ts negotiate()); any other goes to the app. */
const JSON_ACCEPT = new Set(['', '*/*', 'application/json']);

export interface DirectAnswer {
  status: 200 | 304;
  /** Lower-case names, as the app's answer has them before the Node server adds its own. */
  headers: Record<string, string>;
  /**
   * The body in the parts it is sent in, one after the other (none for a 304): the indicators'
   * part of meta as its UTF-8 bytes, the rest as text. That part is the same for every request of
   * an indicator and holds characters beyond Latin-1 (en dashes, quotation marks). In one string
   * with the rows, V8 made the whole answer a two-byte string, and node:http encoded all of it to
   * UTF-8 again on every answer; kept as bytes, it is copied as it is and the rest stays one-byte,
   * quicker to encode (about 6 µs of server CPU an answer, BENCHMARKS.md).
   */
  body: (string | Uint8Array)[];
  /** The body's length in UTF-8 bytes. */
  bytes: number;
}

export interface FastPathDeps {
  /** Kysely over the database: it builds and compiles the query (once per shape). */
  db: Db;
  /** Runs a compiled query on better-sqlite3 itself, synchronously (the same statements Kysely's driver would prepare). */
  run: (query: CompiledQuery) => unknown[];
  /** The reference data the app reads, once it has been read (until then the app answers). */
  reference: () => ReferenceData | undefined;
  /** The app's hash (the Node server's SHA-1), here synchronous. */
  hash: (text: string) => string;
}

/** The headers of the route's answer with `status`, but for its ETag: the same for every request. */
function routeHeaders(status: 200 | 304): Record<string, string> {
  const headers = new Map<string, string>(
    status === 200
      ? [['content-type', 'application/json; charset=utf-8']]
      : [
          ['cache-control', CACHE_CONTROL],
          ['vary', 'Accept'],
        ],
  ); // as the route sets them: rawJsonResponse(), notModified()
  finishHeaders(headers, 'GET', PATH, status);
  return Object.fromEntries(headers);
}

/** The direct path over one database: answers what it can, `undefined` for the rest. */
export function observationsFastPath({ db, run, reference, hash }: FastPathDeps) {
  const hosts = new Map<string, boolean>();
  const parameters = new QueryParser();
  /** The indicators' part of meta in UTF-8, by the string metaTail() keeps (the same string each time). */
  const encodedTails = new Map<string, Uint8Array>();
  const ok = routeHeaders(200);
  const notModified = routeHeaders(304);

  return (incoming: IncomingMessage): DirectAnswer | undefined => {
    const target = incoming.url ?? '';
    if (incoming.method !== 'GET' || !target.startsWith(`${PATH}?`)) return undefined;
    const { host, accept = '', 'if-none-match': ifNoneMatch } = incoming.headers;
    if (!host || !remembered(hosts, 64, host, hostHonoAccepts) || !JSON_ACCEPT.has(accept)) return undefined;
    // The app refuses a URL over MAX_URL_LENGTH (414); `https://` and the Host header are at least as long in it.
    if ('https://'.length + host.length + target.length > MAX_URL_LENGTH) return undefined;
    const search = target.slice(PATH.length + 1);
    if (!PLAIN_QUERY.test(search)) return undefined;
    const q = parameters.parse(search);
    if (!q) return undefined;
    if ((q.format !== undefined && q.format !== 'json') || q.as_of !== undefined) return undefined;
    const ref = reference();
    if (!ref) return undefined;
    try {
      const checked = checkRequest(ref, q.indicator ?? [], q);
      const etag = `"${hash(etagText(target, ref.dataVersion, 'json'))}"`;
      if (ifNoneMatch !== undefined) {
        if (!etagMatches(ifNoneMatch, etag)) return undefined;
        return { status: 304, headers: { etag, ...notModified }, body: [], bytes: 0 };
      }
      const page = sizedJsonPage(run(observationPageSizedQuery(db, checked.filter))[0] as SizedPageRow, checked.filter);
      const tail = indicatorsMetaTail(ref, checked);
      const { head, middle, end } = jsonEnvelope(page, q, tail, `http://localhost${target}`, target);
      const encodedTail = remembered(encodedTails, 2000, tail, (text) => Buffer.from(text));
      const bytes = Buffer.byteLength(head) + page.bytes + Buffer.byteLength(middle) + encodedTail.byteLength + Buffer.byteLength(end);
      return { status: 200, headers: { ...ok, etag }, body: [`${head}${page.rows}${middle}`, encodedTail, end], bytes };
    } catch {
      return undefined; // the app answers it, with the problem it is
    }
  };
}

type Parsed = ReturnType<typeof observationsQuery.parse>;

/** One `name=value` of a query, parsed: the field's name and its value, or why the app must answer. */
type Pair = { name: string; data: unknown } | { name: undefined };

/**
 * The query parsed as the route parses it. Hono's validator hands zod each parameter given once as
 * a string (percent-decoded; an empty name skipped), and zod parses the strict object of
 * observationsQuery. Its fields are independent, with no rule across them, so parsing each given
 * field by its own schema, and each missing one as undefined (its default), gives what parsing the
 * object gives, but for one thing: every field is there, those not given (and without a default)
 * as undefined, where zod leaves them out. The route and the direct path only read fields, so the
 * two read the same; and an object of one shape is quick to copy (leaving fields out and deleting
 * them made parsing cost 2 µs instead of 0.5, in-process). A parameter's result is kept by its
 * text: the same kommun codes and indicator ids come back, and zod took ~10 µs a request. Kept
 * values are frozen, so that no request can change what the next one gets. `undefined`: an unknown
 * parameter, one given twice, a value zod refuses or a percent sequence that does not decode (Hono
 * keeps those as text): the app answers those.
 */
class QueryParser {
  private readonly shape = observationsQuery.shape as Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>;
  /** Every field, with what it parses to when it is not given: its default (lang, limit) or undefined. */
  private readonly blank: Record<string, unknown> = {};
  private readonly pairs = new Map<string, Pair>();

  constructor() {
    for (const [name, schema] of Object.entries(this.shape)) {
      const result = schema.safeParse(undefined);
      if (!result.success) throw new Error(`the observations query has a required field, ${name}: parse it here too`);
      this.blank[name] = Object.freeze(result.data);
    }
  }

  parse(search: string): Parsed | undefined {
    const parsed: Record<string, unknown> = { ...this.blank };
    const given: string[] = [];
    for (const text of search.split('&')) {
      if (text === '' || text.startsWith('=')) continue; // no name: Hono skips it
      const pair = remembered(this.pairs, 5000, text, (t) => this.parsePair(t));
      if (pair.name === undefined || given.includes(pair.name)) return undefined;
      given.push(pair.name);
      parsed[pair.name] = pair.data;
    }
    return parsed as Parsed;
  }

  private parsePair(text: string): Pair {
    const eq = text.indexOf('=');
    let name = eq === -1 ? text : text.slice(0, eq);
    let value = eq === -1 ? '' : text.slice(eq + 1);
    try {
      name = decodeURIComponent(name);
      value = decodeURIComponent(value);
    } catch {
      return { name: undefined };
    }
    if (!Object.hasOwn(this.shape, name)) return { name: undefined };
    const result = this.shape[name]!.safeParse(value);
    return result.success ? { name, data: Object.freeze(result.data) } : { name: undefined };
  }
}

/** Whether @hono/node-server takes this Host header (it answers 400 to one URL parsing would change). */
function hostHonoAccepts(host: string): boolean {
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) return false;
  try {
    const url = new URL(`http://${host}/`);
    return url.hostname.length === host.length || url.hostname === host.replace(/:\d+$/, '');
  } catch {
    return false;
  }
}
