/**
 * The Node entry: serves the app from the SQLite database built by `npm run build:db`.
 */
import { hash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import Sqlite from 'better-sqlite3';
import { SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { createApp, referenceLoader } from './app.ts';
import { createDb, type Db } from './db/database.ts';
import type { ReferenceData } from './db/reference-data.ts';
import { etagMatches } from './lib/etag.ts';
import { remembered } from './lib/lru.ts';
import {
  AnswerCache,
  answerOf,
  chooseEncoding,
  compress,
  compressible,
  StaticCompression,
  type Encoding,
  withAcceptEncoding,
  type Answer,
} from './node-answers.ts';
import { onClientError } from './node-client-errors.ts';
import { observationsFastPath, PATH as DIRECT_PATH, type DirectAnswer } from './node-fast-path.ts';
import { readNodeEnv, repoRoot } from './node-env.ts';
import { isPagePath } from './routes/pages/pages.urls.ts';
import { widgetCacheControl } from './routes/widgets/widgets.assets.ts';

/** How many prepared statements to keep; queries with IN lists of other lengths are other statements. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 with its prepared statements kept by SQL text. Kysely prepares every query it
 * runs, and preparing cost as much as running a small query (BENCHMARKS.md).
 */
export function withStatementCache(sqlite: Sqlite.Database): SqliteDatabase {
  const statements = new Map<string, Sqlite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      return remembered(statements, STATEMENT_CACHE_SIZE, sql, (text) => sqlite.prepare(text)) as unknown as SqliteStatement;
    },
  };
}

/** SHA-1 in hex, for ETags: crypto.hash() is one call where createHash() is three (~0.7 against ~1.9 µs). */
const sha1Hex = (text: string) => hash('sha1', text);

/**
 * Opens a database file read-only, holding its shared lock from the first read until it is closed
 * (locking_mode EXCLUSIVE). In the normal mode SQLite takes and drops that lock around every
 * statement and checks the file for changes and for a hot journal: eight system calls, ~6 µs a
 * query (BENCHMARKS.md). Nothing writes a file the server has open: a rebuild writes a new file and
 * renames it over the path (scripts/lib/build-database.ts), and a writer on the same file would be
 * refused (SQLITE_BUSY), not read halfway.
 */
