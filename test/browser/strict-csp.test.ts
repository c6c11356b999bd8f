// Rule: every maltal-* element draws its chart, tooltips and colours on a host page whose
// Content-Security-Policy allows no eval and no inline script or style, with no violation reported.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled, startDeliveryEnv, watchCspViolations, type DeliveryEnv } from '../helpers/browser-delivery.ts';

/** The strictest policy a site can have that still lets a same-origin module script fetch its data. */
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'";
const TAGS = ['maltal-trend', 'maltal-compare', 'maltal-figure', 'maltal-table', 'maltal-goals', 'maltal-map'];
const ELEMENTS = `<maltal-trend indicator="N00914" geo="0136,0181"></maltal-trend>
<maltal-compare indicator="N00914" geo="0136,0181,0180"></maltal-compare>
<maltal-figure indicator="N00914" geo="0136"></maltal-figure>
<maltal-table indicator="N00914" geo="0136,0181"></maltal-table>
<maltal-goals plan="malmo-kf-mal-2024"></maltal-goals>
<maltal-map indicator="N00914" level="county"></maltal-map>`;

let env: DeliveryEnv;
let counter = 0;

beforeAll(async () => {
  env = await startDeliveryEnv();
  env.apiFile('/__host/site.css', 'body{margin:16px;font-family:sans-serif;width:760px}', { 'content-type': 'text/css; charset=utf-8' });
  // Control: what Lit's styleMap and a style="" in a template both do, inside a shadow root.
  env.apiFile(
    '/__host/style-attribute.js',
    `const root = document.getElementById('control').attachShadow({ mode: 'open' });
root.append(document.createElement('span'));
root.firstChild.setAttribute('style', 'color: rgb(255, 0, 0)');`,
    { 'content-type': 'text/javascript; charset=utf-8' },
  );
}, 120_000);
afterAll(() => env?.close());

/** A host page on the API's origin under `csp`: the site's stylesheet, the bundle, then `body`. */
function hostPage(body: string, csp = STRICT_CSP): string {
  const html = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Kommunens sida med strikt CSP</title>
<link rel="stylesheet" href="/__host/site.css">
<script type="module" src="/widgets/v1/maltal.js"></script>
</head>
<body><main><h1>Nyckeltal</h1>
${body}
</main></body>
</html>`;
  return env.apiFile(`/__host/page-${++counter}.html`, html, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': csp,
  });
}

interface Watched {
  page: Page;
  /** CSP violations (watchCspViolations) and page errors, together. */
  violations(): Promise<string[]>;
}

/** Opens a host page made by `hostPage`; checks Chromium got the policy it was served with. */
async function open(url: string, csp = STRICT_CSP): Promise<Watched> {
  const page = await env.newPage();
  const cspViolations = await watchCspViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  const response = await page.goto(url);
  expect(response!.headers()['content-security-policy']).toBe(csp);
  return { page, violations: async () => [...(await cspViolations()), ...errors] };
}

/** Focuses the element's roving-tabindex mark (point, bar, area or goal), as Tab would. */
async function focusFirstMark(page: Page, tag: string): Promise<void> {
  await page.locator(`${tag} [tabindex="0"]`).first().focus();
}

describe('the widgets on a host page with a strict Content-Security-Policy', () => {
  it('draw every element from real data with no violation, styles from adopted stylesheets', async () => {
    const { page, violations } = await open(hostPage(ELEMENTS));
    for (const tag of TAGS) expect(await settled(page, tag), tag).toEqual(['ready']);
    await page.evaluate(() =>
      Promise.all(
        [...(globalThis as any).document.querySelectorAll('*')]
          .filter((el: any) => el.localName.startsWith('maltal-'))
          .map((el: any) => el.updateComplete),
      ),
    );

    expect(await page.locator('maltal-trend circle.point').count()).toBeGreaterThan(20);
    expect(await page.locator('maltal-compare rect.bar').count()).toBe(3);
    expect(await page.locator('maltal-figure [part~=value]').first().textContent()).toMatch(/\d/);
    expect(await page.locator('maltal-table table[part=table] tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('maltal-goals li.goal').count()).toBeGreaterThan(3);
    expect(await page.locator('maltal-map path.area').count()).toBe(21);
    // The charts' summaries, read by screen readers as the chart's description (the table and the goals list need none).
    for (const tag of ['maltal-trend', 'maltal-compare', 'maltal-figure', 'maltal-map']) {
      expect((await page.locator(`${tag} [part=summary]`).first().textContent())!.trim(), tag).not.toBe('');
    }

    // Lit's static styles: constructable stylesheets, no <style> element, and they apply.
    const sheets = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const root = (globalThis as any).document.querySelector(tag).shadowRoot;
          const title = root.querySelector('[part=title]');
          return {
            tag,
            adopted: root.adoptedStyleSheets.length,
            styleElements: root.querySelectorAll('style').length,
            title: (globalThis as any).getComputedStyle(title).fontWeight,
          };
        }),
      TAGS,
    );
    for (const sheet of sheets)
      expect(sheet, sheet.tag).toEqual({
        tag: sheet.tag,
        adopted: 3 + Number(['maltal-trend', 'maltal-compare', 'maltal-map'].includes(sheet.tag)),
        styleElements: 0,
        title: '600',
      });

    // The Agenda 2030 squares get the official colours through the CSSOM.
    const squares = await page
      .locator('maltal-goals [part=sdg]')
      .evaluateAll((els) => els.map((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string));
    expect(squares.length).toBeGreaterThan(0);
    for (const colour of squares) expect(colour).not.toBe('rgba(0, 0, 0, 0)');

    expect(await violations()).toEqual([]);
  });

  it('places the tooltips of trend, compare and map with no violation', async () => {
    const { page, violations } = await open(hostPage(ELEMENTS));
    for (const tag of TAGS) expect(await settled(page, tag), tag).toEqual(['ready']);
    for (const tag of ['maltal-trend', 'maltal-compare', 'maltal-map']) {
      await focusFirstMark(page, tag);
      const tooltip = page.locator(`${tag} [part=tooltip]`);
      await tooltip.waitFor();
      const placed = await tooltip.evaluate((el: any) => ({
        inline: el.style.left,
        computed: (globalThis as any).getComputedStyle(el).left as string,
      }));
      expect(placed.inline, tag).toMatch(/^\d+(\.\d+)?px$/);
      expect(placed.computed, tag).toBe(placed.inline);
    }
    expect(await violations()).toEqual([]);
  });

  it('reports a style attribute set inside a shadow root, and one in the host markup (the check can fail)', async () => {
    const { violations } = await open(
      hostPage('<div id="control"></div><p style="color: red">Inline stil</p><script src="/__host/style-attribute.js"></script>'),
    );
    const found = await violations();
    expect(found.filter((v) => v.startsWith('style-src-attr'))).toHaveLength(2);
    expect(found.some((v) => /Applying inline style violates/.test(v))).toBe(true);
  });

  it('reports a blocked bundle when the policy does not allow the origin (the check can fail)', async () => {
    const forbidding = STRICT_CSP.replace("script-src 'self'", "script-src 'none'");
    const { page, violations } = await open(hostPage(ELEMENTS, forbidding), forbidding);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (globalThis as any).customElements.get('maltal-trend'))).toBeUndefined();
    expect((await violations()).some((v) => /Content Security Policy/.test(v) && /script-src/.test(v))).toBe(true);
  });
});
