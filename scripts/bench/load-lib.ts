/**
 * What `npm run load` (load.ts), `npm run soak` (soak.ts) and test/api/load.test.ts share: the URL
 * mix and an autocannon run over it that tallies every answer by URL. The server's memory is read
 * in load-memory.ts; the figures are printed by load-report.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { readNodeEnv, repoRoot } from '../../api/node-env.ts';
import { readRssMb } from './load-memory.ts';
import { startServer, stopServer, type RunningServer } from './servers.ts';

/** One URL of the mix; `weight` is how many times it comes up in one round of the mix. */
export interface MixEntry {
  label: string;
  path: string;
  weight: number;
}

/**
 * What a day of embedded charts, downloads and API users might ask, all answered 2xx: mostly
 * observations in each format, some lists, and now and then the catalogue and the OpenAPI document
 * (each costs ~20–35 ms of CPU, ten times an observation request or more, so they are kept rare).
 * No error responses on purpose: every non-2xx under load counts as a failure.
 */
export const LOAD_MIX: readonly MixEntry[] = [
  { label: 'observations JSON, one indicator, one kommun, all years', path: '/v1/observations?indicator=N00914&geo=0136', weight: 6 },
  {
    label: 'observations JSON, one indicator, 290 kommuner, one year',
    path: '/v1/observations?indicator=population&type=municipality&from=2024&to=2024&gender=T',
    weight: 2,
  },
  {
    label: 'observations CSV, emissions by sector, one kommun',
    path: '/v1/observations?indicator=ghg_emissions_territorial&geo=1280&format=csv',
    weight: 3,
  },
  {
    label: 'observations JSON-stat 2.0, two kommuner, two years',
    path: '/v1/observations?indicator=N00914&geo=0136,0181&from=2017&to=2018&format=json-stat2',
    weight: 3,
  },
  { label: 'indicators list', path: '/v1/indicators', weight: 2 },
  { label: 'plan follow-up', path: '/v1/plans/haninge-arbetsmarknadsstrategi-2020/follow-up', weight: 2 },
  { label: 'geographies, all kommuner', path: '/v1/geographies?type=municipality', weight: 2 },
  { label: 'DCAT catalogue', path: '/v1/catalog', weight: 1 },
  { label: 'OpenAPI document', path: '/openapi.json', weight: 1 },
];

/**
 * One round of the mix with each entry as evenly spread as its weight allows (smooth weighted
 * round-robin), so that no connection sends a burst of the same URL.
 */
export function mixRound(mix: readonly MixEntry[]): number[] {
  const total = mix.reduce((sum, e) => sum + e.weight, 0);
  const current = mix.map(() => 0);
  const round: number[] = [];
  for (let n = 0; n < total; n++) {
    let best = 0;
    mix.forEach((entry, i) => {
      current[i]! += entry.weight;
      if (current[i]! > current[best]!) best = i;
    });
    current[best]! -= total;
    round.push(best);
  }
  return round;
}

/** The part of autocannon's API used here (autocannon ships no types). */
interface AutocannonRequest {
  method: 'GET';
  path: string;
  onResponse: (status: number, body: string) => void;
}
interface AutocannonClient {
  setRequests(requests: AutocannonRequest[]): void;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: AutocannonClient, status: number, bytes: number, ms: number) => void): void;
  on(event: 'reqError', listener: (error: Error) => void): void;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    requests: AutocannonRequest[];
    setupClient: (client: AutocannonClient) => void;
  },
  done: (error: Error | null) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** autocannon's default: a request unanswered after 10 s counts as a timeout (and an error). */
export const TIMEOUT_SECONDS = 10;

/** Every answer to one URL of the mix in one window of a run. */
export interface UrlTally {
  entry: MixEntry;
  responses: number;
  non2xx: number;
  emptyBodies: number;
  bytes: number;
  latencyMsTotal: number;
  latencyMsMax: number;
  statuses: Map<number, number>;
}

/** What happened in one window of a run: the warm-up or the measured part. */
export interface WindowResult {
  seconds: number;
  responses: number;
  reqPerSec: number;
  /** Over every answer, in ms, from autocannon's per-request timings. */
  latency: { p50: number; p97_5: number; p99: number; max: number; mean: number };
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  emptyBodies: number;
  byUrl: UrlTally[];
}

