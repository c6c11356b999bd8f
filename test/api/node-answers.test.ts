// Rule: the Node server keeps answers asked for again and serves them byte for byte, bounded in
// bytes, never from another data version; it answers a current ETag with 304 and compresses text
// (answers once per kept answer, the widget bundle once per content) for clients that accept it.
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followDatabase } from '../../api/node.ts';
import { AnswerCache, answerOf, chooseEncoding } from '../../api/node-answers.ts';
import { distributeWidgets } from '../../scripts/lib/widgets-dist.ts';
import { TEST_DB_PATH } from '../helpers/paths.ts';
import { rawRequest } from '../helpers/raw-http.ts';

/** A GET with exactly these headers. */
const get = (origin: string, path: string, headers: Record<string, string> = {}) => rawRequest(origin, path, headers);

/** Headers other than the ones that differ between two sendings of one answer. */
const lasting = ({ date: _d, 'x-maltal-cache': _c, connection: _k, 'keep-alive': _a, ...rest }: IncomingHttpHeaders) => rest;

describe('AnswerCache', () => {
  const answer = (bytes: number) => answerOf(200, { etag: '"e"' }, 'x'.repeat(bytes));

  it('keeps an answer only when its key is asked for a second time', () => {
    const cache = new AnswerCache(1000);
    expect(cache.admits('a')).toBe(false);
    expect(cache.admits('b')).toBe(false);
    expect(cache.admits('a')).toBe(true);
  });

  it('holds at most its bytes, dropping the least recently used first', () => {
    const cache = new AnswerCache(1000);
    for (const key of ['a', 'b', 'c']) cache.set(key, answer(99)); // 99 bytes and a 1-byte key each
    cache.get('a'); // a is now the most recently used
    for (const key of ['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k']) cache.set(key, answer(99));
    expect(cache.usedBytes).toBeLessThanOrEqual(1000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('k')).toBeDefined();
  });

  it('counts the bytes of its keys', () => {
    const cache = new AnswerCache(1000);
    for (let i = 0; i < 50; i++) cache.set(`/v1/observations?geo=${'0136,'.repeat(20)}${i}`, answer(10));
    expect(cache.usedBytes).toBeLessThanOrEqual(1000);
    expect(cache.size).toBeLessThan(10);
  });

  it('refuses an answer larger than an eighth of it, an answer without an ETag and anything but a 200', () => {
    const cache = new AnswerCache(1000);
    expect(cache.set('big', answer(126))).toBeUndefined();
    expect(cache.set('no-etag', answerOf(200, {}, 'x'))).toBeUndefined();
    expect(cache.set('404', answerOf(404, { etag: '"e"' }, 'x'))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('counts the compressed forms in its bytes', () => {
    const cache = new AnswerCache(100_000);
    const entry = cache.set(
      'a',
      answerOf(200, { etag: '"e"', 'content-type': 'application/json' }, JSON.stringify({ data: 'abc'.repeat(2000) })),
    )!;
    const before = cache.usedBytes;
    const br = cache.encoded('a', entry, 'br');
    expect(cache.usedBytes).toBe(before + br.bytes);
    expect(cache.encoded('a', entry, 'br')).toBe(br); // compressed once
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip;q=0.5', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])('Accept-Encoding %j gives %s', (accept, expected) => {
    expect(chooseEncoding(accept)).toBe(expected);
  });
});

describe('the Node server over node:http', () => {
  const work = mkdtempSync(join(tmpdir(), 'maltal-answers-'));
  const dbPath = join(work, 'maltal.sqlite');
  const versionB = join(work, 'maltal-b.sqlite');
  const publicDir = join(work, 'public');
  const bundle = Buffer.from(`export const maltal = ${JSON.stringify('a widget bundle '.repeat(400))};\n`);
  const path = '/v1/observations?indicator=N00914&geo=0136';
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    copyFileSync(TEST_DB_PATH, dbPath);
    // Version B: the same database with one value changed and its own data version, as a rebuild makes it.
    copyFileSync(TEST_DB_PATH, versionB);
    const sqlite = new Sqlite(versionB);
    sqlite
      .prepare(`UPDATE observations SET value = 12.5 WHERE indicator_id = 'N00914' AND geo = '0136' AND period = '2018' AND gender = 'T'`)
      .run();
    sqlite.prepare(`UPDATE meta SET value = value || '-b' WHERE key = 'data_version'`).run();
    sqlite.close();
    distributeWidgets({ bundle, publicDir });
    server = createServer(followDatabase(dbPath, { publicDir, cacheBytes: 8 * 1024 * 1024 }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  it('answers a repeated request from memory with the same bytes and headers', async () => {
    const url = `${path}&from=2001`;
    const answers = [await get(origin, url), await get(origin, url), await get(origin, url)];
    expect(answers.map((a) => a.headers['x-maltal-cache'])).toEqual(['miss', 'miss', 'hit']);
    for (const a of answers.slice(1)) {
      expect(a.body.equals(answers[0]!.body)).toBe(true);
      expect(lasting(a.headers)).toEqual(lasting(answers[0]!.headers));
    }
    expect(answers[2]!.headers.vary).toBe('Accept, Accept-Encoding');
  });

  it('keeps the pages for people like the API: a page asked for again comes from memory, byte for byte', async () => {
    const url = '/kommun/0136-haninge?lang=en';
    const answers = [await get(origin, url), await get(origin, url), await get(origin, url)];
    expect(answers.map((a) => [a.status, a.headers['x-maltal-cache']])).toEqual([
      [200, 'miss'],
      [200, 'miss'],
      [200, 'hit'],
    ]);
    expect(answers[2]!.body.equals(answers[0]!.body)).toBe(true);
    expect(answers[2]!.body.toString()).toContain('Haninge');
    const br = await get(origin, url, { 'accept-encoding': 'br' });
    expect([br.headers['content-encoding'], brotliDecompressSync(br.body).equals(answers[0]!.body)]).toEqual(['br', true]);
    expect((await get(origin, url, { 'if-none-match': answers[0]!.headers.etag as string })).status).toBe(304);
  });

  it('keeps one answer for a request without Accept and one with Accept: */*, and another for CSV', async () => {
    const url = `${path}&from=2005`;
    await get(origin, url);
    expect((await get(origin, url, { accept: '*/*' })).headers['x-maltal-cache']).toBe('miss'); // kept now
    expect((await get(origin, url)).headers['x-maltal-cache']).toBe('hit');
    const csv = await get(origin, url, { accept: 'text/csv' });
    expect(csv.headers['x-maltal-cache']).toBe('miss');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
  });

  it('answers a current If-None-Match with 304 from memory, with what a cache needs and no body', async () => {
    const url = `${path}&from=2002`;
    const [first] = [await get(origin, url), await get(origin, url)];
    const res = await get(origin, url, { 'if-none-match': first!.headers.etag as string });
    expect(res.status).toBe(304);
    expect(res.headers['x-maltal-cache']).toBe('hit');
    expect(res.body.byteLength).toBe(0);
    expect(res.headers).toMatchObject({
      etag: first!.headers.etag,
      'cache-control': first!.headers['cache-control'],
      vary: 'Accept, Accept-Encoding',
      'access-control-allow-origin': '*',
      'access-control-expose-headers': first!.headers['access-control-expose-headers'],
    });
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('sends answers %s-compressed to a client that accepts it, decompressing to the same bytes', async (encoding, decompress) => {
    const url = `${path}&from=${encoding === 'br' ? 2003 : 2004}`;
    const plain = await get(origin, url);
    for (let i = 0; i < 3; i++) {
      const res = await get(origin, url, { 'accept-encoding': encoding });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(Number(res.headers['content-length'])).toBe(res.body.byteLength);
      expect(res.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
      expect(decompress(res.body).equals(plain.body)).toBe(true);
      expect(res.headers.etag).toBe(`W/${plain.headers.etag}`);
      expect(res.headers.vary).toBe('Accept, Accept-Encoding');
    }
  });

  it('sends the widget bundle compressed, and uncompressed to a client that does not ask', async () => {
    const plain = await get(origin, '/widgets/v1/maltal.js');
    expect(plain.body.equals(bundle)).toBe(true);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(origin, '/widgets/v1/maltal.js', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(bundle)).toBe(true);
    expect(br.headers['cache-control']).toBe(plain.headers['cache-control']);
  });

  it('never serves an answer kept from another data version', async () => {
    const url = `${path}&from=2018&to=2018`;
    for (let i = 0; i < 3; i++) expect(JSON.parse((await get(origin, url)).body.toString()).data[0].value).not.toBe(12.5);
    expect((await get(origin, url)).headers['x-maltal-cache']).toBe('hit');
    const kept = await get(origin, url, { 'accept-encoding': 'br' });

    renameSync(versionB, dbPath); // what npm run build:db does with its new file
    const after = [
      await get(origin, url),
      await get(origin, url),
      await get(origin, url),
      await get(origin, url, { 'accept-encoding': 'br' }),
    ];
    expect(after.map((a) => a.headers['x-maltal-cache'])).toEqual(['miss', 'miss', 'hit', 'hit']);
    for (const a of after.slice(0, 3)) expect(JSON.parse(a.body.toString()).data[0].value).toBe(12.5);
    expect(JSON.parse(brotliDecompressSync(after[3]!.body).toString()).data[0].value).toBe(12.5);
    expect(after[0]!.headers.etag).not.toBe(kept.headers.etag?.replace(/^W\//, ''));
    // The ETag of the old version is no longer current: the full new answer, not 304.
    const stale = await get(origin, url, { 'if-none-match': kept.headers.etag as string });
    expect(stale.status).toBe(200);
    expect(JSON.parse(stale.body.toString()).data[0].value).toBe(12.5);
  });
});
