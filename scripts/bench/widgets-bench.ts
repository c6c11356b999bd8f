/**
 * The widget part of `npm run bench` (issue 4): the gzipped size of the widget bundle and of each
 * element built alone, and in headless Chromium, in the same run, the time to draw one trend chart
 * and a page of 20, next to Chart.js drawing the same charts from the same data.
 *
 * The data: N00914 for 20 kommuner in Stockholms län, fetched once from the API (every answer the
 * widgets ask for is recorded into dist/bench/widgets-fixture.json), then fed to both sides from
 * memory inside the page (a `fetch` that answers from the fixture), so neither measures the network
 * or the database. Each chart is one
 * kommun's series, 600 × 300 px; the widget draws no reference line (`reference="none"`) and Chart.js
 * no animation, so both draw one line. A run starts with the scripts loaded and ends at the first
 * animation frame after every chart has drawn: for the widget, each element's fetch, layout and
 * render; for Chart.js, the same fetch per chart and `new Chart()`. Each case runs RUNS times on a
 * fresh page, alternating which side goes first; the median is reported.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { readNodeEnv, repoRoot } from '../../api/node-env.ts';
import { createNodeApp, openNodeDb } from '../../api/node.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const INDICATOR = 'N00914';
const CHARTS = 20;
const RUNS = 7;
const BUNDLE_TARGET_KB = 30;
const FIXTURE_PATH = join(repoRoot, 'dist/bench/widgets-fixture.json');
const CHARTJS_PATH = join(repoRoot, 'node_modules/chart.js/dist/chart.umd.min.js');

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipSize = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Builds `entry` with the widgets' Vite config into a temporary folder; returns the module's code. */
async function viteBuild(entry: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'maltal-bench-'));
  try {
    await build({
      configFile: join(repoRoot, 'vite.config.widgets.ts'),
      root: repoRoot,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, lib: { entry, formats: ['es'], fileName: () => 'maltal.js' } },
    });
    return readFileSync(join(outDir, 'maltal.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

interface SizeRow {
  what: string;
  bytes: number;
  gzip: number;
}

async function bundleSizes(): Promise<{ bundle: string; rows: SizeRow[] }> {
  const bundle = await viteBuild(join(repoRoot, 'widgets/index.ts'));
  const rows: SizeRow[] = [{ what: 'the whole bundle (widgets/index.ts)', bytes: Buffer.byteLength(bundle), gzip: gzipSize(bundle) }];
  const elements = readdirSync(join(repoRoot, 'widgets'))
    .filter((name) => name.startsWith('maltal-'))
    .sort();
  for (const name of elements) {
    const entry = join(repoRoot, 'widgets', name, `${name}.ts`);
    try {
      const code = await viteBuild(entry);
      rows.push({ what: `\`${name}\` alone (with Lit and the shared core)`, bytes: Buffer.byteLength(code), gzip: gzipSize(code) });
    } catch (error) {
      rows.push({ what: `\`${name}\` alone: did not build (${(error as Error).message.split('\n')[0]})`, bytes: NaN, gzip: NaN });
    }
  }
  const chartjs = readFileSync(CHARTJS_PATH);
  rows.push({ what: 'Chart.js 4.6.1 (chart.umd.min.js, for comparison)', bytes: chartjs.length, gzip: gzipSize(chartjs) });
  return { bundle, rows };
}

async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<{ server: ServerType; url: string }> {
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ hostname: '127.0.0.1', port: 0, fetch }, () => resolve(started));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const NO_STORE = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };

/**
 * The fixture server: the bundle, Chart.js and an empty page; API answers from `recorded`, or, while
 * recording, from the real app (and kept).
 */
async function fixtureServer(bundle: string, recorded: Map<string, string>, app: ReturnType<typeof createNodeApp> | undefined) {
  const chartjs = readFileSync(CHARTJS_PATH, 'utf8');
  const misses: string[] = [];
  const running = await listen(async (request) => {
    const url = new URL(request.url);
    const key = url.pathname + url.search;
    if (url.pathname === '/bench/maltal.js') return new Response(bundle, { headers: { 'content-type': 'text/javascript', ...NO_STORE } });
    if (url.pathname === '/bench/chart.js') return new Response(chartjs, { headers: { 'content-type': 'text/javascript', ...NO_STORE } });
    if (url.pathname === '/bench/page.html') {
      const script =
        url.searchParams.get('with') === 'chartjs'
          ? '<script src="/bench/chart.js"></script>'
          : '<script type="module" src="/bench/maltal.js"></script>';
      return new Response(
        `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">
<style>body{margin:0;font-family:sans-serif} maltal-trend,.chart{display:block;width:600px} .chart{height:300px}</style>${script}</head><body></body></html>`,
        { headers: { 'content-type': 'text/html; charset=utf-8', ...NO_STORE } },
      );
    }
    let body = recorded.get(key);
    if (body === undefined && app) {
      const res = await app.request(key);
      body = await res.text();
      if (res.status !== 200) throw new Error(`the API answered ${res.status} to ${key}: ${body.slice(0, 200)}`);
      recorded.set(key, body);
    }
    if (body === undefined) {
      misses.push(key);
      return new Response('{"detail":"not in the fixture"}', {
        status: 404,
        headers: { 'content-type': 'application/problem+json', ...NO_STORE },
      });
    }
    return new Response(body, { headers: { 'content-type': 'application/json', ...NO_STORE } });
  });
  return { ...running, misses };
}

