// Rule: the Node server's direct path for GET /v1/observations (api/node-fast-path.ts) answers
// every request exactly as the app does, status, headers and bytes; it answers the plain JSON
// requests itself and leaves everything else (errors, CSV, JSON-stat, HEAD, odd queries and hosts,
// a stale If-None-Match) to the app.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Sqlite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceLoader } from '../../api/app.ts';
import { createDb } from '../../api/db/database.ts';
import { followDatabase, withStatementCache } from '../../api/node.ts';
import { observationsFastPath } from '../../api/node-fast-path.ts';
import { MAX_URL_LENGTH } from '../../api/lib/limits.ts';
import { TEST_DB_PATH } from '../helpers/paths.ts';
import { rawRequest, type Raw } from '../helpers/raw-http.ts';

/** A request with the same Host whichever server it goes to (JSON-stat links name it). */
const send = (origin: string, path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(origin, path, { host: 'localhost:8787', ...headers }, method);

/** Headers but those that differ between two sendings of the same answer. */
const lasting = ({ date: _d, connection: _k, 'keep-alive': _a, ...rest }: IncomingHttpHeaders) => rest;

const P = '/v1/observations?';
const BAS = 'scb-bas-sysselsattningsgrad-20-64';

/** Requests the direct path answers itself. */
const PLAIN = [
  `${P}indicator=N00914&geo=0136`,
  `${P}indicator=${BAS}&geo=0181`,
  `${P}indicator=${BAS}&geo=0181&lang=en`,
  `${P}indicator=${BAS},N00914&geo=0136,0181,01,SE&from=2015&to=2023`,
  `${P}indicator=${BAS}&geo=0136&breakdown=total,inrikes-fodd&gender=K,M`,
  `${P}indicator=${BAS}&geo=0136&latest=true`,
  `${P}indicator=${BAS}&geo=0136&latest=1&from=2021`,
  `${P}indicator=population&type=municipality&from=2024&to=2024&gender=T`,
  `${P}indicator=population&county=01&from=2020`,
  `${P}indicator=N00914&geo=0136&limit=3`, // a full page: next_cursor and links.next
  `${P}indicator=N00914&geo=0136&limit=3&format=json`,
  `${P}indicator=example-ctc-com-r01`, // example data: its notice
  `${P}indicator=kolada-forvarvsarbetande-16-19&geo=0136`, // discontinued: its notice
  `${P}geo=0136%2C0181&indicator=${BAS}`, // percent-encoded
  `${P}indicator=${BAS}&geo=%200136%20`, // spaces, trimmed as zod trims them
  `${P}indicator=${BAS}&geo=0136&from=2099`, // nothing matches
  `${P}indicator=${BAS}&geo=0136&&`, // empty pairs are skipped
];

/** Requests it leaves to the app. */
const LEFT = [
  `${P}indicator=${BAS}&geo=0136&geo=0181`, // given twice: 400
  `${P}indicator=${BAS}&goe=0136`, // unknown parameter: 400
  `${P}indicator=nope&geo=0136`, // unknown indicator: 404
  `${P}indicator=${BAS}&geo=9999`, // unknown kommun: 400
  `${P}indicator=${BAS}&geo=0136&limit=0`,
  `${P}indicator=${BAS}&geo=0136&limit=1e3`,
  `${P}indicator=${BAS}&geo=0136&cursor=not-a-cursor`,
  `${P}indicator=${BAS}&geo=0136&from=2024&to=2020`,
  `${P}geo=0136`, // no indicator
  P,
  `${P}indicator=${BAS}&geo=0136&format=csv`,
  `${P}indicator=${BAS}&geo=0136&format=csv-sv`,
  `${P}indicator=${BAS}&geo=0136&format=json-stat2`,
  `${P}indicator=${BAS}&geo=0136&as_of=2026-11-22`,
  `${P}indicator=${BAS}&geo=0136+0181`, // + is a space to Hono: not plain here
  `${P}indicator=${BAS}&geo=%E0%A4%A`, // a broken percent sequence
  `${P}indicator=${BAS}&geo=0136&x=<b>`, // URL parsing would encode it
];

describe('the direct observations path', () => {
  let direct: ReturnType<typeof observationsFastPath>;
  let sqlite: Sqlite.Database;

  beforeAll(async () => {
    sqlite = new Sqlite(TEST_DB_PATH, { readonly: true, fileMustExist: true });
    const statements = withStatementCache(sqlite);
    const db = createDb(new SqliteDialect({ database: statements }));
    const ref = await referenceLoader(db).load();
    direct = observationsFastPath({
      db,
      run: (query) => (statements.prepare(query.sql) as unknown as Sqlite.Statement).all(query.parameters),
      reference: () => ref,
      hash: (t) => createHash('sha1').update(t).digest('hex'),
    });
  });
  afterAll(() => sqlite?.close());

  const incoming = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    ({ method, url, headers: { host: 'localhost:8787', ...headers } }) as unknown as IncomingMessage;

  it.each(PLAIN)('answers %s itself', async (url) => {
    const answer = direct(incoming(url));
    expect(answer?.status).toBe(200);
    const body = Buffer.concat(answer!.body.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
    expect(JSON.parse(body.toString()).links.self).toBe(url);
    expect(answer!.bytes).toBe(body.byteLength); // SQLite's count of the rows' bytes, and ours of the rest
  });

  it.each(LEFT)('leaves %s to the app', async (url) => {
    expect(direct(incoming(url))).toBeUndefined();
  });

  it('leaves HEAD, CSV by Accept, odd hosts and a stale If-None-Match to the app, and answers a current one with 304', async () => {
    const url = PLAIN[0]!;
    expect(direct(incoming(url, {}, 'HEAD'))).toBeUndefined();
    expect(direct(incoming(url, { accept: 'text/csv' }))).toBeUndefined();
    expect(direct(incoming(url, { host: 'bad host' }))).toBeUndefined();
    expect(direct(incoming(url, { host: '0x7f.1' }))).toBeUndefined(); // URL parsing makes it 127.0.0.1: Hono refuses it
    expect(direct(incoming(url, { 'if-none-match': '"stale"' }))).toBeUndefined();
    // A URL the app refuses as too long (414) once the Host is part of it.
    const long = `${url}&from=2020${'&to=2024'.repeat(950)}`;
    expect(long.length).toBeLessThan(MAX_URL_LENGTH);
    expect(direct(incoming(long, { host: `${'a'.repeat(400)}.example` }))).toBeUndefined();
    const etag = direct(incoming(url))!.headers.etag!;
    const notModified = direct(incoming(url, { 'if-none-match': `W/${etag}` }));
    expect(notModified).toMatchObject({ status: 304, body: [], headers: { etag } });
  });
});

describe('the Node server with and without the direct path', () => {
  const servers: Server[] = [];
  const origins: Record<'direct' | 'app' | 'directCached' | 'appCached', string> = { direct: '', app: '', directCached: '', appCached: '' };

  beforeAll(async () => {
    const start = async (fastPath: boolean, cacheBytes: number) => {
      const server = createServer(followDatabase(TEST_DB_PATH, { fastPath, cacheBytes }));
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      // The direct path leaves requests to the app until the reference data has been read: read it.
      await send(origin, '/v1/observations?indicator=N00914&geo=0114');
      return origin;
    };
    origins.direct = await start(true, 0);
    origins.app = await start(false, 0);
    origins.directCached = await start(true, 8 * 1024 * 1024);
    origins.appCached = await start(false, 8 * 1024 * 1024);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  const same = (a: Raw, b: Raw) => {
    expect(a.status).toBe(b.status);
    expect(lasting(a.headers)).toEqual(lasting(b.headers));
    expect(a.body.equals(b.body)).toBe(true);
  };

  it.each([...PLAIN, ...LEFT])('answers %s as the app does', async (url) => {
    same(await send(origins.direct, url), await send(origins.app, url));
  });

  it('sends Swedish letters in the rows and an en dash in meta as the app does (the meta part goes as bytes)', async () => {
    const url = PLAIN[1]!; // Södertälje, and the BAS indicators' caveats
    const answer = await send(origins.direct, url);
    expect(answer.body.toString()).toContain('Södertälje kommun');
    expect(answer.body.toString()).toMatch(/\u2013/);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength);
    same(answer, await send(origins.app, url));
  });

  it('answers the full page and the next one, following links.next, as the app does', async () => {
    const first = await send(origins.direct, `${P}indicator=N00914&geo=0136&limit=3`);
    const next = JSON.parse(first.body.toString()).links.next as string;
    expect(next).toContain('cursor=');
    same(await send(origins.direct, next), await send(origins.app, next));
  });

  it.each([
    ['no Accept', {}],
    ['Accept: */*', { accept: '*/*' }],
    ['Accept: application/json', { accept: 'application/json' }],
    ['Accept: text/csv', { accept: 'text/csv' }],
    ['brotli', { 'accept-encoding': 'br' }],
    ['gzip', { 'accept-encoding': 'gzip, deflate' }],
    ['another Host', { host: 'maltal.example:8080' }],
  ])('answers with %s as the app does, with the answer cache on and off', async (_label, headers: Record<string, string>) => {
    const url = `${P}indicator=population&type=municipality&from=2024&to=2024&gender=T`;
    same(await send(origins.direct, url, headers), await send(origins.app, url, headers));
    // Asked three times: made, made and kept, then from memory (x-maltal-cache miss, miss, hit).
    for (let i = 0; i < 3; i++) same(await send(origins.directCached, url, headers), await send(origins.appCached, url, headers));
  });

  it('answers If-None-Match as the app does: current (strong or weak), stale, and *', async () => {
    const url = PLAIN[1]!;
    const etag = (await send(origins.app, url)).headers.etag!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"stale", ${etag}`, '"stale"', '*', `${etag} trailing`]) {
      for (const encoding of [{}, { 'accept-encoding': 'br' }] as Record<string, string>[]) {
        const headers = { 'if-none-match': ifNoneMatch, ...encoding };
        same(await send(origins.direct, url, headers), await send(origins.app, url, headers));
        same(await send(origins.directCached, url, headers), await send(origins.appCached, url, headers));
      }
    }
  });

  it('sends compressed answers that decompress to the plain bytes', async () => {
    const url = PLAIN[7]!;
    const plain = await send(origins.direct, url);
    const br = await send(origins.direct, url, { 'accept-encoding': 'br' });
    const gzip = await send(origins.direct, url, { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  });

  it('answers a URL that is too long with its Host as the app does (414)', async () => {
    const url = `${PLAIN[0]}${'&from=2020'.repeat(790)}`;
    const headers = { host: `${'a'.repeat(400)}.example` };
    const answer = await send(origins.direct, url, headers);
    expect(answer.status).toBe(414);
    same(answer, await send(origins.app, url, headers));
  });

  it('leaves HEAD to the app, which answers it as before', async () => {
    const url = PLAIN[0]!;
    same(await send(origins.direct, url, {}, 'HEAD'), await send(origins.app, url, {}, 'HEAD'));
  });
});
