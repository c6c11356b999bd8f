/**
 * How `npm run load` and `npm run soak` judge and print a run: the failures that make them exit 1,
 * and the Markdown tables for BENCHMARKS.md.
 */
import { cpus, loadavg } from 'node:os';
import { RAMP_GROUP, TIMEOUT_SECONDS, type MixResult, type WindowResult } from './load-lib.ts';

const fmt = (n: number, digits = 0) => n.toFixed(digits);

/** Why a window failed, or nothing when it did not: any error, timeout, non-2xx or empty body. */
export function failures(name: string, w: WindowResult): string[] {
  const found: string[] = [];
  if (w.errors > 0) found.push(`${name}: ${w.errors} connection errors (${w.timeouts} of them timeouts after ${TIMEOUT_SECONDS} s)`);
  if (w.non2xx > 0) {
    const urls = w.byUrl
      .filter((t) => t.non2xx > 0)
      .map((t) => `${t.entry.path} ${[...t.statuses].map(([s, n]) => `${n}× ${s}`).join(', ')}`);
    found.push(`${name}: ${w.non2xx} non-2xx answers (${urls.join('; ')})`);
  }
  if (w.emptyBodies > 0) found.push(`${name}: ${w.emptyBodies} answers with an empty body`);
  return found;
}

/** The run's totals as a Markdown table row, under `RUN_TABLE_HEAD`. */
export const RUN_TABLE_HEAD = [
  '| Run | Conns | Seconds | Requests | req/s | p50 / p97.5 / p99 / max (ms) | Errors (timeouts) | Non-2xx | RSS start / after warm-up / max / end (MB) |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
];
export function runTableRow(
  name: string,
  connections: number,
  w: WindowResult,
  rss: { start: number; warm: number; max: number; end: number },
): string {
  const l = w.latency;
  return (
    `| ${name} | ${connections} | ${fmt(w.seconds)} | ${w.responses} | ${fmt(w.reqPerSec)} | ${fmt(l.p50, 1)} / ${fmt(l.p97_5, 1)} / ${fmt(l.p99, 1)} / ${fmt(l.max)} | ` +
    `${w.errors} (${w.timeouts}) | ${w.non2xx} | ${fmt(rss.start)} / ${fmt(rss.warm)} / ${fmt(rss.max)} / ${fmt(rss.end)} |`
  );
}

/** The warm-up in one line: answers, failures and how long connections waited for their first answer. */
export function warmupLine(r: MixResult): string {
  const w = r.warmup;
  const ramp = r.rampSeconds > 0 ? `opened ${RAMP_GROUP} at a time over ${fmt(r.rampSeconds)} s` : 'opened all at once';
  return (
    `Warm-up: ${fmt(w.seconds)} s, ${w.responses} answers (${fmt(w.reqPerSec)} req/s), ${w.errors} errors (${w.timeouts} timeouts), ${w.non2xx} non-2xx. ` +
    `Connections ${ramp}; ${r.connectionsAnswered} of ${r.connections} answered, the longest wait for a first answer ${fmt(r.longestFirstWaitMs)} ms. ` +
    `After the measured window: ${r.drain.responses} answers while autocannon stopped, ${r.drain.errors} errors, ${r.drain.non2xx} non-2xx.`
  );
}

/** The answers by URL as a Markdown table: share of the mix, count, size and latency. */
export function urlTable(w: WindowResult): string {
  const weights = w.byUrl.reduce((s, t) => s + t.entry.weight, 0);
  const lines = ['| URL | Share of mix | Answers | Non-2xx | Bytes each | Mean / max latency (ms) |', '|---|--:|--:|--:|--:|--:|'];
  for (const t of w.byUrl) {
    const mean = t.responses === 0 ? 0 : t.latencyMsTotal / t.responses;
    const bytes = t.responses === 0 ? 0 : t.bytes / t.responses;
    lines.push(
      `| \`${t.entry.path}\` | ${t.entry.weight}/${weights} | ${t.responses} | ${t.non2xx} | ${fmt(bytes)} | ${fmt(mean, 1)} / ${fmt(t.latencyMsMax)} |`,
    );
  }
  return lines.join('\n');
}

/** The line that says when, on what and how busy the machine was: `label` is "Load test" or "Soak". */
export function machineLine(label: string, loadBefore: number): string {
  return (
    `${label}, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ` +
    `load average ${loadBefore.toFixed(1)} before the run and ${loadavg()[0]!.toFixed(1)} after; autocannon in this process, on the same cores as the server\n`
  );
}
