// Rule: a package written again with changed figures gets a new version and records each new,
// revised and deleted value; /v1/changes lists them and as_of= gives the values of a past date.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeApp, openNodeDb } from '../../../../api/node.ts';
import { buildDatabase } from '../../../../scripts/lib/build-database.ts';
import { writePackage, type DescriptorInput, type Row } from '../../../../scripts/lib/package-writer.ts';
import { json, testApp } from '../../../helpers/app.ts';
import { demoIndicator, tempDatasets } from '../../../helpers/packages.ts';

const descriptor: DescriptorInput = {
  name: 'demo',
  title: 'Demo',
  title_en: 'Demo',
  description: 'Testpaket',
  description_en: 'Test package',
  version: '1.0.0',
  updated: '2026-01-10',
  publisher: 'Måltal',
  licence_note: { sv: 'Ingen licens', en: 'No licence' },
  attribution: { sv: 'Källa: test', en: 'Source: test' },
  sources: [{ id: 'S1', title: 'Test', path: 'https://example.org', publisher: 'Test', retrieved: '2026-01-10', licence: 'none stated' }],
  caveats: [],
  example: true,
  built_by: 'test',
};
const indicators: Row[] = [demoIndicator({ description_sv: 'B', description_en: 'D', topic: 'demo' })];
const obs = (geo: string, period: string, value: string, status = 'final'): Row => ({
  indicator: 'demo-rate',
  geo,
  period,
  gender: 'T',
  breakdown: 'total',
  value,
  status,
  sources: 'S1',
});

let work: string;
let datasetsDir: string;
let app: ReturnType<typeof createNodeApp>;
const write = (rows: Row[], today: string) => writePackage(descriptor, { indicators, observations: rows }, { datasetsDir, today });

