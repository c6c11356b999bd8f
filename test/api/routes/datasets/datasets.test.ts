// Rule: every dataset states its licence (or that none is stated), attribution, sources and
// caveats, and its package can be downloaded byte for byte as it was built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';
import { DATASETS_DIR } from '../../../helpers/paths.ts';

const app = testApp();

describe('GET /v1/datasets', () => {
  it('lists every dataset with attribution and licence notes, and flags example data', async () => {
    const { body } = await getJson(app, '/v1/datasets');
    expect(body.data.map((d: any) => d.id)).toEqual(
      expect.arrayContaining(['agenda-2030', 'climate', 'employment', 'geographies', 'population', 'plan-malmo-2024']),
    );
    for (const d of body.data) {
      expect(d.attribution_sv.length, d.id).toBeGreaterThan(0);
      expect(d.licenses.length > 0 || d.licence_note_en.length > 0, d.id).toBe(true);
      expect(d.example, d.id).toBe(d.id === 'ctc-example');
    }
  });
});

describe('GET /v1/datasets/{id}', () => {
  it('says that SMHI states no licence rather than assuming one', async () => {
    const { body } = await getJson(app, '/v1/datasets/climate');
    expect(body.licenses).toEqual([]);
    expect(body.licence_note_en).toMatch(/SMHI/);
    expect(body.sources.find((s: any) => s.id === 'KK-E1').publisher).toMatch(/SMHI/);
    expect(body.caveats.length).toBeGreaterThan(0);
  });

  it("gives Kolada's attribution rule for the employment data", async () => {
    const { body } = await getJson(app, '/v1/datasets/employment');
    expect(body.attribution_sv).toContain('Källa: Kolada');
    expect(body.licence_note_sv).toMatch(/Kolada/);
    expect(body.indicators.map((i: any) => i.id)).toContain('N00914');
  });

  it.each(['datapackage.json', 'observations.csv', 'indicators.csv'])('serves %s of the population package byte for byte', async (file) => {
    const res = await app.request(`/v1/datasets/population/${file}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(readFileSync(join(DATASETS_DIR, 'population', file), 'utf8'));
  });

  it('lists download links that all resolve', async () => {
    const { body } = await getJson(app, '/v1/datasets/geographies');
    const urls = [body.downloads.datapackage, ...body.downloads.resources.map((r: any) => r.url)];
    for (const url of urls) expect((await app.request(url)).status, url).toBe(200);
  });
});
