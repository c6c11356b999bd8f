// Rule: the worker on workerd + D1 answers every request byte for byte as Node does, and its edge
// cache serves hits, answers If-None-Match with 304 and never serves an answer of an old data version.
import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, testApp } from '../helpers/app.ts';
import { startWorker } from '../helpers/worker.ts';
import { problemBody } from '../../api/lib/problem.ts';

const node = testApp();
let worker: Miniflare;
/** What the worker wrote to stdout and stderr. */
const workerOutput: string[] = [];

beforeAll(async () => {
  // TTL 0: the worker reads the data version on every request, so the reseed test sees it at once.
  worker = await startWorker({ DATA_VERSION_TTL: '0' }, { output: workerOutput });
});
afterAll(() => worker?.dispose());

const fromWorker = (path: string, init?: RequestInit) =>
  worker.dispatchFetch(`http://localhost${path}`, init as never) as unknown as Promise<Response>;

/** Every GET operation in the OpenAPI document, with its path parameters filled from their examples. */
async function documentedRequests(): Promise<string[]> {
  const doc = await json(await node.request('/openapi.json'));
  return Object.entries<any>(doc.paths).map(([path, item]) => {
    let url = path;
    for (const p of item.get.parameters ?? []) {
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.schema?.example ?? p.example)));
    }
    const required = (item.get.parameters ?? []).filter((p: any) => p.in === 'query' && p.name === 'indicator');
    return required.length > 0 ? `${url}?indicator=N00914` : url;
  });
}

const VARIANTS: [string, RequestInit?][] = [
  ['/'],
  ['/docs'],
  ['/openapi.json'],
  ['/v1/observations?indicator=N00914&geo=0136,0181&from=2010'],
  ['/v1/observations?indicator=N00914&geo=0136&format=csv'],
  ['/v1/observations?indicator=N00914&geo=0136&format=csv-sv'],
  ['/v1/observations?indicator=N00914&geo=0136', { headers: { accept: 'text/csv; dialect=sv' } }],
  ['/v1/observations?indicator=ghg_emissions_territorial&geo=1280&from=2020&format=json-stat2&lang=en'],
  ['/v1/observations?indicator=population&type=municipality&latest=true&gender=T'],
  ['/v1/observations?indicator=population&county=01&from=2024&to=2024&gender=K,M'],
  ['/v1/observations?indicator=N00914&county=01&limit=7'],
  ['/v1/observations?indicator=N99999'],
  ['/v1/observations?indicator=N00914&geo=0000'],
  ['/v1/observations?indicator=N00914&from=2015&to=2010'],
  ['/v1/observations?indicator=N00914&limit=10001'],
  ['/v1/indicators?q=utsläpp&format=csv'],
  ['/v1/indicators?q=foreign-born%20employment&limit=3'],
  ['/v1/indicators?q=utrikes%20f%C3%B6dda&limit=2&cursor=WzJd'],
  ['/v1/observations?indicator=scb-bas-sysselsattningsgrad-20-64&geo=0181,01,SE&from=2024&to=2024&gender=T'],
  ['/v1/observations?indicator=N00914&geo=0136&as_of=2010-01-01'],
  ['/v1/plans/sodertalje-arbetsmarknadsuppdrag-2017/follow-up?lang=en'],
  ['/v1/plans/malmo-kf-mal-2024/follow-up?format=csv-sv'],
  ['/v1/indicators?goal=8&limit=3'],
  ['/v1/indicators?topic=nope'],
  ['/v1/indicators/N99999'],
  ['/v1/geographies?county=01&format=csv-sv'],
  ['/v1/geographies/9999'],
  ['/v1/sdg/goals?format=csv'],
  ['/v1/sdg/goals/18'],
  ['/v1/datasets/population/observations.csv'],
  ['/v1/datasets/employment/datapackage.json'],
  ['/v1/nothing-here'],
  ['/embed/maltal-trend?indicator=N00914&geo=0136,0181'],
  ['/embed/maltal-nope?indicator=N00914'],
  ['/bygg'],
  // The pages for people: the same HTML from D1 as from SQLite.
  ['/kommun/0181-sodertalje'],
  ['/kommun/0181', { redirect: 'manual' }],
  ['/lan/01-stockholm?lang=en'],
  ['/matt/scb-bas-sysselsattningsgrad-20-64?uppdelning=utrikes-fodd&geo=0181,0136&lan=01&sort=namn'],
  ['/matt/N00914?lang=en'],
  ['/plan/sodertalje-arbetsmarknadsuppdrag-2017'],
  ['/agenda-2030/mal/8'],
  ['/agenda-2030/delmal/8.5?lang=en'],
  ['/sok?q=Hallstahammar+h%C3%A5llbarhet'],
  ['/sitemap.xml'],
  ['/kommun/9999'],
];

