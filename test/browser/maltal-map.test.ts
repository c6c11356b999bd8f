// Rule: maltal-map draws every kommun (or län) from the API's boundaries, coloured in five
// colour-blind-safe classes explained in a Swedish legend, each area reachable by keyboard with
// its name and value, every area in the table, axe-clean, dark-aware and readable on errors.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../widgets/lib/format.ts';
import { runAxe, shadowMarkup, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

let env: BrowserEnv;
const STYLE = '<style>maltal-map{width:640px}</style>';
const SWEDEN = '<maltal-map indicator="population" period="2024"></maltal-map>';
const COUNTY = '<maltal-map indicator="population" period="2024" county="01"></maltal-map>';

beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

interface Row {
  geo: string;
  value: number;
}

async function population(query: string): Promise<Row[]> {
  const res = await fetch(`${env.baseUrl}/v1/observations?indicator=population&from=2024&to=2024&gender=T&${query}`);
  return ((await res.json()) as { data: Row[] }).data;
}

const focusedIndex = (page: Page) =>
  page.evaluate(() => ((globalThis as any).document.querySelector('maltal-map')!.shadowRoot!.activeElement as any)?.getAttribute('data-geo'));

describe('<maltal-map>', () => {
  it('draws the 290 kommuner with their 2024 population and a legend of five classes with Swedish limits', async () => {
    const page = await env.open(SWEDEN, { head: STYLE });
    const rows = await population('type=municipality');
    expect(rows).toHaveLength(290);
    const areas = page.locator('maltal-map path.area');
    expect(await areas.count()).toBe(290);
    const labels = new Map(
      await areas.evaluateAll((els) => els.map((el) => [el.getAttribute('data-geo')!, el.getAttribute('aria-label')!] as [string, string])),
    );
    for (const row of rows) expect(labels.get(row.geo)).toContain(formatValue(row.value, 0, 'personer', 'sv'));
    expect(labels.get('0136')).toMatch(/^Haninge: /);
    expect(await page.locator('maltal-map path.area.missing').count()).toBe(0);

    const legend = await page.locator('maltal-map [part=legend] li').allTextContents();
    expect(legend).toHaveLength(5);
    expect(legend[0]!.trim()).toMatch(/^under \d{1,3}(\u00a0\d{3})*$/);
    expect(legend[4]!.trim()).toMatch(/^\d{1,3}(\u00a0\d{3})* eller mer$/);
    const fills = new Set(await areas.evaluateAll((els) => els.map((el) => el.getAttribute('fill'))));
    expect(fills.size).toBe(5);
  });

  it('lists every area in the table, by name', async () => {
    const page = await env.open(SWEDEN, { head: STYLE });
    const names = await page.locator('maltal-map table[part=table] tbody th').allTextContents();
    expect(names).toHaveLength(290);
    expect(names[0]).toBe('Ale');
    expect(names).toContain('Haninge');
  });

  it('shows one län, and the län level', async () => {
    const page = await env.open(COUNTY, { head: STYLE });
    expect(await page.locator('maltal-map path.area').count()).toBe(26);
    expect(await page.locator('maltal-map svg[part=svg]').getAttribute('aria-label')).toBe('Karta: Folkmängd, 2024, kommunerna i Stockholms län');
    const counties = await env.open('<maltal-map indicator="N00914" level="county" period="2010"></maltal-map>', { head: STYLE });
    expect(await counties.locator('maltal-map path.area').count()).toBe(21);
  });

  it('stripes areas without a value and explains it in the legend', async () => {
    // N00914 2018 exists only for Stockholms län: the other 264 kommuner have no value.
    const page = await env.open('<maltal-map indicator="N00914" period="2018"></maltal-map>', { head: STYLE });
    expect(await page.locator('maltal-map path.area.missing').count()).toBe(264);
    expect(await page.locator('maltal-map path.area.missing').first().getAttribute('fill')).toBe('url(#maltal-map-missing)');
    expect(await page.locator('maltal-map [part=legend]').textContent()).toContain('Randigt: uppgift saknas (264 områden)');
  });

  it('reaches every area with Tab and the arrow keys, in name order', async () => {
    const page = await env.open(COUNTY, { head: STYLE });
    await page.keyboard.press('Tab');
    expect(await focusedIndex(page)).toBe('0127'); // Botkyrka comes first by name
    await page.keyboard.press('ArrowRight');
    expect(await focusedIndex(page)).toBe('0162'); // Danderyd
    await page.keyboard.press('End');
    expect(await focusedIndex(page)).toBe('0117'); // Österåker
    expect(await page.locator('maltal-map .tooltip').textContent()).toContain('Österåker');
  });

  it('has no WCAG 2.1 AA violations (axe-core), in light and dark', async () => {
    expect(await runAxe(await env.open(COUNTY, { head: STYLE }))).toEqual([]);
    expect(await runAxe(await env.open(COUNTY, { head: STYLE, colorScheme: 'dark', bodyAttributes: 'style="background:#111;color:#eee"' }))).toEqual([]);
  });

  it('follows a dark host page', async () => {
    const page = await env.open(COUNTY, { head: STYLE, colorScheme: 'dark', bodyAttributes: 'style="background:#111;color:#eee"' });
    expect(await page.locator('maltal-map .frame').getAttribute('data-scheme')).toBe('dark');
    expect(await page.locator('maltal-map .frame').evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe('rgb(23, 24, 27)');
  });

  it('says in Swedish that an unknown indicator does not exist', async () => {
    const page = await env.open('<maltal-map indicator="N99999"></maltal-map>', { head: STYLE });
    expect(await page.locator('maltal-map [part=state]').textContent()).toBe('Hittar inget mått med id N99999');
  });

  it('draws the same SVG every time', async () => {
    const page = await env.open(COUNTY, { head: STYLE });
    expect(await shadowMarkup(page, 'maltal-map svg[part=svg]')).toMatchSnapshot();
  });
});
