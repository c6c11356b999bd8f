// Rule: one goal is served with its plan, its links and the goals under it, and its follow-up
// covers exactly that goal and the goals under it.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';

const app = testApp();
const SO2 = 'haninge-arbetsmarknadsstrategi-2020.so2';

describe('GET /v1/goals/{id}', () => {
  it('gives the goal with its plan, Agenda 2030 links, indicators and nested children', async () => {
    const { res, body } = await getJson(app, `/v1/goals/${SO2}`);
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      id: SO2,
      number: '2',
      level: 'strategiområde',
      plan_ref: { id: 'haninge-arbetsmarknadsstrategi-2020', geo: '0136' },
    });
    expect(body.children.map((g: any) => g.number)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    expect(body.indicators.map((l: any) => l.sort)).toEqual(
      [...body.indicators.map((l: any) => l.sort)].sort((a: number, b: number) => a - b),
    );
    expect(body.indicators.some((l: any) => l.indicator?.id === 'scb-bas-arbetsloshet-20-64')).toBe(true);
    expect(body.meta.datasets.map((d: any) => d.id)).toContain('employment');
    expect(body.follow_up).toBe(`/v1/goals/${SO2}/follow-up`);
  });

  it('is the same goal as in its plan tree', async () => {
    const plan = (await getJson(app, '/v1/plans/haninge-arbetsmarknadsstrategi-2020')).body;
    const inTree = plan.goals.find((g: any) => g.id === SO2);
    const { body } = await getJson(app, `/v1/goals/${SO2}`);
    const { plan_ref: _p, sources: _s, meta: _m, ...goal } = body;
    expect(goal).toEqual(inTree);
  });
});

describe('GET /v1/goals/{id}/follow-up', () => {
  it('covers the goal and the goals under it, and no others', async () => {
    const { body } = await getJson(app, `/v1/goals/${SO2}/follow-up`);
    expect(body.goal).toBe(SO2);
    expect(body.goals.map((g: any) => g.id)).toEqual([SO2, `${SO2}.s2-1`, `${SO2}.s2-2`, `${SO2}.s2-3`, `${SO2}.s2-4`]);
    expect(body.goals.map((g: any) => g.depth)).toEqual([0, 1, 1, 1, 1]);
    expect(body.method.parameters).toMatchObject({ base_offset: 3, threshold_share_of_base: 0.01 });
  });

  it('judges unemployment by a decrease, from the values it lists', async () => {
    const { body } = await getJson(app, `/v1/goals/${SO2}/follow-up`);
    const link = body.goals[0].links.find((l: any) => l.indicator?.id === 'scb-bas-arbetsloshet-20-64' && l.kind === 'statistic');
    expect(link).toMatchObject({ direction_used: 'decrease', status: 'followed', latest: { period: '2024' } });
    const [base, ...rest] = link.values;
    const latest = rest.at(-1);
    expect(link.base).toEqual(base);
    expect(link.latest).toEqual(latest);
    const towards = base.value - latest.value;
    const threshold = 0.01 * Math.abs(base.value);
    const expected = towards > threshold ? 'improving' : towards < -threshold ? 'worsening' : 'stable';
    expect(link.assessment).toBe(expected);
  });
});

describe('lang', () => {
  it('gives goal levels and notes in English under lang=en, and in Swedish by default', async () => {
    const sv = (await getJson(app, `/v1/goals/${SO2}`)).body;
    const en = (await getJson(app, `/v1/goals/${SO2}?lang=en`)).body;
    expect([sv.level, en.level]).toEqual(['strategiområde', 'strategy area']);
    expect(en.children.map((g: any) => g.level)).toEqual(['strategy', 'strategy', 'strategy', 'strategy']);
    const pairs = sv.indicators.map((l: any, i: number) => [l.note, en.indicators[i].note]);
    for (const [noteSv, noteEn] of pairs) {
      expect(noteSv).not.toBe(noteEn);
      expect(noteEn).not.toMatch(/ och | är /);
    }
    const follow = (await getJson(app, `/v1/goals/${SO2}/follow-up?lang=en`)).body;
    expect(follow.goals[0].level).toBe('strategy area');
    const missing = follow.goals[0].links.find((l: any) => l.status === 'no_data_yet');
    expect(missing.data_needed).toMatch(/^[a-z]/);
    expect(missing.data_needed).not.toMatch(/ och /);
  });

  it('refuses a language it does not have', async () => {
    const res = await app.request(`/v1/goals/${SO2}?lang=de`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/expected sv or en/);
  });
});
