// Rule: Riket, the 21 län and the 290 kommuner are served with SCB codes (leading zeros kept),
// their names and their county, and an unknown code says where to find the valid ones.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { getJson, json, testApp } from '../../../helpers/app.ts';

const app = testApp();

describe('GET /v1/geographies', () => {
  it('lists Riket, 21 län and 290 kommuner, then areas within kommuner', async () => {
    const { body } = await getJson(app, '/v1/geographies');
    const count = (type: string) => body.data.filter((g: any) => g.type === type).length;
    expect([count('country'), count('county'), count('municipality')]).toEqual([1, 21, 290]);
    expect(body.data[0]).toMatchObject({ code: 'SE', type: 'country', kolada_id: '0000' });
    const areas = body.data.filter((g: any) => g.type === 'area');
    expect(body.data.slice(-areas.length)).toEqual(areas);
    for (const a of areas) expect(a.code.startsWith(`${a.parent}-`)).toBe(true);
  });

  it('lists the areas of a kommun as its children', async () => {
    const { body } = await getJson(app, '/v1/geographies/1280');
    expect(body.children.map((g: any) => g.code)).toEqual(['1280-exempel-a', '1280-exempel-b']);
    expect(body.children[0].name_sv).toMatch(/exempeldata/i);
  });

  it('filters by type and county', async () => {
    const { body } = await getJson(app, '/v1/geographies?county=01');
    expect(body.data).toHaveLength(26);
    expect(body.data.find((g: any) => g.code === '0136')).toMatchObject({ name_sv: 'Haninge kommun', short_name: 'Haninge', parent: '01' });
    expect((await getJson(app, '/v1/geographies?type=county')).body.data).toHaveLength(21);
  });

  it('keeps leading zeros in CSV', async () => {
    const text = await (await app.request('/v1/geographies?county=01&format=csv')).text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows[0]!.code).toBe('0114');
    expect(rows[0]!.parent).toBe('01');
  });

  it('answers an unknown county with a 400, as it declares, that says where the län are', async () => {
    const res = await app.request('/v1/geographies?county=00');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(res)).detail).toMatch(/unknown geography code '00'.*type=county/);
  });

  it('finds by part of the name', async () => {
    const { body } = await getJson(app, '/v1/geographies?q=hallsta');
    expect(body.data.map((g: any) => g.code)).toEqual(['1961']);
  });
});

describe('GET /v1/geographies/{code}', () => {
  it('gives a kommun with its län', async () => {
    const { body } = await getJson(app, '/v1/geographies/1280');
    expect(body).toMatchObject({ code: '1280', short_name: 'Malmö', type: 'municipality', parent: '12' });
    expect(body.parent_ref.code).toBe('12');
    expect(body.indicators_with_data).toBeGreaterThan(20);
  });

  it('gives a län with its kommuner, and Riket with its län', async () => {
    expect((await getJson(app, '/v1/geographies/01')).body.children).toHaveLength(26);
    expect((await getJson(app, '/v1/geographies/SE')).body.children).toHaveLength(21);
  });

  it("answers Kolada's id for Riket with a 404 that names the code to use", async () => {
    const res = await app.request('/v1/geographies/0000');
    expect(res.status).toBe(404);
    expect((await json(res)).detail).toMatch(/Måltal uses SE for Riket/);
  });
});