function openSqlite(path: string): Sqlite.Database {
  const sqlite = new Sqlite(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('locking_mode = EXCLUSIVE');
  return sqlite;
}

/** Opens the built database read-only: the API never writes. */
export function openNodeDb(path: string): Db {
  return createDb(new SqliteDialect({ database: withStatementCache(openSqlite(path)) }));
}

/**
 * The app with the files the worker gets from [assets]: the Swagger UI for /docs from node_modules,
 * and the widget bundle, its manifest and the embed scripts from dist/public/widgets
 * (scripts/build-widgets-dist.ts), with the same Cache-Control the worker's _headers gives them.
 */
export function createNodeApp(db: Db, publicDir: string = join(repoRoot, 'dist/public'), reference?: () => Promise<ReferenceData>) {
  const app = createApp({ db, hash: sha1Hex, contactEmail: readNodeEnv().contactEmail, reference });
  const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  app.use('/docs/assets/*', serveStatic({ root: swaggerDir, rewriteRequestPath: (path) => path.replace(/^\/docs\/assets/, '') }));
  const widgets = serveStatic({ root: publicDir });
  app.use('/widgets/*', async (c, next) => {
    // Set on the file's answer itself: serveStatic's onFound runs after that answer is made, and a
    // header set then reached it only because Hono copied every answer into a new one (app.ts).
    const found = await widgets(c, next); // the file's Response, or (not found) what next() gave
    if (found instanceof Response) found.headers.set('cache-control', widgetCacheControl(c.req.path));
    return found instanceof Response ? found : undefined;
  });
  return app;
}

type NodeApp = ReturnType<typeof createNodeApp>;

/** One opened database file and the app over it, with the requests it is answering. */
interface Generation {
  /** The inode of the file when it was opened: a rebuild renames a new file over the path. */
  inode: number;
  db: Db;
  app: NodeApp;
  /** The direct path for GET /v1/observations as JSON (node-fast-path.ts), or undefined when turned off. */
  direct: ((incoming: IncomingMessage) => DirectAnswer | undefined) | undefined;
  /** meta.data_version of the file: part of every cache key, so no answer outlives its data. */
  dataVersion: string;
  /** The answers of this generation; dropped with it when the file is replaced. */
  answers: AnswerCache;
  inFlight: number;
  retired: boolean;
}

/**
 * Answers kept by the Node server: only GETs of the API and of the pages for people, whose answers
 * change only with the data.
 */
function isCacheable(method: string | undefined, url: string): boolean {
  return (
    method === 'GET' &&
    (url.startsWith('/v1/') || url === '/openapi.json' || url.startsWith('/openapi.json?') || isPagePath(url.split('?')[0]!))
  );
}

/** Answers made per request (API answers, pages), compressed as they go rather than kept in their compressed forms. */
const isAnswerPath = (path: string) => path.startsWith('/v1/') || isPagePath(path);

/**
 * The cache key: the data version, then the request as asked (host, for the catalogue's absolute
 * links; the whole Accept header, which chooses the representation, a missing one read as the
 * any-type value fetch sends; path and query as sent).
 */
function answerKey(generation: Generation, request: IncomingMessage): string {
  return `${generation.dataVersion}\n${request.headers.host ?? ''}\n${request.headers.accept || '*/*'}\n${request.url}`;
}

const headersOf = (response: Response): Record<string, string> => Object.fromEntries(response.headers);

/** Answers of these types are text, and may be compressed. */
const TEXT = /json|^text\/|javascript|xml|svg/;

/**
 * The body of an answer of the app. On @hono/node-server, Hono's answers are light Responses that
 * keep the string or bytes they were made from (under a symbol named `cache`, as
 * [status, body, headers]); arrayBuffer() on one first builds a full undici Response, which cost
 * ~8 % of an uncached observation answer (BENCHMARKS.md). Anything else is read the standard way.
 */
async function bodyOf(response: Response): Promise<string | Uint8Array> {
  const light = Object.getOwnPropertySymbols(response).find((symbol) => symbol.description === 'cache');
  const body = light ? (response as unknown as Record<symbol, unknown[]>)[light]?.[1] : undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  return new Uint8Array(await response.arrayBuffer());
}

/** Headers with the answer cache's mark that the answer was made, not kept: only where the cache is on (a key). */
const marked = (key: string | undefined, headers: Record<string, string>) =>
  key === undefined ? headers : { ...headers, 'x-maltal-cache': 'miss' };

function send(res: ServerResponse, answer: Answer, cache: 'hit' | 'miss'): void {
  res.writeHead(answer.status, { ...answer.headers, 'x-maltal-cache': cache });
  res.end(answer.body);
}

/**
 * A 304's headers from the 200's (or the app's 304's): what a cache needs, as the app's 304 has it,
 * with Accept-Encoding in Vary and the ETag weak when the 200 would have come compressed.
 */
function notModifiedHeaders(from: Record<string, string>, compressed: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['etag', 'cache-control', 'vary', 'access-control-allow-origin', 'access-control-expose-headers']) {
    if (from[name] !== undefined) headers[name] = from[name];
  }
  headers.vary = withAcceptEncoding(headers.vary);
  if (compressed && headers.etag && !headers.etag.startsWith('W/')) headers.etag = `W/${headers.etag}`;
  return headers;
}

export interface FollowOptions {
  /** dist/public, where the widget files are (tests give another). */
  publicDir?: string;
  /** Bytes of answers kept per database (MALTAL_CACHE_MB); 0 keeps none. */
  cacheBytes?: number;
  /** Answer GET /v1/observations as JSON without Hono (node-fast-path.ts); on unless MALTAL_FAST_PATH=0. */
  fastPath?: boolean;
}

/**
 * Serves the database at `path` over node:http and follows its rebuilds. `npm run build:db` writes
 * a new file and renames it over the old one (scripts/lib/build-database.ts), so the path names a
 * new inode while the open connection still reads the old file. The inode is checked once in each
 * turn of the event loop that reads requests; when it changed, the new file is opened for the
 * requests that follow, with an empty answer cache. A
 * request keeps the generation it started on to its end, so it sees the old version or the new,
 * never a mix; the old connection is closed when its last request is answered. A crashed build
 * renames nothing, so the old file keeps serving.
 *
 * GETs of the API asked for more than once are kept in a bytes-bounded cache keyed by data version
 * and request (node-answers.ts), and answered from it without the app: a current If-None-Match gets 304, and a client that accepts
 * brotli or gzip gets the answer compressed, compressed once per cached answer. Other text answers
 * are compressed as they go out; static files (the widget bundle) once per file content.
 *
 * GET /v1/observations as JSON, the most asked request, is answered by a direct path without Hono
 * (node-fast-path.ts) whenever it can answer exactly as the app would; everything else goes to the app.
 */
