// Rule: maltal-goals shows a plan's follow-up as the API gives it: goals in document order, the
// Agenda 2030 squares in the official colours with a name, each measure's basis, latest value and
// assessment in words; keyboard-reachable, axe-clean, dark-aware, and readable when the plan is unknown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, shadowMarkup, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

let env: BrowserEnv;
const STYLE = '<style>maltal-goals{width:720px}</style>';
const PLANS = ['malmo-kf-mal-2024', 'haninge-arbetsmarknadsstrategi-2020'];
const WORDS: Record<string, string> = {
  improving: 'Förbättras',
  stable: 'Oförändrat',
  worsening: 'Försämras',
  not_enough_data: 'För lite data',
  not_assessed: 'Bedöms inte (ingen önskad riktning)',
};
const STATUS_WORDS: Record<string, string> = {
  stale: 'Inaktuellt: äldre än planen',
  no_data_yet: 'Inga data ännu',
  qualitative: 'Följs upp i ord',
};

beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

const api = async (path: string): Promise<any> => (await fetch(`${env.baseUrl}${path}`)).json();

describe('<maltal-goals>', () => {
  it.each(PLANS)('shows the goals of %s in document order with the assessments of the API', async (plan) => {
    const followUp = await api(`/v1/plans/${plan}/follow-up`);
    const page = await env.open(`<maltal-goals plan="${plan}"></maltal-goals>`, { head: STYLE });
    expect(await page.locator('maltal-goals [part=title]').textContent()).toBe(followUp.plan.title_sv);
    const titles = await page.locator('maltal-goals li.goal .goal-text').allTextContents();
    expect(titles).toEqual(followUp.goals.map((g: any) => g.title_sv));
    // Goals are headings one level below the title (h2), deeper goals deeper, so a screen reader can jump between them.
    const levels = await page
      .locator('maltal-goals li.goal .goal-title')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('role'), el.getAttribute('aria-level')]));
    expect(levels).toEqual(followUp.goals.map((g: any) => ['heading', String(3 + Math.min(g.depth, 2))]));

    const shown = await page
      .locator('maltal-goals li.goal')
      .evaluateAll((goals) =>
        goals.map((g) => [...g.querySelectorAll('[part=assessment]')].map((a) => a.querySelector('.words')!.textContent!.trim())),
      );
    const expected = followUp.goals.map((g: any) => g.links.map((l: any) => STATUS_WORDS[l.status] ?? WORDS[l.assessment]));
    expect(shown).toEqual(expected);
    expect(expected.flat()).toEqual(expect.arrayContaining(['Förbättras', 'Inga data ännu']));
  });

  it('writes the latest value and period, its rank with its scope, the county and Riket beside it, and the basis', async () => {
    const followUp = await api('/v1/plans/haninge-arbetsmarknadsstrategi-2020/follow-up');
    const links = followUp.goals[0].links;
    const index = links.findIndex((l: any) => l.latest && l.kind === 'statistic' && l.status === 'followed');
    const link = links[index];
    const page = await env.open('<maltal-goals plan="haninge-arbetsmarknadsstrategi-2020"></maltal-goals>', { head: STYLE });
    const measure = page.locator('maltal-goals li.goal').first().locator('[part=measure]').nth(index);
    const text = (await measure.textContent())!.replace(/[ \t\n]+/g, ' ');
    const num = (v: number) => v.toFixed(1).replace('.', ',').replace('-', '−');
    expect(text).toContain('Dokumentets mått');
    expect(text).toContain(`${num(link.latest.value)}\u00a0% (${link.latest.period})`);
    expect(text).toContain(link.rank.text_sv);
    expect(link.rank.text_sv).toMatch(/av 290 kommuner/);
    expect(text).toContain(`Stockholms län: ${num(link.comparisons[0].latest.value)}\u00a0%`);
    expect(text).toContain(`Sverige: ${num(link.comparisons[1].latest.value)}\u00a0%`);
    expect(await page.locator('maltal-goals [part=method] p').textContent()).toBe(followUp.method.sv);
  });

  it("shows Södertälje's gap with its two parts, a stale measure as out of date and a qualitative one as followed in words", async () => {
    const page = await env.open('<maltal-goals plan="sodertalje-arbetsmarknadsuppdrag-2017"></maltal-goals>', { head: STYLE });
    const gap = (await page.locator('maltal-goals [part=measure]').first().textContent())!.replace(/[ \t\n]+/g, ' ');
    expect(gap).toContain('−9,5\u00a0procentenheter (2024)');
    expect(gap).toContain('utrikes född 72,6\u00a0%, inrikes född 82,1\u00a0%');
    expect(gap).toMatch(/Utveckling: 2020 −\d+,\d · 2021 −12,8 · 2022 −\d+,\d · 2023 −\d+,\d · 2024 −9,5/);
    expect(gap).toContain('Stockholms län: −12,0\u00a0procentenheter (2,5 procentenheter bättre här); skillnaden har ökat sedan 2021');
    const haninge = await env.open('<maltal-goals plan="haninge-arbetsmarknadsstrategi-2020"></maltal-goals>', { head: STYLE });
    const stale = (await haninge.locator('maltal-goals [part=measure].status-stale').first().textContent())!.replace(/[ \t\n]+/g, ' ');
    expect(stale).toContain('Inaktuellt: äldre än planen');
    expect(stale).toContain('Senaste värdet är från 2018; planen gäller från 2020');
    const malmo = await env.open('<maltal-goals plan="malmo-kf-mal-2024" lang="en"></maltal-goals>', { head: STYLE });
    const words = (await malmo.locator('maltal-goals [part=measure].status-qualitative').first().textContent())!.replace(/[ \t\n]+/g, ' ');
    expect(words).toContain('Followed up in words');
    expect(await malmo.locator('maltal-goals li.goal .level').first().textContent()).toMatch(/^target area/);
    const needed = (await malmo.locator('maltal-goals [part=measure].status-no_data_yet').first().textContent())!;
    expect(needed).toContain('Data needed:');
  });

  it('draws the Agenda 2030 goals as squares in the official colours, each with its number and name', async () => {
    const [followUp, sdg] = await Promise.all([api('/v1/plans/malmo-kf-mal-2024/follow-up'), api('/v1/sdg/goals')]);
    const colours = new Map(sdg.data.map((g: any) => [g.goal, g]));
    const page = await env.open('<maltal-goals plan="malmo-kf-mal-2024"></maltal-goals>', { head: STYLE });
    const squares = await page.locator('maltal-goals [part=sdg]').evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent,
        label: el.getAttribute('aria-label'),
        role: el.getAttribute('role'),
        bg: (globalThis as any).getComputedStyle(el).backgroundColor,
      })),
    );
    const refs = followUp.goals.flatMap((g: any) => g.sdg);
    expect(squares).toHaveLength(refs.length);
    const hex = (rgb: string) =>
      `#${rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`.toUpperCase();
    for (const [i, ref] of refs.entries()) {
      const official: any = colours.get(ref.goal);
      expect(squares[i]).toMatchObject({ text: String(ref.goal), role: 'img', label: `Globala målet ${ref.goal}: ${official.short_sv}` });
      expect(hex(squares[i]!.bg)).toBe(official.color);
    }
  });

  it('moves between the goals with Tab and the arrow keys', async () => {
    const page = await env.open('<maltal-goals plan="haninge-arbetsmarknadsstrategi-2020"></maltal-goals>', { head: STYLE });
    const focused = () =>
      page.evaluate(() =>
        ((globalThis as any).document.querySelector('maltal-goals')!.shadowRoot!.activeElement as any)?.getAttribute('data-index'),
      );
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('0');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('1');
    await page.keyboard.press('End');
    expect(await focused()).toBe('10');
  });

  it('has no WCAG 2.1 AA violations (axe-core), in light and dark', async () => {
    for (const plan of PLANS) {
      expect(await runAxe(await env.open(`<maltal-goals plan="${plan}"></maltal-goals>`, { head: STYLE }))).toEqual([]);
    }
    const dark = await env.open('<maltal-goals plan="malmo-kf-mal-2024"></maltal-goals>', {
      head: STYLE,
      colorScheme: 'dark',
      bodyAttributes: 'style="background:#111;color:#eee"',
    });
    expect(await runAxe(dark)).toEqual([]);
  });

  it('follows a dark host page', async () => {
    const page = await env.open('<maltal-goals plan="malmo-kf-mal-2024"></maltal-goals>', {
      head: STYLE,
      colorScheme: 'dark',
      bodyAttributes: 'style="background:#111;color:#eee"',
    });
    expect(await page.locator('maltal-goals .frame').getAttribute('data-scheme')).toBe('dark');
    expect(await page.locator('maltal-goals .frame').evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe(
      'rgb(23, 24, 27)',
    );
  });

  it('offers the follow-up for Swedish Excel and as plain CSV in the footer', async () => {
    const page = await env.open('<maltal-goals plan="malmo-kf-mal-2024"></maltal-goals>', { head: STYLE });
    const hrefs = await page.locator('maltal-goals [part=download]').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    expect(hrefs).toEqual([
      `${env.baseUrl}/v1/plans/malmo-kf-mal-2024/follow-up?format=csv-sv`,
      `${env.baseUrl}/v1/plans/malmo-kf-mal-2024/follow-up?format=csv`,
    ]);
    for (const href of hrefs) expect((await fetch(href)).status).toBe(200);
    const swedish = Buffer.from(await (await fetch(hrefs[0]!)).arrayBuffer());
    expect([...swedish.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    expect(swedish.toString('utf8').split('\n')[0]).toContain(';');
  });

  it('says in Swedish that an unknown plan does not exist', async () => {
    const page = await env.open('<maltal-goals plan="finns-inte-2099"></maltal-goals>', { head: STYLE });
    expect(await page.locator('maltal-goals [part=state]').innerText()).toBe('Hittar ingen plan med id finns-inte-2099');
  });

  it('draws the same markup every time', async () => {
    const page = await env.open('<maltal-goals plan="haninge-arbetsmarknadsstrategi-2020"></maltal-goals>', { head: STYLE });
    expect(await shadowMarkup(page, 'maltal-goals ul[part=goals]')).toMatchSnapshot();
  });
});
