// Rule: /v1/config states the languages, formats, limits, licences and citation texts, and every
// limit it states is the one the API enforces, with an answer that says what to do instead.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';

const app = testApp();

describe('GET /v1/config', () => {
  it('states languages, formats, licences per dataset and a citation text per language', async () => {
    const { res, body } = await getJson(app, '/v1/config');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(body.languages.map((l: any) => l.id)).toEqual(['sv', 'en']);
    expect(body.default_language).toBe('sv');
    expect(body.formats.observations).toEqual(['json', 'csv', 'csv-sv', 'json-stat2']);
    expect(body.data_version).toMatch(/^[0-9a-f]{16}$/);
    const { body: datasets } = await getJson(app, '/v1/datasets');
    expect(body.licence.datasets.map((d: any) => d.id).sort()).toEqual(datasets.data.map((d: any) => d.id).sort());
    expect(body.citation.map((c: any) => c.language)).toEqual(['sv', 'en']);
    for (const { text } of body.citation) expect(text).toMatch(/\{attribution\}.*\{title\}.*\{date\}.*\{url\}/);
    expect(body.rate_limit).toMatchObject({ limit: expect.any(Number), period_seconds: expect.any(Number) });
  });

  it('enforces max_observations_per_page', async () => {
    const { body: config } = await getJson(app, '/v1/config');
    const max = config.limits.max_observations_per_page;
    expect((await app.request(`/v1/observations?indicator=population&limit=${max}`)).status).toBe(200);
    const { res, body } = await getJson(app, `/v1/observations?indicator=population&limit=${max + 1}`);
    expect(res.status).toBe(400);
    expect(body.detail).toContain(`at most ${max} rows a page`);
  });

  it('enforces max_indicators_per_request', async () => {
    const { body: config } = await getJson(app, '/v1/config');
    const max = config.limits.max_indicators_per_request;
    const ids = Array.from({ length: max + 1 }, (_, i) => `x${i}`).join(',');
    const { res, body } = await getJson(app, `/v1/observations?indicator=${ids}`);
    expect(res.status).toBe(400);
    expect(body.detail).toContain(`at most ${max} indicators a request`);
  });

  it('enforces max_values_per_list', async () => {
    const { body: config } = await getJson(app, '/v1/config');
    const max = config.limits.max_values_per_list;
    const { body: all } = await getJson(app, '/v1/geographies');
    const codes: string[] = all.data.map((g: any) => g.code);
    expect(codes.length).toBeLessThanOrEqual(max); // every geography fits in one list
    expect((await app.request(`/v1/observations?indicator=population&latest=true&gender=T&geo=${codes.join(',')}`)).status).toBe(200);
    const tooMany = Array.from({ length: max + 1 }, (_, i) => codes[i % codes.length]).join(',');
    const { res, body } = await getJson(app, `/v1/observations?indicator=population&geo=${tooMany}`);
    expect(res.status).toBe(400);
    expect(body.detail).toContain(`at most ${max} values in one list`);
  });

  it('enforces max_url_length with 414 and problem+json', async () => {
    const { body: config } = await getJson(app, '/v1/config');
    const base = 'http://localhost/v1/indicators?q=';
    const fits = await app.request(base + 'a'.repeat(config.limits.max_url_length - base.length));
    expect(fits.status).toBe(200);
    const res = await app.request(base + 'a'.repeat(config.limits.max_url_length - base.length + 1));
    expect(res.status).toBe(414);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as any;
    expect(body.title).toBe('URI Too Long');
    expect(body.detail).toContain(`at most ${config.limits.max_url_length} are accepted`);
  });
});

describe('dates in as_of and since', () => {
  it('must exist, and the answer says so', async () => {
    for (const path of ['/v1/observations?indicator=N00914&as_of=2026-02-30', '/v1/changes?since=0000-99-99']) {
      const { res, body } = await getJson(app, path);
      expect(res.status, path).toBe(400);
      expect(body.detail, path).toContain('expected a date that exists, as YYYY-MM-DD');
    }
    expect((await app.request('/v1/changes?since=2024-02-29')).status).toBe(200);
  });
});

describe('max_search_words', () => {
  it('is enforced', async () => {
    const { body: config } = await getJson(app, '/v1/config');
    const max = config.limits.max_search_words;
    expect((await app.request(`/v1/indicators?q=${Array(max).fill('a').join('+')}`)).status).toBe(200);
    const { res, body } = await getJson(
      app,
      `/v1/indicators?q=${Array(max + 1)
        .fill('a')
        .join('+')}`,
    );
    expect(res.status).toBe(400);
    expect(body.detail).toContain(`at most ${max} words`);
  });
});