export function followDatabase(path: string, options: FollowOptions = {}): RequestListener {
  const { publicDir, cacheBytes = readNodeEnv().cacheBytes, fastPath = readNodeEnv().fastPath } = options;
  const open = (): Generation => {
    const inode = statSync(path).ino; // before opening: a swap in between is then seen on the next request
    const sqlite = openSqlite(path);
    const dataVersion = (sqlite.prepare(`SELECT value FROM meta WHERE key = 'data_version'`).pluck().get() as string | undefined) ?? '';
    const statements = withStatementCache(sqlite);
    const db = createDb(new SqliteDialect({ database: statements }));
    const reference = referenceLoader(db); // one copy for the app and the direct path
    if (fastPath) void reference.load().catch(() => undefined); // read now for the direct path; the app reports a failure
    const direct = fastPath
      ? observationsFastPath({
          db,
          // What Kysely's SQLite driver does with a query that returns rows, without its connection mutex and promises.
          run: (query) => (statements.prepare(query.sql) as unknown as Sqlite.Statement).all(query.parameters),
          reference: reference.loaded, // until it is read, the app answers
          hash: sha1Hex,
        })
      : undefined;
    return {
      inode,
      db,
      app: createNodeApp(db, publicDir, reference.load),
      direct,
      dataVersion,
      answers: new AnswerCache(cacheBytes),
      inFlight: 0,
      retired: false,
    };
  };
  const closeIfDone = (generation: Generation) => {
    if (generation.retired && generation.inFlight === 0) void generation.db.destroy();
  };
  let current = open();
  let unreadable: number | undefined;
  /**
   * Whether the file was checked in this turn of the event loop. The requests read in one turn
   * arrived together, so one check serves them all (a stat cost ~3–5 µs, a tenth of an answer from
   * memory); a request read in a later turn is checked again, so none that arrives after a rebuild
   * has renamed its file gets the old version.
   */
  let checkedThisTurn = false;
  const nextTurn = () => {
    checkedThisTurn = false;
  };
  const currentGeneration = (): Generation => {
    if (checkedThisTurn) return current;
    checkedThisTurn = true;
    setImmediate(nextTurn);
    const inode = statSync(path, { throwIfNoEntry: false })?.ino;
    if (inode !== undefined && inode !== current.inode && inode !== unreadable) {
      try {
        const previous = current;
        current = open();
        previous.retired = true;
        closeIfDone(previous);
      } catch (error) {
        unreadable = inode; // keep serving the version we have; try again when the file changes
        console.error(`could not open the new database file at ${path}; still serving the previous one:`, error);
      }
    }
    return current;
  };

  const staticForms = new StaticCompression();
  const turns = new WeakMap<IncomingMessage, { generation: Generation; key: string | undefined }>();

  /**
   * An answer made for this request on its way out: kept when `keep` (its key was asked for
   * before), compressed when the client takes it (once, when kept), marked as made when the cache
   * is on. `plain.headers.vary` already names Accept-Encoding.
   */
  const outgoing = (
    generation: Generation,
    key: string | undefined,
    keep: boolean,
    encoding: Encoding | undefined,
    plain: Answer,
    path: string,
  ): Answer => {
    const entry = keep ? generation.answers.set(key!, plain) : undefined;
    let out: Answer = entry ?? plain;
    if (encoding && compressible(plain)) {
      if (entry) out = generation.answers.encoded(key!, entry, encoding);
      else if (isAnswerPath(path)) out = compress(plain, encoding, 'fast');
      else out = staticForms.get(plain, encoding);
    }
    return key === undefined ? out : { ...out, headers: marked(key, out.headers) };
  };

  /** The app's answer, kept and compressed on its way out. */
  const answer = async (request: Request, incoming: IncomingMessage, res: ServerResponse): Promise<Response> => {
    const { generation, key } = turns.get(incoming)!;
    generation.inFlight += 1;
    let response: Response;
    try {
      response = await generation.app.fetch(request);
    } finally {
      generation.inFlight -= 1;
      closeIfDone(generation);
    }
    if (incoming.method !== 'GET') return response;
    const headers = headersOf(response);
    const encoding = chooseEncoding(incoming.headers['accept-encoding']);
    if (response.status === 304) {
      // The ETag the 200 would have had: weak when it would have come compressed. Written here: a
      // Response without a body would reach node:http with a made-up Content-Type (text/plain).
      res.writeHead(304, marked(key, notModifiedHeaders(headers, encoding !== undefined)));
      res.end();
      return RESPONSE_ALREADY_SENT;
    }
    if (!TEXT.test(headers['content-type'] ?? '')) return response;
    const keep = key !== undefined && response.status === 200 && generation.answers.admits(key);
    if (!keep && encoding === undefined) {
      // Nothing to keep or compress: the app's answer as it is, saying that it could have been compressed.
      response.headers.set('vary', withAcceptEncoding(headers.vary));
      if (key !== undefined) response.headers.set('x-maltal-cache', 'miss');
      return response;
    }
    headers.vary = withAcceptEncoding(headers.vary);
    const plain = answerOf(response.status, headers, await bodyOf(response));
    const out = outgoing(generation, key, keep, encoding, plain, new URL(request.url).pathname);
    return new Response(out.body, { status: out.status, headers: out.headers });
  };
  const appListener = getRequestListener((request, { incoming, outgoing }) =>
    answer(request, incoming as IncomingMessage, outgoing as ServerResponse),
  );

  /** Sends the direct path's answer (node-fast-path.ts), or returns false when it leaves the request to the app. */
  const direct = (generation: Generation, key: string | undefined, incoming: IncomingMessage, res: ServerResponse): boolean => {
    const made = generation.direct!(incoming); // synchronous: its generation cannot be closed under it
    if (!made) return false;
    const encoding = chooseEncoding(incoming.headers['accept-encoding']);
    if (made.status === 304) {
      res.writeHead(304, marked(key, notModifiedHeaders(made.headers, encoding !== undefined)));
      res.end();
      return true;
    }
    const headers = { ...made.headers, vary: withAcceptEncoding(made.headers.vary) };
    const keep = key !== undefined && generation.answers.admits(key);
    if (!keep && encoding === undefined) {
      // Nothing to keep or compress: the parts as they are. node:http holds the writes until end() and sends them in one writev.
      res.writeHead(200, marked(key, { ...headers, 'content-length': String(made.bytes) }));
      for (const part of made.body.slice(0, -1)) res.write(part);
      res.end(made.body.at(-1));
      return true;
    }
    const joined = Buffer.concat(made.body.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
    const out = outgoing(generation, key, keep, encoding, answerOf(200, headers, joined), DIRECT_PATH);
    res.writeHead(out.status, out.headers);
    res.end(out.body);
    return true;
  };

  return (incoming, res) => {
    const generation = currentGeneration();
    const url = incoming.url ?? '/';
    const key = generation.answers.maxBytes > 0 && isCacheable(incoming.method, url) ? answerKey(generation, incoming) : undefined;
    const entry = key === undefined ? undefined : generation.answers.get(key);
    if (entry) {
      const encoding = chooseEncoding(incoming.headers['accept-encoding']);
      if (etagMatches(incoming.headers['if-none-match'], entry.etag)) {
        res.writeHead(304, {
          ...notModifiedHeaders(entry.headers, encoding !== undefined && compressible(entry)),
          'x-maltal-cache': 'hit',
        });
        res.end();
        return;
      }
      send(res, encoding && compressible(entry) ? generation.answers.encoded(key!, entry, encoding) : entry, 'hit');
      return;
    }
    if (generation.direct && direct(generation, key, incoming, res)) return;
    turns.set(incoming, { generation, key });
    void appListener(incoming, res);
  };
}

/** The Node server over the database at `path` (followDatabase), answering malformed requests as problem+json too. */
export function createNodeServer(path: string, options: FollowOptions = {}): Server {
  const server = createServer(followDatabase(path, options));
  server.on('clientError', onClientError);
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = readNodeEnv();
  const server = createNodeServer(env.dbPath);
  server.listen(env.port, env.host, () => {
    const address = server.address() as AddressInfo;
    console.log(
      `Måltal serves on http://${env.host === '0.0.0.0' ? 'localhost' : address.address}:${address.port} (API under /v1, reference at /docs)`,
    );
  });
}
