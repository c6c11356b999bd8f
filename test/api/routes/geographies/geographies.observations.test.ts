// Rule: one request gives everything Måltal holds for a place, as JSON, CSV or Swedish Excel CSV,
// with the same rows as the observations of each indicator; an unknown place is a 404.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';

const app = testApp();

describe('GET /v1/geographies/{code}/observations', () => {
  it('gives every indicator’s values for Södertälje, the same rows /v1/observations gives', async () => {
    const { res, body } = await getJson(app, '/v1/geographies/0181/observations');
    expect(res.status).toBe(200);
    expect(body.meta.count).toBe(body.data.length);
    const ids = [...new Set(body.data.map((r: any) => r.indicator))];
    expect(body.meta.indicators.map((i: any) => i.id)).toEqual(ids);
    expect(ids.length).toBeGreaterThan(50);
    const bas = await getJson(app, '/v1/observations?indicator=scb-bas-sysselsattningsgrad-20-64&geo=0181');
    expect(body.data.filter((r: any) => r.indicator === 'scb-bas-sysselsattningsgrad-20-64')).toEqual(bas.body.data);
    expect(
      body.data.find(
        (r: any) =>
          r.indicator === 'scb-bas-sysselsattningsgrad-20-64' && r.period === '2024' && r.gender === 'T' && r.breakdown === 'utrikes-fodd',
      ).value,
    ).toBe(72.6);
    expect(body.meta.notices.some((n: any) => n.sv.startsWith('N00914 har upphört'))).toBe(true);
  });

  it('gives the latest value of each series with latest=true', async () => {
    const all = (await getJson(app, '/v1/geographies/0181/observations')).body.data;
    const latest = (await getJson(app, '/v1/geographies/0181/observations?latest=true')).body.data;
    const series = new Set(all.map((r: any) => `${r.indicator}|${r.gender}|${r.breakdown}`));
    expect(latest.length).toBeLessThanOrEqual(series.size);
    expect(latest.length).toBeGreaterThan(series.size * 0.9);
  });

  it('answers as CSV for Excel in Swedish, one row per value', async () => {
    const res = await app.request('/v1/geographies/0181/observations?format=csv-sv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="maltal-0181.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toContain(';');
    const { body } = await getJson(app, '/v1/geographies/0181/observations');
    expect(lines).toHaveLength(body.data.length + 1);
    expect(lines.some((l) => /^scb-bas-sysselsattningsgrad-20-64;[^;]*;0181;[^;]*;2024;T;utrikes-fodd;[^;]*;72,6;/.test(l))).toBe(true);
  });

  it('answers 404 for an unknown place, naming where to look', async () => {
    const res = await app.request('/v1/geographies/9999/observations');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain('/v1/geographies?type=municipality');
  });
});
