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
    expect(malmo).toMatchObject({
      geo: '1280',
      type: 'council-goals',
      url: `/v1/plans/${MALMO}`,
      follow_up: `/v1/plans/${MALMO}/follow-up`,
    });
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
      expect(
        goal.sdg.filter((s: any) => s.target === null).map((s: any) => s.goal),
        title,
      ).toEqual(sdg);
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
    const s11 = flatten(body.goals).find((g: any) => g.number === '1.1');
    expect(s11.indicators.some((l: any) => l.basis === 'document' && l.kind === 'statistic' && l.indicator === null && l.data_needed)).toBe(
      true,
    );
    expect(body.meta.datasets.map((d: any) => d.id)).toEqual(expect.arrayContaining([body.dataset, 'employment']));
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body.document).toMatch(/Haninge/);
  });
});

const SODERTALJE = 'sodertalje-arbetsmarknadsuppdrag-2017';
const HALLSTAHAMMAR = 'hallstahammar-hallbar-utveckling-2021';
const BAS = 'scb-bas-sysselsattningsgrad-20-64';
const links = (body: any): any[] => body.goals.flatMap((g: any) => g.links);

/** One breakdown of a series as the observations endpoint serves it, period → value. */
async function served(indicator: string, geo: string, breakdown: string, gender = 'T'): Promise<Map<string, number>> {
  const { body } = await getJson(app, `/v1/observations?indicator=${indicator}&geo=${geo}&gender=${gender}&breakdown=${breakdown}`);
  return new Map(body.data.filter((o: any) => o.value !== null).map((o: any) => [o.period, o.value]));
}

