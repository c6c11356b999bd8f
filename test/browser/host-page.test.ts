// Rule: every maltal-* element survives a real municipal web page: a page of its own origin with a
// header, navigation, sidebar and body text, a CSS reset with *{box-sizing:border-box}, a CSS-grid
// 1fr column and a strict Content-Security-Policy, embedding all six elements by the script tag, by
// iframes with embed.js and by bare iframes, at 320, 375, 768 and 1280 px, light and dark (the
// reader's setting, and the site's own dark class). No CSP violation or script error, axe WCAG 2.1
// AA clean, no sideways scrolling of the page, no text over other text, iframes as tall as their
// chart with no scrollbar, dark where the page or the reader is. Screenshots are kept in
// dist/test-artifacts/host-page/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic, type TestContext } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { startDeliveryEnv, type DeliveryEnv } from '../helpers/browser-delivery.ts';
import { runAxe } from '../helpers/browser.ts';
import { documentFit, elementFacts, elementsSettled } from '../helpers/host-checks.ts';
import { EMBEDS, EMBED_ROUTES, HOST_CSS, hostCsp, municipalPage, type EmbedRoute } from '../helpers/host-page.ts';

const ARTIFACTS = join(repoRoot, 'dist/test-artifacts/host-page');
const WIDTHS = [320, 375, 768, 1280];
type Scheme = 'light' | 'os-dark' | 'host-dark';
const SCHEMES: Scheme[] = ['light', 'os-dark', 'host-dark'];
/** Charts that take the height a bare iframe is given (the others keep their own height). */
const FILLS = ['maltal-trend', 'maltal-map'];

