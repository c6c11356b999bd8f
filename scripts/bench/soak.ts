/**
 * `npm run soak`: the load test's server and URL mix (load-lib.ts) for SOAK_MINUTES (default 10)
 * at 16 connections after a 30 s warm-up, sampling the server's RSS every 5 s. Prints req/s and
 * RSS minute by minute, and checks that memory stays flat: the mean RSS of the last minute may
 * exceed that of the first minute after warm-up by at most 20 MB. Exits 1 when it does not, or on
 * any connection error, timeout, non-2xx answer or empty body.
 *
 * 16 connections, not 64: the server is one event loop, and 16 connections keep it busy all the
 * time (`npm run load` answers as many req/s at 64), so the soak sends the same number of
 * requests, which is what a leak grows with, without the extra queueing. 64 is the load test's job.
 */
import { LOAD_MIX, readPositiveNumber, runMix, startMixServer } from './load-lib.ts';
import { leastSquaresSlope, readRssMb, sampleMemory, type MemorySample } from './load-memory.ts';
import { failures, machineLine, RUN_TABLE_HEAD, runTableRow, urlTable, warmupLine } from './load-report.ts';
import { killChildrenOnExit, stopServer } from './servers.ts';

const CONNECTIONS = 16;
const RAMP_SECONDS = 4;
const WARMUP_SECONDS = 30;
const SAMPLE_SECONDS = 5;
/**
 * How much the last minute's mean RSS may exceed the first minute's. RSS swings by up to ~30 MB
 * within a minute as the heap fills and is collected, but minute means moved by under 10 MB in
 * the runs so far; at 170–250 req/s (2 shared cores) for the nine minutes between the two, 20 MB
 * is a leak of 150–230 bytes a request. Comparing means of minutes, not single samples, keeps one
 * sample taken just before a garbage collection from failing the run.
 */
const MAX_GROWTH_MB = 20;

interface Minute {
  minute: number;
  reqPerSec: number;
  rss: { mean: number; min: number; max: number };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** req/s and RSS for each whole minute of the samples. */
function byMinute(samples: MemorySample[]): Minute[] {
  const minutes: Minute[] = [];
  const total = samples.at(-1)?.at ?? 0;
  for (let m = 0; (m + 1) * 60 <= total + SAMPLE_SECONDS / 2; m++) {
    const inside = samples.filter((s) => s.at >= m * 60 && s.at <= (m + 1) * 60 + 0.5);
    const first = inside[0]!;
    const last = inside.at(-1)!;
    const rss = inside.map((s) => s.rssMb);
    minutes.push({
      minute: m + 1,
      reqPerSec: (last.responses - first.responses) / (last.at - first.at),
      rss: { mean: mean(rss), min: Math.min(...rss), max: Math.max(...rss) },
    });
  }
  return minutes;
}

async function main(track: ReturnType<typeof killChildrenOnExit>): Promise<void> {
  const minutes = readPositiveNumber(process.env, 'SOAK_MINUTES', 10);
  if (minutes < 2) throw new Error(`SOAK_MINUTES must be at least 2, to compare a first and a last minute; got ${minutes}`);
  const { server, pid, startRssMb: start, loadBefore } = await startMixServer(track);
  try {
    console.error(`Soaking: ${WARMUP_SECONDS} s warm-up, then ${minutes} min at ${CONNECTIONS} connections, RSS every ${SAMPLE_SECONDS} s`);
    let warm = start;
    let sampler: ReturnType<typeof sampleMemory> | undefined;
    const run = runMix({
      origin: server.origin,
      mix: LOAD_MIX,
      connections: CONNECTIONS,
      seconds: minutes * 60,
      warmupSeconds: WARMUP_SECONDS,
      rampSeconds: RAMP_SECONDS,
      onMeasureStart: () => {
        warm = readRssMb(pid);
        sampler = sampleMemory(pid, SAMPLE_SECONDS * 1000, run.responses);
      },
    });
    const progress = setInterval(() => console.error(`  ${run.responses()} answers, RSS ${readRssMb(pid).toFixed(0)} MB`), 60_000);
    const result = await run.done.finally(() => clearInterval(progress));
    const samples = sampler?.stop() ?? [];
    const end = readRssMb(pid);
    const max = Math.max(...samples.map((s) => s.rssMb), end);

    const perMinute = byMinute(samples);
    const firstMinute = perMinute[0]!;
    const lastMinute = perMinute.at(-1)!;
    const growth = lastMinute.rss.mean - firstMinute.rss.mean;
    const slope = leastSquaresSlope(samples.map((s) => ({ x: s.at / 60, y: s.rssMb })));
    // The two minutes' middles are (duration − 60 s) apart; the answers in between are that share of all.
    const requestsBetween = (result.measured.responses * (result.measured.seconds - 60)) / result.measured.seconds;
    const leak =
      growth > 0 && requestsBetween > 0
        ? `as a leak that would be ${((growth * 1024 * 1024) / requestsBetween).toFixed(0)} bytes a request`
        : 'no growth';

    console.log(machineLine('Soak', loadBefore));
    console.log(
      [
        ...RUN_TABLE_HEAD,
        runTableRow(`soak, ${minutes} min after ${WARMUP_SECONDS} s warm-up`, CONNECTIONS, result.measured, { start, warm, max, end }),
      ].join('\n'),
    );
    console.log(`\n${warmupLine(result)}`);
    console.log('\n| Minute | req/s | RSS mean / min / max (MB) |\n|--:|--:|--:|');
    for (const m of perMinute)
      console.log(
        `| ${m.minute} | ${m.reqPerSec.toFixed(0)} | ${m.rss.mean.toFixed(1)} / ${m.rss.min.toFixed(1)} / ${m.rss.max.toFixed(1)} |`,
      );
    console.log(
      `\nMemory: mean RSS ${firstMinute.rss.mean.toFixed(1)} MB in the first minute, ${lastMinute.rss.mean.toFixed(1)} MB in the last: ` +
        `${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB (limit +${MAX_GROWTH_MB} MB); least-squares slope over all ${samples.length} samples ` +
        `${slope >= 0 ? '+' : ''}${slope.toFixed(2)} MB/min; ${leak}.`,
    );
    console.log(`\nBy URL, measured window:\n`);
    console.log(urlTable(result.measured));

    const problems = [
      ...failures('warm-up', result.warmup),
      ...failures('after the measured window', result.drain),
      ...failures('soak', result.measured),
    ];
    if (growth > MAX_GROWTH_MB)
      problems.push(`memory grew ${growth.toFixed(1)} MB from the first minute to the last, more than ${MAX_GROWTH_MB} MB`);
    if (problems.length > 0) {
      console.log(`\nFAILED: ${problems.join('; ')}.`);
      process.exitCode = 1;
    } else {
      console.log(
        `\nPassed: 0 errors, 0 timeouts, 0 non-2xx, no empty bodies in ${result.warmup.responses + result.measured.responses + result.drain.responses} answers (warm-up included); memory flat within ${MAX_GROWTH_MB} MB.`,
      );
    }
  } finally {
    await stopServer(server);
  }
}

main(killChildrenOnExit()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