describe('GET /v1/plans/{id}/follow-up', () => {
  it("follows Södertälje's question: the employment gap between foreign-born and Swedish-born, 2020–2024, beside the county and Riket", async () => {
    const { body } = await getJson(app, `/v1/plans/${SODERTALJE}/follow-up`);
    expect(body.plan).toMatchObject({ id: SODERTALJE, geo: '0181', start_year: 2017 });
    const gap = links(body).find((l: any) => l.kind === 'gap' && l.basis === 'document');
    expect(gap).toMatchObject({
      status: 'followed',
      unit_sv: 'procentenheter',
      series: { indicator: BAS, geo: '0181', breakdown: 'utrikes-fodd', compare_breakdown: 'inrikes-fodd' },
      direction_used: 'increase',
    });
    // The gap recomputed here from the observations the API serves: utrikes minus inrikes, every year.
    const expectGaps = async (geo: string) => {
      const [foreign, swedish] = await Promise.all([served(BAS, geo, 'utrikes-fodd'), served(BAS, geo, 'inrikes-fodd')]);
      return [...foreign].map(([period, v]) => ({ period, value: Math.round((v - swedish.get(period)!) * 1e9) / 1e9 }));
    };
    const own = await expectGaps('0181');
    expect(own.map((v) => v.period)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(gap.latest).toMatchObject({ period: '2024', value: -9.5, parts: { breakdown: 72.6, compare: 82.1 } });
    expect(gap.values.map((v: any) => [v.period, v.value])).toEqual(own.slice(-4).map((v) => [v.period, expect.closeTo(v.value, 9)]));
    expect(gap.history.map((v: any) => [v.period, v.value])).toEqual(own.map((v) => [v.period, expect.closeTo(v.value, 9)]));
    expect(gap.change).toBeCloseTo(own.at(-1)!.value - own.at(-4)!.value, 9);

    expect(gap.comparisons.map((c: any) => [c.geo, c.role])).toEqual([
      ['01', 'county'],
      ['SE', 'country'],
    ]);
    for (const c of gap.comparisons) {
      const ref = await expectGaps(c.geo);
      const latest = ref.find((v) => v.period === '2024')!.value;
      const base = ref.find((v) => v.period === gap.base.period)!.value;
      expect(c.latest.value).toBeCloseTo(latest, 9);
      expect(c.difference).toBeCloseTo(-9.5 - latest, 9);
      expect(c.base_difference).toBeCloseTo(gap.base.value - base, 9);
      const closing = Math.abs(c.difference) < Math.abs(c.base_difference);
      expect(c.gap_trend).toBe(closing ? 'closing' : 'widening');
      // Södertälje's foreign-born are closer to the Swedish-born than in the county and Sweden.
      expect(c.position).toBe(c.difference > 0 ? 'better' : 'worse');
    }
    expect(gap.rank).toMatchObject({ period: '2024', of: 290, municipalities: 290, scope: 'all' });
    expect(gap.rank.text_sv).toMatch(/^\d+:[ae] av 290 kommuner/);
  });

  it("follows Haninge's and Malmö's labour-market goals with 2024 figures", async () => {
    for (const [plan, goal] of [
      [HANINGE, `${HANINGE}.malbild`],
      [HANINGE, `${HANINGE}.so2`],
      [MALMO, `${MALMO}.mo2.kf1`],
      [MALMO, `${MALMO}.mo2.kf2`],
    ] as const) {
      const { body } = await getJson(app, `/v1/plans/${plan}/follow-up`);
      const g = body.goals.find((x: any) => x.id === goal);
      const current = g.links.filter((l: any) => l.status === 'followed' && l.latest?.period === '2024');
      expect(current.length, goal).toBeGreaterThan(0);
      for (const l of current)
        expect(
          l.comparisons.map((c: any) => c.role),
          goal,
        ).toEqual(['county', 'country']);
    }
  });

  it('says stale, and does not assess, a measure whose newest value is older than the plan', async () => {
    const { body } = await getJson(app, `/v1/plans/${HANINGE}/follow-up`);
    expect(body.plan.start_year).toBe(2020);
    const rams = links(body).find((l: any) => l.series?.indicator === 'N00914');
    expect(rams).toMatchObject({ status: 'stale', assessment: 'not_assessed', latest: { period: '2018' } });
    for (const l of links(body)) {
      if (l.latest) expect(l.status, l.measure_sv).toBe(Number(l.latest.period.slice(0, 4)) < 2020 ? 'stale' : 'followed');
    }
  });

  it('assesses a current measure as the stated method says, recomputed here from the observations', async () => {
    const { body } = await getJson(app, `/v1/plans/${HALLSTAHAMMAR}/follow-up`);
    expect(body.method.en).toContain('1 % of |base|');
    const link = links(body).find((l: any) => l.series?.indicator === BAS);
    expect(link.series).toMatchObject({ geo: '1961', gender: 'T', breakdown: 'total', compare_breakdown: null });
    const values = [...(await served(BAS, '1961', 'total'))];
    const [latest, base] = [values.at(-1)!, values.at(-4)!];
    expect([base[0], latest[0]]).toEqual(['2021', '2024']);
    const change = latest[1] - base[1];
    const threshold = 0.01 * Math.abs(base[1]);
    expect(link.latest).toMatchObject({ period: latest[0], value: latest[1], parts: null });
    expect(link.change).toBeCloseTo(change, 9);
    const expected = change > threshold ? 'improving' : change < -threshold ? 'worsening' : 'stable';
    expect(link).toMatchObject({ direction_used: 'increase', assessment: expected, status: 'followed', example: false });

    const all = (await getJson(app, `/v1/observations?indicator=${BAS}&type=municipality&gender=T&breakdown=total&from=2024&to=2024`)).body
      .data;
    expect(all).toHaveLength(290);
    expect(link.rank).toMatchObject({
      period: '2024',
      rank: 1 + all.filter((o: any) => o.value > latest[1]).length,
      of: 290,
      tied: all.filter((o: any) => o.value === latest[1]).length,
      scope: 'all',
    });
    const county = link.comparisons.find((c: any) => c.role === 'county');
    const vastmanland = await served(BAS, '19', 'total');
    expect(county).toMatchObject({ geo: '19', name_sv: 'Västmanlands län', latest: { period: '2024', value: vastmanland.get('2024') } });
  });

  it('states the scope of a rank when only some municipalities have values', async () => {
    const { body } = await getJson(app, `/v1/plans/${SODERTALJE}/follow-up`);
    const rams = links(body).find((l: any) => l.series?.indicator === 'N00914');
    expect(rams.rank).toMatchObject({ period: '2018', of: 26, municipalities: 290, scope: 'with_data' });
    expect(rams.rank.text_sv).toMatch(/^\d+:[ae] av de 26 kommuner \(av 290\) som har värden för 2018/);
    expect(rams.rank.text_en).toMatch(/of the 26 municipalities \(of 290\) with values for 2018/);
  });

  it('keeps qualitative measures apart from missing data, and says what data would close every gap', async () => {
    const { body } = await getJson(app, `/v1/plans/${MALMO}/follow-up`);
    const all = links(body);
    const qualitative = all.filter((l: any) => l.kind === 'qualitative');
    expect(qualitative.length).toBeGreaterThan(20);
    for (const l of qualitative) expect(l).toMatchObject({ status: 'qualitative', series: null, assessment: null, data_needed: null });
    const missing = all.filter((l: any) => l.status === 'no_data_yet');
    for (const l of missing) {
      expect(l).toMatchObject({ kind: 'statistic', series: null, latest: null, assessment: null, rank: null, comparisons: [] });
      expect(l.data_needed.length, l.measure_sv).toBeGreaterThan(20);
    }
    expect(body.meta.statuses).toEqual({
      followed: all.filter((l: any) => l.status === 'followed').length,
      stale: all.filter((l: any) => l.status === 'stale').length,
      no_data_yet: missing.length,
      qualitative: qualitative.length,
    });
    expect(body.meta.count).toBe(all.length);
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

  it('comes as CSV, one row per measure, with the county and Riket beside it', async () => {
    const res = await app.request(`/v1/plans/${SODERTALJE}/follow-up?format=csv`);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const json = (await getJson(app, `/v1/plans/${SODERTALJE}/follow-up`)).body;
    expect(rows).toHaveLength(json.meta.count);
    expect(rows.find((r) => r.kind === 'gap' && r.basis === 'document')).toMatchObject({
      geo: '0181',
      breakdown: 'utrikes-fodd',
      compare_breakdown: 'inrikes-fodd',
      latest_period: '2024',
      latest_value: '-9.5',
      county: '01',
      status: 'followed',
    });
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