async function snapshot(res: Response) {
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    etag: res.headers.get('etag'),
    body: Buffer.from(await res.arrayBuffer()).toString('base64'),
  };
}

describe('the worker on workerd + D1', () => {
  it('answers every documented route and every format and error byte for byte as Node', async () => {
    const requests: [string, RequestInit?][] = [...(await documentedRequests()).map((p) => [p] as [string]), ...VARIANTS];
    expect(requests.length).toBeGreaterThan(35);
    for (const [path, init] of requests) {
      const [a, b] = await Promise.all([Promise.resolve(node.request(path, init)).then(snapshot), fromWorker(path, init).then(snapshot)]);
      expect(b, path).toEqual(a);
    }
  });

  it('follows a cursor through the same pages as Node', async () => {
    let next: string | null = '/v1/observations?indicator=N00914&geo=0136,0181,1280&limit=9';
    let pages = 0;
    while (next) {
      const [a, b]: any[] = await Promise.all([Promise.resolve(node.request(next)).then(json), fromWorker(next).then(json)]);
      expect(b).toEqual(a);
      next = a.links.next;
      pages++;
    }
    expect(pages).toBeGreaterThan(3);
  });

  it('writes nothing to its log while it answers, e.g. no warning of an outdated Kysely driver', async () => {
    for (const path of ['/v1/indicators/N00914', '/v1/observations?indicator=N00914&geo=0136', '/kommun/0181-sodertalje']) {
      expect((await fromWorker(path)).status).toBe(200);
    }
    expect(workerOutput.join('')).toBe(''); // nor for any request of the tests above
  });

  it('answers another method on a GET route with 405 and Allow, as Node does, and an unknown path with 404', async () => {
    for (const [method, path, status] of [
      ['POST', '/v1/indicators', 405],
      ['DELETE', '/v1/geographies/0136', 405],
      ['PATCH', '/kommun/0181-sodertalje', 405],
      ['PUT', '/v1/nothing-here', 404],
    ] as const) {
      const [a, b] = await Promise.all([node.request(path, { method }), fromWorker(path, { method })]);
      expect(b.status, `${method} ${path}`).toBe(status);
      expect(b.headers.get('allow')).toBe(status === 405 ? 'GET, HEAD, OPTIONS' : null);
      expect(b.headers.get('content-type')).toBe('application/problem+json');
      expect(await b.json()).toEqual(await a.json());
    }
  });
});

