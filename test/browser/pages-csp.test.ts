// Rule: the pages Måltal writes (start, docs, builder, embed) work under their own
// Content-Security-Policy: Chromium reports no violation while they load and show their content.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled, startDeliveryEnv, watchCspViolations, type DeliveryEnv } from '../helpers/browser-delivery.ts';

let env: DeliveryEnv;
beforeAll(async () => {
  env = await startDeliveryEnv();
}, 120_000);
afterAll(() => env?.close());

/** A new page that records every CSP violation (watchCspViolations). */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await env.newPage();
  return { page, violations: await watchCspViolations(page) };
}

describe('the pages under their Content-Security-Policy', () => {
  it('/ loads its style sheet and reports no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${env.apiUrl}/`);
    await page.waitForLoadState('load');
    expect(
      await page.evaluate(() => (globalThis as any).getComputedStyle((globalThis as any).document.querySelector('main')).maxWidth),
    ).not.toBe('none');
    expect(await violations()).toEqual([]);
  });

  it('/docs shows the operations from /openapi.json and reports no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${env.apiUrl}/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.opblock').count()).toBeGreaterThan(10);
    await page.locator('.opblock-summary').first().click(); // open an operation, then try it out
    await page.locator('.try-out__btn').first().click();
    await page.locator('.execute').first().click();
    await page.locator('.responses-wrapper .live-responses-table').first().waitFor({ timeout: 20_000 });
    expect(await violations()).toEqual([]);
  });

  it('/bygg fills its lists, previews a chart and reports no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${env.apiUrl}/bygg`);
    await page.locator('#preview maltal-trend, #preview [state]').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('#indicator option').count()).toBeGreaterThan(5);
    expect(await violations()).toEqual([]);
  });

  it('/embed/maltal-trend draws its chart and reports no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${env.apiUrl}/embed/maltal-trend?indicator=N00914&geo=0136,0181`);
    expect(await settled(page)).toEqual(['ready']);
    expect(await page.locator('maltal-trend').evaluate((el) => el.shadowRoot!.querySelectorAll('svg path').length)).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  it('does record a violation when a page breaks its policy (the check can fail)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${env.apiUrl}/`);
    await page.evaluate(() => {
      const div = (globalThis as any).document.createElement('div');
      div.setAttribute('style', 'color: red'); // an inline style attribute: style-src 'self' forbids it
      (globalThis as any).document.body.append(div);
    });
    await expect.poll(violations).not.toEqual([]);
  });
});
