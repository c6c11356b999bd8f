/**
 * Property-based fuzzing of the API from its OpenAPI document: for every GET operation, fast-check
 * arbitraries for its path and query parameters built from their JSON schemas, mixing values taken
 * from the real data with hostile ones, varied Accept headers, repeated and unknown parameters.
 * Every response is judged by `checkResponse` (fuzz-check.ts). Used by the bounded run in
 * test/api/fuzz.test.ts and the long one in scripts/fuzz.ts.
 */
import fc from 'fast-check';
import { checkResponse, readResponse, type FuzzRequest } from './fuzz-check.ts';
import { realValuesFor, type RealValues } from './fuzz-real-values.ts';

/** The part of a parameter's JSON schema the generator reads. */
export interface ParameterSchema {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  example?: unknown;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: ParameterSchema;
}

/** The part of an OpenAPI 3.1 document the fuzzer reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: OpenApiParameter[]; responses?: Record<string, unknown> }>>;
}

export interface FuzzOperation {
  /** `GET /v1/indicators/{id}`: how results and failures are named. */
  key: string;
  path: string;
  parameters: OpenApiParameter[];
  /** The response statuses the operation declares, e.g. ['200', '304', '404']. */
  statuses: string[];
}

/** Every GET operation of the document, in document order. */
export function getOperations(doc: OpenApiDocument): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    item.get ? [{ key: `GET ${path}`, path, parameters: item.get.parameters ?? [], statuses: Object.keys(item.get.responses ?? {}) }] : [],
  );
}

/** Values no parameter should take badly: empty, huge, odd Unicode, injection attempts, many list items. */
export const HOSTILE_VALUES: readonly string[] = [
  '',
  ' ',
  'x'.repeat(10_000),
  'x'.repeat(7_000),
  'a '.repeat(1_500),
  'å '.repeat(3_000),
  '0136,'.repeat(2_000),
  '0136,'.repeat(450),
  'N00914,'.repeat(30),
  ',,,',
  ',',
  'Ångström Ωμέγα 日本語 🦆',
  '\u202Egnp.exe',
  '\uFEFF0136',
  'e\u0301',
  '\u0000',
  '%00',
  '\r\n',
  '\t',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  "' OR 1=1 --",
  '"; DROP TABLE indicators; --',
  '=HYPERLINK("http://x")',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as written.
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  'true',
  '-1',
  '0',
  '1e309',
  '9'.repeat(400),
  '%',
  '%%',
  '%zz',
  '\\',
  '*',
  '_',
  'total,total',
  'T,K,M,X',
];

/** Put into the URL as they are: percent signs that decode to nothing, NUL, traversal, overlong UTF-8. */
export const RAW_FRAGMENTS: readonly string[] = [
  '%00',
  '%zz',
  '%',
  '%E0%A4%A',
  '%FF%FE',
  '%C0%AF',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  'a%2Fb',
  '%u0041',
  '%252e',
  ';',
  '%3B',
  '+',
  '%20',
  '..',
  '.',
  '',
  '%0D%0A',
  '%F0%9F%A6%86',
];

/** Accept headers: the ones formats.ts negotiates, the catalogue's, and ones no server knows. */
export const ACCEPT_HEADERS: readonly string[] = [
  'application/json',
  'text/csv',
  'text/csv; dialect=sv',
  'text/csv;dialect=sv',
  'TEXT/CSV; DIALECT=SV',
  'application/json-stat+json',
  'text/turtle',
  'application/ld+json',
  'application/problem+json',
  '*/*',
  'application/*',
  'text/html',
  'image/png',
  '',
  'garbage',
  ';;;,,,',
  'text/csv;q=0.1, application/json;q=0.9',
  'text/csv;;;',
  `text/csv, ${'a'.repeat(10_000)}`,
  'Ångström/öl',
];

/** Parameter names no operation declares. */
const EXTRA_NAMES = ['foo', '__proto__', 'constructor', 'limit[]', 'format[]', 'a'.repeat(1_000), 'callback', 'Format', 'x%00'];

const NON_NUMERIC = ['abc', '1.5', '1e2', '0x10', ' 7', '7 ', 'NaN', 'Infinity', '-0', '٣', '1,2', '+5', '0b1', '１'];

/**
 * A value the parameter's schema allows: one of its enum, a whole number in range, a real id
 * (alone or a few in a list), its example, or a string matching its pattern.
 */