/**
 * A page of the fixture server. With `fixture`, the page's `fetch` answers those URLs from memory
 * (parsed by the same Response.json() a network answer would be), so neither side measures the
 * network or the server.
 */
async function newPage(browser: Browser, url: string, fixture?: Record<string, string>): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    reducedMotion: 'reduce',
  });
  if (fixture) {
    await context.addInitScript((answers: Record<string, string>) => {
      const g = globalThis as any;
      const network = g.fetch.bind(g);
      g.fetch = async (input: any, init?: any) => {
        const url = new URL(typeof input === 'string' ? input : input.url, g.location.href);
        const body = answers[url.pathname + url.search];
        if (body === undefined) return network(input, init);
        return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      };
    }, fixture);
  }
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  return page;
}

/** Milliseconds from inserting `codes.length` trend elements to the frame after all have drawn. */
async function timeWidgets(browser: Browser, base: string, codes: string[], fixture?: Record<string, string>): Promise<number> {
  const page = await newPage(browser, `${base}/bench/page.html?with=widgets`, fixture);
  try {
    await page.waitForFunction(() => (globalThis as any).customElements.get('maltal-trend') !== undefined);
    return await page.evaluate(
      async ({ codes, indicator }) => {
        const g = globalThis as any;
        const doc = g.document;
        const t0 = performance.now();
        const elements = codes.map((code) => {
          const el = doc.createElement('maltal-trend');
          el.setAttribute('indicator', indicator);
          el.setAttribute('geo', code);
          el.setAttribute('reference', 'none');
          return el;
        });
        const loaded = elements.map(
          (el: any) =>
            new Promise<void>((resolve, reject) => {
              el.addEventListener('maltal-load', () => resolve(), { once: true });
              el.addEventListener('maltal-error', (e: any) => reject(new Error(e.detail?.message ?? 'maltal-error')), { once: true });
            }),
        );
        doc.body.append(...elements);
        await Promise.all(loaded);
        await Promise.all(elements.map((el: any) => el.updateComplete));
        await new Promise((resolve) => g.requestAnimationFrame(() => setTimeout(resolve)));
        const t1 = performance.now();
        const drawn = elements.filter((el: any) => el.state === 'ready' && el.shadowRoot.querySelector('svg path')).length;
        if (drawn !== codes.length) throw new Error(`only ${drawn} of ${codes.length} widgets drew a line`);
        return t1 - t0;
      },
      { codes, indicator: INDICATOR },
    );
  } finally {
    await page.context().close();
  }
}

/** The same with Chart.js: per chart, the same fetch, then `new Chart()` on a 600 × 300 canvas. */
async function timeChartJs(browser: Browser, base: string, codes: string[], fixture?: Record<string, string>): Promise<number> {
  const page = await newPage(browser, `${base}/bench/page.html?with=chartjs`, fixture);
  try {
    return await page.evaluate(
      async ({ codes, indicator }) => {
        const g = globalThis as any;
        const doc = g.document;
        const t0 = performance.now();
        const charts = await Promise.all(
          codes.map(async (code) => {
            const box = doc.createElement('div');
            box.className = 'chart';
            const canvas = doc.createElement('canvas');
            canvas.width = 600;
            canvas.height = 300;
            box.append(canvas);
            doc.body.append(box);
            const answer: any = await (await fetch(`/v1/observations?indicator=${indicator}&geo=${code}`)).json();
            const rows = answer.data.filter((r: any) => r.gender === 'T' && r.breakdown === 'total');
            return new g.Chart(canvas, {
              type: 'line',
              data: {
                labels: rows.map((r: any) => r.period),
                datasets: [
                  { label: rows[0]?.geo_name ?? code, data: rows.map((r: any) => r.value), borderColor: '#0072B2', spanGaps: false },
                ],
              },
              options: {
                animation: false,
                responsive: false,
                plugins: { title: { display: true, text: answer.meta.indicators[0].title_sv } },
              },
            });
          }),
        );
        await new Promise((resolve) => g.requestAnimationFrame(() => setTimeout(resolve)));
        const t1 = performance.now();
        if (charts.length !== codes.length) throw new Error('Chart.js drew fewer charts than asked');
        return t1 - t0;
      },
      { codes, indicator: INDICATOR },
    );
  } finally {
    await page.context().close();
  }
}

