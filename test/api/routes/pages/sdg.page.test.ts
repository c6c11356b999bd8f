// Rule: the Agenda 2030 pages show, for each goal and target, the indicators that follow it and the
// plans that link to it, and name the targets no indicator follows yet.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';
import { hrefs, page, section, text } from '../../../helpers/pages.ts';

const app = testApp();

describe('GET /agenda-2030, /agenda-2030/mal/{n}, /agenda-2030/delmal/{target}', () => {
  it('lists the 17 goals', async () => {
    const { html } = await page(app, '/agenda-2030');
    expect(hrefs(html).filter((h) => /^\/agenda-2030\/mal\/\d+$/.test(h))).toHaveLength(17);
  });

  it('shows each target of goal 8 with the indicators the API links to it, and lists the targets none follows', async () => {
    const { html } = await page(app, '/agenda-2030/mal/8');
    const { body: goal } = await getJson(app, '/v1/sdg/goals/8');
    const followed: string[] = [];
    for (const t of goal.target_list) {
      const { body } = await getJson(app, `/v1/indicators?target=${t.target}&limit=500`);
      const block = section(html, `<h3><a href="/agenda-2030/delmal/${t.target}">`, '</section>');
      for (const i of body.data) expect(hrefs(block), t.target).toContain(`/matt/${encodeURIComponent(i.id)}`);
      if (body.data.length === 0) expect(text(block)).toContain('Inget mått i Måltal följer delmålet ännu.');
      else followed.push(t.target);
    }
    const uncovered = hrefs(section(html, 'Delmål som inget mått följer ännu', '<h2>')).map((h) => h.split('/').at(-1));
    expect(uncovered).toEqual(goal.target_list.map((t: any) => t.target).filter((t: string) => !followed.includes(t)));
    expect(text(html)).toContain(`${followed.length} av ${goal.target_list.length} delmål följs av minst ett mått i Måltal.`);
  });

  it('shows a target with its indicators, the plans that link to it and the UN indicators', async () => {
    const { html } = await page(app, '/agenda-2030/delmal/8.5');
    expect(hrefs(section(html, 'Mått som följer delmålet', '<h2>'))).toContain('/matt/scb-bas-sysselsattningsgrad-20-64');
    const { body: plans } = await getJson(app, '/v1/plans');
    const linked = { target: [] as string[], goal: [] as string[] };
    for (const p of plans.data) {
      const { body } = await getJson(app, `/v1/plans/${p.id}`);
      const walk = (gs: any[]): any[] => gs.flatMap((g) => [g, ...walk(g.children)]);
      const sdg = walk(body.goals).flatMap((g) => g.sdg);
      if (sdg.some((s: any) => s.target === '8.5')) linked.target.push(`/plan/${p.id}`);
      if (sdg.some((s: any) => s.goal === 8 && s.target === null)) linked.goal.push(`/plan/${p.id}`);
    }
    const onPage = section(html, 'Planer som kopplar sina mål hit', 'FN:s indikatorer');
    if (linked.target.length === 0) expect(text(onPage)).toContain('Ingen plan i Måltal kopplar ett mål till just det här delmålet.');
    expect(linked.goal.length).toBeGreaterThan(0); // the plans link to goal 8 as a whole
    expect(new Set(hrefs(onPage))).toEqual(new Set([...linked.target, ...linked.goal]));
    expect(text(section(html, 'FN:s indikatorer'))).toContain('8.5.2');
  });

  it('marks the UN’s English text as English where no Swedish text is published', async () => {
    const { body } = await getJson(app, '/v1/sdg/goals/8');
    const english = body.target_list.find((t: any) => t.text_sv === null);
    const { html } = await page(app, `/agenda-2030/delmal/${english.target}`);
    expect(html).toContain(`<p class="lead"><span lang="en">`);
  });

  it('answers unknown goals and targets with 404 pages', async () => {
    for (const path of ['/agenda-2030/mal/18', '/agenda-2030/mal/x', '/agenda-2030/delmal/8.99'])
      expect((await app.request(path)).status, path).toBe(404);
  });
});
