// Rule: the 17 goals with official colours, the 169 targets and the UN indicators are served,
// with Swedish text only where it was published, and linked to our indicators.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';

const app = testApp();

describe('GET /v1/sdg/goals', () => {
  it('lists 17 goals with their colours and Swedish titles', async () => {
    const { body } = await getJson(app, '/v1/sdg/goals');
    expect(body.data).toHaveLength(17);
    expect(body.data[0]).toMatchObject({ goal: 1, color: '#E5243B', short_sv: 'Ingen fattigdom', short_en: 'No poverty' });
    expect(body.data.reduce((n: number, g: any) => n + g.targets, 0)).toBe(169);
  });
});

describe('GET /v1/sdg/goals/{n}', () => {
  it('gives goal 13 with its targets and the emission indicators', async () => {
    const { body } = await getJson(app, '/v1/sdg/goals/13');
    expect(body.target_list.map((t: any) => t.target)).toEqual(['13.1', '13.2', '13.3', '13.a', '13.b']);
    expect(body.linked_indicators.map((i: any) => i.id)).toContain('ghg_emissions_territorial');
  });
});

describe('GET /v1/sdg/targets/{id}', () => {
  it('gives target 8.5 with its UN indicators and our linked indicators', async () => {
    const { body } = await getJson(app, '/v1/sdg/targets/8.5');
    expect(body.goal_ref.goal).toBe(8);
    expect(body.un_indicators.map((u: any) => u.indicator)).toEqual(['8.5.1', '8.5.2']);
    expect(body.linked_indicators.map((i: any) => i.id)).toContain('N00914');
  });

  it('leaves Swedish text empty where none was published, rather than translating', async () => {
    const { body } = await getJson(app, '/v1/sdg/targets/1.3');
    expect(body.text_sv).toBeNull();
    expect(body.text_en.length).toBeGreaterThan(20);
  });
});