export function validValueArbitrary(schema: ParameterSchema, real: readonly string[]): fc.Arbitrary<string> {
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if (schema.type === 'integer' || schema.type === 'number') {
    return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000_000 }).map(String);
  }
  if (schema.type === 'boolean') return fc.constantFrom('true', 'false', '1', '0');
  const realistic = [...new Set([...real, ...(typeof schema.example === 'string' ? [schema.example] : [])])];
  const arbs: fc.WeightedArbitrary<string>[] = [];
  if (realistic.length > 0) {
    arbs.push({ arbitrary: fc.constantFrom(...realistic), weight: 4 });
    arbs.push({
      arbitrary: fc.subarray(realistic, { minLength: 1, maxLength: Math.min(4, realistic.length) }).map((xs) => xs.join(',')),
      weight: 1,
    });
  }
  if (schema.pattern) arbs.push({ arbitrary: fc.stringMatching(new RegExp(schema.pattern)), weight: 2 });
  return arbs.length > 0 ? fc.oneof(...arbs) : fc.string({ maxLength: 20 });
}

/** A value the parameter should refuse, or at least survive: out of range, of the wrong type, hostile. */
export function hostileValueArbitrary(schema: ParameterSchema): fc.Arbitrary<string> {
  const arbs: fc.WeightedArbitrary<string>[] = [
    { arbitrary: fc.constantFrom(...HOSTILE_VALUES), weight: 4 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }), weight: 1 },
  ];
  if (schema.enum && schema.enum.length > 0) {
    arbs.push({ arbitrary: fc.mixedCase(fc.constantFrom(...schema.enum)), weight: 2 });
    arbs.push({ arbitrary: fc.constantFrom(...schema.enum).map((v) => `${v} `), weight: 1 });
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = schema.minimum ?? -1_000;
    const max = schema.maximum ?? 1_000_000;
    const outside = [min - 1, max + 1, -1, 0, 2 ** 31, 2 ** 53 + 1].filter((n) => n < min || n > max).map(String);
    arbs.push({ arbitrary: fc.constantFrom(...outside, '1e309', '9'.repeat(400), ...NON_NUMERIC), weight: 4 });
  }
  if (schema.type === 'boolean') arbs.push({ arbitrary: fc.constantFrom('yes', 'TRUE', '2', 'on'), weight: 2 });
  return fc.oneof(...arbs);
}

/** How a value goes into the URL: left out, encoded (the usual), or a raw fragment as it is. */
type Slot = { kind: 'absent' } | { kind: 'value'; value: string } | { kind: 'raw'; raw: string };

const encodeSlot = (slot: Slot) => (slot.kind === 'raw' ? slot.raw : slot.kind === 'value' ? encodeURIComponent(slot.value) : '');

/** At most this many parameters of one request are spoiled, so that each failure points at one or two. */
const MAX_SPOILED = 2;

/**
 * The arbitrary for whole requests to one operation: a URL and its headers. Each parameter is
 * valid or left out, except at most MAX_SPOILED chosen to be hostile; so most requests get past
 * validation into the handler, and the rest probe one parameter at a time. On top: sometimes a
 * parameter twice, unknown parameters, and an Accept header, known or not.
 */
