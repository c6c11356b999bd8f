// Rule: observations come out as the source published them, in every format, with status, notes,
// sources and licence kept, and every filter narrows the rows as documented.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNodeEnv } from '../../../../api/node-env.ts';
import { getJson, json, testApp } from '../../../helpers/app.ts';

const app = testApp();
const sources = readNodeEnv().sourcesDir;
const readSource = (file: string) => parse(readFileSync(join(sources, file), 'utf8'), { columns: true }) as Record<string, any>[];

describe('GET /v1/observations: served figures equal the source files', () => {
  it.each(['0136', '0181'])("serves every N00914 value for %s exactly as in Kolada's export", async (geo) => {
    const expected = readSource('kolada_N00914_employment_rate_20_64.csv')
      .filter((r) => r.municipality_code === geo)
      .map((r) => ({ period: r.period, value: Number(r.value) }))
      .sort((a, b) => a.period.localeCompare(b.period));
    expect(expected.length).toBeGreaterThanOrEqual(21);
    const { body } = await getJson(app, `/v1/observations?indicator=N00914&geo=${geo}`);
    expect(body.data.map((r: any) => ({ period: r.period, value: r.value }))).toEqual(expected);
    expect(body.data.every((r: any) => r.gender === 'T' && r.status === 'final')).toBe(true);
  });

  it("serves Malmö's 2024 emissions, total and every sector, as SMHI published them", async () => {
    const expected = readSource('smhi_ghg_emissions_kommun_by_sector.csv').filter(
      (r) => r.municipality_code === '1280' && r.period === '2024',
    );
    expect(expected).toHaveLength(10);
    const { body } = await getJson(app, '/v1/observations?indicator=ghg_emissions_territorial&geo=1280&from=2024&to=2024');
    expect(body.data).toHaveLength(10);
    const byLabel = new Map(body.data.map((r: any) => [r.breakdown === 'total' ? 'Alla sektorer (totalt)' : r.breakdown_label, r.value]));
    for (const row of expected) expect(byLabel.get(row.breakdown)).toBe(Number(row.value));
    expect(body.data.find((r: any) => r.breakdown === 'total').value).toBe(812994.948);
  });

  it("serves Malmö's population for every year from 1950 to 2025 as SCB published it", async () => {
    const expected = readSource('scb_population_kommun.csv').filter(
      (r) => r.indicator === 'population' && r.municipality_code === '1280' && r.breakdown === 'Totalt',
    );
    expect(expected).toHaveLength(76);
    const { body } = await getJson(app, '/v1/observations?indicator=population&geo=1280&gender=T');
    expect(body.data.map((r: any) => [r.period, r.value])).toEqual(
      expected.map((r) => [r.period, Number(r.value)]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });
});

describe('GET /v1/observations: rows, metadata and caveats', () => {
  it('carries the dataset licence, attribution and the sources the rows cite', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=N00914&geo=0136');
    expect(body.meta.datasets.map((d: any) => d.id)).toEqual(['employment']);
    expect(body.meta.datasets[0].attribution_sv).toContain('Kolada');
    const cited = new Set(body.data.flatMap((r: any) => r.sources.split(';')));
    for (const id of cited) expect(body.meta.sources.some((s: any) => s.id === id && s.dataset === 'employment')).toBe(true);
  });

  it('says that N00914 is discontinued and names its successor, the BAS series, which names it back', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=N00914&geo=0136');
    expect(body.meta.indicators[0]).toMatchObject({
      id: 'N00914',
      status: 'discontinued',
      successors: ['scb-bas-sysselsattningsgrad-20-64'],
    });
    expect(body.meta.notices[0].en).toMatch(/N00914 is discontinued; replaced by scb-bas-sysselsattningsgrad-20-64/);
    const bas = (await getJson(app, '/v1/indicators/scb-bas-sysselsattningsgrad-20-64')).body;
    expect(bas).toMatchObject({ status: 'active', predecessors: ['N00914'], successors: [] });
  });

  it('keeps the inferred-gender caveat on each Kolada export value and the 2019 method break as a status', async () => {
    const haninge = await getJson(app, '/v1/observations?indicator=N00914&geo=0136&from=2018&to=2018');
    expect(haninge.body.data[0].note).toMatch(/Kön saknades/);
    const dalarna = await getJson(app, '/v1/observations?indicator=N00914&geo=20&gender=T');
    const statuses = Object.fromEntries(dalarna.body.data.map((r: any) => [r.period, r.status]));
    expect(statuses['2018']).toBe('final');
    expect(statuses['2019']).toBe('break');
  });

  it('keeps the previous SMHI release apart from the current one', async () => {
    const { body } = await getJson(
      app,
      '/v1/observations?indicator=ghg_emissions_territorial,ghg_emissions_territorial_prev_release&geo=0114&from=2023&to=2023&breakdown=total',
    );
    const values = Object.fromEntries(body.data.map((r: any) => [r.indicator, r.value]));
    expect(values).toEqual({ ghg_emissions_territorial: 64773.611, ghg_emissions_territorial_prev_release: 63804.256 });
    expect(body.meta.indicators.map((i: any) => i.release)).toEqual([expect.stringContaining('2026'), expect.stringContaining('previous')]);
  });
});