let env: DeliveryEnv;
beforeAll(async () => {
  env = await startDeliveryEnv();
  env.hostFile('/site.css', HOST_CSS, { 'content-type': 'text/css; charset=utf-8' });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);
afterAll(() => env?.close());

/** The page served with the CSP, opened as a reader would, problems recorded from its first byte. */
async function openSite(route: EmbedRoute, { tall = false, viewport = { width: 1280, height: 900 } } = {}) {
  const html = municipalPage({
    route,
    apiUrl: env.apiUrl,
    bundleUrl: env.apiUrl + env.manifest.url,
    integrity: env.manifest.integrity,
    tall,
  });
  const url = env.hostFile(`/${route}${tall ? '-lang' : ''}.html`, html, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': hostCsp(env.apiUrl),
  });
  const context: BrowserContext = await env.browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await context.addInitScript(() => {
    const g = globalThis as any;
    g.document.addEventListener(
      'securitypolicyviolation',
      (e: any) => g.console.error(`Content Security Policy: ${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  const response = await page.goto(url);
  expect(response!.headers()['content-security-policy']).toBe(hostCsp(env.apiUrl));
  return { page, context, problems };
}

/** The documents holding the charts: the page itself, or each iframe's. */
function chartDocuments(page: Page, route: EmbedRoute): (Page | Frame)[] {
  return route === 'script' ? [page] : page.frames().filter((f) => f.url().includes('/embed/'));
}

/**
 * The checks run with a viewport as tall as the page, so every chart is on screen: frames below the
 * fold are throttled by Chromium (the test after this one is about that), and this one is about the
 * layout. The page's own width is what changes.
 */
const TALL = 12_000;

/** Waits until every chart has settled and the iframes' heights, and their contents', stop changing. */
async function settle(page: Page, route: EmbedRoute, expect: ExpectStatic): Promise<void> {
  if (route !== 'script') await expect.poll(() => chartDocuments(page, route).length, { timeout: 30_000 }).toBe(EMBEDS.length);
  for (const doc of chartDocuments(page, route)) await expect.poll(() => doc.evaluate(elementsSettled), { timeout: 30_000 }).toBe(true);
  // The iframes' heights, and inside each what its chart's height came to (a bare frame's trend and map fill it).
  const heights = async () =>
    [
      await page.locator('iframe').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)).join(',')),
      ...(await Promise.all(
        chartDocuments(page, route).map((doc) => (route === 'script' ? '' : doc.evaluate(documentFit).then((f) => f.contentHeight))),
      )),
    ].join(';');
  let before = '';
  await expect
    .poll(
      async () => {
        const now = await heights();
        const stable = now === before;
        before = now;
        return stable;
      },
      { timeout: 30_000, interval: 400 },
    )
    .toBe(true);
}

async function applyScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme === 'os-dark' ? 'dark' : 'light' });
  await page.evaluate((dark) => (globalThis as any).document.documentElement.classList.toggle('dark', dark), scheme === 'host-dark');
}

/** The scheme each chart should be in: dark where the reader or the site is, except what a bare iframe cannot know. */
function expectedScheme(route: EmbedRoute, scheme: Scheme): 'light' | 'dark' {
  if (scheme === 'light') return 'light';
  // A bare iframe cannot see the page around it: it follows the reader's setting only (README says so).
  if (route === 'iframe-bare' && scheme === 'host-dark') return 'light';
  return 'dark';
}

/** Where axe runs (it takes seconds a document): every scheme, at a phone's width and a desktop's. */
const AXE_AT = new Set(['light 375', 'light 1280', 'os-dark 375', 'host-dark 1280']);

/** Everything the rule says, for one page at one width and scheme; failures are soft, so each says where. */
async function check(page: Page, route: EmbedRoute, scheme: Scheme, width: number, expect: ExpectStatic): Promise<void> {
  const where = `${route}, ${scheme}, ${width} px`;
  const soft = expect.soft;
  await page.setViewportSize({ width, height: TALL });
  await applyScheme(page, scheme);
  await settle(page, route, expect);
  // A scheme reaches an iframe by message (embed.js) or media query; give it the moment it takes.
  const schemes = async () =>
    (await Promise.all(chartDocuments(page, route).map((doc) => doc.evaluate(elementFacts)))).flat().map((f) => f.scheme);
  await expect
    .poll(async () => (await schemes()).every((s) => s === expectedScheme(route, scheme)), { timeout: 5_000 })
    .toBe(true)
    .catch(() => undefined);

  // The page never scrolls sideways.
  const pageFit = await page.evaluate(documentFit);
  soft(pageFit.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(pageFit.clientWidth);

  const frames = await page.locator('iframe').evaluateAll((els) =>
    els.map((el: any) => ({
      src: el.src as string,
      width: el.getBoundingClientRect().width as number,
      height: el.getBoundingClientRect().height as number,
      written: Number(el.getAttribute('height')),
      column: el.parentElement.getBoundingClientRect().width as number,
    })),
  );
  const docs = chartDocuments(page, route);
  const facts = (await Promise.all(docs.map((doc) => doc.evaluate(elementFacts)))).flat();
  soft(facts.map((f) => f.tag).sort(), where).toEqual(EMBEDS.map((e) => e.tag).sort());
  for (const f of facts) {
    soft(f.state, `${where}: ${f.tag} state`).toBe('ready');
    soft(f.overlaps, `${where}: ${f.tag}: text over text`).toEqual([]);
    soft(f.outside, `${where}: ${f.tag}: text outside the chart`).toEqual([]);
    soft(f.scheme, `${where}: ${f.tag} scheme`).toBe(expectedScheme(route, scheme));
  }

  if (route !== 'script') {
    for (const doc of docs) {
      const frame = frames.find((fr) => fr.src === (doc as Frame).url())!;
      const tag = EMBEDS.find((e) => frame.src.includes(`/embed/${e.tag}?`))!.tag;
      const inner = await doc.evaluate(documentFit);
      soft(frame.width, `${where}: ${tag}: the iframe fills the column`).toBeGreaterThanOrEqual(frame.column - 1);
      soft(inner.scrollWidth, `${where}: ${tag}: the iframe scrolls sideways`).toBeLessThanOrEqual(inner.clientWidth);
      if (route === 'iframe') {
        soft(
          Math.abs(frame.height - inner.contentHeight),
          `${where}: ${tag}: iframe ${frame.height} px, content ${inner.contentHeight} px`,
        ).toBeLessThanOrEqual(2);
        soft(inner.scrollHeight, `${where}: ${tag}: a scrollbar inside the iframe`).toBeLessThanOrEqual(inner.clientHeight + 2);
      } else {
        soft(Math.round(frame.height), `${where}: ${tag}: the iframe keeps the height it was given`).toBe(frame.written);
        if (FILLS.includes(tag)) {
          soft(
            Math.abs(frame.height - inner.contentHeight),
            `${where}: ${tag} fills the iframe: ${frame.height} px, content ${inner.contentHeight} px`,
          ).toBeLessThanOrEqual(2);
        } else if (inner.contentHeight > frame.height + 2) {
          // Longer than the written height: the reader scrolls inside the frame, nothing is cut off.
          soft(inner.overflowY, `${where}: ${tag}: content cut off`).not.toBe('hidden');
        }
      }
    }
  }

  if (AXE_AT.has(`${scheme} ${width}`)) {
    for (const doc of route === 'script' ? [page] : [page, ...docs]) soft(await runAxe(doc), `${where}: axe in ${doc.url()}`).toEqual([]);
  }
  const height = await page.evaluate(() => Math.ceil((globalThis as any).document.body.getBoundingClientRect().bottom) as number);
  await page.screenshot({
    path: join(ARTIFACTS, `${route}-${scheme}-${width}.png`),
    clip: { x: 0, y: 0, width, height: Math.min(height, TALL) },
  });
}

describe('a municipal page embedding the six elements', () => {
  // The three pages are independent: they run side by side, each through every scheme and width in turn.
  it.concurrent.for(EMBED_ROUTES)(
    'by %s: no violation, error, sideways scroll or overlapping text, iframes as tall as their charts, dark where the page or reader is, axe clean',
    { timeout: 600_000 },
    async (route: EmbedRoute, { expect }: TestContext) => {
      const site = await openSite(route);
      try {
        for (const scheme of SCHEMES) for (const width of WIDTHS) await check(site.page, route, scheme, width, expect);
        expect(site.problems).toEqual([]);
      } finally {
        await site.context.close();
      }
    },
  );
});

describe('an iframe below the fold, with embed.js', () => {
  it('gets the height of its drawn chart before the reader scrolls to it', async () => {
    // A phone from the first byte: the frame is never on screen while its chart draws.
    const { page, context, problems } = await openSite('iframe', { tall: true, viewport: { width: 375, height: 700 } });
    // The first chart loads (lazy loading starts well before the fold) but is not on screen.
    const first = page.locator('iframe[data-maltal]').first();
    await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/maltal-trend')), { timeout: 30_000 }).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/embed/maltal-trend'))!;
    await expect.poll(() => frame.evaluate(elementsSettled), { timeout: 30_000 }).toBe(true);
    const top = await first.evaluate((el) => el.getBoundingClientRect().top);
    expect(top, 'the iframe starts below the fold').toBeGreaterThan(700);
    const content = await frame.evaluate(documentFit);
    await expect
      .poll(() => first.evaluate((el) => Math.round(el.getBoundingClientRect().height)), { timeout: 10_000 })
      .toBeGreaterThan(content.contentHeight - 3);
    expect(Math.abs((await first.evaluate((el) => el.getBoundingClientRect().height)) - content.contentHeight)).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
