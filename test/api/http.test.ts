// Rule: reads are cacheable and open to any origin: strong ETags answered with 304, Cache-Control,
// CORS with ETag and Link exposed; every error anywhere is application/problem+json.
import { describe, expect, it } from 'vitest';
import { json, testApp } from '../helpers/app.ts';

const app = testApp();

describe('caching', () => {
  it('answers If-None-Match with the current strong ETag by 304, keeping the caching headers', async () => {
    const first = await app.request('/v1/indicators/N00914');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const again = await app.request('/v1/indicators/N00914', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect(await again.text()).toBe('');
  });

  it('gives a different ETag to a different representation of the same resource', async () => {
    const json = await app.request('/v1/observations?indicator=N00914&geo=0136');
    const csv = await app.request('/v1/observations?indicator=N00914&geo=0136&format=csv');
    expect(json.headers.get('etag')).not.toBe(csv.headers.get('etag'));
    expect(json.headers.get('vary')).toBe('Accept');
  });

  it('answers a stale ETag with the full body', async () => {
    const res = await app.request('/v1/indicators/N00914', { headers: { 'if-none-match': '"stale"' } });
    expect(res.status).toBe(200);
  });
});

describe('CORS', () => {
  it('lets any origin read, and exposes ETag and Link', async () => {
    const res = await app.request('/v1/geographies', { headers: { origin: 'https://www.haninge.se' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag.*Link/);
  });

  it('answers a preflight for GET', async () => {
    const res = await app.request('/v1/observations', {
      method: 'OPTIONS',
      headers: { origin: 'https://malmo.se', 'access-control-request-method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });
});

describe('problem+json everywhere', () => {
  it.each([
    ['an unknown path', '/v1/nothing-here', 404, /no such path '\/v1\/nothing-here'.*\/docs/],
    ['an unknown indicator', '/v1/indicators/NOPE', 404, /unknown indicator 'NOPE'/],
    ['an unknown geography', '/v1/geographies/9999', 404, /unknown geography code '9999'/],
    ['an unknown goal', '/v1/sdg/goals/18', 404, /numbered 1 to 17/],
    ['a goal that is not a number', '/v1/sdg/goals/eight', 400, /expected a goal number/],
    ['an unknown target', '/v1/sdg/targets/8.99', 404, /unknown Agenda 2030 target '8.99'/],
    ['an unknown dataset', '/v1/datasets/nope', 404, /unknown dataset 'nope'.*\/v1\/datasets/],
    ['an unknown dataset file', '/v1/datasets/climate/nope.csv', 404, /has no file 'nope.csv'; its files are/],
    ['a bad query parameter', '/v1/geographies?type=city', 400, /expected one of country, county, municipality/],
    ['a bad page size', '/v1/indicators?limit=0', 400, /expected a whole number from 1 to 500/],
    ['a bad observation period', '/v1/observations?indicator=N00914&to=18', 400, /YYYY/],
    [
      'a parameter given twice',
      '/v1/observations?indicator=N00914&geo=0136&geo=0181',
      400,
      /geo: given 2 times; give it once, a list as comma-separated values/,
    ],
  ])('%s gives %s with a problem body that says what was wrong', async (_what, path, status, detail) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await json(res);
    expect(body).toMatchObject({ type: 'about:blank', status, instance: new URL(path, 'http://x').pathname });
    expect(typeof body.title).toBe('string');
    expect(body.detail).toMatch(detail);
  });

  it('names each invalid parameter in errors[]', async () => {
    const body = await json(await app.request('/v1/observations?indicator=N00914&from=x&gender=Q'));
    expect(body.errors.map((e: any) => e.name).sort()).toEqual(['from', 'gender']);
    expect(body.errors.every((e: any) => e.in === 'query' && e.message.length > 0)).toBe(true);
    const path = await json(await app.request('/v1/sdg/goals/eight'));
    expect(path.detail).toBe('invalid path parameter: goal: expected a goal number from 1 to 17');
    expect(path.errors).toEqual([{ in: 'path', name: 'goal', message: 'expected a goal number from 1 to 17' }]);
  });
});

describe('query parameters an endpoint does not take', () => {
  it('are refused, naming each one and the parameters the endpoint takes', async () => {
    const res = await app.request('/v1/observations?indicator=N00914&goe=0136&_=1');
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors).toEqual([
      { in: 'query', name: 'goe', message: expect.stringMatching(/^unknown parameter; this endpoint takes indicator, geo, county, /) },
      { in: 'query', name: '_', message: expect.stringMatching(/^unknown parameter; /) },
    ]);
    expect(body.detail).toContain('goe: unknown parameter');
  });

  it('are refused by an endpoint that takes none', async () => {
    const res = await app.request('/v1/indicators/N00914?format=csv');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).detail).toBe(
      'invalid query parameter: format: unknown parameter; this endpoint takes no query parameters',
    );
  });
});

describe('methods other than GET, HEAD and OPTIONS', () => {
  it.each([
    ['POST', '/v1/indicators'],
    ['PUT', '/v1/indicators/N00914'],
    ['DELETE', '/v1/geographies/0136'],
    ['PATCH', '/v1/observations?indicator=N00914'],
    ['POST', '/openapi.json'],
    ['PUT', '/kommun/0136'],
  ])('%s %s answers 405 with Allow and a problem body', async (method, path) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await json(res);
    expect(body).toMatchObject({ status: 405, title: 'Method Not Allowed', instance: new URL(path, 'http://x').pathname });
    expect(body.detail).toContain(`${method} is not allowed here`);
  });

  it('leaves an unknown path 404 whatever the method', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await app.request('/v1/nothing-here', { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('allow')).toBeNull();
    }
  });

  it('still answers HEAD on a GET route', async () => {
    expect((await app.request('/v1/indicators/N00914', { method: 'HEAD' })).status).toBe(200);
  });
});