describe('GET /v1/observations: filters', () => {
  it('county= gives the kommuner of that län only', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=population&county=01&from=2024&to=2024&gender=T');
    expect(body.data).toHaveLength(26);
    expect(body.data.every((r: any) => r.geo.startsWith('01'))).toBe(true);
  });

  it('type=municipality with latest=true gives one latest value per kommun', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=population&type=municipality&latest=true&gender=T');
    expect(body.data).toHaveLength(290);
    expect(new Set(body.data.map((r: any) => r.period))).toEqual(new Set(['2025']));
  });

  it('latest=true within to= gives the latest period up to that bound', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=N00914&geo=0136&latest=true&to=2010');
    expect(body.data.map((r: any) => r.period)).toEqual(['2010']);
  });

  it('gender= selects women and men where the source has them', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=population&geo=1280&gender=K,M');
    expect(body.data.map((r: any) => [r.period, r.gender])).toEqual([
      ['2024', 'K'],
      ['2024', 'M'],
    ]);
    expect(body.data[0].value + body.data[1].value).toBe(365644);
  });

  it('breakdown= selects sectors by code', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=ghg_emissions_territorial&geo=1280&from=2024&breakdown=total');
    expect(body.data).toHaveLength(1);
  });

  it('a year in to= includes the months of that year', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=scb-bas-arbetsloshet-20-64-manad&geo=SE&from=2022&to=2022&limit=10000');
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((r: any) => r.period.startsWith('2022-'))).toBe(true);
  });

  it('/v1/indicators/{id}/observations answers as /v1/observations?indicator={id}', async () => {
    const a = await json(await app.request('/v1/indicators/N00914/observations?geo=0181'));
    const b = await json(await app.request('/v1/observations?indicator=N00914&geo=0181'));
    expect(a.data).toEqual(b.data);
    expect(a.data.length).toBeGreaterThan(0);
  });
});

describe('GET /v1/observations: paging', () => {
  it('walks every row exactly once through links.next, in key order', async () => {
    const all = (await getJson(app, '/v1/observations?indicator=N00914&county=01&limit=10000')).body.data;
    const seen: any[] = [];
    let next: string | null = '/v1/observations?indicator=N00914&county=01&limit=100';
    let pages = 0;
    while (next) {
      const { body }: { body: any } = await getJson(app, next);
      seen.push(...body.data);
      next = body.links.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(all.length / 100) + (all.length % 100 === 0 ? 1 : 0));
    expect(seen).toEqual(all);
  });

  it('refuses a page larger than the stated maximum', async () => {
    const res = await app.request('/v1/observations?indicator=N00914&limit=10001');
    expect(res.status).toBe(400);
    expect((await json(res)).detail).toMatch(/at most 10000 rows a page/);
  });
});

