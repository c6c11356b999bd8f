/**
 * `npm run fuzz`: the long property-based run over every GET operation of the OpenAPI document
 * (scripts/lib/openapi-fuzz.ts), in process against the local database, built first if needed.
 * FUZZ_RUNS requests per operation (default 1000), FUZZ_SEED to repeat a run; FUZZ_ONLY and
 * FUZZ_PATH, as printed for a failure, replay that failure alone. Prints the requests per
 * operation and in all; exits 1 on any answer that breaks the property.
 */
import { readNodeEnv } from '../api/node-env.ts';
import { createNodeApp, openNodeDb } from '../api/node.ts';
import { buildDatabase } from './lib/build-database.ts';
import { collectRealValues } from './lib/fuzz-real-values.ts';
import { fuzzOperation, getOperations, type OpenApiDocument, type OperationResult } from './lib/openapi-fuzz.ts';

interface FuzzEnv {
  runs: number;
  seed: number;
  only: string | undefined;
  replayPath: string | undefined;
}

/** This script's settings. Read here rather than in api/node-env.ts because they concern it only. */
function readFuzzEnv(env: NodeJS.ProcessEnv): FuzzEnv {
  const runs = Number(env.FUZZ_RUNS ?? 1000);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a whole number of at least 1, got '${env.FUZZ_RUNS}'`);
  const seed = env.FUZZ_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(env.FUZZ_SEED);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, got '${env.FUZZ_SEED}'`);
  return { runs, seed, only: env.FUZZ_ONLY || undefined, replayPath: env.FUZZ_PATH || undefined };
}

const env = readNodeEnv();
const fuzz = readFuzzEnv(process.env);
buildDatabase({ datasetsDir: env.datasetsDir, dbPath: env.dbPath, ifNeeded: true });
const app = createNodeApp(openNodeDb(env.dbPath));

/** Requests made to read the document and the real ids, reported beside the fuzzing requests. */
let setupRequests = 0;

async function getJson(path: string): Promise<any> {
  setupRequests++;
  const res = await app.request(path);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}; the fuzzer needs it to read real ids`);
  return res.json();
}

const doc = (await getJson('/openapi.json')) as OpenApiDocument;
const real = await collectRealValues(getJson);
const operations = getOperations(doc).filter((op) => !fuzz.only || op.key === fuzz.only);
if (operations.length === 0) throw new Error(`no GET operation is '${fuzz.only}'; the keys look like 'GET /v1/indicators/{id}'`);

console.log(
  `Fuzzing ${operations.length} GET operations, ${fuzz.runs} runs each, seed ${fuzz.seed}${fuzz.replayPath ? `, replaying path ${fuzz.replayPath}` : ''}.`,
);
const started = performance.now();
const results: OperationResult[] = [];
for (const op of operations) {
  const opStarted = performance.now();
  const result = await fuzzOperation(op, real, {
    send: (r) => app.request(r.url, { headers: r.headers }),
    runs: fuzz.runs,
    seed: fuzz.seed,
    ...(fuzz.replayPath ? { replayPath: fuzz.replayPath } : {}),
  });
  results.push(result);
  const seconds = ((performance.now() - opStarted) / 1000).toFixed(1);
  const statuses = [...result.statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
  console.log(
    `${result.failure ? 'FAIL' : 'ok  '}  ${String(result.requests).padStart(7)} requests  ${seconds.padStart(6)} s  ${op.key.padEnd(36)} ${statuses}`,
  );
}

const total = results.reduce((sum, r) => sum + r.requests, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const failures = results.filter((r) => r.failure);
console.log(
  `\n${total} requests tried over ${results.length} operations in ${seconds} s (seed ${fuzz.seed}, ${fuzz.runs} runs each), ` +
    `after ${setupRequests} requests to read the document and real ids.`,
);
for (const { key, failure } of failures) {
  console.error(`\n${key}: ${failure!.violations.join('; ')}`);
  const { url } = failure!.request;
  console.error(
    `  GET ${url.length > 400 ? `${url.slice(0, 400)}… (${url.length} characters)` : url}${Object.entries(failure!.request.headers)
      .map(([k, v]) => `\n  ${k}: ${v}`)
      .join('')}`,
  );
  console.error(
    `  replay: FUZZ_SEED=${failure!.seed} FUZZ_ONLY='${key}' FUZZ_PATH='${failure!.path}' FUZZ_RUNS=${fuzz.runs} npx tsx scripts/fuzz.ts`,
  );
}
if (failures.length > 0) {
  console.error(`\n${failures.length} of ${results.length} operations broke the property.`);
  process.exit(1);
}
