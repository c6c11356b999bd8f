// Rule: a plan's page is its follow-up report: every measure of /v1/plans/{id}/follow-up with its
// status said plainly (current, out of date, no data with what is needed, qualitative), the values
// beside the county and Riket as a chart and a table, the document it comes from; printable.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';
import { bodyRows, hrefs, page, section, text } from '../../../helpers/pages.ts';

const app = testApp();
const PLANS = [
  'sodertalje-arbetsmarknadsuppdrag-2017',
  'haninge-arbetsmarknadsstrategi-2020',
  'malmo-kf-mal-2024',
  'hallstahammar-hallbar-utveckling-2021',
];

describe('GET /plan/{id}', () => {
  it.each(PLANS)('%s shows every measure of the follow-up with its status, counted as the API counts', async (id) => {
    const { res, html } = await page(app, `/plan/${id}`);
    expect(res.status).toBe(200);
    const { body } = await getJson(app, `/v1/plans/${id}/follow-up`);
    const links = body.goals.flatMap((g: any) => g.links);
    const measures = [...html.matchAll(/<article class="measure status-([a-z_]+)">/g)].map((m) => m[1]);
    expect(measures).toEqual(links.map((l: any) => l.status));
    const s = body.meta.statuses;
    expect(text(section(html, '<ul class="counts">', '</ul>'))).toBe(
      `${s.followed} mått med aktuella värden ${s.stale} mått med inaktuella värden (äldre än planen) ${s.no_data_yet} mått utan data ännu ${s.qualitative} kvalitativa mått (följs upp i ord)`,
    );
    // Every measure without data names what data would close it; none is shown as missing when it is qualitative.
    for (const l of links.filter((x: any) => x.status === 'no_data_yet' && x.data_needed))
      expect(text(html)).toContain(text(l.data_needed));
    expect(measures.filter((m) => m === 'qualitative')).toHaveLength(s.qualitative);
    // Every goal of the tree is there, in document order.
    const titles = [...html.matchAll(/<section class="goal depth-\d">\s*<h[234]>(.*?)<\/h[234]>/gs)].map((m) => text(m[1]!));
    expect(titles.map((t) => t.replace(/ \([^)]*\)$/, ''))).toEqual(
      body.goals.map((g: any) => `${g.number ? `${g.number} ` : ''}${g.title_sv}`),
    );
  });

  it('shows Södertälje’s employment gap with the county and Riket beside it, as a chart and a table', async () => {
    const { html } = await page(app, '/plan/sodertalje-arbetsmarknadsuppdrag-2017');
    const gap = section(html, '<article class="measure status-followed">', '</article>');
    expect(text(gap)).toContain('Senaste värde −9,5 procentenheter (2024)');
    expect(text(gap)).toContain('Jämfört med Stockholms län: +2,5 procentenheter (2024), bättre');
    expect(gap).toMatch(/<svg class="chart"[^>]*role="img"/);
    const rows = bodyRows(gap);
    expect(rows.map((r) => r[0])).toEqual(['Södertälje', 'Stockholms län', 'Riket']);
    expect(rows[0]).toEqual(['Södertälje', '−14,7', '−12,8', '−11,0', '−10,3', '−9,5']);
  });

  it('says so when a measure’s newest value is older than the plan, and does not assess it', async () => {
    const { body } = await getJson(app, '/v1/plans/haninge-arbetsmarknadsstrategi-2020/follow-up');
    const stale = body.goals.flatMap((g: any) => g.links).filter((l: any) => l.status === 'stale');
    expect(stale.length).toBeGreaterThan(0);
    const { html } = await page(app, '/plan/haninge-arbetsmarknadsstrategi-2020');
    for (const l of stale) expect(text(html)).toContain(`Det senaste värdet är från ${l.latest.period}, före planens startår 2020.`);
  });

  it('names the document, links its sources and the follow-up data, and has a print style sheet', async () => {
    const { html } = await page(app, '/plan/malmo-kf-mal-2024');
    expect(html).toContain('<link rel="stylesheet" href="/styles/sidor-utskrift.css" media="print">');
    expect(text(section(html, '<h2>Dokumentet</h2>', '<h2>'))).toContain('Malmö');
    for (const href of hrefs(section(html, 'id="ladda-ner"', '</ul>'))) expect((await app.request(href)).status, href).toBe(200);
    const print = await (await app.request('/styles/sidor-utskrift.css')).text();
    expect(print).toContain('@page');
    expect(print).toMatch(/\.measure[^{]*\{[^}]*break-inside: avoid/);
  });

  it('answers an unknown plan with a 404 page, and lists the plans at /plan', async () => {
    expect((await app.request('/plan/no-such-plan')).status).toBe(404);
    const { html } = await page(app, '/plan');
    expect(
      hrefs(html)
        .filter((h) => h.startsWith('/plan/'))
        .sort(),
    ).toEqual(PLANS.map((p) => `/plan/${p}`).sort());
  });

  it('is in English at ?lang=en: goal levels, statuses and notes', async () => {
    const { html } = await page(app, '/plan/haninge-arbetsmarknadsstrategi-2020?lang=en');
    expect(html).toContain('<html lang="en">');
    expect(text(html)).toContain('measures with current values');
    expect(text(html)).toContain('(strategy area)');
  });
});
