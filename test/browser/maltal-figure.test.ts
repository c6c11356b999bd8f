// Rule: <maltal-figure> shows the latest real value with its change in words and a sparkline,
// passes axe (WCAG 2.1 AA), follows a dark host page, and says in Swedish what went wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, shadowMarkup, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

const HANINGE = '<maltal-figure indicator="N00914" geo="0136"></maltal-figure>';
let env: BrowserEnv;

beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(async () => env?.close());

describe('<maltal-figure>', () => {
  it('shows the latest value of Haninge N00914 with its period and the change since the year before', async () => {
    const api = (await (await fetch(`${env.baseUrl}/v1/observations?indicator=N00914&geo=0136&from=2017&to=2018`)).json()) as any;
    expect(api.data.map((r: { value: number }) => r.value.toFixed(1))).toEqual(['80.5', '80.9']);
    const page = await env.open(HANINGE);
    await expect(page.locator('maltal-figure [part=value]').textContent()).resolves.toBe('80,9\u00a0%');
    await expect(page.locator('maltal-figure .place').textContent()).resolves.toBe('Haninge 2018');
    await expect(page.locator('maltal-figure [part=change]').textContent()).resolves.toBe(
      '↑Jämfört med 2017 är förändringen +0,4 procentenheter, en förbättring.',
    );
    await expect(page.locator('maltal-figure [part=sparkline] path').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('maltal-figure [part=summary]').textContent()).resolves.toContain('Lägst var det 74,9\u00a0% (1998)');
  });

  it('measures the change against the first period when asked, in English', async () => {
    const page = await env.open('<maltal-figure indicator="N00914" geo="0136" compare="first" lang="en"></maltal-figure>');
    await expect(page.locator('maltal-figure [part=value]').textContent()).resolves.toBe('80.9%');
    await expect(page.locator('maltal-figure [part=change]').textContent()).resolves.toBe(
      '↑Compared with 1998 the change is +6.0 percentage points, an improvement.',
    );
  });

  it('passes axe-core WCAG 2.1 A/AA in the light and the dark scheme', async () => {
    expect(await runAxe(await env.open(HANINGE))).toEqual([]);
    expect(await runAxe(await env.open(HANINGE, { bodyAttributes: 'style="background:#101418;color:#eee"' }))).toEqual([]);
  });

  it('turns dark on a dark host page', async () => {
    const page = await env.open(HANINGE, { bodyAttributes: 'style="background:#101418;color:#eee"' });
    await expect(page.locator('maltal-figure [part=frame]').getAttribute('data-scheme')).resolves.toBe('dark');
    await expect(
      page.locator('maltal-figure [part=value]').evaluate((el: any) => (globalThis as any).getComputedStyle(el).color),
    ).resolves.toBe('rgb(236, 236, 236)');
  });

  it('says in Swedish that an indicator is unknown', async () => {
    const page = await env.open('<maltal-figure indicator="N99999" geo="0136"></maltal-figure>');
    await expect(page.locator('maltal-figure [part=state]').innerText()).resolves.toBe('Hittar inget mått med id N99999');
  });

  it('draws the same sparkline every time (snapshot)', async () => {
    const page = await env.open(HANINGE);
    await expect(await shadowMarkup(page, 'maltal-figure [part=sparkline]')).toMatchFileSnapshot(
      './__snapshots__/maltal-figure.haninge.svg',
    );
  });
});
