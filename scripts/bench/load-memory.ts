/**
 * The memory of the server under load, for `npm run load` and `npm run soak`: its resident set
 * size read from /proc (Linux only), sampled over time, and the trend of the samples.
 */
import { readFileSync } from 'node:fs';

/** The resident set size of a process in MB (VmRSS in /proc/<pid>/status, Linux only). */
export function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kb) / 1024;
}

export interface MemorySample {
  /** Seconds since sampling began. */
  at: number;
  rssMb: number;
  /** Answers received by then in the run being sampled. */
  responses: number;
}

/** Samples the server's RSS and the answers so far every `intervalMs`, beginning now. */
export function sampleMemory(
  pid: number,
  intervalMs: number,
  responses: () => number,
): { samples: MemorySample[]; stop(): MemorySample[] } {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const take = () => samples.push({ at: (performance.now() - started) / 1000, rssMb: readRssMb(pid), responses: responses() });
  take();
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/** Slope of y over x by least squares. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}