describe('GET /v1/observations: formats', () => {
  it('CSV (RFC 4180) has a header, one line per row and the point as decimal mark', async () => {
    const res = await app.request('/v1/observations?indicator=N00914&geo=0136&format=csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('maltal-N00914.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(21);
    expect(rows.find((r) => r.period === '2018')).toMatchObject({ value: '80.874976', unit: 'procent', geo_name: 'Haninge kommun' });
    expect(text).toContain('\r\n');
  });

  it('Accept: text/csv chooses CSV, and dialect=sv the Swedish Excel dialect', async () => {
    const plain = await app.request('/v1/observations?indicator=N00914&geo=0136', { headers: { accept: 'text/csv' } });
    expect(await plain.text()).toMatch(/^indicator,/);
    const sv = await app.request('/v1/observations?indicator=N00914&geo=0136', { headers: { accept: 'text/csv; dialect=sv' } });
    const bytes = new Uint8Array(await sv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = parse(text, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.period === '2018')?.value).toBe('80,874976');
  });

  it('JSON-stat 2.0 has one value per cell, statuses as SDMX codes, units and the notes', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=N00914&geo=0136,0181&from=2017&to=2018&format=json-stat2');
    expect(body).toMatchObject({
      version: '2.0',
      class: 'dataset',
      id: ['indicator', 'geo', 'period', 'gender', 'breakdown'],
      size: [1, 2, 2, 1, 1],
    });
    expect(body.role).toEqual({ metric: ['indicator'], geo: ['geo'], time: ['period'] });
    expect(body.dimension.indicator.category.unit.N00914).toEqual({ label: 'procent', decimals: 1 });
    // Row-major order: geo 0136 (2017, 2018), then 0181 (2017, 2018).
    expect(body.value).toEqual([80.500058, 80.874976, 74.236144, 75.457774]);
    expect(body.status).toEqual({ 0: 'A', 1: 'A', 2: 'A', 3: 'A' });
    expect(body.extension.notes['0']).toMatch(/Kön saknades/);
    expect(body.source).toContain('Kolada');
  });

  it('lang=en names geographies and breakdowns in English', async () => {
    const { body } = await getJson(
      app,
      '/v1/observations?indicator=ghg_emissions_territorial&geo=1280&from=2024&breakdown=transport,total&lang=en',
    );
    expect(body.data[0].geo_name).toBe('Malmö Municipality');
    expect(body.data.find((r: any) => r.breakdown === 'transport')?.breakdown_label).toMatch(/transport/i);
  });
});

describe('GET /v1/observations: errors', () => {
  it.each([
    ['/v1/observations?indicator=N99999', 404, /unknown indicator 'N99999'.*\/v1\/indicators/],
    ['/v1/observations', 400, /indicator is required/],
    ['/v1/observations?indicator=N00914&geo=0999', 400, /unknown geography code '0999'.*\/v1\/geographies/],
    ['/v1/observations?indicator=N00914&geo=0000', 400, /Kolada's id; Måltal uses SE for Riket/],
    ['/v1/observations?indicator=N00914&from=2010-13', 400, /expected a year as YYYY or a month as YYYY-MM/],
    ['/v1/observations?indicator=N00914&from=2015&to=2010', 400, /from \(2015\) is after to \(2010\)/],
    ['/v1/observations?indicator=N00914&gender=X', 400, /expected T, K or M/],
    ['/v1/observations?indicator=ghg_emissions_territorial&breakdown=cars', 400, /unknown breakdown 'cars'.*valid codes are total/],
    ['/v1/observations?indicator=N00914&latest=maybe', 400, /expected true or false/],
    ['/v1/observations?indicator=N00914&format=xml', 400, /expected one of json, csv, csv-sv, json-stat2/],
    ['/v1/observations?indicator=N00914&cursor=abc', 400, /invalid cursor/],
    ['/v1/indicators/N99999/observations', 404, /unknown indicator 'N99999'/],
  ])('%s answers %i with a problem that says what to do', async (path, status, detail) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await json(res);
    expect(body).toMatchObject({ type: 'about:blank', status });
    expect(body.detail).toMatch(detail);
  });
});
