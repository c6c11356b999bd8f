// Rule: every indicator can be found by words, goal, target, dataset and topic, and its page says
// what it measures, where it comes from, on what terms, and where it has data.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { getJson, json, testApp } from '../../../helpers/app.ts';

const app = testApp();

describe('GET /v1/indicators', () => {
  it('finds indicators by words in Swedish titles, all words required', async () => {
    const { body } = await getJson(app, '/v1/indicators?q=förvärvsarbetande 20-64');
    expect(body.data.map((i: any) => i.id)).toContain('N00914');
    const none = await getJson(app, '/v1/indicators?q=förvärvsarbetande zzzz');
    expect(none.body.data).toEqual([]);
  });

  // The searches a journalist types, and the indicator that must come first.
  it.each([
    ['utrikes födda', 'scb-bas-sysselsattningsgrad-20-64'],
    ['sysselsättning', 'scb-bas-sysselsattningsgrad-20-64'],
    ['sysselsättningsgrad', 'scb-bas-sysselsattningsgrad-20-64'],
    ['foreign-born employment', 'scb-bas-sysselsattningsgrad-20-64'],
    ['employment rate', 'scb-bas-sysselsattningsgrad-20-64'],
    ['förvärvsarbetande', 'scb-bas-sysselsattningsgrad-20-64'],
    ['arbetslöshet', 'scb-bas-arbetsloshet-20-64'],
    ['arbetslöshet utrikes födda', 'scb-bas-arbetsloshet-20-64'],
    ['unemployment', 'scb-bas-arbetsloshet-20-64'],
    ['utsläpp', 'ghg_emissions_territorial'],
    ['växthusgaser', 'ghg_emissions_territorial'],
    ['befolkning', 'population'],
    ['eftergymnasial utbildning', 'N01982'],
    ['behöriga yrkesprogram', 'N15428'],
    ['N00914', 'N00914'],
  ])('q=%s puts %s first', async (q, first) => {
    const { res, body } = await getJson(app, `/v1/indicators?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(body.data[0]?.id).toBe(first);
  });

  it('searches case-insensitively, keeps å ä ö apart from a o, and ignores query syntax', async () => {
    const upper = await getJson(app, '/v1/indicators?q=SYSSELSÄTTNING');
    expect(upper.body.data[0].id).toBe('scb-bas-sysselsattningsgrad-20-64');
    // ä is a letter of its own, not an a with a mark: utslapp is not utsläpp.
    expect((await getJson(app, '/v1/indicators?q=utsläpp')).body.data.length).toBeGreaterThan(0);
    expect((await getJson(app, '/v1/indicators?q=utslapp')).body.data).toEqual([]);
    for (const hostile of ['"', 'NEAR(a b)', '* OR *', 'title_sv:x', '(((', "'; DROP TABLE indicators; --"]) {
      const res = await app.request(`/v1/indicators?q=${encodeURIComponent(hostile)}`);
      expect(res.status, hostile).toBe(200);
    }
  });

  it('pages a search by its ranking, and refuses a cursor of another query', async () => {
    const all = (await getJson(app, '/v1/indicators?q=utrikes födda&limit=100')).body.data.map((i: any) => i.id);
    expect(all.length).toBeGreaterThan(4);
    const first = (await getJson(app, '/v1/indicators?q=utrikes födda&limit=3')).body;
    const second = (await getJson(app, first.links.next)).body;
    expect([...first.data, ...second.data].map((i: any) => i.id)).toEqual(all.slice(0, 6));
    const listing = (await getJson(app, '/v1/indicators?limit=3')).body;
    const res = await app.request(`/v1/indicators?q=utrikes&cursor=${listing.meta.next_cursor}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/cursor belongs to another query/);
  });

  it('filters by Agenda 2030 goal and target, and every result carries that link', async () => {
    const goal = await getJson(app, '/v1/indicators?goal=13');
    expect(goal.body.data.map((i: any) => i.id)).toContain('ghg_emissions_territorial');
    for (const i of goal.body.data) expect(i.sdg.some((l: any) => l.goal === 13)).toBe(true);
    const target = await getJson(app, '/v1/indicators?target=8.5');
    expect(target.body.data.length).toBeGreaterThan(0);
    for (const i of target.body.data) expect(i.sdg.some((l: any) => l.target === '8.5')).toBe(true);
  });

  it('filters by dataset, topic and status', async () => {
    const climate = await getJson(app, '/v1/indicators?dataset=climate&limit=500');
    expect(climate.body.data.length).toBe(22);
    expect(climate.body.data.every((i: any) => i.dataset === 'climate')).toBe(true);
    const pop = await getJson(app, '/v1/indicators?topic=population');
    expect(pop.body.data.every((i: any) => i.topic === 'population')).toBe(true);
    const gone = await getJson(app, '/v1/indicators?status=discontinued&limit=500');
    expect(gone.body.data.map((i: any) => i.id)).toContain('N00914');
    expect(gone.body.data.every((i: any) => i.status === 'discontinued')).toBe(true);
  });

  it('pages by cursor through every indicator once, in id order', async () => {
    const all = (await getJson(app, '/v1/indicators?limit=500')).body.data.map((i: any) => i.id);
    const seen: string[] = [];
    let next: string | null = '/v1/indicators?limit=7';
    while (next) {
      const { body }: { body: any } = await getJson(app, next);
      seen.push(...body.data.map((i: any) => i.id));
      next = body.links.next;
    }
    expect(seen).toEqual(all);
    expect(all).toEqual([...all].sort());
  });

  it('comes as CSV with one line per indicator', async () => {
    const res = await app.request('/v1/indicators?dataset=population&format=csv');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toContain('population');
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['id', 'title_sv', 'unit_sv', 'direction', 'sdg_targets']));
  });

  it.each([
    ['/v1/indicators?dataset=nope', /unknown dataset 'nope'/],
    ['/v1/indicators?topic=nope', /unknown topic 'nope'; the topics are .*climate/],
    ['/v1/indicators?target=8.99', /unknown Agenda 2030 target '8.99'/],
    ['/v1/indicators?goal=18', /expected a goal number from 1 to 17/],
    ['/v1/indicators?status=retired', /expected active or discontinued/],
  ])('%s is a 400 that says what exists', async (path, detail) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    expect((await json(res)).detail).toMatch(detail);
  });

  it('refuses a search of more words than SQLite can combine with a 400, not a failed query', async () => {
    const res = await app.request(`/v1/indicators?q=${'a+'.repeat(1_500)}`);
    expect(res.status).toBe(400);
    expect((await json(res)).detail).toMatch(/q: at most 20 words/);
    expect((await app.request(`/v1/indicators?q=${'a+'.repeat(20)}`)).status).toBe(200);
  });
});

