// Rule: whatever a client sends to any GET operation of the OpenAPI document, the answer is never a
// 5xx and has a status the operation declares, and every 4xx is application/problem+json whose
// detail says what was wrong and leaks nothing.
// A bounded run with a fixed seed; `npm run fuzz` is the long one (scripts/fuzz.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { checkResponse, type FuzzResponse } from '../../scripts/lib/fuzz-check.ts';
import { collectRealValues } from '../../scripts/lib/fuzz-real-values.ts';
import { fuzzOperation, getOperations, type OpenApiDocument } from '../../scripts/lib/openapi-fuzz.ts';
import { json, testApp } from '../helpers/app.ts';

const SEED = 20_260_422;
const RUNS = 50;

const app = testApp();
const doc = (await json(await app.request('/openapi.json'))) as OpenApiDocument;
const real = await collectRealValues(async (path) => {
  const res = await app.request(path);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return res.json();
});
const requests = new Map<string, number>();

afterAll(() => {
  const total = [...requests.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${total} requests tried over ${requests.size} GET operations (seed ${SEED}, ${RUNS} runs each)`);
});

describe('fuzzing every GET operation of /openapi.json', () => {
  it.each(getOperations(doc).map((op) => [op.key, op] as const))(
    '%s answers every generated request with a declared status below 500, errors as problem+json',
    async (_key, op) => {
      const result = await fuzzOperation(op, real, { send: (r) => app.request(r.url, { headers: r.headers }), runs: RUNS, seed: SEED });
      requests.set(op.key, result.requests);
      expect(
        result.failure,
        `${result.failure?.request.url.slice(0, 500)}\nreplay: seed ${result.failure?.seed}, path ${result.failure?.path}`,
      ).toBeUndefined();
      expect(
        [...result.statuses.keys()].some((s) => s >= 200 && s < 300),
        'no request got past validation',
      ).toBe(true);
    },
  );

  it('exercised every GET operation the document lists, so a new route is fuzzed without more code', () => {
    const listed = Object.entries(doc.paths).flatMap(([path, item]) => ('get' in item ? [`GET ${path}`] : []));
    expect(listed.length).toBeGreaterThanOrEqual(20);
    expect(
      [...requests]
        .filter(([, n]) => n >= RUNS)
        .map(([key]) => key)
        .sort(),
    ).toEqual(listed.sort());
  });
});

describe('the fuzzing check', () => {
  const request = { url: '/v1/indicators/x', headers: {} };
  const problem = (status: number, body: object): FuzzResponse => ({
    status,
    contentType: 'application/problem+json',
    body: JSON.stringify(body),
  });
  const good = { type: 'about:blank', title: 'Not Found', status: 404, detail: "unknown indicator 'x'; see /v1/indicators" };

  it.each<[string, FuzzResponse, RegExp]>([
    ['a 500', problem(500, { ...good, status: 500 }), /status 500/],
    ['a 400 as text/plain', { status: 400, contentType: 'text/plain', body: 'Bad Request' }, /not application\/problem\+json/],
    ['a problem whose status differs from the response', problem(404, { ...good, status: 400 }), /says status 400/],
    ['a problem without a title', problem(404, { ...good, title: undefined }), /no title/],
    ['a problem with a useless detail', problem(404, { ...good, detail: 'error' }), /cannot say what was wrong/],
    [
      "a problem in the validation library's words",
      problem(400, { ...good, status: 400, detail: 'invalid query parameter: q: Invalid input: expected string, received array' }),
      /validation library/,
    ],
    ['a problem with a stack trace', problem(404, { ...good, detail: 'failed\n    at run (file:///srv/a.js:1:2)' }), /stack trace/],
    ['a problem with a source path', problem(404, { ...good, detail: 'failed in /work/main/api/app.ts:80' }), /file path/],
    ['a problem with SQL', problem(404, { ...good, detail: 'SQLITE_ERROR near "SELECT"' }), /SQL/],
    ['an empty 200', { status: 200, contentType: 'application/json', body: '' }, /empty body/],
    ['a 200 that says JSON and is not', { status: 200, contentType: 'application/json', body: '{"data":' }, /not JSON/],
  ])('reports %s', (_name, response, violation) => {
    expect(checkResponse(request, response).join('\n')).toMatch(violation);
  });

  it('lets a good problem and a good 200 pass, and what the request itself said be echoed', () => {
    expect(checkResponse(request, problem(404, good))).toEqual([]);
    expect(
      checkResponse({ url: '/v1/indicators/SELECT', headers: {} }, problem(404, { ...good, detail: "unknown indicator 'SELECT'" })),
    ).toEqual([]);
    expect(checkResponse(request, { status: 200, contentType: 'application/json', body: '{"data":[]}' })).toEqual([]);
  });

  it('makes a run fail and count its requests when the app answers 500', async () => {
    const [op] = getOperations(doc);
    let sent = 0;
    const result = await fuzzOperation(op!, real, {
      send: () => {
        sent++;
        return new Response('{}', { status: 500, headers: { 'content-type': 'application/problem+json' } });
      },
      runs: 5,
      seed: SEED,
    });
    expect(result.failure?.violations.join()).toMatch(/status 500/);
    expect(result.requests).toBe(sent);
    expect(result.failure?.seed).toBe(SEED);
  });
});
