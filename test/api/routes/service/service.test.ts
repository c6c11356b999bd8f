// Rule: GET /v1, the data service the DCAT catalogue names, answers with absolute links that resolve.
import { describe, expect, it } from 'vitest';
import { json, testApp } from '../../../helpers/app.ts';

const app = testApp();
const ORIGIN = 'https://maltal.example.se';

describe('GET /v1', () => {
  it('answers with links to the description, the reference, the catalogue and the collections, each of which answers 200', async () => {
    const res = await app.request(`${ORIGIN}/v1`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.links.self).toBe(`${ORIGIN}/v1`);
    const links: string[] = [body.links.openapi, body.links.docs, body.links.catalog, ...Object.values<string>(body.links.collections)];
    expect(links.length).toBeGreaterThan(8);
    for (const link of links) {
      expect(link.startsWith(ORIGIN), link).toBe(true);
      expect((await app.request(link)).status, link).toBe(200);
    }
  });

  it('answers 400 with a problem body to a query parameter it does not take', async () => {
    const res = await app.request('/v1?x=1');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