export function requestArbitrary(op: FuzzOperation, real: RealValues): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  const valid = (p: OpenApiParameter) => validValueArbitrary(p.schema ?? {}, realValuesFor(op.path, p.name, real));
  const validSlot = (p: OpenApiParameter): fc.Arbitrary<Slot> => {
    const value = valid(p).map((v): Slot => ({ kind: 'value', value: v }));
    return p.in === 'path' || p.required ? value : fc.oneof(fc.constant<Slot>({ kind: 'absent' }), value);
  };
  const hostileSlot = (p: OpenApiParameter): fc.Arbitrary<Slot> =>
    fc.oneof(
      { arbitrary: hostileValueArbitrary(p.schema ?? {}).map((v): Slot => ({ kind: 'value', value: v })), weight: 4 },
      { arbitrary: fc.constantFrom(...RAW_FRAGMENTS).map((raw): Slot => ({ kind: 'raw', raw })), weight: 1 },
      ...(p.required ? [{ arbitrary: fc.constant<Slot>({ kind: 'absent' }), weight: 1 }] : []),
    );
  const queryParams = params.filter((p) => p.in === 'query');
  const anyValue = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 10 }));
  const indices = params.map((_, i) => i);
  return fc
    .record({
      valid: fc.tuple(...params.map(validSlot)),
      hostile: fc.tuple(...params.map(hostileSlot)),
      spoiled: fc.oneof(
        { arbitrary: fc.constant<number[]>([]), weight: 1 },
        {
          arbitrary: fc.subarray(indices, { minLength: Math.min(1, indices.length), maxLength: Math.min(MAX_SPOILED, indices.length) }),
          weight: 1,
        },
      ),
      repeated:
        queryParams.length === 0
          ? fc.constant(null)
          : fc.oneof(
              { arbitrary: fc.constant(null), weight: 5 },
              {
                arbitrary: fc.oneof(
                  ...queryParams.map((p) => fc.tuple(fc.constant(p.name), fc.oneof(valid(p), hostileValueArbitrary(p.schema ?? {})))),
                ),
                weight: 1,
              },
            ),
      extra: fc.oneof(
        { arbitrary: fc.constant<[string, string][]>([]), weight: 5 },
        { arbitrary: fc.array(fc.tuple(fc.constantFrom(...EXTRA_NAMES), anyValue), { minLength: 1, maxLength: 2 }), weight: 1 },
      ),
      accept: fc.option(fc.constantFrom(...ACCEPT_HEADERS), { freq: 3 }),
    })
    .map(({ valid: validSlots, hostile, spoiled, repeated, extra, accept }): FuzzRequest => {
      const slots = params.map((_, i) => (spoiled.includes(i) ? hostile[i]! : validSlots[i]!));
      let url = op.path;
      const pairs: string[] = [];
      params.forEach((p, i) => {
        if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeSlot(slots[i]!));
        else if (slots[i]!.kind !== 'absent') pairs.push(`${encodeURIComponent(p.name)}=${encodeSlot(slots[i]!)}`);
      });
      if (repeated) pairs.push(`${encodeURIComponent(repeated[0])}=${encodeURIComponent(repeated[1])}`);
      for (const [name, v] of extra) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(v)}`);
      return { url: pairs.length > 0 ? `${url}?${pairs.join('&')}` : url, headers: accept === null ? {} : { accept } };
    });
}

export type SendRequest = (request: FuzzRequest) => Response | Promise<Response>;

export interface OperationResult {
  key: string;
  /** Requests sent, shrinking included. */
  requests: number;
  /** How many answers had each status, to see that the requests reach the handlers and not only validation. */
  statuses: Map<number, number>;
  /** The smallest failing request fast-check found, with what to pass to replay it. */
  failure?: { seed: number; path: string; request: FuzzRequest; violations: string[] };
}

/** Thrown by the property so that fast-check shrinks and reports the violations with the request. */
class Violation extends Error {
  constructor(readonly violations: string[]) {
    super(violations.join('; '));
  }
}

/**
 * Sends `runs` generated requests to one operation and checks every answer. Given `replayPath`
 * (from an earlier failure, with its seed), fast-check replays that counterexample instead.
 */
export async function fuzzOperation(
  op: FuzzOperation,
  real: RealValues,
  { send, runs, seed, replayPath }: { send: SendRequest; runs: number; seed: number; replayPath?: string },
): Promise<OperationResult> {
  let requests = 0;
  const statuses = new Map<number, number>();
  const property = fc.asyncProperty(requestArbitrary(op, real), async (request) => {
    requests++;
    let violations: string[];
    try {
      const res = await readResponse(await send(request));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      violations = checkResponse(request, res, op.statuses);
    } catch (error) {
      violations = [`the request failed without an answer: ${String(error)}`];
    }
    if (violations.length > 0) throw new Violation(violations);
  });
  const details = await fc.check(property, { numRuns: runs, seed, ...(replayPath ? { path: replayPath } : {}) });
  if (!details.failed) return { key: op.key, requests, statuses };
  const violations = details.errorInstance instanceof Violation ? details.errorInstance.violations : [String(details.errorInstance)];
  const request = details.counterexample?.[0] ?? { url: '(none)', headers: {} };
  return { key: op.key, requests, statuses, failure: { seed: details.seed, path: details.counterexamplePath ?? '', request, violations } };
}
