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
    // The table is behind "Visa som tabell", made when opened: one route through the data for a screen reader.
    await expect(page.locator('maltal-trend table[part=table]').count()).resolves.toBe(0);
    await page.getByText('Visa som tabell').click();
    await expect(page.locator('maltal-trend table[part=table] tbody tr').count()).resolves.toBe(21);
    // Swedish Excel first in a Swedish widget, and the plain CSV beside it.
    const downloads = page.locator('maltal-trend [part=download]');
    await expect(downloads.evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('href')]))).resolves.toEqual([
      ['Excel (svensk CSV)', `${env.baseUrl}/v1/observations?indicator=N00914&geo=0136&format=csv-sv`],
      ['CSV', `${env.baseUrl}/v1/observations?indicator=N00914&geo=0136&format=csv`],
    ]);
    // The indicator's own sources that these values cite, the years they cover, and no "updated" date that reads as current.
    const footer = (await page.locator('maltal-trend [part=footer]').textContent())!;
    expect(footer).toContain('Källa: Kolada. Värdena avser 1998–2018.');
    expect(footer).not.toMatch(/Skolverket|Regionfakta|Uppdaterad/);
    expect(footer).toContain('Serien har upphört; de senaste värdena här gäller 2018.');
    expect(footer).not.toContain('N02267');
  });

  it('reaches the points with Tab and moves between them with the arrow keys, showing a tooltip', async () => {
    const page = await env.open(HANINGE);
    await page.keyboard.press('Tab');
    await expect(focusedPoint(page).getAttribute('data-index')).resolves.toBe('20');
    await expect(page.locator('maltal-trend [part=tooltip]').textContent()).resolves.toMatch(
      /Haninge, 2018\s*80,9\u00a0%\s*slutligt värde/,
    );
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
    await expect(
      dark.locator('maltal-trend [part=frame]').evaluate((el: any) => (globalThis as any).getComputedStyle(el).backgroundColor),
    ).resolves.toBe('rgb(23, 24, 27)');
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
    await expect(page.locator('maltal-trend [part=state]').first().innerText()).resolves.toBe('Hittar inget mått med id N99999');
    await expect(page.locator('maltal-trend [part=state]').nth(1).innerText()).resolves.toBe(
      'Det finns inga värden för Hallstahammar 2019',
    );
  });

  it('draws a reference line only where it compares: Riket beside a share, none beside a total', async () => {
    const share = await env.open(
      '<maltal-trend indicator="scb-bas-arbetsloshet-20-64-manad" geo="2021,2080" breakdown="utrikes-fodd"></maltal-trend>',
    );
    await expect(share.locator('maltal-trend [part=legend] li').allTextContents()).resolves.toEqual([
      'Vansbro',
      'Falun',
      'Riket (jämförelse)',
    ]);
    // Emissions in tonnes: Västmanland's total would flatten Hallstahammar's line, and it is no comparison.
    const total = await env.open('<maltal-trend indicator="ghg_emissions_territorial" geo="1961"></maltal-trend>');
    await expect(total.locator('maltal-trend [part=legend] li').allTextContents()).resolves.toEqual(['Hallstahammar']);
    await expect(total.locator('maltal-trend').evaluate((el: any) => el.data.series.filter((s: any) => s.reference).length)).resolves.toBe(
      0,
    );
  });

  it('joins the years a source publishes (1990, 2000, 2005 …) into one line and labels only years with data', async () => {
    const page = await env.open('<maltal-trend indicator="ghg_emissions_territorial" geo="1961"></maltal-trend>');
    const periods: string[] = await page.locator('maltal-trend').evaluate((el: any) => el.data.series[0].points.map((p: any) => p.period));
    expect(periods.slice(0, 3)).toEqual(['1990', '2000', '2005']);
    await expect(page.locator('maltal-trend path.line').count()).resolves.toBe(1);
    const ticks = (await page.locator('maltal-trend .axis text[text-anchor=middle]').allTextContents()).map((t) => t.trim());
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(periods, tick).toContain(tick);
    await expect(page.locator('maltal-trend [part=summary]').textContent()).resolves.not.toContain('Värden saknas');
  });

  it('names an unknown place in words, and offers a retry when the API cannot be reached, details in the console and the event', async () => {
    const head = '<script>window.__errors = []; document.addEventListener("maltal-error", (e) => window.__errors.push(e.detail));</script>';
    const page = await env.open(
      '<maltal-trend indicator="N00914" geo="0999"></maltal-trend><maltal-trend id="down" indicator="N00914" geo="0136" api="http://127.0.0.1:9"></maltal-trend>',
      { head },
    );
    await expect(page.locator('maltal-trend [part=state]').first().innerText()).resolves.toBe(
      'Det finns ingen kommun eller region med koden 0999.',
    );
    await expect(page.locator('maltal-trend [part=retry]').count()).resolves.toBe(1);
    const down = page.locator('#down');
    await expect(down.locator('[part=state] p').textContent()).resolves.toBe('Värdena kunde inte hämtas just nu.');
    const errors = await page.evaluate(() => (globalThis as any).__errors);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'unknown-geography',
          status: 400,
          detail: expect.stringContaining("unknown geography code '0999'"),
        }),
        expect.objectContaining({ kind: 'unavailable', status: 0, message: 'Värdena kunde inte hämtas just nu.' }),
      ]),
    );
    // The API comes back: "Försök igen" draws the chart.
    await page.route('http://127.0.0.1:9/**', async (route) =>
      route.fulfill({ response: await route.fetch({ url: route.request().url().replace('http://127.0.0.1:9', env.baseUrl) }) }),
    );
    await down.locator('[part=retry]').click();
    await expect.poll(() => down.evaluate((el: any) => el.state)).toBe('ready');
    await expect(down.locator('circle.point').count()).resolves.toBe(21);
  });

  it('marks a break in series and draws several geographies in palette colours', async () => {
    const page = await env.open('<maltal-trend indicator="N00914" geo="20,2080"></maltal-trend>');
    await expect(page.locator('maltal-trend .break text').textContent()).resolves.toBe('Brott i serien');
    await expect(page.locator('maltal-trend [part=legend] li').allTextContents()).resolves.toEqual([
      'Dalarnas län',
      'Falun',
      'Brott i serien',
    ]);
    await expect(page.locator('maltal-trend circle.point[data-series="0"]').last().getAttribute('aria-label')).resolves.toBe(
      'Dalarnas län, 2021: 81,1\u00a0%, brott i tidsserien',
    );
  });

  it('draws the same SVG every time (snapshot)', async () => {
    const page = await env.open(HANINGE);
    await expect(await shadowMarkup(page, 'maltal-trend svg[part=svg]')).toMatchFileSnapshot('./__snapshots__/maltal-trend.haninge.svg');
  });
});
