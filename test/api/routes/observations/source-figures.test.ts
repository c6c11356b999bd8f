// Rule: every BAS and Kolada education figure Måltal serves is the published file's figure, digit for
// digit, under the indicator, place, period, sex and birth region the file gives it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readNodeEnv } from '../../../../api/node-env.ts';
import { getJson, testApp } from '../../../helpers/app.ts';

const app = testApp();
type Row = Record<string, string>;
const source = (file: string): Row[] => parse(readFileSync(join(readNodeEnv().sourcesDir, file), 'utf8'), { columns: true }) as Row[];

/** Written out here, not imported: what each series of PROVENANCE-bas.md must be served as. */
const SERIES: Record<string, [indicator: string, gender: string, breakdown: string]> = {};
for (const [prefix, indicator] of [
  ['S_SYSS', 'scb-bas-sysselsattningsgrad-20-64'],
  ['S_ARBL', 'scb-bas-arbetsloshet-20-64'],
  ['S_ARKR', 'scb-bas-arbetskraftsdeltagande-20-64'],
  ['K_SYSS', 'scb-bas-manad-sysselsattningsgrad-20-64'],
  ['K_ARBL', 'scb-bas-manad-arbetsloshet-20-64'],
] as const) {
  SERIES[`${prefix}_TOT`] = [indicator, 'T', 'total'];
  SERIES[`${prefix}_INR`] = [indicator, 'T', 'inrikes-fodd'];
  SERIES[`${prefix}_UTR`] = [indicator, 'T', 'utrikes-fodd'];
  SERIES[`${prefix}_KV`] = [indicator, 'K', 'total'];
  SERIES[`${prefix}_MAN`] = [indicator, 'M', 'total'];
}

const geo = (code: string) => (code === '0000' ? 'SE' : /^00\d\d$/.test(code) ? code.slice(2) : code);
const period = (p: string) => p.replace('M', '-');

/** Riket, three län and the four plans' kommuner, plus every 97th row: kommuner, län and Riket across the file. */
const PLACES = new Set(['0000', '0001', '0012', '0019', '0136', '0181', '1280', '1961', '2463', '0980']);
function sample(rows: Row[]): Row[] {
  return rows.filter((r, i) => PLACES.has(r.region_code!) || i % 97 === 0);
}

async function expectServed(indicator: string, rows: { geo: string; period: string; gender: string; breakdown: string; value: string }[]) {
  const geos = [...new Set(rows.map((r) => r.geo))];
  const served = new Map<string, { value: number; sources: string }>();
  for (let i = 0; i < geos.length; i += 400) {
    const { res, body } = await getJson(app, `/v1/observations?indicator=${indicator}&geo=${geos.slice(i, i + 400).join(',')}&limit=10000`);
    expect(res.status).toBe(200);
    for (const o of body.data) served.set(`${o.geo}|${o.period}|${o.gender}|${o.breakdown}`, o);
  }
  for (const r of rows) {
    const o = served.get(`${r.geo}|${r.period}|${r.gender}|${r.breakdown}`);
    const what = `${indicator} ${JSON.stringify(r)}`;
    // Where an older export gave the same figure with more decimals, that one is served, citing both sources.
    const decimals = r.value.split('.')[1]?.length ?? 0;
    if (o?.sources.includes(';')) expect(Number(o.value.toFixed(decimals)), what).toBe(Number(r.value));
    else expect(o?.value, what).toBe(Number(r.value));
  }
}

describe('SCB BAS figures as served', () => {
  for (const [file, first] of [
    ['scb_bas_annual_20_64_2020_2024.csv', 'S_'],
    ['scb_bas_monthly_20_64_riket_lan_2020_2026.csv', 'K_'],
  ] as const) {
    const rows = source(file);
    const ids = [...new Set(rows.map((r) => r.series_id!))].sort();
    it(`${file}: every series is served (${ids.join(', ')})`, () => {
      expect(ids.every((id) => id.startsWith(first) && SERIES[id])).toBe(true);
      expect(ids).toHaveLength(first === 'S_' ? 13 : 10);
    });
    it.each(ids)(`${file}: %s, a sample across kommuner, län and Riket, is the file's figure`, async (id) => {
      const [indicator, gender, breakdown] = SERIES[id]!;
      const picked = sample(rows.filter((r) => r.series_id === id));
      expect(new Set(picked.map((r) => r.region_level))).toEqual(
        new Set(first === 'S_' ? ['riket', 'lan', 'kommun'] : picked.map((r) => r.region_level)),
      );
      await expectServed(
        indicator,
        picked.map((r) => ({ geo: geo(r.region_code!), period: period(r.period!), gender, breakdown, value: r.value! })),
      );
    });
  }

  it('serves Södertälje 2024 as PROVENANCE-bas.md gives it, with Stockholms län and Riket, in one request', async () => {
    const { body } = await getJson(
      app,
      '/v1/observations?indicator=scb-bas-sysselsattningsgrad-20-64&geo=0181,01,SE&from=2024&to=2024&gender=T',
    );
    const got = Object.fromEntries(body.data.map((o: any) => [`${o.geo} ${o.breakdown}`, o.value]));
    expect(got).toMatchObject({ '0181 total': 76.9, '0181 inrikes-fodd': 82.1, '0181 utrikes-fodd': 72.6 });
    expect(Object.keys(got)).toHaveLength(9);
    expect(body.data.find((o: any) => o.geo === '0181' && o.breakdown === 'utrikes-fodd')).toMatchObject({
      breakdown_label: 'utrikes född',
      status: 'final',
      sources: 'S11',
    });
    expect(body.meta.sources.map((s: any) => s.attribution)).toEqual(['Källa: SCB']);
  });

  it('marks the monthly figures as provisional', async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=scb-bas-manad-arbetsloshet-20-64&geo=SE&from=2026-07&to=2026-07');
    expect(body.data.length).toBe(5);
    expect(body.data.every((o: any) => o.status === 'provisional')).toBe(true);
  });
});

describe('Kolada education figures as served', () => {
  const rows = source('kolada_education_kommun_lan_riket_2015_2025.csv');
  it.each(['N01982', 'N01984', 'N15428', 'N17473'])("%s, a sample across kommuner, län and Riket, is the file's figure", async (kpi) => {
    const picked = sample(rows.filter((r) => r.kpi_id === kpi));
    await expectServed(
      kpi,
      picked.map((r) => ({ geo: geo(r.region_code!), period: r.year!, gender: 'T', breakdown: 'total', value: r.value! })),
    );
  });

  it("keeps the older export's more precise N15428 where both give the same figure, citing both", async () => {
    const { body } = await getJson(app, '/v1/observations?indicator=N15428&geo=0114&from=2015&to=2015');
    expect(body.data[0]).toMatchObject({ value: 82.696629, sources: 'S1;S13' });
    expect(rows.find((r) => r.kpi_id === 'N15428' && r.region_code === '0114' && r.year === '2015')!.value).toBe('82.7');
  });
});
