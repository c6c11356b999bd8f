// Rule: a plan is served with the document's goal tree in document order, each goal with the
// Agenda 2030 goals the document names and its indicators, and its follow-up can be checked by hand.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readNodeEnv } from '../../../../api/node-env.ts';
import { getJson, json, testApp } from '../../../helpers/app.ts';

const app = testApp();
const MALMO = 'malmo-kf-mal-2024';
const HANINGE = 'haninge-arbetsmarknadsstrategi-2020';

/** Each "Kommunfullmäktigemål - …" heading of Malmö's plan with the Agenda 2030 goals listed under it. */
function malmoSeedGoals(): Map<string, number[]> {
  const seeds = join(readNodeEnv().sourcesDir, '..', 'seeds');
  const file = readdirSync(seeds).find((f) => f.startsWith('003_'))!;
  const lines = readFileSync(join(seeds, file), 'utf8').split('\n');
  const goals = new Map<string, number[]>();
  let current: number[] | undefined;
  for (const line of lines) {
    const heading = /^#+\s*\**Kommunfullmäktigemål - (.+?)\**\s*$/.exec(line);
    if (heading) goals.set(heading[1]!.trim(), (current = []));
    else if (/^#/.test(line) && current && current.length > 0) current = undefined;
    else if (current) {
      const item = /^(?:-\s+)?([0-9]{1,2}) [A-ZÅÄÖ]/.exec(line.trim());
      if (item) current.push(Number(item[1]));
    }
  }
  return goals;
}

const flatten = (goals: any[]): any[] => goals.flatMap((g) => [g, ...flatten(g.children)]);

describe('GET /v1/plans', () => {
  it('lists the four plans with their municipality, document and dataset', async () => {
    const { res, body } = await getJson(app, '/v1/plans');
    expect(res.status).toBe(200);
    expect(body.data.map((p: any) => p.geo)).toEqual(expect.arrayContaining(['0136', '0181', '1280', '1961']));
    const malmo = body.data.find((p: any) => p.id === MALMO);
    expect(malmo).toMatchObject({ geo: '1280', type: 'council-goals', url: `/v1/plans/${MALMO}`, follow_up: `/v1/plans/${MALMO}/follow-up` });
    expect(malmo.goal_count).toBeGreaterThan(12);
    expect(body.meta.datasets.map((d: any) => d.id)).toEqual(expect.arrayContaining(body.data.map((p: any) => p.dataset)));
    for (const d of body.meta.datasets) expect(d.attribution_sv.length).toBeGreaterThan(0);
  });

  it('filters by municipality', async () => {
    const { body } = await getJson(app, '/v1/plans?geo=0136');
    expect(body.data.map((p: any) => p.id)).toEqual([HANINGE]);
    const two = await getJson(app, '/v1/plans?geo=0136,1280');
    expect(two.body.data.map((p: any) => p.geo)).toEqual(['0136', '1280']);
  });

  it('comes as CSV, one line per plan, and in the Swedish Excel dialect', async () => {
    const res = await app.request('/v1/plans?format=csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="maltal-plans.csv"');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toContain(HANINGE);
    expect(rows.find((r) => r.id === HANINGE)).toMatchObject({ geo: '0136', geo_name_sv: 'Haninge kommun', type: 'strategy' });
    const sv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await app.request('/v1/plans?format=csv-sv')).arrayBuffer());
    expect(sv.startsWith('\uFEFFid;geo;')).toBe(true);
  });

  it.each([
    ['/v1/plans?geo=0999', /unknown geography code '0999'.*\/v1\/geographies\?type=municipality/],
    ['/v1/plans?geo=Haninge', /expected comma-separated geography codes/],
    ['/v1/plans?type=budget', /expected one of council-goals, strategy, framework, assignment/],
    ['/v1/plans?format=xml', /expected one of json, csv, csv-sv/],
  ])('%s is a 400 problem that says what would be right', async (path, detail) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(res)).detail).toMatch(detail);
  });
});

