// Rule: the embed builder (/bygg) is reachable from the start page, usable with a keyboard and
// accessible, and the code it produces works when pasted into a plain page on another site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../helpers/browser.ts';
import { settled, sitePage, startDeliveryEnv, type DeliveryEnv } from '../helpers/browser-delivery.ts';

let env: DeliveryEnv;
beforeAll(async () => {
  env = await startDeliveryEnv();
}, 120_000);
afterAll(() => env?.close());

/**
 * Opens the builder from the start page's link and waits until it has read the API. `bypassCSP`
 * only for axe-core, which is injected as an inline script the page's policy rightly refuses.
 */
async function openBuilder({ bypassCSP = false } = {}): Promise<Page> {
  const page = await env.newPage({ bypassCSP });
  await page.goto(`${env.apiUrl}/`);
  await page.getByRole('link', { name: /Bygg ett diagram att bädda in/ }).click();
  await page.waitForURL(`${env.apiUrl}/bygg`);
  await page.waitForSelector('body[data-ready=true]');
  return page;
}

const BAS = 'scb-bas-sysselsattningsgrad-20-64';

/** Chooses SCB's current employment rate for Haninge and Stockholm as a trend in Swedish, as a webmaster would. */
async function chooseTrend(page: Page): Promise<void> {
  await page.getByLabel(/^Mått/).selectOption(BAS);
  await page.getByLabel(/^Kommuner och län/).selectOption(['0136', '0180']);
  await page.getByRole('radio', { name: /Utveckling över tid/ }).check();
  await page.getByRole('radio', { name: 'Svenska' }).check();
}

describe('GET /bygg', () => {
  it('shows the chosen chart live and passes axe-core WCAG 2.1 A/AA', async () => {
    const page = await openBuilder({ bypassCSP: true });
    // The current series is offered first, not the discontinued N00914 it replaced.
    expect(await page.getByLabel(/^Mått/).inputValue()).toBe(BAS);
    await chooseTrend(page);
    const preview = page.locator('#preview maltal-trend');
    await expect.poll(() => preview.getAttribute('geo')).toBe('0136,0180');
    expect(await settled(page)).toEqual(['ready']);
    expect(await preview.evaluate((el: any) => el.data.series.map((s: any) => s.geo))).toEqual(expect.arrayContaining(['0136', '0180']));
    expect(await runAxe(page)).toEqual([]);
  });

  it('is usable from the keyboard: the controls are reached with Tab and change the preview', async () => {
    const page = await openBuilder();
    const reached: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => (globalThis as any).document.activeElement?.id || (globalThis as any).document.activeElement?.name || ''),
      );
    }
    expect(reached).toEqual(
      expect.arrayContaining(['indicator-filter', 'indicator', 'geo', 'element', 'lang', 'code-script', 'copy-script']),
    );
    await page.focus('input[name=lang][value=sv]');
    await page.keyboard.press('ArrowDown'); // radio groups move with the arrow keys
    await expect.poll(() => page.locator('#preview > *').first().getAttribute('lang')).toBe('en');
  });

  it('writes script code that renders the chart when pasted into a plain page on another site', async () => {
    const page = await openBuilder();
    await chooseTrend(page);
    const code = await page.locator('#code-script').inputValue();
    expect(code).toContain(
      `<script type="module" src="${env.apiUrl}/widgets/${env.manifest.version}/maltal.js" integrity="${env.manifest.integrity}" crossorigin="anonymous"></script>`,
    );
    expect(code).toContain(`<maltal-trend indicator="${BAS}" geo="0136,0180" lang="sv"></maltal-trend>`);

    const site = await env.newPage();
    await site.goto(env.hostPage(sitePage('Sysselsättning', code)));
    expect(await settled(site)).toEqual(['ready']);
    const trend = site.locator('maltal-trend');
    expect(await trend.evaluate((el: any) => el.data.series.filter((s: any) => !s.reference).map((s: any) => s.geo))).toEqual([
      '0136',
      '0180',
    ]);
    expect(await trend.locator('svg path').count()).toBeGreaterThan(1);
  });

  it('writes iframe code with title, data-maltal, size attributes (no style, which a strict CSP drops) and lazy loading that sizes itself on another site', async () => {
    const page = await openBuilder();
    await chooseTrend(page);
    await expect.poll(() => page.locator('#code-iframe').inputValue()).not.toContain('height="460"'); // the drawn preview's height, not the default
    const code = await page.locator('#code-iframe').inputValue();
    expect(code).toMatch(
      /<iframe src="[^"]+\/embed\/maltal-trend\?indicator=scb-bas-sysselsattningsgrad-20-64&amp;geo=0136,0180&amp;lang=sv&amp;id=[\w-]+" title="Sysselsättningsgrad 20-64 år, andel \(%\) \(SCB BAS\), Haninge, Stockholm – utveckling över tid – Måltal" data-maltal="[\w-]+" width="100%" height="\d+" frameborder="0" loading="lazy"><\/iframe>/,
    );
    expect(code).not.toContain('style=');
    expect(code).toContain(`<script src="${env.apiUrl}/widgets/v1/embed.js" defer></script>`);

    const site = await env.newPage();
    await site.goto(env.hostPage(sitePage('Sysselsättning', code)));
    await site.frameLocator('iframe[data-maltal]').locator('maltal-trend').waitFor();
    const inner = site.frames().find((f) => f.url().includes('/embed/maltal-trend'))!;
    expect(await settled(inner)).toEqual(['ready']);
    expect(await inner.title()).toBe(await site.locator('iframe').getAttribute('title'));
    const contentHeight = await inner.evaluate(() => Math.ceil((globalThis as any).document.body.getBoundingClientRect().height) as number);
    await expect
      .poll(() => site.locator('iframe').evaluate((el: any) => el.getBoundingClientRect().height as number), { timeout: 10_000 })
      .toBe(contentHeight);
  });

  it('offers the theme: following the page and the reader by default, always light or always dark', async () => {
    const page = await openBuilder();
    await chooseTrend(page);
    expect(await page.locator('#code-script').inputValue()).not.toContain('theme=');
    await page.getByRole('radio', { name: /Alltid mörkt/ }).check();
    await expect.poll(() => page.locator('#preview > *').first().getAttribute('theme')).toBe('dark');
    expect(await page.locator('#code-script').inputValue()).toContain('theme="dark"');
    expect(await page.locator('#code-iframe').inputValue()).toContain('&amp;theme=dark&amp;');
  });

  it('draws the preview dark when the reader is, as the page around it is (it says so only in <meta name=color-scheme>)', async () => {
    const page = await openBuilder();
    await page.emulateMedia({ colorScheme: 'dark' });
    await chooseTrend(page);
    const scheme = () => page.locator('#preview maltal-trend [part=frame]').getAttribute('data-scheme');
    await expect.poll(scheme).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(scheme).toBe('light');
  });

  it('copies the code to the clipboard and says so', async () => {
    const page = await openBuilder();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.apiUrl });
    await page
      .getByRole('button', { name: /Kopiera koden/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/kopierad/);
    expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(
      await page.locator('#code-script').inputValue(),
    );
  });
});
