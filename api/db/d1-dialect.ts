/**
 * Kysely over Cloudflare D1, in place of the kysely-d1 package: that one returns the
 * `numUpdatedOrDeletedRows` Kysely dropped in 0.23, and Kysely warns of an outdated driver on the
 * first query of every isolate. D1 runs each statement on its own, so there are no transactions.
 */
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

/** The part of D1's binding this dialect uses; structural, so api/ needs no Workers types. */
export interface D1Like {
  prepare(sql: string): {
    bind(...values: unknown[]): {
      all<T = unknown>(): Promise<{ results: T[]; meta: { changes?: number; last_row_id?: number | null } }>;
    };
  };
}

class D1Connection implements DatabaseConnection {
  constructor(private readonly database: D1Like) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { results, meta } = await this.database
      .prepare(query.sql)
      .bind(...query.parameters)
      .all<R>();
    const changes = meta.changes ?? 0;
    return {
      rows: results ?? [],
      ...(changes > 0 ? { numAffectedRows: BigInt(changes) } : {}),
      ...(meta.last_row_id != null ? { insertId: BigInt(meta.last_row_id) } : {}),
    };
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('D1 cannot stream query results');
  }
}

const noTransactions = () => Promise.reject(new Error('D1 runs each statement on its own: transactions are not supported'));

class D1Driver implements Driver {
  constructor(private readonly database: D1Like) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new D1Connection(this.database);
  }
  beginTransaction = noTransactions;
  commitTransaction = noTransactions;
  rollbackTransaction = noTransactions;
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** The dialect for `createDb()` on the edge: `createDb(new D1Dialect(env.DB))`. */
export class D1Dialect implements Dialect {
  constructor(private readonly database: D1Like) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver() {
    return new D1Driver(this.database);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Dialect interface takes Kysely<any>.
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}