describe('GET /v1/plans/{id}', () => {
  it("holds every KF goal of Malmö's plan with the Agenda 2030 goals the document lists for it", async () => {
    const seed = malmoSeedGoals();
    expect(seed.size).toBe(12);
    const { body } = await getJson(app, `/v1/plans/${MALMO}`);
    const goals = flatten(body.goals);
    for (const [title, sdg] of seed) {
      const goal = goals.find((g) => g.title_sv.replace(/\s+/g, ' ') === title);
      expect(goal, title).toBeDefined();
      expect(goal.level).toBe('kommunfullmäktigemål');
      expect(goal.sdg.filter((s: any) => s.target === null).map((s: any) => s.goal), title).toEqual(sdg);
    }
    const kf = goals.find((g) => g.title_sv.startsWith('Malmö stad arbetar för att stärka sin regionala'));
    expect(kf.sdg.map((s: any) => s.goal)).toEqual([1, 3, 5, 7, 8, 9, 10, 11]);
    expect(kf.sdg[0]).toMatchObject({ short_sv: 'Ingen fattigdom', url: '/v1/sdg/goals/1' });
  });

  it('nests the goal tree in document order: målområden, then their KF goals', async () => {
    const { body } = await getJson(app, `/v1/plans/${MALMO}`);
    expect(body.goals.map((g: any) => g.title_sv)).toEqual([
      'En stad med goda uppväxtvillkor för barn och unga',
      'En attraktiv stad för arbete och hållbar tillväxt',
      'En grön stad som leder klimatomställningen',
      'En mer jämlik stad',
      'En god organisation',
    ]);
    expect(body.goals.every((g: any) => g.level === 'målområde' && g.parent === null)).toBe(true);
    const [first, second] = body.goals;
    expect(first.children.map((g: any) => g.title_sv)).toEqual(['Malmö stad arbetar för att ge barn och unga goda uppväxtvillkor']);
    expect(second.children.slice(0, 3).map((g: any) => g.title_sv)).toEqual([
      'Malmö stad arbetar för att stärka sin regionala och nationella roll som motor för tillväxt och sysselsättning',
      'Malmö stad arbetar för att öka andelen Malmöbor som är självförsörjande',
      'Malmö stad arbetar för att skapa goda villkor och förutsättningar för stadens attraktivitet och näringsliv',
    ]);
    for (const g of flatten(body.goals)) for (const c of g.children) expect(c.parent).toBe(g.id);
    expect(flatten(body.goals)).toHaveLength(body.goal_count);
  });

  it("links each goal's indicators, and names the plan's and the indicators' datasets", async () => {
    const { body } = await getJson(app, `/v1/plans/${HANINGE}`);
    const malbild = body.goals.find((g: any) => g.level === 'målbild') ?? body.goals[0];
    const employment = malbild.indicators.find((l: any) => l.indicator?.id === 'N00914');
    expect(employment).toMatchObject({
      basis: 'maltal',
      direction: 'increase',
      series: { indicator: 'N00914', geo: '0136', gender: 'T', breakdown: 'total' },
      example: false,
    });
    expect(malbild.indicators.some((l: any) => l.basis === 'document' && l.indicator === null)).toBe(true);
    expect(body.meta.datasets.map((d: any) => d.id)).toEqual(expect.arrayContaining([body.dataset, 'employment']));
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body.document).toMatch(/Haninge/);
  });
});