describe('GET /v1/indicators/{id}', () => {
  it('gives metadata, sources, licence, caveats, Agenda 2030 links and coverage', async () => {
    const { res, body } = await getJson(app, '/v1/indicators/N00914');
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ id: 'N00914', unit_sv: 'procent', direction: 'increase', status: 'discontinued', dataset: 'employment' });
    expect(body.caveats_en).toMatch(/2019/);
    expect(body.sources.map((s: any) => s.id)).toEqual(expect.arrayContaining(['S1', 'S3']));
    expect(body.dataset_ref.attribution_sv).toContain('Kolada');
    expect(body.sdg.some((l: any) => l.goal === 8)).toBe(true);
    expect(body.coverage.first_period).toBe('1998');
    expect(body.coverage.geographies.by_type.municipality).toBe(290);
    expect(body.coverage.geographies.codes).toEqual(expect.arrayContaining(['0136', '0181', '1280', '1961']));
  });

  it('lists the breakdowns an indicator has values for', async () => {
    const { body } = await getJson(app, '/v1/indicators/ghg_emissions_territorial');
    expect(body.breakdown_dimension).toBe('sector');
    expect(body.coverage.breakdowns).toHaveLength(10);
    expect(body.coverage.breakdowns[0]).toMatchObject({ code: 'total', label_sv: 'Alla sektorer (totalt)' });
    expect(body.coverage.breakdowns.map((b: any) => b.label_sv)).toContain('Transporter');
  });

  it('states last and next publication, null where the source gives no dates', async () => {
    const { body } = await getJson(app, '/v1/indicators/N00914');
    expect(body).toHaveProperty('last_published', null);
    expect(body).toHaveProperty('next_publication', null);
  });

  it('is a 404 that names an unknown id', async () => {
    const res = await app.request('/v1/indicators/N99999');
    expect(res.status).toBe(404);
    expect((await json(res)).detail).toBe("unknown indicator 'N99999'; search the indicators there are at /v1/indicators?q=");
  });
});

