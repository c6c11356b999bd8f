/**
 * The Node entry: serves the app from the SQLite database built by `npm run build:db`.
 */
import { createHash } from 'node:crypto';
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
  app.use(
    '/widgets/*',
    serveStatic({ root: publicDir, onFound: (path, c) => c.header('cache-control', widgetCacheControl(path.slice(publicDir.length))) }),
  );
  return app;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = readNodeEnv();
  const app = createNodeApp(openNodeDb(env.dbPath));
  serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    console.log(`Måltal serves on http://${env.host === '0.0.0.0' ? 'localhost' : info.address}:${info.port} (API under /v1, reference at /docs)`);
  });
}