export interface MixResult {
  connections: number;
  rampSeconds: number;
  warmup: WindowResult;
  measured: WindowResult;
  /** Answers that arrived after the measured window, while autocannon wound down (up to 1 s). */
  drain: WindowResult;
  /** Connections that got at least one answer, and the longest any waited, once opened, for its first (ms). */
  connectionsAnswered: number;
  longestFirstWaitMs: number;
}

export interface MixRun {
  /** Answers received so far in the measured window, read by the memory sampler for req/s over time. */
  responses(): number;
  done: Promise<MixResult>;
}

function newWindow(mix: readonly MixEntry[]) {
  return {
    started: performance.now(),
    latencies: [] as number[],
    errors: 0,
    timeouts: 0,
    byUrl: mix.map(
      (entry): UrlTally => ({
        entry,
        responses: 0,
        non2xx: 0,
        emptyBodies: 0,
        bytes: 0,
        latencyMsTotal: 0,
        latencyMsMax: 0,
        statuses: new Map(),
      }),
    ),
  };
}
type Window = ReturnType<typeof newWindow>;

function closeWindow(w: Window, ended: number): WindowResult {
  const seconds = (ended - w.started) / 1000;
  const sorted = Float64Array.from(w.latencies).sort();
  const at = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  const sum = (f: (t: UrlTally) => number) => w.byUrl.reduce((total, t) => total + f(t), 0);
  return {
    seconds,
    responses: sorted.length,
    reqPerSec: seconds > 0 ? sorted.length / seconds : 0,
    latency: {
      p50: at(0.5),
      p97_5: at(0.975),
      p99: at(0.99),
      max: at(1),
      mean: sorted.length === 0 ? 0 : sum((t) => t.latencyMsTotal) / sorted.length,
    },
    errors: w.errors,
    timeouts: w.timeouts,
    non2xx: sum((t) => t.non2xx),
    emptyBodies: sum((t) => t.emptyBodies),
    byUrl: w.byUrl,
  };
}

/** Connections are opened this many at a time when ramping up. */
export const RAMP_GROUP = 4;

/**
 * Loads `origin` with the mix over `connections` keep-alive connections, each going round the mix
 * from its own starting point: `warmupSeconds` of warm-up, then `seconds` measured on the same
 * connections. Every answer is tallied by URL with its status, size and latency, in the window it
 * arrived in.
 *
 * With `rampSeconds`, the connections are opened RAMP_GROUP at a time, evenly over that time
 * (one autocannon instance per group), rather than all at once. Node 20's libuv accepts one
 * connection per event-loop turn, and a turn of a saturated server answers every connection that
 * is waiting, so connections opened all at once to a busy server wait one turn longer each for
 * their first answer: on 2 busy cores the last of 64 waited more than autocannon's 10 s timeout.
 * The ramp-up is reported as the longest any connection waited for its first answer.
 */
