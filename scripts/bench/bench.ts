/**
 * `npm run bench`: loads the real Måltal server and a plain node:http + better-sqlite3 baseline
 * (scripts/bench/baseline-server.ts) with the same observation queries over the same database,
 * and prints requests/s, p50 and p99 latency and the ratio Måltal/baseline as a Markdown table.
 * Everything runs on 127.0.0.1; each run lasts BENCH_SECONDS (default 10) per server, query and
 * connection count. Exits 1 when a server does not start or the two answer different rows.
 * Then the worker part (worker-bench.ts): the edge worker in workerd, cached and uncached; then the
 * widget part (widgets-bench.ts): bundle sizes and drawing time in Chromium next to Chart.js.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { readNodeEnv, repoRoot } from '../../api/node-env.ts';
import { killChildrenOnExit, startServer, stopServer, type RunningServer } from './servers.ts';
import { benchPages } from './pages-bench.ts';
import { benchWidgets } from './widgets-bench.ts';
import { benchWorker } from './worker-bench.ts';

/** The queries of the issue: a short series, a wide map, a breakdown by sector. */
const CASES = [
  { id: 'a', label: 'one indicator, one kommun, all years', path: '/v1/observations?indicator=N00914&geo=0136' },
  { id: 'b', label: 'one indicator, 290 kommuner, one year', path: '/v1/observations?indicator=population&type=municipality&from=2024&to=2024&gender=T' },
  { id: 'c', label: 'emissions by sector, one kommun', path: '/v1/observations?indicator=ghg_emissions_territorial&geo=1280' },
] as const;
const CONNECTIONS = [1, 16] as const;
const ROW_FIELDS = ['indicator', 'geo', 'geo_name', 'period', 'gender', 'breakdown', 'breakdown_label', 'value', 'status', 'note', 'sources', 'n', 'ci_low', 'ci_high'];
/** Requests sent before each measured run so both servers are measured with warm JIT and caches. */
const WARMUP_REQUESTS = 500;

/** The part of autocannon's result this script reads (autocannon ships no types). */
interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: { url: string; connections: number; duration?: number; amount?: number }) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * The benchmark's one setting. Read here rather than in api/node-env.ts because it concerns this
 * script only.
 */
function readBenchSeconds(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.BENCH_SECONDS ?? 10);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`BENCH_SECONDS must be a positive number, got '${env.BENCH_SECONDS}'`);
  return seconds;
}

async function dataRows(server: RunningServer, path: string): Promise<{ rows: Record<string, unknown>[]; bytes: number }> {
  const res = await fetch(server.origin + path);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${server.name} answered ${res.status} to ${path}: ${body.slice(0, 300)}`);
  const rows = (JSON.parse(body) as { data?: Record<string, unknown>[] }).data;
  if (!Array.isArray(rows)) throw new Error(`${server.name} answered ${path} without a data array`);
  return { rows, bytes: Buffer.byteLength(body) };
}

/** Fails unless both servers answer the same rows with the same fields and values, in the same order. */
async function checkSameRows(maltal: RunningServer, baseline: RunningServer, path: string): Promise<{ rows: number; bytes: [number, number] }> {
  const [a, b] = await Promise.all([dataRows(maltal, path), dataRows(baseline, path)]);
  if (a.rows.length === 0) throw new Error(`${path} answers no rows; the comparison would be empty`);
  if (a.rows.length !== b.rows.length) throw new Error(`${path}: Måltal answers ${a.rows.length} rows, the baseline ${b.rows.length}`);
  a.rows.forEach((row, i) => {
    const keys = Object.keys(row);
    if (!isDeepStrictEqual(keys, ROW_FIELDS)) throw new Error(`${path}: Måltal row ${i} has fields ${keys.join(',')}`);
    if (!isDeepStrictEqual(row, b.rows[i])) {
      throw new Error(`${path}: row ${i} differs\n  Måltal:   ${JSON.stringify(row)}\n  baseline: ${JSON.stringify(b.rows[i])}`);
    }
  });
  return { rows: a.rows.length, bytes: [a.bytes, b.bytes] };
}

async function load(server: RunningServer, path: string, connections: number, seconds: number): Promise<LoadResult> {
  const url = server.origin + path;
  await autocannon({ url, connections, amount: WARMUP_REQUESTS });
  const result = await autocannon({ url, connections, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${server.name} ${path}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts under load`);
  }
  return result;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

