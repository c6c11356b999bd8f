// Rule: an observation answer's ETag is known from the request and the data version, so a current
// If-None-Match is answered 304 before the observation query runs, in every format; a changed
// request, representation or data version is another ETag.
import Sqlite from 'better-sqlite3';
import { SqliteDialect, type SqliteDatabase } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createNodeApp, withStatementCache } from '../../../api/node.ts';
import { createDb } from '../../../api/db/database.ts';
import { etagMatches } from '../../../api/lib/etag.ts';
import { TEST_DB_PATH } from '../../helpers/paths.ts';

/** The app over the test database, counting the statements SQLite runs. */
function countingApp() {
  const cached = withStatementCache(new Sqlite(TEST_DB_PATH, { readonly: true, fileMustExist: true }));
  const counted = { runs: 0 };
  const database: SqliteDatabase = {
    close: () => cached.close(),
    prepare: (sql) => {
      const statement = cached.prepare(sql);
      return new Proxy(statement, {
        get: (target, name, receiver) => {
          const value = Reflect.get(target, name, receiver);
          if (name !== 'all' && name !== 'iterate' && name !== 'run' && name !== 'get')
            return typeof value === 'function' ? value.bind(target) : value;
          return (...args: unknown[]) => {
            counted.runs += 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
    },
  };
  return { app: createNodeApp(createDb(new SqliteDialect({ database }))), counted };
}

describe('conditional requests for observations', () => {
  it.each([
    ['JSON', '/v1/observations?indicator=N00914&geo=0136', {}],
    ['CSV', '/v1/observations?indicator=N00914&geo=0136&format=csv', {}],
    ['Swedish CSV by Accept', '/v1/observations?indicator=N00914&geo=0136', { accept: 'text/csv; dialect=sv' }],
    ['JSON-stat', '/v1/indicators/N00914/observations?geo=0181&format=json-stat2', {}],
  ])('answers a current ETag with 304 without running a query (%s)', async (_name, path, headers: Record<string, string>) => {
    const { app, counted } = countingApp();
    const first = await app.request(path, { headers });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(counted.runs).toBeGreaterThan(0);

    counted.runs = 0;
    const again = await app.request(path, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(counted.runs).toBe(0);

    const full = await app.request(path, { headers: { ...headers, 'if-none-match': '"an-old-one"' } });
    expect(full.status).toBe(200);
    expect(full.headers.get('etag')).toBe(etag);
    expect(counted.runs).toBeGreaterThan(0);
  });

  it('gives another ETag to another request, representation or page', async () => {
    const { app } = countingApp();
    const etags = await Promise.all(
      [
        ['/v1/observations?indicator=N00914&geo=0136', {}],
        ['/v1/observations?indicator=N00914&geo=0181', {}],
        ['/v1/observations?indicator=N00914&geo=0136&lang=en', {}],
        ['/v1/observations?indicator=N00914&geo=0136', { accept: 'text/csv' }],
        ['/v1/observations?indicator=N00914&geo=0136', { accept: 'text/csv; dialect=sv' }],
        ['/v1/observations?indicator=N00914&geo=0136&limit=5', {}],
      ].map(async ([path, headers]) =>
        (await app.request(path as string, { headers: headers as Record<string, string> })).headers.get('etag'),
      ),
    );
    expect(new Set(etags).size).toBe(etags.length);
  });

  it('still refuses an invalid request that carries an ETag', async () => {
    const { app } = countingApp();
    const res = await app.request('/v1/observations?indicator=N00914&geo=0999', { headers: { 'if-none-match': '*' } });
    expect(res.status).toBe(400);
  });
});

describe('etagMatches', () => {
  it.each([
    ['"a"', '"a"', true],
    ['W/"a"', '"a"', true],
    ['"b", W/"a"', '"a"', true],
    ['"a"', 'W/"a"', true],
    ['*', '"a"', true],
    ['"b"', '"a"', false],
    ['', '"a"', false],
  ])('If-None-Match %j against %s: %s', (header, etag, expected) => {
    expect(etagMatches(header, etag)).toBe(expected);
  });
});
