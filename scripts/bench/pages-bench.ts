/**
 * The pages part of `npm run bench` (issue 13): how long the Node app takes to render a kommun's
 * page, an indicator's page and a plan's follow-up page over the real database, and how large each
 * page is. In-process (`app.request()`, no HTTP), so the time is the server's render time: queries,
 * follow-up arithmetic and HTML. Each case cycles through several real pages of its kind (the
 * first pass warms the JIT and the per-database caches, as a running server has them), then
 * REQUESTS more; p50 and p99 of those. Sizes are of the HTML and the style sheet it loads, before
 * compression (gzip beside, for reference). Targets: p50 < 20 ms, HTML + CSS < 100 KB.
 */
import { loadavg, cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readNodeEnv } from '../../api/node-env.ts';
import { createNodeApp, openNodeDb } from '../../api/node.ts';

const REQUESTS = 200;
const TARGET_P50_MS = 20;
const TARGET_KB = 100;

/** Each case: the page whose size is reported first, then the others it cycles through. */
export const PAGE_CASES = [
  {
    id: 'kommun',
    label: 'kommun page',
    paths: [
      '0181-sodertalje',
      '0136-haninge',
      '1280-malmo',
      '1961-hallstahammar',
      '0180-stockholm',
      '1480-goteborg',
      '2584-kiruna',
      '0980-gotland',
      '1880-orebro',
      '2480-umea',
    ].map((p) => `/kommun/${p}`),
  },
  {
    id: 'indicator',
    label: 'indicator page',
    paths: [
      '/matt/scb-bas-sysselsattningsgrad-20-64',
      '/matt/scb-bas-sysselsattningsgrad-20-64?uppdelning=utrikes-fodd&geo=0181,01,SE',
      '/matt/scb-bas-arbetsloshet-20-64?lan=01&sort=namn',
      '/matt/N01982',
      '/matt/population',
      '/matt/ghg_emissions_territorial?geo=1280',
      '/matt/N00914?geo=0136,0181',
      '/matt/scb-bas-manad-sysselsattningsgrad-20-64',
    ],
  },
  {
    id: 'plan',
    label: 'plan page',
    paths: [
      '/plan/malmo-kf-mal-2024',
      '/plan/haninge-arbetsmarknadsstrategi-2020',
      '/plan/sodertalje-arbetsmarknadsuppdrag-2017',
      '/plan/hallstahammar-hallbar-utveckling-2021',
    ],
  },
] as const;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function benchPages(dbPath: string, requests = REQUESTS): Promise<string> {
  const app = createNodeApp(openNodeDb(dbPath));
  const get = async (path: string) => {
    const res = await app.request(path);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    return body;
  };
  const css = await get('/styles/sidor.css');
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const lines = [
    `| Page | Pages cycled | p50 (ms) | p99 (ms) | mean (ms) | HTML (KB) | HTML + CSS (KB) | gzip HTML (KB) |`,
    `|---|--:|--:|--:|--:|--:|--:|--:|`,
  ];
  const misses: string[] = [];
  for (const c of PAGE_CASES) {
    for (const path of c.paths) await get(path); // warm: JIT, reference data, per-database caches
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const path = c.paths[i % c.paths.length]!;
      const start = performance.now();
      await get(path);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const html = await get(c.paths[0]);
    const bytes = Buffer.byteLength(html);
    const total = bytes + Buffer.byteLength(css);
    const p50 = pct(times, 50);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    lines.push(
      `| ${c.label} (\`${c.paths[0]}\`) | ${c.paths.length} | ${p50.toFixed(1)} | ${pct(times, 99).toFixed(1)} | ${mean.toFixed(1)} | ${kb(bytes)} | ${kb(total)} | ${kb(gzipSync(html).length)} |`,
    );
    if (p50 >= TARGET_P50_MS) misses.push(`${c.id} p50 ${p50.toFixed(1)} ms ≥ ${TARGET_P50_MS} ms`);
    if (total >= TARGET_KB * 1024) misses.push(`${c.id} HTML + CSS ${kb(total)} KB ≥ ${TARGET_KB} KB`);
  }
  lines.push(
    '',
    `${requests} requests a case after one warm pass, in-process (app.request), ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load average before: ${load}, after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}.`,
    misses.length === 0
      ? `Targets met: p50 < ${TARGET_P50_MS} ms and HTML + CSS < ${TARGET_KB} KB for every page.`
      : `Targets missed: ${misses.join('; ')}.`,
  );
  return lines.join('\n');
}

// `tsx scripts/bench/pages-bench.ts` runs this part alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchPages(readNodeEnv().dbPath).then(console.log, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
