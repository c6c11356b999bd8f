// Rule: <maltal-trend> draws the real series from the API, every point is reachable by keyboard,
// it passes axe (WCAG 2.1 AA), follows a dark host page, and says in Swedish what went wrong.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, shadowMarkup, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

const HANINGE = '<maltal-trend indicator="N00914" geo="0136"></maltal-trend>';
let env: BrowserEnv;
let api: { data: { period: string; value: number }[] };

beforeAll(async () => {
  env = await startBrowserEnv();
  api = (await (await fetch(`${env.baseUrl}/v1/observations?indicator=N00914&geo=0136&gender=T`)).json()) as any;
}, 120_000);
afterAll(async () => env?.close());

const points = (page: Page) => page.locator('maltal-trend circle.point');
const focusedPoint = (page: Page) => page.locator('maltal-trend circle.point:focus');

describe('<maltal-trend>', () => {
  it('draws one point per period of Haninge N00914, labelled with the Swedish value', async () => {
    const page = await env.open(HANINGE);
    expect(api.data).toHaveLength(21);
    await expect(points(page).count()).resolves.toBe(api.data.length);
    const last = api.data[api.data.length - 1]!;
    expect(last.period).toBe('2018');
    await expect(points(page).last().getAttribute('aria-label')).resolves.toBe('Haninge, 2018: 80,9\u00a0%, slutligt värde');
    await expect(points(page).first().getAttribute('aria-label')).resolves.toBe('Haninge, 1998: 74,9\u00a0%, slutligt värde');
    await expect(page.locator('maltal-trend [part=title]').textContent()).resolves.toContain('Förvärvsarbetande invånare 20-64 år');
    await expect(page.locator('maltal-trend [part=summary]').textContent()).resolves.toContain('i Haninge var 80,9\u00a0% år 2018');
    await expect(page.locator('maltal-trend table[part=table] tbody tr').count()).resolves.toBe(21);
    await expect(page.locator('maltal-trend [part=download]').getAttribute('href')).resolves.toBe(
      `${env.baseUrl}/v1/observations?indicator=N00914&geo=0136&format=csv`,
    );
    await expect(page.locator('maltal-trend [part=footer]').textContent()).resolves.toContain('Källa: Kolada');
  });

  it('reaches the points with Tab and moves between them with the arrow keys, showing a tooltip', async () => {
    const page = await env.open(HANINGE);
    await page.keyboard.press('Tab');
    await expect(focusedPoint(page).getAttribute('data-index')).resolves.toBe('20');
    await expect(page.locator('maltal-trend [part=tooltip]').textContent()).resolves.toMatch(/Haninge, 2018\s*80,9\u00a0%\s*slutligt värde/);
    await page.keyboard.press('ArrowLeft');
    await expect(focusedPoint(page).getAttribute('data-index')).resolves.toBe('19');
    await expect(page.locator('maltal-trend [part=tooltip]').textContent()).resolves.toContain('2017');
    await page.keyboard.press('Home');
    await expect(focusedPoint(page).getAttribute('aria-label')).resolves.toContain('1998: 74,9');
    await expect(points(page).evaluateAll((els) => els.filter((el: any) => el.getAttribute('tabindex') === '0').length)).resolves.toBe(1);
  });

  it('passes axe-core WCAG 2.1 A/AA in the light and the dark scheme', async () => {
    expect(await runAxe(await env.open(HANINGE))).toEqual([]);
    expect(await runAxe(await env.open(HANINGE, { bodyAttributes: 'style="background:#121212;color:#eee"' }))).toEqual([]);
  });

  it('turns dark on a dark host page and when the reader prefers dark under color-scheme: light dark', async () => {
    const dark = await env.open(HANINGE, { bodyAttributes: 'style="background:#121212;color:#eee"' });
    await expect(dark.locator('maltal-trend [part=frame]').getAttribute('data-scheme')).resolves.toBe('dark');
    await expect(dark.locator('maltal-trend [part=frame]').evaluate((el: any) => (globalThis as any).getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(23, 24, 27)');
    const prefers = await env.open(HANINGE, { colorScheme: 'dark', head: '<style>:root{color-scheme:light dark}</style>' });
    await expect(prefers.locator('maltal-trend [part=frame]').getAttribute('data-scheme')).resolves.toBe('dark');
    const light = await env.open(HANINGE, { colorScheme: 'dark' });
    await expect(light.locator('maltal-trend [part=frame]').getAttribute('data-scheme')).resolves.toBe('light');
    const forced = await env.open('<maltal-trend indicator="N00914" geo="0136" theme="dark"></maltal-trend>');
    await expect(forced.locator('maltal-trend [part=frame]').getAttribute('data-scheme')).resolves.toBe('dark');
  });

  it('says in Swedish that an indicator is unknown, and that a place has no values', async () => {
    const page = await env.open(
      '<maltal-trend indicator="N99999" geo="0136"></maltal-trend><maltal-trend indicator="N00914" geo="1961" from="2019" to="2019"></maltal-trend>',
    );
    await expect(page.locator('maltal-trend [part=state]').first().textContent()).resolves.toBe('Hittar inget mått med id N99999');
    await expect(page.locator('maltal-trend [part=state]').nth(1).textContent()).resolves.toBe('Det finns inga värden för Hallstahammar 2019');
  });

  it('marks a break in series and draws several geographies in palette colours', async () => {
    const page = await env.open('<maltal-trend indicator="N00914" geo="20,2080"></maltal-trend>');
    await expect(page.locator('maltal-trend .break text').textContent()).resolves.toBe('Brott i serien');
    await expect(page.locator('maltal-trend [part=legend] li').allTextContents()).resolves.toEqual(['Dalarnas län', 'Falun', 'Brott i serien']);
    await expect(page.locator('maltal-trend circle.point[data-series="0"]').last().getAttribute('aria-label')).resolves.toBe('Dalarnas län, 2021: 81,1\u00a0%, brott i tidsserien');
  });

  it('draws the same SVG every time (snapshot)', async () => {
    const page = await env.open(HANINGE);
    await expect(await shadowMarkup(page, 'maltal-trend svg[part=svg]')).toMatchFileSnapshot('./__snapshots__/maltal-trend.haninge.svg');
  });
});