describe('series that replace each other', () => {
  it('names only indicators that resolve: every successor and predecessor answers 200', async () => {
    const { body } = await getJson(app, '/v1/indicators?limit=500');
    const named = body.data.flatMap((i: any) => [...i.successors, ...i.predecessors]);
    expect(named).toEqual(expect.arrayContaining(['scb-bas-sysselsattningsgrad-20-64', 'N00914']));
    for (const id of new Set<string>(named)) expect((await app.request(`/v1/indicators/${id}`)).status, id).toBe(200);
  });

  it('keeps RAMS (N00914, to 2018) and BAS (from 2020) apart: no shared year, each its own series, the break said in both', async () => {
    const [rams, bas] = await Promise.all([
      getJson(app, '/v1/indicators/N00914').then((r) => r.body),
      getJson(app, '/v1/indicators/scb-bas-sysselsattningsgrad-20-64').then((r) => r.body),
    ]);
    expect(bas.coverage.first_period).toBe('2020');
    expect(bas.coverage.periods).not.toContain('2019');
    // Past 2018 N00914 has only Region Dalarna's values, each marked as a break in series.
    const late = (await getJson(app, '/v1/observations?indicator=N00914&from=2019')).body.data;
    expect(new Set(late.map((o: any) => o.geo))).toEqual(new Set(['20']));
    expect(late.every((o: any) => o.status === 'break')).toBe(true);
    expect(bas.caveats_sv).toMatch(/inte jämförbar med RAMS-serierna/);
    expect(bas.caveats_en).toMatch(/Never splice them into one line/);
    expect(rams.caveats_en).toMatch(/not comparable with N00914/);
    const both = (
      await getJson(app, '/v1/observations?indicator=N00914,scb-bas-sysselsattningsgrad-20-64&geo=0136&gender=T&breakdown=total')
    ).body;
    const years = (id: string) => both.data.filter((o: any) => o.indicator === id).map((o: any) => Number(o.period));
    expect(Math.max(...years('N00914'))).toBeLessThan(Math.min(...years('scb-bas-sysselsattningsgrad-20-64')));
  });

  it('refuses, in the validator, a successor that no package defines', async () => {
    const { checkAcrossPackages } = await import('../../../../scripts/lib/validate-package.ts');
    const pkg = (name: string, indicators: Record<string, string>[]) =>
      ({
        descriptor: { name },
        dir: name,
        resources: { indicators: { file: `datasets/${name}/indicators.csv`, rows: indicators, lines: indicators.map((_, i) => i + 2) } },
      }) as any;
    const problems = checkAcrossPackages([
      pkg('geographies', []),
      pkg('agenda-2030', []),
      pkg('demo', [
        { id: 'old', successors: 'N02267', predecessors: '' },
        { id: 'new', successors: '', predecessors: 'old' },
      ]),
    ]);
    expect(problems).toEqual([
      {
        file: 'datasets/demo/indicators.csv',
        line: 2,
        column: 'successors',
        message: expect.stringMatching(/unknown indicator 'N02267'; successors must name indicators defined in some package/),
      },
    ]);
  });
});