/** The first CHARTS kommuner of Stockholms län with values of the indicator. */
async function stockholmKommuner(app: ReturnType<typeof createNodeApp>): Promise<string[]> {
  const res = await app.request(`/v1/observations?indicator=${INDICATOR}&county=01&latest=true&gender=T`);
  const rows = ((await res.json()) as { data: { geo: string; value: number | null }[] }).data;
  const codes = [...new Set(rows.filter((r) => r.value !== null && /^01\d\d$/.test(r.geo)).map((r) => r.geo))].sort();
  if (codes.length < CHARTS) throw new Error(`only ${codes.length} kommuner in Stockholms län have ${INDICATOR}`);
  return codes.slice(0, CHARTS);
}

/** `runs`: drawing runs per case (the short form in `npm test` draws once). */
export async function benchWidgets(dbPath: string, runs: number = RUNS): Promise<string> {
  const { bundle, rows: sizes } = await bundleSizes();
  const app = createNodeApp(openNodeDb(dbPath));
  const codes = await stockholmKommuner(app);

  // Record: one page of every chart against the real API, through the fixture server.
  const recorded = new Map<string, string>();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const servers: ServerType[] = [];
  try {
    const recorder = await fixtureServer(bundle, recorded, app);
    servers.push(recorder.server);
    await timeWidgets(browser, recorder.url, codes);
    await timeChartJs(browser, recorder.url, codes);
    mkdirSync(join(repoRoot, 'dist/bench'), { recursive: true });
    writeFileSync(FIXTURE_PATH, `${JSON.stringify(Object.fromEntries(recorded), null, 1)}\n`);

    // Replay: both sides fed the fixture from memory inside the page; the server only serves the scripts.
    const fixture = Object.fromEntries(recorded);
    const replay = await fixtureServer(bundle, new Map(), undefined);
    servers.push(replay.server);
    const times = { one: { widget: [] as number[], chartjs: [] as number[] }, page: { widget: [] as number[], chartjs: [] as number[] } };
    for (let run = 0; run < runs; run++) {
      for (const [key, n] of [
        ['one', 1],
        ['page', CHARTS],
      ] as const) {
        const subset = codes.slice(0, n);
        const sides = [
          async () => times[key].widget.push(await timeWidgets(browser, replay.url, subset, fixture)),
          async () => times[key].chartjs.push(await timeChartJs(browser, replay.url, subset, fixture)),
        ];
        if (run % 2 === 1) sides.reverse();
        for (const side of sides) await side();
      }
    }
    if (replay.misses.length > 0)
      throw new Error(`the replay was asked for what was not recorded: ${replay.misses.slice(0, 3).join(', ')}`);

    const whole = sizes[0]!;
    const oneW = median(times.one.widget);
    const oneC = median(times.one.chartjs);
    const pageW = median(times.page.widget);
    const pageC = median(times.page.chartjs);
    const ratio = pageW / pageC;
    const over = sizes.filter((s) => !s.what.startsWith('Chart.js') && !(s.gzip / 1024 <= BUNDLE_TARGET_KB));
    const lines = [
      '| Bundle | bytes | gzip (KB) |',
      '|---|--:|--:|',
      ...sizes.map((s) => `| ${s.what} | ${Number.isNaN(s.bytes) ? '–' : s.bytes} | ${Number.isNaN(s.gzip) ? '–' : kb(s.gzip)} |`),
      '',
      `Drawing ${INDICATOR} in headless Chromium, ${runs} runs each, median (all runs in ms):`,
      '',
      '| Case | Måltal maltal-trend (ms) | Chart.js (ms) | Måltal / Chart.js |',
      '|---|--:|--:|--:|',
      `| one chart (${codes[0]}) | ${oneW.toFixed(0)} (${times.one.widget.map((t) => t.toFixed(0)).join(', ')}) | ${oneC.toFixed(0)} (${times.one.chartjs.map((t) => t.toFixed(0)).join(', ')}) | ${(oneW / oneC).toFixed(2)}× |`,
      `| a page of ${CHARTS} charts (${codes[0]}…${codes.at(-1)}) | ${pageW.toFixed(0)} (${times.page.widget.map((t) => t.toFixed(0)).join(', ')}) | ${pageC.toFixed(0)} (${times.page.chartjs.map((t) => t.toFixed(0)).join(', ')}) | ${ratio.toFixed(2)}× |`,
      '',
      `Fixture: ${recorded.size} recorded API answers (dist/bench/widgets-fixture.json), fed to both sides from memory in the page.`,
      [
        over.length === 0
          ? `Bundle target met: every build ≤ ${BUNDLE_TARGET_KB} KB gzipped (whole bundle ${kb(whole.gzip)} KB).`
          : `Bundle target missed: ${over.map((s) => `${s.what} ${kb(s.gzip)} KB`).join('; ')} > ${BUNDLE_TARGET_KB} KB.`,
        ratio <= 0.5
          ? `Page target met: ${ratio.toFixed(2)}× ≤ 0.5× Chart.js's time.`
          : `Page target missed: ${ratio.toFixed(2)}× > 0.5× Chart.js's time.`,
      ].join(' '),
    ];
    return lines.join('\n');
  } finally {
    await browser.close();
    for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The widget part alone: `npx tsx scripts/bench/widgets-bench.ts`.
  console.log(await benchWidgets(readNodeEnv().dbPath));
}
