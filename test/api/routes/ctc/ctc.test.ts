// Rule: the CTC factor catalogue is served as published, each factor pointing to where its results are.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNodeEnv } from '../../../../api/node-env.ts';
import { getJson, json, testApp } from '../../../helpers/app.ts';

const app = testApp();
const catalogue = parse(readFileSync(join(readNodeEnv().sourcesDir, 'ctc_factor_catalogue.csv'), 'utf8'), { columns: true }) as Record<
  string,
  string
>[];

describe('GET /v1/ctc/factors', () => {
  it('serves every factor of the catalogue with its domain, type and name', async () => {
    const { res, body } = await getJson(app, '/v1/ctc/factors');
    expect(res.status).toBe(200);
    expect(body.data.map((f: any) => f.id)).toEqual(catalogue.map((c) => c.factor_id).sort());
    const byId = new Map(body.data.map((f: any) => [f.id, f]));
    for (const c of catalogue) {
      expect(byId.get(c.factor_id), c.factor_id).toMatchObject({
        domain: c.domain,
        domain_sv: c.domain_sv,
        type: c.factor_type,
        name_en: c.name_en,
      });
    }
    expect(body.meta.datasets.map((d: any) => d.id)).toContain('ctc');
  });

  it('links each factor to the indicator that holds its results', async () => {
    const { body } = await getJson(app, '/v1/ctc/factors');
    const linked = body.data.filter((f: any) => f.indicator);
    expect(linked.length).toBeGreaterThan(0);
    for (const f of linked.slice(0, 3)) expect((await app.request(`/v1/indicators/${f.indicator}`)).status).toBe(200);
  });

  it('filters by domain and type', async () => {
    const { body } = await getJson(app, '/v1/ctc/factors?domain=school&type=protective');
    expect(body.data.length).toBe(catalogue.filter((c) => c.domain === 'school' && c.factor_type === 'protective').length);
    expect(body.data.every((f: any) => f.domain === 'school' && f.type === 'protective')).toBe(true);
  });

  it('comes as CSV', async () => {
    const rows = parse(await (await app.request('/v1/ctc/factors?format=csv')).text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(catalogue.length);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['id', 'domain', 'type', 'name_en', 'indicator']));
  });

  it('answers 400 with a problem body for an unknown domain', async () => {
    const res = await app.request('/v1/ctc/factors?domain=home');
    expect(res.status).toBe(400);
    expect((await json(res)).detail).toMatch(/expected one of community, family, school, peer_individual/);
  });
});

describe('GET /v1/observations with example data', () => {
  it('says in meta.notices that the figures are example data', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=example-ctc-com-r01');
    expect(body.meta.datasets[0]).toMatchObject({ id: 'ctc-example', example: true });
    expect(body.meta.notices.some((n: any) => /example data/.test(n.en) && /exempeldata/.test(n.sv))).toBe(true);
  });

  it('adds no such notice to real figures', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=N00914&geo=0136');
    expect(body.meta.notices.some((n: any) => /example data/.test(n.en))).toBe(false);
  });
});