async function main(track: (child: ChildProcess) => void): Promise<void> {
  const seconds = readBenchSeconds(process.env);
  const { dbPath } = readNodeEnv();
  if (!existsSync(dbPath)) throw new Error(`no database at ${dbPath}; run npm run build:db first`);

  const servers: RunningServer[] = [];
  try {
    const probePath = CASES[0].path;
    const maltal = await startServer({ name: 'Måltal', script: 'api/node.ts', cwd: repoRoot, probePath, onSpawn: track });
    servers.push(maltal);
    const baseline = await startServer({ name: 'baseline', script: 'scripts/bench/baseline-server.ts', cwd: repoRoot, probePath, onSpawn: track });
    servers.push(baseline);

    const sizes = new Map<string, { rows: number; bytes: [number, number] }>();
    for (const c of CASES) sizes.set(c.id, await checkSameRows(maltal, baseline, c.path));
    console.error(`Both servers answer the same rows for all ${CASES.length} queries; loading each for ${seconds} s per run.`);

    const lines = [
      '| Query | Rows | Conns | Måltal req/s | Baseline req/s | Ratio | Måltal p50 / p99 (ms) | Baseline p50 / p99 (ms) | Måltal / baseline mean (ms) |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ];
    const misses: string[] = [];
    for (const c of CASES) {
      for (const connections of CONNECTIONS) {
        const m = await load(maltal, c.path, connections, seconds);
        const b = await load(baseline, c.path, connections, seconds);
        const ratio = m.requests.average / b.requests.average;
        console.error(`  ${c.id} × ${connections}: Måltal ${fmt(m.requests.average)} req/s, baseline ${fmt(b.requests.average)} req/s`);
        lines.push(
          `| ${c.id}. ${c.label} | ${sizes.get(c.id)?.rows} | ${connections} | ${fmt(m.requests.average)} | ${fmt(b.requests.average)} | ${fmt(ratio, 2)}× | ` +
            `${m.latency.p50} / ${m.latency.p99} | ${b.latency.p50} / ${b.latency.p99} | ${fmt(m.latency.average, 2)} / ${fmt(b.latency.average, 2)} |`,
        );
        if (ratio < 1.5) misses.push(`${c.id} × ${connections}: ratio ${fmt(ratio, 2)}× < 1.5×`);
        if (connections === 1 && m.latency.p99 >= 5) misses.push(`${c.id} × 1: Måltal p99 ${m.latency.p99} ms ≥ 5 ms`);
      }
    }
    const bytes = CASES.map((c) => `${c.id} ${sizes.get(c.id)?.bytes.join(' / ')}`).join(', ');
    console.log(`Måltal vs baseline, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${seconds} s a run\n`);
    console.log(lines.join('\n'));
    console.log(`\nResponse bytes (Måltal / baseline): ${bytes}.`);
    console.log(misses.length === 0 ? 'Targets met: ratio ≥ 1.5× everywhere, p99 < 5 ms at one connection.' : `Targets missed: ${misses.join('; ')}.`);
    console.log(`\nThe worker (workerd + local D1 through Miniflare) next to Node, one client, ${seconds} s a run\n`);
    console.log(await benchWorker(CASES, readNodeEnv().dbPath, seconds));
    console.log('\nThe widgets: bundle size, and drawing in headless Chromium next to Chart.js (widgets-bench.ts)\n');
    console.log(await benchWidgets(dbPath));
    console.log('\nThe pages for people: server render time and size (pages-bench.ts)\n');
    console.log(await benchPages(dbPath));
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

// On Ctrl-C or kill, take the servers down with us: they would otherwise keep their ports.
main(killChildrenOnExit()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