beforeAll(() => {
  ({ work, datasetsDir } = tempDatasets('maltal-changes-'));
  write([obs('0136', '2020', '10'), obs('0181', '2020', '20'), obs('0136', '2021', '30')], '2026-01-10');
  // 2026-03-01: 0136 2020 revised, 0181 2020 deleted, 0181 2021 added.
  write([obs('0136', '2020', '11'), obs('0136', '2021', '30'), obs('0181', '2021', '40')], '2026-03-01');
  // 2026-06-01: 0136 2020 revised again, now provisional.
  write([obs('0136', '2020', '12', 'provisional'), obs('0136', '2021', '30'), obs('0181', '2021', '40')], '2026-06-01');
  const dbPath = join(work, 'maltal.sqlite');
  buildDatabase({ datasetsDir, dbPath });
  app = createNodeApp(openNodeDb(dbPath));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const values = (body: any) => Object.fromEntries(body.data.map((r: any) => [`${r.geo} ${r.period}`, [r.value, r.status]]));

describe('writing a package again', () => {
  it('bumps the version and records the changes in the package itself', () => {
    const d = JSON.parse(readFileSync(join(datasetsDir, 'demo/datapackage.json'), 'utf8'));
    expect(d.version).toBe('1.2.0');
    expect(d.updated).toBe('2026-06-01');
    const versions = readFileSync(join(datasetsDir, 'demo/versions.csv'), 'utf8').trim().split('\n');
    expect(versions).toEqual([
      'version,date,new,revised,deleted',
      '1.0.0,2026-01-10,3,0,0',
      '1.1.0,2026-03-01,1,1,1',
      '1.2.0,2026-06-01,0,1,0',
    ]);
  });

  it('changes nothing when the same figures are written again', () => {
    const before = readFileSync(join(datasetsDir, 'demo/datapackage.json'), 'utf8');
    const changes = readFileSync(join(datasetsDir, 'demo/changes.csv'), 'utf8');
    write([obs('0136', '2020', '12.0', 'provisional'), obs('0136', '2021', '30'), obs('0181', '2021', '40')], '2026-07-01');
    expect(readFileSync(join(datasetsDir, 'demo/datapackage.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(datasetsDir, 'demo/changes.csv'), 'utf8')).toBe(changes);
  });
});

describe('GET /v1/changes', () => {
  it('lists every new, revised and deleted value since a date, oldest first, with old and new values', async () => {
    const body = await json(await app.request('/v1/changes?since=2026-02-01'));
    expect(
      body.data.map((c: any) => [c.date, c.version, c.geo, c.period, c.change, c.old_value, c.new_value, c.old_status, c.new_status]),
    ).toEqual([
      ['2026-03-01', '1.1.0', '0136', '2020', 'revised', 10, 11, 'final', 'final'],
      ['2026-03-01', '1.1.0', '0181', '2020', 'deleted', 20, null, 'final', null],
      ['2026-03-01', '1.1.0', '0181', '2021', 'new', null, 40, null, 'final'],
      ['2026-06-01', '1.2.0', '0136', '2020', 'revised', 11, 12, 'final', 'provisional'],
    ]);
    expect(body.meta.datasets.map((d: any) => d.id)).toEqual(['demo']);
  });

  it('pages by cursor and filters by geography', async () => {
    const first = await json(await app.request('/v1/changes?limit=2'));
    const second = await json(await app.request(first.links.next));
    expect([...first.data, ...second.data].map((c: any) => c.change)).toEqual(['revised', 'deleted', 'new', 'revised']);
    const haninge = await json(await app.request('/v1/changes?geo=0136'));
    expect(haninge.data.every((c: any) => c.geo === '0136')).toBe(true);
  });

  it('answers an unknown indicator or a malformed date with a problem', async () => {
    expect((await app.request('/v1/changes?indicator=nope')).status).toBe(400);
    const res = await app.request('/v1/changes?since=2026-1-1');
    expect(res.status).toBe(400);
    expect((await json(res)).detail).toMatch(/YYYY-MM-DD/);
  });
});

describe('GET /v1/observations?as_of=', () => {
  it('gives the values as they stood before the first revision', async () => {
    const body = await json(await app.request('/v1/observations?indicator=demo-rate&as_of=2026-02-01'));
    expect(values(body)).toEqual({ '0136 2020': [10, 'final'], '0136 2021': [30, 'final'], '0181 2020': [20, 'final'] });
    expect(body.meta.as_of).toBe('2026-02-01');
    expect(body.meta.notices.map((n: any) => n.en)).toContain("Values and statuses as they were on 2026-02-01; the notes are today's.");
  });

  it('gives the values between two versions', async () => {
    const body = await json(await app.request('/v1/observations?indicator=demo-rate&as_of=2026-04-01'));
    expect(values(body)).toEqual({ '0136 2020': [11, 'final'], '0136 2021': [30, 'final'], '0181 2021': [40, 'final'] });
  });

  it("gives today's values for a date after the last version, as without as_of", async () => {
    const asOf = await json(await app.request('/v1/observations?indicator=demo-rate&as_of=2026-12-31'));
    const today = await json(await app.request('/v1/observations?indicator=demo-rate'));
    expect(values(asOf)).toEqual(values(today));
    expect(values(today)['0136 2020']).toEqual([12, 'provisional']);
  });

  it('applies the filters and latest= to the past values, and answers CSV too', async () => {
    const latest = await json(await app.request('/v1/observations?indicator=demo-rate&geo=0181&latest=true&as_of=2026-02-01'));
    expect(values(latest)).toEqual({ '0181 2020': [20, 'final'] });
    const csv = await (await app.request('/v1/observations?indicator=demo-rate&geo=0136&as_of=2026-02-01&format=csv')).text();
    expect(csv).toContain('demo-rate,Andel,0136,Haninge kommun,2020,T,total,,10,procent,final');
  });

  it('lists the versions on the dataset page', async () => {
    const body = await json(await app.request('/v1/datasets/demo'));
    expect(body.versions.map((v: any) => v.version)).toEqual(['1.0.0', '1.1.0', '1.2.0']);
  });
});

describe('as_of before a dataset existed', () => {
  it('returns no value before the first version: nothing published later is shown as it was before', async () => {
    const body = await json(await app.request('/v1/observations?indicator=demo-rate&as_of=2026-01-09'));
    expect(body.data).toEqual([]);
    expect(body.meta.notices.map((n: any) => n.en)).toContain(
      "Måltal held no values of demo on 2026-01-09: the dataset's first version is of 2026-01-10. Values published later are not shown as they were before it.",
    );
    const first = await json(await app.request('/v1/observations?indicator=demo-rate&as_of=2026-01-10'));
    expect(values(first)).toEqual({ '0136 2020': [10, 'final'], '0136 2021': [30, 'final'], '0181 2020': [20, 'final'] });
  });
});

describe('the real data: adding the BAS series is a new version', () => {
  const real = testApp();
  const BAS = 'scb-bas-sysselsattningsgrad-20-64';

  it('lists the new BAS values in the change feed, each as served', async () => {
    const versions = (await json(await real.request('/v1/datasets/employment'))).versions;
    expect(versions.map((v: any) => v.version)).toEqual(['1.0.0', '1.1.0']);
    const added = versions[1];
    expect(added.new).toBeGreaterThan(37_000);
    const feed = await json(await real.request(`/v1/changes?since=${added.date}&indicator=${BAS}&geo=0181`));
    expect(feed.data).toHaveLength(5 * 5); // 2020–2024 × total, inrikes, utrikes, women, men
    const served = await json(await real.request(`/v1/observations?indicator=${BAS}&geo=0181`));
    const byKey = new Map(served.data.map((o: any) => [`${o.period} ${o.gender} ${o.breakdown}`, o.value]));
    for (const c of feed.data) {
      expect(c).toMatchObject({ dataset: 'employment', version: '1.1.0', change: 'new', old_value: null });
      expect(c.new_value).toBe(byKey.get(`${c.period} ${c.gender} ${c.breakdown}`));
    }
  });

  it('does not return a value first published after the as_of date', async () => {
    const rams = await json(await real.request('/v1/observations?indicator=N00914&geo=0136&as_of=2010-01-01'));
    expect(rams.data).toEqual([]);
    expect(rams.meta.notices.some((n: any) => /first version is of 2026-11-22/.test(n.en))).toBe(true);
    const [before, after] = await Promise.all([
      json(await real.request(`/v1/observations?indicator=${BAS}&geo=0181&as_of=2026-11-30`)),
      json(await real.request(`/v1/observations?indicator=${BAS}&geo=0181&as_of=2026-12-31`)),
    ]);
    expect(before.data).toEqual([]);
    expect(after.data).toHaveLength(25);
    const held = await json(await real.request('/v1/observations?indicator=N00914&geo=0136&as_of=2026-11-30'));
    expect(held.data.map((o: any) => o.period)).toContain('2018');
  });
});
