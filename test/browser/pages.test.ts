// Rule: the pages for people work for everyone in Chromium: WCAG 2.1 AA with no axe violation at 375
// and 1280 px in light and dark, every figure and table there with JavaScript off, no sideways
// scrolling at 320 px, no CSP violation, the searches find the expected page first, and the
// ranking sorts and filters in place where scripts run.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { runAxe } from '../helpers/browser.ts';
import { startDeliveryEnv, watchCspViolations, type DeliveryEnv } from '../helpers/browser-delivery.ts';
import { EXPECTED_FIRST, PAGE_TYPES } from '../helpers/pages.ts';

/** Screenshots to look at: one per page type, width and scheme, and the plan printed. */
const ARTIFACTS = join(repoRoot, 'dist/test-artifacts/pages');

let env: DeliveryEnv;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  env = await startDeliveryEnv();
}, 120_000);
afterAll(() => env?.close());

/** A page in its own context, with JavaScript on or off. */
async function open(path: string, options: { width?: number; scheme?: 'light' | 'dark'; javaScript?: boolean } = {}): Promise<Page> {
  const context = await env.browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    colorScheme: options.scheme ?? 'light',
    reducedMotion: 'reduce',
    viewport: { width: options.width ?? 1280, height: 900 },
    deviceScaleFactor: 1,
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: true, // axe is added as a script tag; the CSP itself is checked in its own test below
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(env.apiUrl + path);
  if (options.javaScript !== false) await settled(page);
  return page;
}

/** Waits until every maltal-* element shows data, its empty state or an error. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const doc = (globalThis as any).document;
      const els = [...doc.querySelectorAll('maltal-map, maltal-trend')];
      return els.every((el: any) => (globalThis as any).customElements.get(el.localName) && ['ready', 'empty', 'error'].includes(el.state));
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(() =>
    Promise.all([...(globalThis as any).document.querySelectorAll('maltal-map, maltal-trend')].map((el: any) => el.updateComplete)),
  );
}

const TYPES = Object.entries(PAGE_TYPES);
/** The index pages share the layout and parts of the others; they are checked in one variant. */
const INDEXES = new Set(['places', 'country', 'indicators', 'plans', 'agenda']);
const VARIANTS = [
  [375, 'light'],
  [375, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
] as const;
const AXE_CASES = TYPES.flatMap(([type, path]) =>
  VARIANTS.filter(([w, s]) => !INDEXES.has(type) || (w === 1280 && s === 'light')).map(([w, s]) => [type, path, w, s] as const),
);

describe('accessibility: axe WCAG 2.1 A and AA', () => {
  it.each(AXE_CASES)(
    '%s (%s) at %i px, %s: no violations',
    async (type, path, width, scheme) => {
      const page = await open(path, { width, scheme });
      const states = await page.evaluate(() =>
        [...(globalThis as any).document.querySelectorAll('maltal-map, maltal-trend')].map((el: any) => el.state),
      );
      expect(
        states.filter((s: string) => s !== 'ready'),
        'every chart drew',
      ).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `${type}-${width}-${scheme}.png`), fullPage: true });
      const violations = await runAxe(page);
      expect(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)).toEqual([]);
      await page.context().close();
    },
    90_000,
  );
});

describe('without JavaScript', () => {
  it('every figure and table is on the page', async () => {
    const checks: [string, string, number][] = [
      [PAGE_TYPES.municipality, '.card .figure', 15],
      [PAGE_TYPES.municipality, 'maltal-trend table tbody tr', 3],
      [PAGE_TYPES.municipality, '#alla-matt ~ .table-scroll tbody tr', 50],
      [PAGE_TYPES.indicator, '#ranking tbody tr', 290],
      [PAGE_TYPES.indicator, 'maltal-trend table tbody tr', 1],
      [PAGE_TYPES.indicator, 'maltal-map .fallback', 1],
      [PAGE_TYPES.plan, '.measure svg.chart', 5],
      [PAGE_TYPES.plan, '.measure table tbody tr', 15],
      [PAGE_TYPES.home, '.card .figure', 4],
      [PAGE_TYPES.goal, 'section h3', 10],
    ];
    for (const [path, selector, least] of checks) {
      const page = await open(path, { javaScript: false });
      const visible = await page.locator(selector).evaluateAll((els) => els.filter((el: any) => el.getClientRects().length > 0).length);
      expect(visible, `${path} ${selector}`).toBeGreaterThanOrEqual(least);
      await page.context().close();
    }
  }, 120_000);

  it('the ranking sorts and filters by its links and form', async () => {
    const page = await open(PAGE_TYPES.indicator, { javaScript: false });
    await page.locator('#ranking thead a', { hasText: 'Kommun' }).click();
    await page.waitForURL(/sort=namn/);
    expect(await page.locator('#ranking tbody tr th').first().textContent()).toBe('Ale');
    await page.locator('#choice-lan').selectOption('01');
    await page.locator('form.filters button').first().click();
    await page.waitForURL(/lan=01/);
    expect(await page.locator('#ranking tbody tr').count()).toBe(26);
    await page.context().close();
  }, 60_000);
});

