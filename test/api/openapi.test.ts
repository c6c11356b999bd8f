// Rule: /openapi.json is a valid OpenAPI 3.1 document that describes every route the app serves,
// with every parameter and every error status.
import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { json, testApp } from '../helpers/app.ts';
import { isPagePath } from '../../api/routes/pages/pages.urls.ts';

const app = testApp();
const doc = await json(await app.request('/openapi.json'));

/** Routes that are pages or files, not API operations (the pages for people besides: isPagePath). */
const NOT_OPERATIONS = new Set([
  '/docs',
  '/docs/init.js',
  '/docs/assets/*',
  '/openapi.json',
  '*',
  '/*',
  '/embed/:element',
  '/bygg',
  '/widgets/*',
  '/styles/bygg.css',
  '/styles/embed.css',
  '/styles/sidor.css',
  '/styles/sidor-utskrift.css',
  '/favicon.svg',
  '/assets/sidor.js',
]);

describe('GET /openapi.json', () => {
  it('validates against the OpenAPI 3.1 schema', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('documents every route the app serves', () => {
    const served = new Set(
      app.routes
        .filter((r) => r.method === 'GET' && !NOT_OPERATIONS.has(r.path) && !isPagePath(r.path))
        .map((r) => r.path.replace(/:([a-z]+)/g, '{$1}')),
    );
    expect(served.size).toBeGreaterThanOrEqual(12);
    expect(new Set(Object.keys(doc.paths))).toEqual(served);
  });

  it('declares a 200 on every operation, and 400 or 404 problem responses on every one with parameters', () => {
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      const responses = item.get.responses;
      expect(responses['200'], path).toBeDefined();
      const errors = ['400', '404'].filter((s) => responses[s]);
      if ((item.get.parameters ?? []).length > 0) expect(errors.length, `${path} declares no error`).toBeGreaterThan(0);
      for (const s of errors) expect(Object.keys(responses[s].content), path).toEqual(['application/problem+json']);
    }
  });

  it('describes the observation filters with their formats', () => {
    const params = doc.paths['/v1/observations'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['indicator', 'geo', 'county', 'from', 'to', 'gender', 'breakdown', 'latest', 'limit', 'cursor', 'format']),
    );
    const format = doc.paths['/v1/observations'].get.parameters.find((p: any) => p.name === 'format');
    expect(format.schema.enum).toEqual(['json', 'csv', 'csv-sv', 'json-stat2']);
  });
});

describe('GET /docs', () => {
  it('serves the reference page and the Swagger UI files from our own origin', async () => {
    const page = await app.request('/docs');
    expect(await page.text()).toContain('/docs/assets/swagger-ui-bundle.js');
    const asset = await app.request('/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
    expect((await asset.text()).length).toBeGreaterThan(100_000);
    expect(await (await app.request('/docs/init.js')).text()).toContain("url: '/openapi.json'");
  });
});

describe('the answers any operation may give', () => {
  it('declares 414, 429 and 503 as problem+json on every operation', async () => {
    const doc = await json(await testApp().request('/openapi.json'));
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const status of ['414', '429', '503']) {
        expect(Object.keys(item.get.responses[status]?.content ?? {}), `${path} ${status}`).toEqual(['application/problem+json']);
      }
    }
  });
});