export function runMix(options: {
  origin: string;
  mix: readonly MixEntry[];
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  rampSeconds?: number;
  /** Called when the warm-up ends and the measured window begins. */
  onMeasureStart?: () => void;
}): MixRun {
  const { mix, connections, seconds, warmupSeconds = 0, rampSeconds = 0 } = options;
  if (rampSeconds > warmupSeconds) throw new Error(`the ramp-up (${rampSeconds} s) must end within the warm-up (${warmupSeconds} s)`);
  const warmup = newWindow(mix);
  let measured: Window | undefined;
  let drain: Window | undefined;
  let current = warmup;
  // autocannon calls a request's onResponse and then, synchronously, emits 'response' with the
  // latency; `answered` carries the URL from the first to the second.
  let answered: UrlTally | undefined;
  const round = mixRound(mix);
  const requests = round.map(
    (i): AutocannonRequest => ({
      method: 'GET',
      path: mix[i]!.path,
      onResponse: (status, body) => {
        const tally = current.byUrl[i]!;
        tally.responses++;
        tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
        if (status < 200 || status > 299) tally.non2xx++;
        if (body.length === 0) tally.emptyBodies++;
        tally.bytes += Buffer.byteLength(body);
        answered = tally;
      },
    }),
  );
  // Connection k starts at the first place of URL k mod n in the round, so that the first n
  // connections to be answered cover every URL of the mix.
  const firstPlace = mix.map((_, i) => round.indexOf(i));
  const opened = new Map<AutocannonClient, number>();
  const firstWaits = new Map<AutocannonClient, number>();
  const setupClient = (c: AutocannonClient) => {
    const start = firstPlace[opened.size % mix.length]!;
    opened.set(c, performance.now());
    c.setRequests([...requests.slice(start), ...requests.slice(0, start)].map((r) => ({ ...r })));
  };

  const started = performance.now();
  const total = warmupSeconds + seconds;
  const onResponse = (c: AutocannonClient, _status: number, _bytes: number, ms: number) => {
    if (!firstWaits.has(c)) firstWaits.set(c, performance.now() - (opened.get(c) ?? started));
    current.latencies.push(ms);
    if (answered) {
      answered.latencyMsTotal += ms;
      answered.latencyMsMax = Math.max(answered.latencyMsMax, ms);
    }
    answered = undefined;
  };
  const onError = (error: Error) => {
    current.errors++;
    if (error.message === 'request timed out') current.timeouts++;
  };

  const groups = rampSeconds > 0 ? Math.ceil(connections / RAMP_GROUP) : 1;
  const timers: NodeJS.Timeout[] = [];
  const instances: Promise<void>[] = [];
  for (let g = 0; g < groups; g++) {
    const size = groups === 1 ? connections : Math.min(RAMP_GROUP, connections - g * RAMP_GROUP);
    const offset = groups === 1 ? 0 : (g * rampSeconds) / groups;
    instances.push(
      new Promise((resolve, reject) => {
        const start = () => {
          const elapsed = (performance.now() - started) / 1000;
          const instance = autocannon(
            { url: options.origin, connections: size, duration: total - elapsed, requests, setupClient },
            (error) => (error ? reject(error) : resolve()),
          );
          instance.on('response', onResponse);
          instance.on('reqError', onError);
        };
        if (offset === 0) start();
        else timers.push(setTimeout(start, offset * 1000));
      }),
    );
  }
  // Never synchronously: onMeasureStart may use what runMix returns.
  timers.push(
    setTimeout(() => {
      measured = current = newWindow(mix);
      options.onMeasureStart?.();
    }, warmupSeconds * 1000),
  );
  // autocannon stops on its next one-second tick after `duration`; answers after the measured
  // window still count against the run, but not in its figures.
  timers.push(setTimeout(() => (drain = current = newWindow(mix)), total * 1000));

  const done = Promise.all(instances).then((): MixResult => {
    for (const timer of timers) clearTimeout(timer);
    const ended = performance.now();
    const m = measured ?? newWindow(mix);
    const d = drain ?? newWindow(mix);
    return {
      connections,
      rampSeconds,
      warmup: closeWindow(warmup, measured ? m.started : ended),
      measured: closeWindow(m, drain ? d.started : ended),
      drain: closeWindow(d, ended),
      connectionsAnswered: firstWaits.size,
      longestFirstWaitMs: Math.max(0, ...firstWaits.values()),
    };
  });
  return { responses: () => measured?.latencies.length ?? 0, done };
}

/** Fetches every URL of the mix once and fails unless each answers 2xx with a body; returns the sizes. */
export async function checkMix(origin: string, mix: readonly MixEntry[]): Promise<number[]> {
  const sizes: number[] = [];
  for (const { path } of mix) {
    const res = await fetch(origin + path);
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path} answered ${res.status} before any load: ${Buffer.from(body).toString().slice(0, 300)}`);
    if (body.byteLength === 0) throw new Error(`${path} answered ${res.status} with an empty body before any load`);
    sizes.push(body.byteLength);
  }
  return sizes;
}

/**
 * A positive number from the environment, or `fallback`. Read here rather than in
 * api/node-env.ts because these settings concern the load scripts only.
 */
export function readPositiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const value = Number(raw ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got '${raw}'`);
  return value;
}

/** The real server over the built database (`npm run build:db`), checked to answer every URL of the mix. */
export async function startMixServer(
  track: (child: ChildProcess) => void,
): Promise<{ server: RunningServer; pid: number; startRssMb: number; loadBefore: number }> {
  const { dbPath } = readNodeEnv();
  if (!existsSync(dbPath))
    throw new Error(`no database at ${dbPath}; run npm run build:db first (npm run bench, load and soak build it when needed)`);
  const server = await startServer({ name: 'Måltal', script: 'api/node.ts', cwd: repoRoot, probePath: LOAD_MIX[0]!.path, onSpawn: track });
  try {
    await checkMix(server.origin, LOAD_MIX);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  const pid = server.child.pid!;
  return { server, pid, startRssMb: readRssMb(pid), loadBefore: loadavg()[0]! };
}
