// Rule: under 64 concurrent keep-alive connections on loopback, every URL of the load mix is
// answered 2xx with a body, every time, with no connection error or timeout. Timings belong in
// `npm run load` and `npm run soak` (scripts/bench/load.ts, soak.ts), which use the same mix.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeApp, openNodeDb } from '../../api/node.ts';
import { LOAD_MIX, runMix, type WindowResult } from '../../scripts/bench/load-lib.ts';
import { TEST_DB_PATH } from '../helpers/paths.ts';

const CONNECTIONS = 64;
const SECONDS = 3;

let server: ServerType;
/** Every answer of the run: without a warm-up, the measured window and the second autocannon takes to stop. */
let windows: WindowResult[];

beforeAll(async () => {
  const app = createNodeApp(openNodeDb(TEST_DB_PATH));
  server = await new Promise((resolve) => {
    const started = serve({ hostname: '127.0.0.1', port: 0, fetch: app.fetch }, () => resolve(started));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const result = await runMix({ origin, mix: LOAD_MIX, connections: CONNECTIONS, seconds: SECONDS }).done;
  windows = [result.warmup, result.measured, result.drain];
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const total = (f: (w: WindowResult) => number) => windows.reduce((sum, w) => sum + f(w), 0);

describe(`the Node server under ${CONNECTIONS} concurrent connections for ${SECONDS} s`, () => {
  it('has no connection errors or timeouts, and answers every request 2xx with a body', () => {
    expect(total((w) => w.responses)).toBeGreaterThan(0);
    expect({ errors: total((w) => w.errors), timeouts: total((w) => w.timeouts) }).toEqual({ errors: 0, timeouts: 0 });
    expect({ non2xx: total((w) => w.non2xx), emptyBodies: total((w) => w.emptyBodies) }).toEqual({ non2xx: 0, emptyBodies: 0 });
  });

  it.each(LOAD_MIX.map((entry) => [entry.label, entry] as const))('answers %s under load, only ever 2xx with a body', (_label, entry) => {
    const tallies = windows.map((w) => w.byUrl.find((t) => t.entry === entry)!);
    expect(tallies.reduce((sum, t) => sum + t.responses, 0)).toBeGreaterThan(0);
    const statuses = tallies.flatMap((t) => [...t.statuses.keys()]);
    expect(statuses.filter((status) => status < 200 || status > 299)).toEqual([]);
    expect(tallies.reduce((sum, t) => sum + t.emptyBodies, 0)).toBe(0);
  });
});
