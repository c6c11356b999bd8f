/**
 * The browser harness of the widget tests: the real Node app over the test database on a free
 * port, the widget bundle built fresh by Vite, Debian's Chromium driven by playwright-core, pages
 * with elements on the API's own origin, and axe-core for WCAG 2.1 A/AA.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { build } from 'vite';
import { createNodeApp, openNodeDb } from '../../api/node.ts';
import { repoRoot } from '../../api/node-env.ts';
import { TEST_DB_PATH } from './paths.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The WCAG 2.1 A and AA rules of axe-core. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Where the harness serves its own files on the API's origin. */
const BUNDLE_PATH = '/__test/maltal.js';
const PAGE_PREFIX = '/__test/page/';

export interface PageOptions {
  /** The reader's `prefers-color-scheme` (default light). */
  colorScheme?: 'light' | 'dark';
  /** Extra markup for <head> (styles of the host page). */
  head?: string;
  /** Attributes of <body>, e.g. `style="background:#111"`. */
  bodyAttributes?: string;
  /** Viewport width (default 800). */
  width?: number;
  /** Runs on the new page before it loads, e.g. to route API answers. */
  prepare?: (page: Page) => Promise<void>;
}

export interface BrowserEnv {
  /** http://127.0.0.1:<port> — the API and the test pages. */
  baseUrl: string;
  browser: Browser;
  /** A new page showing `body` (with the bundle loaded), after every `maltal-*` element settled. */
  open(body: string, options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the widget bundle into a fresh temporary directory (parallel test files do not collide). */
export async function buildBundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'maltal-widgets-'));
  await build({
    configFile: join(repoRoot, 'vite.config.widgets.ts'),
    root: repoRoot,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  const code = readFileSync(join(outDir, 'maltal.js'), 'utf8');
  rmSync(outDir, { recursive: true, force: true });
  return code;
}

/** A test page: Swedish, the bundle as a module script, then `body`. */
export function pageHtml(body: string, options: PageOptions = {}): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Måltal widget test</title>
<style>body{margin:16px;font-family:sans-serif} maltal-trend,maltal-figure,maltal-table{width:600px}</style>
${options.head ?? ''}
<script type="module" src="${BUNDLE_PATH}"></script>
</head>
<body ${options.bodyAttributes ?? ''}><main>${body}</main></body>
</html>`;
}

/** Waits until every `maltal-*` element on the page shows data, the empty state or an error. */
export async function waitForWidgets(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const doc = (globalThis as any).document;
    const elements = [...doc.querySelectorAll('*')].filter((el: any) => el.localName.startsWith('maltal-'));
    return (
      elements.length > 0 &&
      elements.every((el: any) => customElementsDefined(el) && ['ready', 'empty', 'error'].includes(el.state) && el.width > 0)
    );
    function customElementsDefined(el: any) {
      return (globalThis as any).customElements.get(el.localName) !== undefined;
    }
  });
  await page.evaluate(async () => {
    const doc = (globalThis as any).document;
    const elements = [...doc.querySelectorAll('*')].filter((el: any) => el.localName.startsWith('maltal-'));
    await Promise.all(elements.map((el: any) => el.updateComplete));
  });
}

/** Starts the server and Chromium. Call `close()` in afterAll. */
export async function startBrowserEnv(): Promise<BrowserEnv> {
  const bundle = await buildBundle();
  const app = createNodeApp(openNodeDb(TEST_DB_PATH));
  const pages = new Map<string, string>();
  const server: ServerType = await new Promise((resolve) => {
    const started = serve(
      {
        hostname: '127.0.0.1',
        port: 0,
        fetch: (request: Request) => {
          const { pathname } = new URL(request.url);
          if (pathname === BUNDLE_PATH) return new Response(bundle, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
          if (pathname.startsWith(PAGE_PREFIX)) {
            const page = pages.get(pathname.slice(PAGE_PREFIX.length));
            return new Response(page ?? 'no such test page', {
              status: page ? 200 : 404,
              headers: { 'content-type': 'text/html; charset=utf-8' },
            });
          }
          return app.fetch(request);
        },
      },
      () => resolve(started),
    );
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  let counter = 0;

  return {
    baseUrl,
    browser,
    async open(body, options = {}) {
      const id = String(++counter);
      pages.set(id, pageHtml(body, options));
      const context = await browser.newContext({
        locale: 'sv-SE',
        timezoneId: 'Europe/Stockholm',
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: 'reduce',
        viewport: { width: options.width ?? 800, height: 900 },
        deviceScaleFactor: 1,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      await options.prepare?.(page);
      await page.goto(`${baseUrl}${PAGE_PREFIX}${id}`);
      await waitForWidgets(page);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const AXE_SOURCE = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on one document (shadow roots included, iframes each on their
 * own); returns the violations. axe is injected through the DevTools protocol (an evaluation, not a
 * <script>), so a page's Content-Security-Policy stays in force.
 */
export async function runAxe(target: Page | Frame): Promise<AxeViolation[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (tags) => {
    const axe = (globalThis as any).axe;
    const result = await axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      iframes: false,
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** The markup of an element inside a widget's shadow root, without Lit's comment markers. */
export async function shadowMarkup(page: Page, selector: string): Promise<string> {
  const markup = await page
    .locator(selector)
    .first()
    .evaluate((el: any) => el.outerHTML as string);
  return normalizeMarkup(markup);
}

/** Drops Lit's comment markers and collapses whitespace between tags so snapshots read as markup. */
export function normalizeMarkup(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s{2,}/g, ' ')
    .replace(/></g, '>\n<');
}
