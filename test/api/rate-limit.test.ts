// Rule: on the edge, a client over the published rate limit gets 429 with Retry-After and a
// problem+json body saying what to do, other clients are not affected, and the figures published
// at /v1/config are the ones wrangler.toml gives Cloudflare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { clientKey, EDGE_RATE_LIMIT } from '../../api/lib/limits.ts';
import { startWorker } from '../helpers/worker.ts';

/** The [[ratelimits]] entry of wrangler.toml, read as Cloudflare reads it. */
function wranglerRateLimit(): { name: string; limit: number; period: number } {
  const toml = readFileSync(join(repoRoot, 'wrangler.toml'), 'utf8');
  const block = /\[\[ratelimits\]\]\n([\s\S]*?)(?:\n\[|$)/.exec(toml)?.[1] ?? '';
  const name = /^name = "([^"]+)"/m.exec(block)?.[1] ?? '';
  const simple = /^simple = \{ limit = (\d+), period = (\d+) \}/m.exec(block);
  return { name, limit: Number(simple?.[1]), period: Number(simple?.[2]) };
}

let worker: Miniflare;
const configured = wranglerRateLimit();

beforeAll(async () => {
  worker = await startWorker({}, { rateLimit: { limit: configured.limit, period: configured.period } });
});
afterAll(() => worker?.dispose());

const ask = (path: string, ip: string) =>
  worker.dispatchFetch(`http://localhost${path}`, { headers: { 'cf-connecting-ip': ip } }) as unknown as Promise<Response>;

describe('the rate limit on the worker', () => {
  it('is configured in wrangler.toml as published in /v1/config', () => {
    expect(configured).toEqual({ name: 'RATE_LIMITER', limit: EDGE_RATE_LIMIT.limit, period: EDGE_RATE_LIMIT.periodSeconds });
  });

  it('answers 429 with Retry-After and problem+json past the limit, and only to that client', async () => {
    const path = '/v1/indicators/N00914';
    // The simulated limiter counts in fixed windows of the period on the clock: start early in one.
    const windowMs = configured.period * 1000;
    const left = windowMs - (Date.now() % windowMs);
    if (left < windowMs / 2) await new Promise((resolve) => setTimeout(resolve, left + 50));
    const window = Math.floor(Date.now() / windowMs);
    const statuses = new Map<number, number>();
    for (let i = 0; i < configured.limit; i++) {
      const res = await ask(path, '198.51.100.7');
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: configured.limit });
    const policy = `${configured.limit};w=${configured.period}`;
    expect((await ask(path, '192.0.2.1')).headers.get('ratelimit-policy')).toBe(policy); // every answer states it
    expect(Math.floor(Date.now() / windowMs), 'the requests took longer than half a window').toBe(window);

    const over = await ask(path, '198.51.100.7');
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe(String(configured.period));
    expect(over.headers.get('content-type')).toBe('application/problem+json');
    expect(over.headers.get('access-control-allow-origin')).toBe('*');
    expect(over.headers.get('x-content-type-options')).toBe('nosniff');
    expect(over.headers.get('ratelimit-policy')).toBe(policy);
    expect(over.headers.get('access-control-expose-headers')).toContain('Retry-After');
    const problem = (await over.json()) as any;
    expect(problem).toMatchObject({ status: 429, title: 'Too Many Requests', instance: path });
    expect(problem.detail).toContain(`more than ${configured.limit} requests in ${configured.period} seconds`);

    const other = await ask(path, '203.0.113.9');
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  }, 120_000);
});

describe('clientKey', () => {
  const key = (ip: string) => clientKey(new Request('http://x/', { headers: { 'cf-connecting-ip': ip } }));

  it('counts an IPv4 address on its own and an IPv6 address by its /64', () => {
    expect(key('198.51.100.7')).toBe('198.51.100.7');
    expect(key('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(key('2001:0db8:abcd:0012::9')).toBe('2001:db8:abcd:12::/64');
    expect(key('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(key('2001:db8::1')).toBe(key('2001:db8:0:0:ffff::2'));
  });
});
