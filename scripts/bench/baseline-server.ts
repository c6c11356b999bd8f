/**
 * The baselines of `npm run bench`: plain node:http and better-sqlite3 answering
 * GET /v1/observations the straightforward way, with the same SELECT as the API's observationPage
 * over the same database file, opened read-only, so that the benchmark measures everything the API
 * adds around that SELECT.
 *
 * - BASELINE=rows (the default, "plain rows"): rows as JS objects, JSON.stringify of `{ data: rows }`.
 * - BASELINE=sqlite-json (the "SQLite-JSON ceiling"): SQLite builds the array itself
 *   (json_group_array), and the server only wraps it in `{"data":…}`.
 * - BASELINE=fixed (the "no-work floor"): one answer read at start, the 21 rows of N00914 in 0136
 *   (6 674 bytes; the walk's answers average 3.3 KB here and 7.6 KB from Måltal), sent to every request
 *   without looking at it: what node:http and the load generator can do at all on this machine.
 * - BASELINE=fixed-maltal: the same, sending Måltal's own answer to that series instead (its body
 *   and headers as the bench recorded them in the file BASELINE_ANSWER names): what the weight of
 *   Måltal's answer alone costs, with no work behind it.
 * - BASELINE=fixed-304: a request with If-None-Match is answered 304 with the headers of Måltal's
 *   304 (recorded in the file BASELINE_ANSWER names) without looking at it; any other gets the
 *   no-work floor's answer. What a 304 costs in node:http and the kernel, with no work behind it.
 *
 * It is a yardstick, not a second API: parameters it does not know answer 400 so that a benchmark
 * cannot silently compare different queries.
 */
import { createServer, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { readNodeEnv } from '../../api/node-env.ts';

/** The columns and joins of observationPage with lang=sv, the API's default. */
const SELECT = `SELECT o.indicator_id AS indicator, o.geo, g.name_sv AS geo_name, o.period, o.gender, o.breakdown,
  b.label_sv AS breakdown_label, o.value, o.status, o.note, o.sources, o.n, o.ci_low, o.ci_high
FROM observations AS o
JOIN geographies AS g ON g.code = o.geo
JOIN indicators AS i ON i.id = o.indicator_id
LEFT JOIN breakdowns AS b ON b.dataset_id = i.dataset_id AND b.dimension = i.breakdown_dimension AND b.code = o.breakdown`;

/** The API's default page size, so both servers answer the same rows. */
const LIMIT = 1000;
const KNOWN_PARAMS = new Set(['indicator', 'geo', 'type', 'from', 'to', 'gender']);

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The WHERE clause and its parameters for the filters the benchmark uses. */
export function observationQuery(params: URLSearchParams): { sql: string; args: string[] } | { error: string } {
  const unknown = [...params.keys()].filter((k) => !KNOWN_PARAMS.has(k));
  if (unknown.length > 0) return { error: `the baseline does not support ${unknown.join(', ')}` };
  const indicators = list(params.get('indicator'));
  if (indicators.length === 0) return { error: 'indicator is required' };
  const where: string[] = [];
  const args: string[] = [];
  const add = (clause: string, ...values: string[]) => {
    where.push(clause);
    args.push(...values);
  };
  add(`o.indicator_id IN (${placeholders(indicators.length)})`, ...indicators);
  const geos = list(params.get('geo'));
  if (geos.length > 0) add(`o.geo IN (${placeholders(geos.length)})`, ...geos);
  const type = params.get('type');
  if (type) add('g.type = ?', type);
  const from = params.get('from');
  if (from) add('o.period >= ?', from);
  const to = params.get('to');
  // As in the API, a year includes its months: '2012' runs to '2012-12'.
  if (to) add('o.period <= ?', to.length === 4 ? `${to}-12` : to);
  const genders = list(params.get('gender'));
  if (genders.length > 0) add(`o.gender IN (${placeholders(genders.length)})`, ...genders);
  const sql = `${SELECT}\nWHERE ${where.join(' AND ')}\nORDER BY o.indicator_id, o.geo, o.period, o.gender, o.breakdown\nLIMIT ${LIMIT}`;
  return { sql, args };
}

/** The SELECT wrapped so that SQLite returns the page as one JSON array, in the same order. */
function asSqliteJson(sql: string): string {
  return `SELECT coalesce(json_group_array(json_object(
  'indicator', p.indicator, 'geo', p.geo, 'geo_name', p.geo_name, 'period', p.period, 'gender', p.gender,
  'breakdown', p.breakdown, 'breakdown_label', p.breakdown_label, 'value', p.value, 'status', p.status,
  'note', p.note, 'sources', p.sources, 'n', p.n, 'ci_low', p.ci_low, 'ci_high', p.ci_high)), '[]') AS rows
FROM (${sql}) AS p`;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const env = readNodeEnv();
const mode = process.env.BASELINE ?? 'rows';
if (!['rows', 'sqlite-json', 'fixed', 'fixed-maltal', 'fixed-304'].includes(mode)) {
  throw new Error(`BASELINE must be rows, sqlite-json, fixed, fixed-maltal or fixed-304, got '${mode}'`);
}
const db = new Sqlite(env.dbPath, { readonly: true, fileMustExist: true });
/** What the no-work floors send to every request: the answer to N00914 in 0136 (bench.ts FLOOR_PATH). */
const fixed = mode === 'fixed-maltal' ? recordedAnswer() : { headers: {}, body: JSON.stringify({ data: floorRows() }) };
/** The headers of the 304 that BASELINE=fixed-304 sends. */
const notModified = mode === 'fixed-304' ? recordedAnswer().headers : {};

function floorRows() {
  return db.prepare(`${SELECT}\nWHERE o.indicator_id = 'N00914' AND o.geo = '0136'`).all();
}

function recordedAnswer(): { headers: Record<string, string>; body: string } {
  const file = process.env.BASELINE_ANSWER;
  if (!file) throw new Error(`BASELINE=${mode} needs BASELINE_ANSWER, the file with the answer to send`);
  return JSON.parse(readFileSync(file, 'utf8')) as { headers: Record<string, string>; body: string };
}
// Statements are prepared once per distinct SQL text, as any hand-written better-sqlite3 server
// would; the rows themselves are read fresh on every request (no response caching).
const statements = new Map<string, Sqlite.Statement<string[]>>();

const server = createServer((req, res) => {
  if (mode === 'fixed-304' && req.headers['if-none-match'] !== undefined) {
    res.writeHead(304, notModified);
    res.end();
    return;
  }
  if (mode === 'fixed' || mode === 'fixed-maltal' || mode === 'fixed-304') return send(res, 200, fixed.body, fixed.headers);
  const url = new URL(req.url ?? '/', 'http://baseline');
  if (req.method !== 'GET' || url.pathname !== '/v1/observations') return send(res, 404, '{"error":"not found"}');
  const query = observationQuery(url.searchParams);
  if ('error' in query) return send(res, 400, JSON.stringify({ error: query.error }));
  let statement = statements.get(query.sql);
  if (!statement) {
    statement = mode === 'rows' ? db.prepare<string[]>(query.sql) : db.prepare<string[]>(asSqliteJson(query.sql)).pluck();
    statements.set(query.sql, statement);
  }
  if (mode === 'rows') send(res, 200, JSON.stringify({ data: statement.all(...query.args) }));
  else send(res, 200, `{"data":${statement.get(...query.args) as string}}`);
});

server.listen(env.port, env.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.port;
  console.log(`baseline (${mode}) serves on http://${env.host}:${port}`);
});
