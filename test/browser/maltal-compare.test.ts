// Rule: maltal-compare draws the real values of one period as sorted bars, highlights the chosen
// kommun by more than colour, is reachable by keyboard, passes axe (WCAG 2.1 AA), follows a dark
// host page and says in Swedish when an indicator is unknown.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../widgets/lib/format.ts';
import { runAxe, shadowMarkup, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

let env: BrowserEnv;
const STYLE = '<style>maltal-compare{width:640px}</style>';
const COMPARE = '<maltal-compare indicator="N00914" county="01" period="2010" highlight="0136"></maltal-compare>';

beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

interface Row {
  geo: string;
  geo_name: string;
  value: number;
}

async function apiRows(): Promise<Row[]> {
  const res = await fetch(`${env.baseUrl}/v1/observations?indicator=N00914&county=01&from=2010&to=2010&gender=T`);
  return ((await res.json()) as { data: Row[] }).data;
}

const rowLabels = (page: Page) =>
  page.locator('maltal-compare g.row').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));

describe('<maltal-compare>', () => {
  it('draws one bar per kommun in Stockholms län, largest first, with the values of the API', async () => {
    const page = await env.open(COMPARE, { head: STYLE });
    const rows = (await apiRows()).sort((a, b) => b.value - a.value);
    expect(rows).toHaveLength(26);
    const labels = await rowLabels(page);
    expect(labels).toHaveLength(26);
    const geos = await page.locator('maltal-compare g.row').evaluateAll((els) => els.map((el) => el.getAttribute('data-geo')));
    expect(geos).toEqual(rows.map((r) => r.geo));
    for (const [i, row] of rows.entries()) {
      expect(labels[i]).toContain(formatValue(row.value, 1, 'procent', 'sv'));
      expect(labels[i]).toContain(`plats ${i + 1} av 26`);
    }
    const period = await page.locator('maltal-compare .subtitle').textContent();
    expect(period).toContain('2010');
  });

  it('highlights Haninge with a bold label, a striped pattern and in words, not by colour alone', async () => {
    const page = await env.open(COMPARE, { head: STYLE });
    const haninge = (await apiRows()).find((r) => r.geo === '0136')!;
    const row = page.locator('maltal-compare g.row.highlighted');
    await expect(row.count()).resolves.toBe(1);
    expect(await row.getAttribute('data-geo')).toBe('0136');
    expect(await row.getAttribute('aria-label')).toBe(
      `Haninge: ${formatValue(haninge.value, 1, 'procent', 'sv')}, plats ${(await apiRows()).filter((r) => r.value > haninge.value).length + 1} av 26, markerad`,
    );
    expect(await row.locator('text.name').evaluate((el) => (globalThis as any).getComputedStyle(el).fontWeight)).toBe('700');
    expect(await row.locator('rect.stripes').count()).toBe(1);
    await page.locator('maltal-compare [part=table-toggle] summary').click();
    expect(await page.locator('maltal-compare table[part=table]').textContent()).toContain('Haninge (markerad)');
    expect(await page.locator('maltal-compare [part=summary]').textContent()).toMatch(/Haninge: \d+,\d\u00a0%, plats \d+ av 26\./);
  });

  it('reaches every bar with Tab and the arrow keys and shows a tooltip', async () => {
    const page = await env.open(COMPARE, { head: STYLE });
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() =>
        ((globalThis as any).document.querySelector('maltal-compare')!.shadowRoot!.activeElement as any)?.getAttribute('data-index'),
      );
    expect(await focused()).toBe('0');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('1');
    await page.keyboard.press('End');
    expect(await focused()).toBe('25');
    const labels = await rowLabels(page);
    const tooltip = await page.locator('maltal-compare .tooltip').textContent();
    expect(tooltip).toContain(labels[25]!.split(':')[0]!);
  });

  it('has no WCAG 2.1 AA violations (axe-core), in light and dark', async () => {
    const page = await env.open(COMPARE, { head: STYLE });
    expect(await runAxe(page)).toEqual([]);
    const dark = await env.open(COMPARE, { head: STYLE, colorScheme: 'dark', bodyAttributes: 'style="background:#111;color:#eee"' });
    expect(await runAxe(dark)).toEqual([]);
  });

  it('follows a dark host page', async () => {
    const page = await env.open(COMPARE, { head: STYLE, colorScheme: 'dark', bodyAttributes: 'style="background:#111;color:#eee"' });
    const frame = page.locator('maltal-compare .frame');
    expect(await frame.getAttribute('data-scheme')).toBe('dark');
    expect(await frame.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe('rgb(23, 24, 27)');
  });

  it('says in Swedish that an unknown indicator does not exist', async () => {
    const page = await env.open('<maltal-compare indicator="N99999" county="01" highlight="0136"></maltal-compare>', { head: STYLE });
    expect(await page.locator('maltal-compare [part=state]').innerText()).toBe('Hittar inget mått med id N99999');
  });

  it('asks only for the period it shows, by the rule maltal-map uses too, and says which and why', async () => {
    const page = await env.open(
      '<maltal-compare indicator="N00914" county="01" highlight="0136"></maltal-compare><maltal-map indicator="N00914"></maltal-map>',
      { head: STYLE },
    );
    const compare = page.locator('maltal-compare');
    const periods = await compare.evaluate((el: any) => [...new Set(el.data.response.data.map((r: any) => r.period))]);
    expect(periods).toEqual(['2010']); // 290 kommuner have 2010 as their latest value; 26 have 2018
    expect(await compare.locator('.subtitle').textContent()).toContain('2010, det senaste året med värden för flest kommuner.');
    expect(await page.locator('maltal-map').evaluate((el: any) => el.data.period)).toBe('2010');
  });

  it('draws Riket and the county as reference lines for a share, and none beside a total, which would stretch the axis', async () => {
    const share = await env.open(
      '<maltal-compare indicator="scb-bas-forvarvsfrekvens-alder" geo="1315,1380,1381,1382,1383,1384" breakdown="20-64" period="2022"></maltal-compare>',
      { head: STYLE },
    );
    expect(await share.locator('maltal-compare [part=reference] text').allTextContents()).toEqual([
      expect.stringMatching(/^Riket \d/),
      expect.stringMatching(/^Hallands län \d/),
    ]);
    const total = await env.open(
      '<maltal-compare indicator="ghg_emissions_territorial" county="19" breakdown="total" period="2024"></maltal-compare>',
      { head: STYLE },
    );
    expect(await total.locator('maltal-compare [part=reference]').count()).toBe(0);
    const values: number[] = await total
      .locator('maltal-compare')
      .evaluate((el: any) => el.data.series.map((s: any) => s.points[0]?.value ?? 0));
    const ticks = (await total.locator('maltal-compare .axis text').allTextContents()).map((t) => Number(t.replace(/\s|\u00a0/g, '')));
    expect(Math.max(...ticks)).toBeLessThan(2 * Math.max(...values));
  });

  it('draws the same SVG every time', async () => {
    const page = await env.open(COMPARE, { head: STYLE });
    expect(await shadowMarkup(page, 'maltal-compare svg[part=svg]')).toMatchSnapshot();
  });
});