describe('GET /v1/plans/{id}/follow-up', () => {
  it("assesses Haninge's employment rate (N00914, 0136) as the stated method says, recomputed here from the observations", async () => {
    const { body } = await getJson(app, `/v1/plans/${HANINGE}/follow-up`);
    expect(body.method.en).toContain('1 % of |base|');
    const link = body.goals.flatMap((g: any) => g.links).find((l: any) => l.series?.indicator === 'N00914');
    expect(link.series).toMatchObject({ geo: '0136', gender: 'T', breakdown: 'total' });

    const obs = (await getJson(app, '/v1/observations?indicator=N00914&geo=0136&gender=T&breakdown=total')).body.data;
    const values = obs.filter((o: any) => o.value !== null);
    const latest = values.at(-1);
    const base = values[values.length - 4];
    expect([base.period, latest.period]).toEqual(['2015', '2018']);
    const change = latest.value - base.value;
    const threshold = 0.01 * Math.abs(base.value);
    expect(link.latest).toMatchObject({ period: latest.period, value: latest.value });
    expect(link.base).toMatchObject({ period: base.period, value: base.value });
    expect(link.values.map((v: any) => v.period)).toEqual(['2015', '2016', '2017', '2018']);
    expect(link.change).toBeCloseTo(change, 9);
    expect(link.threshold).toBeCloseTo(threshold, 9);
    expect(change).toBeGreaterThan(threshold);
    expect(link).toMatchObject({ direction_used: 'increase', assessment: 'improving', status: 'followed', series_break: false, example: false });

    const all = (await getJson(app, `/v1/observations?indicator=N00914&type=municipality&gender=T&breakdown=total&from=${latest.period}&to=${latest.period}`)).body.data;
    const ranked = all.filter((o: any) => o.value !== null);
    expect(link.rank).toEqual({
      period: latest.period,
      rank: 1 + ranked.filter((o: any) => o.value > latest.value).length,
      of: ranked.length,
      tied: ranked.filter((o: any) => o.value === latest.value).length,
    });
  });

  it('says no_data_yet, with the document note, for a measure no series follows', async () => {
    const { body } = await getJson(app, `/v1/plans/${HANINGE}/follow-up`);
    const links = body.goals.flatMap((g: any) => g.links);
    const none = links.filter((l: any) => l.indicator === null);
    expect(none.length).toBeGreaterThan(0);
    for (const l of none) {
      expect(l).toMatchObject({ status: 'no_data_yet', series: null, latest: null, assessment: null, rank: null });
      expect(l.note).toMatch(/Ingen data/);
    }
    expect(body.meta.count).toBe(links.length);
    expect(body.meta.datasets.map((d: any) => d.id)).toEqual(expect.arrayContaining(['employment']));
  });

  it('lists the goals in document order, parents before their children', async () => {
    const { body } = await getJson(app, `/v1/plans/${HANINGE}/follow-up`);
    const seen = new Set<string>();
    for (const g of body.goals) {
      if (g.parent) expect(seen.has(g.parent), g.id).toBe(true);
      expect(g.depth).toBe(g.parent ? body.goals.find((p: any) => p.id === g.parent).depth + 1 : 0);
      seen.add(g.id);
    }
    expect(body.goals.map((g: any) => g.number).filter((n: any) => /^1\./.test(n))).toEqual(['1.1', '1.2', '1.3', '1.4']);
  });

  it('comes as CSV, one row per measure', async () => {
    const res = await app.request(`/v1/plans/${HANINGE}/follow-up?format=csv`);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const json = (await getJson(app, `/v1/plans/${HANINGE}/follow-up`)).body;
    expect(rows).toHaveLength(json.meta.count);
    expect(rows.find((r) => r.indicator === 'N00914')).toMatchObject({ geo: '0136', base_period: '2015', latest_period: '2018', assessment: 'improving' });
  });
});

describe('unknown ids', () => {
  it.each([
    ['/v1/plans/nope', "unknown plan 'nope'; see /v1/plans for the plans there are"],
    ['/v1/plans/nope/follow-up', "unknown plan 'nope'; see /v1/plans for the plans there are"],
    ['/v1/goals/nope', /unknown goal 'nope'; .*\/v1\/plans/],
    ['/v1/goals/nope/follow-up', /unknown goal 'nope'; .*\/v1\/plans/],
    ['/v1/networks/nope', "unknown network 'nope'; see /v1/networks for the networks there are"],
  ])('%s answers 404 with a problem body that says where the valid ids are', async (path, detail) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await json(res);
    expect(body).toMatchObject({ status: 404, title: 'Not Found', instance: path });
    expect(body.detail).toMatch(detail);
  });
});
