// Rule: every link an answer carries works: each path or URL at our origin found in a JSON answer
// of any endpoint answers 2xx.
import { describe, expect, it } from 'vitest';
import { json, testApp } from '../helpers/app.ts';

const app = testApp();
const ORIGIN = 'http://localhost';

/** Every GET operation in the OpenAPI document, its path parameters filled from their examples. */
async function documentedRequests(): Promise<string[]> {
  const doc = await json(await app.request('/openapi.json'));
  return Object.entries<any>(doc.paths).map(([path, item]) => {
    let url = path;
    const parameters: any[] = item.get.parameters ?? [];
    for (const p of parameters) {
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.schema?.example ?? p.example)));
    }
    // Observations are asked for per indicator; the document marks no parameter required, as the problem names the missing one.
    const required = parameters.filter((p) => p.in === 'query' && (p.required || p.name === 'indicator'));
    const query = required.map((p) => `${p.name}=${encodeURIComponent(String(p.schema?.example ?? p.example))}`).join('&');
    return query ? `${url}?${query}` : url;
  });
}

/** Strings anywhere in a JSON value that point at our origin: '/v1/…' paths and absolute URLs on it. */
function linksIn(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (/^\/[^/\s]/.test(value) && !/\s/.test(value)) found.add(value);
    else if (value.startsWith(`${ORIGIN}/`)) found.add(value.slice(ORIGIN.length));
  } else if (Array.isArray(value)) {
    for (const item of value) linksIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) linksIn(item, found);
  }
  return found;
}

/** Links in an answer, each shape of link (its path with digits and ids folded) kept a few times. */
function sample(links: Iterable<string>, seen: Map<string, number>, perShape: number): string[] {
  const picked: string[] = [];
  for (const link of links) {
    const shape =
      link.split('?')[0]!.replace(/\/[^/]+$/, '/{}') +
      (link.includes('?') ? `?${[...new URL(link, ORIGIN).searchParams.keys()].sort().join('&')}` : '');
    const n = seen.get(shape) ?? 0;
    if (n >= perShape) continue;
    seen.set(shape, n + 1);
    picked.push(link);
  }
  return picked;
}

describe('links in answers', () => {
  it("every link at our origin in every endpoint's JSON answers, followed two steps, answers 2xx", async () => {
    const start = [
      ...(await documentedRequests()),
      '/v1/observations?indicator=population&geo=0136&limit=2',
      '/v1/indicators?goal=8&limit=3',
      '/v1/geographies/01',
      '/v1/geographies/SE',
    ];
    const shapes = new Map<string, number>();
    const visited = new Set<string>();
    const broken: string[] = [];
    const from = new Map<string, string>();
    let frontier = start;
    for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
      const next = new Set<string>();
      for (const path of frontier) {
        if (visited.has(path)) continue;
        visited.add(path);
        const res = await app.request(path, { headers: { accept: 'application/json' } });
        if (res.status < 200 || res.status > 299) {
          broken.push(`${path} answers ${res.status} (linked from ${from.get(path) ?? 'the document'})`);
          continue;
        }
        if (!/json/.test(res.headers.get('content-type') ?? '')) continue;
        for (const link of sample(linksIn(await res.json(), new Set()), shapes, 3)) {
          next.add(link);
          if (!from.has(link)) from.set(link, path);
        }
      }
      frontier = [...next];
    }
    expect(broken).toEqual([]);
    expect(visited.size).toBeGreaterThan(60);
  });
});
