// Rule: a chart delivered by iframe fits its content on another site's page and keeps fitting when
// the content changes; an unknown indicator reads as an error, not a blank box; the versioned
// bundle is cached for ever and its published integrity hash is the one browsers check.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/browser.ts';
import { settled, sitePage, startDeliveryEnv, watchCspViolations, type DeliveryEnv } from '../helpers/browser-delivery.ts';

let env: DeliveryEnv;
beforeAll(async () => {
  env = await startDeliveryEnv();
}, 120_000);
afterAll(() => env?.close());

/** A site page with one iframe of /embed/<query> at a deliberately wrong height, and the parent snippet. */
function iframePage(query: string, id: string): string {
  return sitePage(
    'Arbetsmarknaden i Haninge',
    `<iframe src="${env.apiUrl}/embed/${query}&amp;id=${id}" title="Förvärvsarbetande – Måltal" data-maltal="${id}" loading="lazy" style="width: 100%; height: 150px; border: 0;"></iframe>
<script src="${env.apiUrl}/widgets/v1/embed.js" defer></script>`,
  );
}

describe('GET /embed/{element} in an iframe on another origin', () => {
  it('sizes the iframe to the height of its content, and again when the content changes', async () => {
    const page = await env.newPage();
    await page.goto(env.hostPage(iframePage('maltal-trend?indicator=N00914&amp;geo=0136,0181', 'trend-1')));
    const frame = page.frameLocator('iframe[data-maltal]');
    await frame.locator('maltal-trend').waitFor();
    const inner = page.frames().find((f) => f.url().includes('/embed/maltal-trend'))!;
    expect(await settled(inner)).toEqual(['ready']);

    const contentHeight = () => inner.evaluate(() => Math.ceil((globalThis as any).document.body.getBoundingClientRect().height) as number);
    const frameHeight = () => page.locator('iframe[data-maltal]').evaluate((el: any) => el.getBoundingClientRect().height as number);
    await expect.poll(async () => (await frameHeight()) - (await contentHeight()), { timeout: 10_000 }).toBe(0);
    const first = await frameHeight();
    expect(first).toBeGreaterThan(250); // the chart, not the 150 px written in the page

    await inner.evaluate(() => {
      const doc = (globalThis as any).document;
      const note = doc.createElement('div');
      note.style.height = '200px';
      doc.body.append(note);
    });
    await expect.poll(frameHeight, { timeout: 10_000 }).toBe(first + 200);
    await expect.poll(async () => (await frameHeight()) - (await contentHeight())).toBe(0);
  });

  it('takes sizes only from our embed pages: a page the frame was sent to elsewhere cannot resize it', async () => {
    const page = await env.newPage();
    await page.goto(env.hostPage(iframePage('maltal-figure?indicator=N00914&amp;geo=0136', 'figure-1')));
    const inner = () => page.frames().find((f) => f.url().includes('/embed/maltal-figure'));
    await expect.poll(() => inner() !== undefined).toBe(true);
    expect(await settled(inner()!, 'maltal-figure')).toEqual(['ready']);
    const frameHeight = () =>
      page.locator('iframe[data-maltal]').evaluate((el: any) => Math.round(el.getBoundingClientRect().height) as number);
    await expect.poll(frameHeight, { timeout: 10_000 }).not.toBe(150);
    const sized = await frameHeight();

    // The frame navigates to a page of another origin (the host's), which claims to be 5000 px tall, then 5001.
    const impostor = env.hostPage(
      '<!doctype html><title>x</title><script>parent.postMessage({ type: "maltal:resize", id: "figure-1", height: 5000 }, "*")</script>',
    );
    await inner()!.goto(impostor);
    await page
      .frames()
      .find((f) => f.url() === impostor)!
      .evaluate(() => (globalThis as any).parent.postMessage({ type: 'maltal:resize', id: 'figure-1', height: 5001 }, '*'));
    await page.waitForTimeout(300); // messages are delivered in a task; give them time to (not) act
    expect(await frameHeight()).toBe(sized);
  });

  it('names the chart in the page title and loads under its strict CSP with no violation', async () => {
    const page = await env.newPage();
    const violations = await watchCspViolations(page);
    const res = await page.goto(`${env.apiUrl}/embed/maltal-trend?indicator=N00914&geo=0136,0181`);
    expect(res!.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(res!.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(await settled(page)).toEqual(['ready']);
    expect(await page.title()).toBe('Förvärvsarbetande invånare 20-64 år, andel (%), Haninge, Södertälje – utveckling över tid – Måltal');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await violations()).toEqual([]);
  });

  it.each([
    ['maltal-trend', 'indicator=N00914&geo=0136,0181'],
    ['maltal-compare', 'indicator=N00914&geo=0136,0181,0180'],
    ['maltal-figure', 'indicator=N00914&geo=0136'],
    ['maltal-table', 'indicator=N00914&geo=0136,0181'],
    ['maltal-map', 'indicator=N00914'],
    ['maltal-goals', 'plan=malmo-kf-mal-2024'],
  ])('draws %s from real data under the CSP, with no script error', async (tag, query) => {
    const page = await env.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${env.apiUrl}/embed/${tag}?${query}`);
    expect(await settled(page, tag)).toEqual(['ready']);
    expect(errors).toEqual([]);
  });

  it('passes axe-core WCAG 2.1 A/AA', async () => {
    const page = await env.newPage({ bypassCSP: true }); // only so that axe can be injected
    await page.goto(`${env.apiUrl}/embed/maltal-trend?indicator=N00914&geo=0136,0181`);
    expect(await settled(page)).toEqual(['ready']);
    expect(await runAxe(page)).toEqual([]);
  });

  it('shows a readable error in Swedish for an unknown indicator', async () => {
    const shown = async (query: string) => {
      const page = await env.newPage();
      const res = await page.goto(`${env.apiUrl}/embed/maltal-trend?${query}`);
      expect(res!.status()).toBe(200);
      expect(await settled(page)).toEqual(['error']);
      expect(await page.title()).toMatch(/^Okänt mått 'N99999'/);
      const state = page.locator('maltal-trend [part~=state], maltal-trend >> [part~=state]').first();
      await expect.poll(() => state.isVisible()).toBe(true);
      return (await state.textContent())!.trim();
    };
    // Without geo the element asks for one first: still words a person can act on.
    expect(await shown('indicator=N99999')).toMatch(/^Ange en kommun eller ett län|N99999/);
    expect(await shown('indicator=N99999&geo=0136')).toMatch(/Hittar inget mått med id N99999/);
  });
});

describe('an /embed iframe on a page of another origin, light or dark', () => {
  /** A site page with one iframe of maltal-figure (attributes only, as the builder writes it), with or without embed.js. */
  const sitePageWith = (withSnippet: boolean, query = 'indicator=N00914&amp;geo=0136') =>
    env.hostPage(
      sitePage(
        'Nyckeltal',
        `<iframe src="${env.apiUrl}/embed/maltal-figure?${query}&amp;id=f1" title="Förvärvsarbetande – Måltal" data-maltal="f1" width="100%" height="360" frameborder="0"></iframe>
${withSnippet ? `<script src="${env.apiUrl}/widgets/v1/embed.js" defer></script>` : ''}`,
      ),
    );
  const schemeIn = async (page: Awaited<ReturnType<DeliveryEnv['newPage']>>) => {
    await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    expect(await settled(frame, 'maltal-figure')).toEqual(['ready']);
    return () =>
      frame.evaluate(() =>
        (globalThis as any).document.querySelector('maltal-figure').shadowRoot.querySelector('[part~=frame]').getAttribute('data-scheme'),
      );
  };

  it("follows the reader's dark setting without embed.js, and the page's scheme with it", async () => {
    for (const withSnippet of [false, true]) {
      const page = await env.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(sitePageWith(withSnippet));
      const scheme = await schemeIn(page);
      // Without embed.js the frame follows the reader; with it, the page's own scheme: this plain page
      // stays white in the dark, and so does its chart.
      await expect.poll(scheme).toBe(withSnippet ? 'light' : 'dark');
    }
  });

  it("takes the page's own dark theme through embed.js, and follows it when the page switches", async () => {
    const page = await env.newPage();
    await page.goto(sitePageWith(true));
    const scheme = await schemeIn(page);
    await expect.poll(scheme).toBe('light');
    await page.evaluate(() => {
      const body = (globalThis as any).document.body;
      body.style.background = '#111';
      body.style.color = '#eee';
    });
    await expect.poll(scheme).toBe('dark');
  });

  it('shows a short error in the frame for a wrong parameter, not a refused connection', async () => {
    const page = await env.newPage();
    await page.goto(sitePageWith(true, 'indicator=N00914&amp;geo=01;36'));
    await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    await expect
      .poll(() => frame.evaluate(() => (globalThis as any).document.body?.innerText ?? ''))
      .toContain('Diagrammet kan inte visas: adressen i inbäddningskoden är fel.');
    // embed.js sizes it to the message, not the 360 px written.
    await expect
      .poll(() => page.locator('iframe').evaluate((el) => Math.round(el.getBoundingClientRect().height)), { timeout: 10_000 })
      .toBeLessThan(200);
  });
});

describe('GET /widgets/{version}/maltal.js', () => {
  it('is cached for a year as immutable, the v1 alias for an hour, with the same bytes', async () => {
    const versioned = await fetch(env.apiUrl + env.manifest.url);
    const alias = await fetch(`${env.apiUrl}/widgets/v1/maltal.js`);
    expect(env.manifest.url).toBe(`/widgets/${env.manifest.version}/maltal.js`);
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(versioned.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(versioned.headers.get('access-control-allow-origin')).toBe('*');
    expect(alias.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(Buffer.from(await alias.arrayBuffer())).toEqual(Buffer.from(await versioned.arrayBuffer()));
  });

  it('matches the integrity hash of /widgets/v1/manifest.json, which a browser on another origin enforces', async () => {
    const manifest: any = await (await fetch(`${env.apiUrl}/widgets/v1/manifest.json`)).json();
    const bytes = Buffer.from(await (await fetch(env.apiUrl + manifest.url)).arrayBuffer());
    expect(manifest.integrity).toBe(`sha384-${createHash('sha384').update(bytes).digest('base64')}`);

    const load = async (integrity: string) => {
      const page = await env.newPage();
      await page.goto(
        env.hostPage(
          sitePage(
            'SRI',
            `<script type="module" src="${env.apiUrl}${manifest.url}" integrity="${integrity}" crossorigin="anonymous"></script>`,
          ),
        ),
      );
      await page.waitForLoadState('load');
      return page.evaluate(() => (globalThis as any).customElements.get('maltal-trend') !== undefined);
    };
    expect(await load(manifest.integrity)).toBe(true);
    expect(await load(`sha384-${createHash('sha384').update('something else').digest('base64')}`)).toBe(false);
  });
});
