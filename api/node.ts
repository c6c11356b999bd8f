/**
 * The Node entry: serves the app from the SQLite database built by `npm run build:db`.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import Sqlite from 'better-sqlite3';
import { SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { createApp } from './app.ts';
import { createDb, type Db } from './db/database.ts';
import { readNodeEnv, repoRoot } from './node-env.ts';
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
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql); // re-inserted below: the map's order is least recently used first
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement as unknown as SqliteStatement;
    },
  };
}

/** Opens the built database read-only: the API never writes. */
export function openNodeDb(path: string): Db {
  const sqlite = new Sqlite(path, { readonly: true, fileMustExist: true });
  return createDb(new SqliteDialect({ database: withStatementCache(sqlite) }));
}

/**
 * The app with the files the worker gets from [assets]: the Swagger UI for /docs from node_modules,
 * and the widget bundle, its manifest and the embed scripts from dist/public/widgets
 * (scripts/build-widgets-dist.ts), with the same Cache-Control the worker's _headers gives them.
 */
export function createNodeApp(db: Db, publicDir: string = join(repoRoot, 'dist/public')) {
  const app = createApp({ db, hash: (text) => createHash('sha1').update(text).digest('hex'), contactEmail: readNodeEnv().contactEmail });
  const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  app.use(
    '/docs/assets/*',
    serveStatic({ root: swaggerDir, rewriteRequestPath: (path) => path.replace(/^\/docs\/assets/, '') }),
  );
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
  inFlight: number;
  retired: boolean;
}

/**
 * Serves the database at `path` and follows its rebuilds. `npm run build:db` writes a new file and
 * renames it over the old one (scripts/lib/build-database.ts), so the path names a new inode while
 * the open connection still reads the old file. Each request checks the inode; when it changed, the
 * new file is opened for the requests that follow. A request keeps the generation it started on to
 * its end, so it sees the old version or the new, never a mix; the old connection is closed when
 * its last request is answered. A crashed build renames nothing, so the old file keeps serving.
 */
export function followDatabase(path: string, publicDir?: string): { fetch: (request: Request) => Promise<Response> } {
  const open = (): Generation => {
    const inode = statSync(path).ino; // before opening: a swap in between is then seen on the next request
    const db = openNodeDb(path);
    return { inode, db, app: createNodeApp(db, publicDir), inFlight: 0, retired: false };
  };
  const closeIfDone = (generation: Generation) => {
    if (generation.retired && generation.inFlight === 0) void generation.db.destroy();
  };
  let current = open();
  let unreadable: number | undefined;

  return {
    async fetch(request) {
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
      const generation = current;
      generation.inFlight += 1;
      try {
        return await generation.app.fetch(request);
      } finally {
        generation.inFlight -= 1;
        closeIfDone(generation);
      }
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = readNodeEnv();
  const served = followDatabase(env.dbPath);
  serve({ fetch: served.fetch, port: env.port, hostname: env.host }, (info) => {
    console.log(`Måltal serves on http://${env.host === '0.0.0.0' ? 'localhost' : info.address}:${info.port} (API under /v1, reference at /docs)`);
  });
}
