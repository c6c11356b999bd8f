/**
 * What `npm run bench` checks before it times anything, so that it never compares servers that
 * answer differently: the same rows from Måltal and both baselines, 304 for a current ETag, the
 * cached answer byte for byte the uncached one, and compressed answers that decompress to it.
 * Each check throws with what differed; the bench then exits 1.
 */
import { isDeepStrictEqual } from 'node:util';
import type { RunningServer } from './servers.ts';

const ROW_FIELDS = [
  'indicator',
  'geo',
  'geo_name',
  'period',
  'gender',
  'breakdown',
  'breakdown_label',
  'value',
  'status',
  'note',
  'sources',
  'n',
  'ci_low',
  'ci_high',
];

/** A GET that asks for the plain bytes unless told otherwise (fetch would ask for gzip and br). */
export async function get(server: RunningServer, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.origin + path, { headers: { 'accept-encoding': 'identity', ...headers } });
  const body = Buffer.from(await res.arrayBuffer());
  return { res, body };
}

async function dataRows(server: RunningServer, path: string): Promise<Record<string, unknown>[]> {
  const { res, body } = await get(server, path);
  if (res.status !== 200) throw new Error(`${server.name} answered ${res.status} to ${path}: ${body.toString().slice(0, 300)}`);
  const rows = (JSON.parse(body.toString()) as { data?: Record<string, unknown>[] }).data;
  if (!Array.isArray(rows)) throw new Error(`${server.name} answered ${path} without a data array`);
  return rows;
}

/** Fails unless every server answers the same rows with the same fields and values, in the same order. */
export async function checkSameRows(servers: RunningServer[], path: string): Promise<number> {
  const [first, ...others] = await Promise.all(servers.map((s) => dataRows(s, path)));
  if (first!.length === 0) throw new Error(`${path} answers no rows; the comparison would be empty`);
  first!.forEach((row, i) => {
    if (!isDeepStrictEqual(Object.keys(row), ROW_FIELDS))
      throw new Error(`${path}: ${servers[0]!.name} row ${i} has fields ${Object.keys(row).join(',')}`);
  });
  others.forEach((rows, k) => {
    const name = servers[k + 1]!.name;
    if (rows.length !== first!.length)
      throw new Error(`${path}: ${servers[0]!.name} answers ${first!.length} rows, ${name} ${rows.length}`);
    rows.forEach((row, i) => {
      if (!isDeepStrictEqual(row, first![i]))
        throw new Error(
          `${path}: row ${i} differs\n  ${servers[0]!.name}: ${JSON.stringify(first![i])}\n  ${name}: ${JSON.stringify(row)}`,
        );
    });
  });
  return first!.length;
}

/** The ETag of `path`, checked to be answered 304 (with nothing else) when sent back. */
export async function checkConditional(server: RunningServer, path: string): Promise<string> {
  const { res } = await get(server, path);
  const etag = res.headers.get('etag');
  if (res.status !== 200 || !etag) throw new Error(`${server.name} answered ${path} with ${res.status} and ETag ${etag}`);
  const again = await get(server, path, { 'if-none-match': etag });
  if (again.res.status !== 304 || again.body.byteLength > 0 || again.res.headers.get('etag') !== etag) {
    throw new Error(
      `${server.name} answered a current If-None-Match for ${path} with ${again.res.status}, ${again.body.byteLength} bytes, ETag ${again.res.headers.get('etag')}`,
    );
  }
  return etag;
}

/**
 * Fails unless a repeated request is answered from the cache with the very bytes of the first
 * answer. A server that says nothing of a cache (an older commit, BENCH_MALTAL_DIR) is let be.
 */
export async function checkCached(server: RunningServer, path: string): Promise<void> {
  const first = await get(server, path);
  await get(server, path); // kept when asked for the second time
  const second = await get(server, path);
  const state = second.res.headers.get('x-maltal-cache');
  if (state === null) return;
  if (state !== 'hit') throw new Error(`${server.name}: a repeated ${path} was not answered from the cache (x-maltal-cache: ${state})`);
  if (!second.body.equals(first.body)) throw new Error(`${server.name}: the cached answer to ${path} differs from the first`);
}

export interface EncodedSizes {
  identity: number;
  gzip: number;
  br: number;
}

/** The sizes of `path` plain, gzipped and brotli-compressed; fails unless both decompress to the plain bytes. */
export async function checkCompressed(server: RunningServer, path: string): Promise<EncodedSizes> {
  const plain = await get(server, path);
  const sizes: EncodedSizes = { identity: plain.body.byteLength, gzip: 0, br: 0 };
  for (const encoding of ['gzip', 'br'] as const) {
    const res = await fetch(server.origin + path, { headers: { 'accept-encoding': encoding } });
    const raw = Buffer.from(await res.arrayBuffer());
    // fetch decompresses what it is sent; the size on the wire is content-length.
    if (res.headers.get('content-encoding') === null) return sizes; // a server that does not compress (an older commit)
    if (res.headers.get('content-encoding') !== encoding)
      throw new Error(
        `${server.name} did not answer ${path} with ${encoding} when asked (content-encoding: ${res.headers.get('content-encoding')})`,
      );
    if (!raw.equals(plain.body)) throw new Error(`${server.name}: ${path} in ${encoding} does not decompress to the plain answer`);
    sizes[encoding] = Number(res.headers.get('content-length'));
  }
  return sizes;
}
