/**
 * One timed run of `npm run bench`: autocannon over keep-alive connections, each request taking
 * its path (and headers) from a source the caller gives, so that a run can walk random pairs
 * without repeating a URL. Latencies come from autocannon's per-request timings (in fractions of
 * a millisecond, for every status, 304 included), not from its whole-millisecond histogram.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface BenchRequest {
  path: string;
  headers?: Record<string, string>;
}

export interface RunResult {
  reqPerSec: number;
  responses: number;
  /** In ms. */
  p50: number;
  p99: number;
  mean: number;
  statuses: Map<number, number>;
  errors: number;
  timeouts: number;
  bytes: number;
  /** CPU time the server spent per answer (µs), from /proc; NaN where that cannot be read. */
  serverCpuUs: number;
}

/**
 * CPU time (user + system, ms) a process has used, from /proc/<pid>/stat (Linux; clock ticks of
 * 10 ms). The server's CPU time per answer is its capacity on one core whatever the load generator
 * can send, and is less moved by other work on the machine than requests per second.
 */
export function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(event: 'reqError', listener: (error: Error) => void): void;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration?: number;
    amount?: number;
    requests: {
      setupRequest: (request: { path: string; headers?: Record<string, string> }) => { path: string; headers?: Record<string, string> };
    }[];
  },
  done: (error: Error | null) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Loads `origin` for `seconds` (or `amount` requests) at `connections`, each request from `next()`. */
export function run(options: {
  origin: string;
  connections: number;
  seconds?: number;
  amount?: number;
  next: () => BenchRequest;
  serverPid?: number;
}): Promise<RunResult> {
  const cpuBefore = cpuMs(options.serverPid);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  let timeouts = 0;
  let bytes = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const setupRequest = (request: { path: string; headers?: Record<string, string> }) => {
      const { path, headers } = options.next();
      return { ...request, path, headers: { ...request.headers, ...headers } };
    };
    const instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        ...(options.amount === undefined ? { duration: options.seconds } : { amount: options.amount }),
        requests: [{ setupRequest }],
      },
      (error) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        const sorted = Float64Array.from(latencies).sort();
        const at = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
        resolve({
          reqPerSec: latencies.length / seconds,
          responses: latencies.length,
          p50: at(0.5),
          p99: at(0.99),
          mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
          statuses,
          errors,
          timeouts,
          bytes,
          serverCpuUs: ((cpuMs(options.serverPid) - cpuBefore) * 1000) / Math.max(1, latencies.length),
        });
      },
    );
    instance.on('response', (_client, status, size, ms) => {
      latencies.push(ms);
      bytes += size;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
    instance.on('reqError', (error) => {
      errors++;
      if (error.message === 'request timed out') timeouts++;
    });
  });
}

/** The middle value (for three rounds, the one between the others). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