/** The pages whose charts the widgets draw: only they can differ with scripts on. */
const WITH_CHARTS = new Set(['municipality', 'county', 'country', 'indicator']);

describe('at 320 px', () => {
  it.each(TYPES)(
    '%s does not scroll sideways',
    async (type, path) => {
      for (const javaScript of WITH_CHARTS.has(type) ? [false, true] : [false]) {
        const page = await open(path, { width: 320, javaScript });
        const overflow = await page.evaluate(
          () => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth,
        );
        expect(overflow, `${path}, JavaScript ${javaScript ? 'on' : 'off'}`).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    },
    60_000,
  );
});

describe('under the pages’ Content-Security-Policy', () => {
  it.each(TYPES.filter(([type]) => !INDEXES.has(type)))(
    '%s loads and draws with no violation',
    async (_type, path) => {
      const page = await env.newPage();
      const violations = await watchCspViolations(page);
      await page.goto(env.apiUrl + path);
      await settled(page);
      expect(await violations()).toEqual([]);
      await page.context().close();
    },
    60_000,
  );
});

describe('searching from the front door', () => {
  it.each(EXPECTED_FIRST)(
    '%s puts %s first',
    async (q, expected) => {
      const page = await open('/');
      await page.locator('#home-q').fill(q);
      await page.locator('#home-q').press('Enter');
      await page.waitForURL(/\/sok\?/);
      expect(await page.locator('ol.results li a').first().getAttribute('href')).toBe(expected);
      await page.locator('ol.results li a').first().click();
      await page.waitForURL(`**${expected}`);
      await page.context().close();
    },
    60_000,
  );

  it('suggests as you type, and a suggestion chosen opens its page', async () => {
    const page = await open('/');
    await page.locator('#home-q').pressSequentially('Hallstaham', { delay: 30 });
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('#home-q-list option').length > 0);
    const options = await page.locator('#home-q-list option').evaluateAll((os) => os.map((o: any) => o.value));
    expect(options[0]).toBe('Hallstahammar');
    await page.locator('#home-q').fill('Hallstahammar');
    await page.waitForURL('**/kommun/1961-hallstahammar');
    await page.context().close();
  }, 60_000);
});

describe('the ranking with JavaScript', () => {
  it('sorts and filters in place, and keeps the choice in the address', async () => {
    const page = await open(PAGE_TYPES.indicator);
    const url = page.url();
    await page.locator('#ranking thead a', { hasText: 'Kommun' }).click();
    expect(await page.locator('#ranking tbody tr th').first().textContent()).toBe('Ale');
    expect(page.url()).toContain('sort=namn');
    await page.locator('#ranking thead a', { hasText: 'Värde' }).click();
    const values = await page.locator('#ranking tbody tr td:nth-child(4)').allTextContents();
    const numbers = values.map((v) => Number(v.replace(/\s|\*/g, '').replace('−', '-').replace(',', '.')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await page.locator('#choice-lan').selectOption('01');
    expect(await page.locator('#ranking tbody tr:not([hidden])').count()).toBe(26);
    expect(page.url()).toContain('lan=01');
    expect(page.url().split('?')[0]).toBe(url.split('?')[0]); // no new page was loaded
    expect(await page.locator('maltal-map').getAttribute('county')).toBe('01');
    await page.context().close();
  }, 60_000);
});

describe('printing a plan', () => {
  it('prints the follow-up without menus, with every chart and table', async () => {
    const page = await open(PAGE_TYPES.plan);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site nav').isVisible()).toBe(false);
    expect(await page.locator('footer.site').isVisible()).toBe(false);
    expect(await page.locator('.measure svg.chart').first().isVisible()).toBe(true);
    expect(await page.locator('.measure table').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'plan-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'plan.pdf'), format: 'A4' });
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.context().close();
  }, 60_000);
});
