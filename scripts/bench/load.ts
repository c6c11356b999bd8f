/**
 * `npm run load`: starts the real Måltal server (`node --import tsx api/node.ts`) over the database
 * built by `npm run build:db`, checks that every URL of the mix (load-lib.ts) answers, then loads
 * it with autocannon at 64 connections on 127.0.0.1: 15 s of warm-up (connections opened over the
 * first 8 s), then LOAD_SECONDS (default 60) measured on the same connections, sampling the
 * server's RSS every second. Prints the figures as Markdown for BENCHMARKS.md. Exits 1 on any
 * connection error, timeout, non-2xx answer or empty body, in the warm-up or after.
 */
import { LOAD_MIX, readPositiveNumber, runMix, startMixServer } from './load-lib.ts';
import { readRssMb, sampleMemory } from './load-memory.ts';
import { failures, machineLine, RUN_TABLE_HEAD, runTableRow, urlTable, warmupLine } from './load-report.ts';
import { killChildrenOnExit, stopServer } from './servers.ts';

const CONNECTIONS = 64;
/** Connections are opened a few at a time over this long (load-lib.ts says why)... */
const RAMP_SECONDS = 8;
/** ...and measuring starts once all have been answered and the JIT has settled. */
const WARMUP_SECONDS = 15;

async function main(track: ReturnType<typeof killChildrenOnExit>): Promise<void> {
  const seconds = readPositiveNumber(process.env, 'LOAD_SECONDS', 60);
  const { server, pid, startRssMb: start, loadBefore } = await startMixServer(track);
  try {
    console.error(`Loading: ${WARMUP_SECONDS} s warm-up, then ${seconds} s measured, at ${CONNECTIONS} connections`);
    let warm = start;
    let sampler: ReturnType<typeof sampleMemory> | undefined;
    const run = runMix({
      origin: server.origin,
      mix: LOAD_MIX,
      connections: CONNECTIONS,
      seconds,
      warmupSeconds: WARMUP_SECONDS,
      rampSeconds: RAMP_SECONDS,
      onMeasureStart: () => {
        warm = readRssMb(pid);
        sampler = sampleMemory(pid, 1000, run.responses);
      },
    });
    const result = await run.done;
    const samples = sampler?.stop() ?? [];
    const end = readRssMb(pid);
    const max = Math.max(...samples.map((s) => s.rssMb), end);

    console.log(machineLine('Load test', loadBefore));
    console.log(
      [
        ...RUN_TABLE_HEAD,
        runTableRow(`load, ${seconds} s after ${WARMUP_SECONDS} s warm-up`, CONNECTIONS, result.measured, { start, warm, max, end }),
      ].join('\n'),
    );
    console.log(`\n${warmupLine(result)}`);
    console.log(
      `\nBy URL, measured window (each connection goes round the mix of ${LOAD_MIX.reduce((s, e) => s + e.weight, 0)} requests from its own starting point):\n`,
    );
    console.log(urlTable(result.measured));
    console.log(
      `\nRSS every 5 s (MB): ${samples
        .filter((_, i) => i % 5 === 0)
        .map((s) => s.rssMb.toFixed(0))
        .join(', ')}`,
    );

    const problems = [
      ...failures('warm-up', result.warmup),
      ...failures('after the measured window', result.drain),
      ...failures('measured', result.measured),
    ];
    if (problems.length > 0) {
      console.log(`\nFAILED: ${problems.join('; ')}.`);
      process.exitCode = 1;
    } else {
      console.log(
        `\nPassed: 0 errors, 0 timeouts, 0 non-2xx, no empty bodies in ${result.warmup.responses + result.measured.responses + result.drain.responses} answers (warm-up included).`,
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
