// Rule: /v1/catalog is a DCAT-AP-SE catalogue with every property the Swedish profile makes
// mandatory (and the recommended ones we can fill), as JSON-LD and as Turtle that parses.
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { json, testApp } from '../../../helpers/app.ts';

const app = testApp();
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const quads = async (): Promise<Quad[]> => new Parser().parse(await (await app.request('/v1/catalog?format=ttl')).text());
const objects = (qs: Quad[], s: string, p: string) =>
  qs.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
const ofType = (qs: Quad[], type: string) =>
  qs.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value);

describe('GET /v1/catalog', () => {
  it('is Turtle that parses, with one catalogue listing every dataset', async () => {
    const qs = await quads();
    const [catalog] = ofType(qs, `${DCAT}Catalog`);
    expect(catalog).toBe('http://localhost/v1/catalog');
    const datasets = (await json(await app.request('/v1/datasets'))).data.map((d: any) => `http://localhost/v1/datasets/${d.id}`);
    expect(
      objects(qs, catalog!, `${DCAT}dataset`)
        .map((o) => o.value)
        .sort(),
    ).toEqual(datasets.sort());
    for (const p of ['title', 'description', 'publisher', 'license']) expect(objects(qs, catalog!, DCT + p).length, p).toBeGreaterThan(0);
  });

  it('gives every dataset the mandatory and recommended properties of DCAT-AP-SE', async () => {
    const qs = await quads();
    for (const ds of ofType(qs, `${DCAT}Dataset`)) {
      const langs = (p: string) =>
        objects(qs, ds, DCT + p)
          .map((o) => (o as any).language)
          .sort();
      expect(langs('title'), ds).toEqual(['en', 'sv']);
      expect(langs('description'), ds).toEqual(['en', 'sv']);
      expect(objects(qs, ds, `${DCT}publisher`), ds).toHaveLength(1);
      expect(objects(qs, ds, `${DCAT}contactPoint`), ds).toHaveLength(1);
      expect(
        objects(qs, ds, `${DCT}spatial`).map((o) => o.value),
        ds,
      ).toEqual(['http://sws.geonames.org/2661886/']);
      expect(objects(qs, ds, `${DCAT}theme`).length, ds).toBeGreaterThan(0);
      const [provenance] = objects(qs, ds, `${DCT}provenance`);
      expect(
        objects(qs, provenance!.value, `${DCT}description`)
          .map((o) => (o as any).language)
          .sort(),
        ds,
      ).toEqual(['en', 'sv']);
      const distributions = objects(qs, ds, `${DCAT}distribution`);
      expect(distributions.length, ds).toBeGreaterThan(1);
      for (const dist of distributions) {
        expect(objects(qs, dist.value, `${DCAT}accessURL`), dist.value).toHaveLength(1);
        expect(objects(qs, dist.value, `${DCT}format`), dist.value).toHaveLength(1);
        expect(
          objects(qs, dist.value, `${DCT}license`).length + objects(qs, dist.value, `${DCT}rights`).length,
          dist.value,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('states the temporal coverage from the data, a licence where there is one and a rights statement where there is none', async () => {
    const qs = await quads();
    const population = 'http://localhost/v1/datasets/population';
    const [period] = objects(qs, population, `${DCT}temporal`);
    expect(objects(qs, period!.value, `${DCAT}startDate`)[0]!.value).toBe('1950');
    expect(objects(qs, period!.value, `${DCAT}endDate`)[0]!.value).toBe('2025');
    const geoDist = objects(qs, 'http://localhost/v1/datasets/geographies', `${DCAT}distribution`)[0]!.value;
    expect(objects(qs, geoDist, `${DCT}license`).map((o) => o.value)).toEqual(['http://creativecommons.org/publicdomain/zero/1.0/']);
    const climateDist = objects(qs, 'http://localhost/v1/datasets/climate', `${DCAT}distribution`)[0]!.value;
    expect(objects(qs, climateDist, `${DCT}license`)).toEqual([]);
    const rights = objects(qs, climateDist, `${DCT}rights`)[0]!.value;
    expect(
      objects(qs, rights, 'http://www.w3.org/2000/01/rdf-schema#label')
        .map((o) => o.value)
        .join(' '),
    ).toMatch(/SMHI/);
  });

  it('gives the same graph as JSON-LD by default', async () => {
    const res = await app.request('/v1/catalog');
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const body = await json(res);
    const nodes = body['@graph'] as any[];
    const triplesInJsonLd = nodes.reduce(
      (n, node) =>
        n +
        Object.entries(node)
          .filter(([k]) => k !== '@id')
          .reduce((m, [, v]) => m + (Array.isArray(v) ? v.length : 1), 0),
      0,
    );
    expect(triplesInJsonLd).toBe((await quads()).length);
    expect(body['@context'].dcat).toBe(DCAT);
  });
});