describe('the edge cache', () => {
  // Each test asks its own URL (its own from=), so that no test finds another's answer in the cache.
  const path = '/v1/observations?indicator=N00914&geo=1961';

  it('serves the second request from the cache, with the same body and ETag', async () => {
    const first = await fromWorker(`${path}&from=2001`);
    const body = await first.text();
    const second = await fromWorker(`${path}&from=2001`);
    expect(first.headers.get('x-maltal-cache')).toBe('miss');
    expect(second.headers.get('x-maltal-cache')).toBe('hit');
    expect(await second.text()).toBe(body);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('keys the cache by representation: CSV and JSON of one URL are different entries', async () => {
    const asJson = await fromWorker(`${path}&from=2002`);
    const asCsv = await fromWorker(`${path}&from=2002`, { headers: { accept: 'text/csv' } });
    expect(asJson.headers.get('content-type')).toMatch(/json/);
    expect(asCsv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(asCsv.headers.get('x-maltal-cache')).toBe('miss');
    await Promise.all([asJson.text(), asCsv.text()]);
  });

  it('keys the cache by the whole Accept header: the catalogue in JSON-LD and in Turtle are different entries', async () => {
    const asJsonLd = await fromWorker('/v1/catalog');
    await asJsonLd.text();
    const asTurtle = await fromWorker('/v1/catalog', { headers: { accept: 'text/turtle' } });
    expect(asTurtle.headers.get('content-type')).toMatch(/^text\/turtle/);
    expect(await asTurtle.text()).toMatch(/^@prefix /m);
  });

  it('answers a current If-None-Match with 304, from the cache and before it is filled', async () => {
    const first = await fromWorker(`${path}&from=2003`);
    const etag = first.headers.get('etag')!;
    await first.text();
    const hit = await fromWorker(`${path}&from=2003`, { headers: { 'if-none-match': etag } });
    expect(hit.status).toBe(304);
    expect(hit.headers.get('etag')).toBe(etag);
    // A URL not yet cached: its ETag is Node's, since both runtimes give the same bytes.
    const coldEtag = (await node.request(`${path}&from=2004`)).headers.get('etag')!;
    const cold = await fromWorker(`${path}&from=2004`, { headers: { 'if-none-match': coldEtag } });
    expect(cold.status).toBe(304);
    expect(cold.headers.get('x-maltal-cache')).toBe('miss');
  });

  it('keeps the pages for people like the API: a hit the second time, 304 for a current ETag', async () => {
    const page = '/matt/N00914?geo=1961';
    const first = await fromWorker(page);
    const body = await first.text();
    const second = await fromWorker(page);
    expect([first.headers.get('x-maltal-cache'), second.headers.get('x-maltal-cache')]).toEqual(['miss', 'hit']);
    expect(await second.text()).toBe(body);
    const again = await fromWorker(page, { headers: { 'if-none-match': second.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('never serves an answer of an old data version after a reseed', async () => {
    const url = `${path}&from=2005`;
    await (await fromWorker(url)).text();
    expect((await fromWorker(url)).headers.get('x-maltal-cache')).toBe('hit');
    const db = await worker.getD1Database('DB');
    const { value } = (await db.prepare(`SELECT value FROM meta WHERE key = 'data_version'`).first()) as { value: string };
    await db.prepare(`UPDATE meta SET value = ? WHERE key = 'data_version'`).bind(`${value}-next`).run();
    try {
      const after = await fromWorker(url);
      expect(after.headers.get('x-maltal-cache')).toBe('miss');
      await after.text();
    } finally {
      await db.prepare(`UPDATE meta SET value = ? WHERE key = 'data_version'`).bind(value).run();
    }
  });
});

describe('a worker whose D1 cannot be read', () => {
  it('answers 503 with Retry-After and problem+json, and nothing of the cause', async () => {
    const output: string[] = [];
    const empty = await startWorker({}, { seed: false, output });
    try {
      const res = (await empty.dispatchFetch('http://localhost/v1/indicators')) as unknown as Response;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('60');
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toEqual(problemBody(503, 'the data cannot be read right now; try again in a minute', '/v1/indicators'));
      // The log says why in one line, not with a stack trace of D1's internals.
      await expect.poll(() => output.join('')).toContain('no such table: meta');
      const lines = output
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== '');
      expect(lines).toEqual([expect.stringMatching(/^the D1 database cannot be read: D1_ERROR: no such table: meta/)]);
    } finally {
      await empty.dispose();
    }
  });
});
