/**
 * The browser harness of the delivery tests (embeds, builder, served bundle), on top of the widget
 * harness (browser.ts): the Node app serving a freshly built bundle from a temporary public folder,
 * exactly as dist/public is laid out, and a second server on another port (another origin) for the
 * pages of a municipality's site that embed the charts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { createNodeApp, openNodeDb } from '../../api/node.ts';
import { distributeWidgets, type WidgetsManifest } from '../../scripts/lib/widgets-dist.ts';
import { buildBundle, CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';
import { TEST_DB_PATH } from './paths.ts';

export interface DeliveryEnv {
  /** http://127.0.0.1:<port>: the Måltal app with /widgets, /embed and /bygg. */
  apiUrl: string;
  /** http://127.0.0.1:<other port>: a municipality's site, another origin. */
  hostUrl: string;
  browser: Browser;
  /** The manifest the build wrote (/widgets/v1/manifest.json). */
  manifest: WidgetsManifest;
  /** Serves `html` on the host origin; returns its URL. */
  hostPage(html: string): string;
  /** Serves `body` at `path` on the host origin with `headers` (default: HTML), e.g. a page with its CSP, its stylesheet; returns the URL. */
  hostFile(path: string, body: string, headers?: Record<string, string>): string;
  /**
   * Serves `body` at `path` on the API's own origin with `headers` (default: HTML), for a host
   * page that is same-origin with the API and its own scripts and styles; returns the URL.
   */
  apiFile(path: string, body: string, headers?: Record<string, string>): string;
  /** A new page in its own context (Swedish locale, Stockholm time); `bypassCSP` to inject axe into /embed pages. */
  newPage(options?: { bypassCSP?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<{ server: ServerType; url: string }> {
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ hostname: '127.0.0.1', port: 0, fetch }, () => resolve(started));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function startDeliveryEnv(): Promise<DeliveryEnv> {
  const publicDir = mkdtempSync(join(tmpdir(), 'maltal-public-'));
  const manifest = distributeWidgets({ bundle: Buffer.from(await buildBundle()), publicDir });
  const app = createNodeApp(openNodeDb(TEST_DB_PATH), publicDir);
  const apiFiles = new Map<string, { body: string; headers: Record<string, string> }>();
  const api = await listen((request) => {
    const file = apiFiles.get(new URL(request.url).pathname);
    return file ? new Response(file.body, { headers: file.headers }) : app.fetch(request);
  });

  const pages = new Map<string, string>();
  const hostFiles = new Map<string, { body: string; headers: Record<string, string> }>();
  const host = await listen((request) => {
    const { pathname } = new URL(request.url);
    const file = hostFiles.get(pathname);
    if (file) return new Response(file.body, { headers: file.headers });
    const page = pages.get(pathname);
    return new Response(page ?? 'no such page', { status: page ? 200 : 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
  });

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    apiUrl: api.url,
    hostUrl: host.url,
    browser,
    manifest,
    hostPage(html) {
      const path = `/page-${pages.size + 1}.html`;
      pages.set(path, html);
      return host.url + path;
    },
    hostFile(path, body, headers = { 'content-type': 'text/html; charset=utf-8' }) {
      hostFiles.set(path, { body, headers });
      return host.url + path;
    },
    apiFile(path, body, headers = { 'content-type': 'text/html; charset=utf-8' }) {
      apiFiles.set(path, { body, headers });
      return api.url + path;
    },
    async newPage({ bypassCSP = false } = {}) {
      const context = await browser.newContext({
        bypassCSP,
        locale: 'sv-SE',
        timezoneId: 'Europe/Stockholm',
        colorScheme: 'light',
        reducedMotion: 'reduce',
        viewport: { width: 900, height: 1000 },
        deviceScaleFactor: 1,
      });
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      for (const { server } of [api, host]) await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(publicDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the `tag` elements in a page or frame show data, the empty state or an error; returns their states. */
export async function settled(target: Page | Frame, tag = 'maltal-trend'): Promise<string[]> {
  await target.waitForFunction((t) => {
    const doc = (globalThis as any).document;
    const els = [...doc.querySelectorAll(t)];
    return els.length > 0 && els.every((el: any) => ['ready', 'empty', 'error'].includes(el.state));
  }, tag);
  return target.evaluate((t) => [...(globalThis as any).document.querySelectorAll(t)].map((el: any) => el.state as string), tag);
}

/** A plain page of a municipality's site: Swedish, a heading, then `body` as pasted by its webmaster. */
export function sitePage(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
${body}
<p id="after">Text efter diagrammet.</p>
</main>
</body>
</html>
`;
}

/**
 * Records every Content-Security-Policy violation of a page, from two sides: the DOM's
 * securitypolicyviolation events (composed, so those in shadow roots reach document), listened for
 * by an init script that the DevTools protocol runs whatever the page's policy, and Chromium's
 * console messages about CSP. Call it before page.goto; the function it returns lists them.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const g = globalThis as any;
    g.__violations = [];
    g.document.addEventListener(
      'securitypolicyviolation',
      (e: any) => g.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample || ''} ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  return async () => [...(await page.evaluate(() => (globalThis as any).__violations as string[])), ...logged];
}
