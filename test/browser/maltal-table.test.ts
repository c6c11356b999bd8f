// Rule: <maltal-table> is a real, sortable table of the API's values (named by its heading, scope, aria-sort,
// keyboard sorting), passes axe (WCAG 2.1 AA), follows a dark host page, and explains errors in Swedish.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, shadowMarkup, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

const HANINGE = '<maltal-table indicator="N00914" geo="0136"></maltal-table>';
let env: BrowserEnv;

beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(async () => env?.close());

const firstRow = (page: Page) => page.locator('maltal-table tbody tr').first().locator('th, td').allTextContents();
const sorts = (page: Page) =>
  page.locator('maltal-table thead th').evaluateAll((ths) => ths.map((th: any) => th.getAttribute('aria-sort')));

describe('<maltal-table>', () => {
  it('lists every period of Haninge N00914, newest first, named by its heading, with header scopes', async () => {
    const api = (await (await fetch(`${env.baseUrl}/v1/observations?indicator=N00914&geo=0136&gender=T`)).json()) as any;
    const page = await env.open(HANINGE);
    await expect(page.locator('maltal-table tbody tr').count()).resolves.toBe(api.data.length);
    const title = page.locator('maltal-table [part=title]');
    await expect(title.textContent()).resolves.toBe('Förvärvsarbetande invånare 20-64 år, andel (%)');
    await expect(title.getAttribute('role')).resolves.toBe('heading');
    await expect(page.locator('maltal-table table').getAttribute('aria-labelledby')).resolves.toBe(await title.getAttribute('id'));
    expect((await firstRow(page)).map((t) => t.trim())).toEqual(['2018', '80,9']);
    await expect(page.locator('maltal-table thead th[scope=col]').count()).resolves.toBe(2);
    await expect(page.locator('maltal-table tbody th[scope=row]').count()).resolves.toBe(21);
    await expect(sorts(page)).resolves.toEqual(['descending', 'none']);
  });

  it('sorts with the keyboard and says so with aria-sort', async () => {
    const page = await env.open(HANINGE);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(sorts(page)).resolves.toEqual(['ascending', 'none']);
    expect((await firstRow(page)).map((t) => t.trim())).toEqual(['1998', '74,9']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(sorts(page)).resolves.toEqual(['none', 'descending']);
    expect((await firstRow(page)).map((t) => t.trim())).toEqual(['2018', '80,9']);
    await page.keyboard.press('Enter');
    await expect(sorts(page)).resolves.toEqual(['none', 'ascending']);
    expect((await firstRow(page)).map((t) => t.trim())).toEqual(['1998', '74,9']);
  });

  it('passes axe-core WCAG 2.1 A/AA in the light and the dark scheme', async () => {
    expect(await runAxe(await env.open(HANINGE))).toEqual([]);
    expect(await runAxe(await env.open(HANINGE, { bodyAttributes: 'style="background:#000;color:#fff"' }))).toEqual([]);
  });

  it('turns dark on a dark host page', async () => {
    const page = await env.open(HANINGE, { bodyAttributes: 'style="background:#000;color:#fff"' });
    await expect(page.locator('maltal-table [part=frame]').getAttribute('data-scheme')).resolves.toBe('dark');
  });

  it('says in Swedish that an indicator is unknown', async () => {
    const page = await env.open('<maltal-table indicator="N99999" geo="0136"></maltal-table>');
    await expect(page.locator('maltal-table [part=state]').innerText()).resolves.toBe('Hittar inget mått med id N99999');
  });

  it('renders the same table every time (snapshot)', async () => {
    const page = await env.open('<maltal-table indicator="N00914" geo="0136" from="2014"></maltal-table>');
    await expect(await shadowMarkup(page, 'maltal-table table')).toMatchFileSnapshot('./__snapshots__/maltal-table.haninge.html');
  });
});
