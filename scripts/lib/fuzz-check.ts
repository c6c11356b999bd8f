/**
 * The property every answer of the API must have, whatever it was asked: no 5xx; a status the
 * operation declares; every 4xx an application/problem+json whose detail says something, and that
 * gives away no stack trace, file path or SQL; every 2xx a body, and JSON that parses where it
 * says JSON.
 */

export interface FuzzRequest {
  url: string;
  headers: Record<string, string>;
}

/** What the check reads of a response, so that a made-up answer can be checked as well. */
export interface FuzzResponse {
  status: number;
  contentType: string;
  body: string;
}

export async function readResponse(res: Response): Promise<FuzzResponse> {
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** A detail shorter than this cannot say what was wrong and what would be right. */
export const MIN_DETAIL_LENGTH = 10;

/** What an error body must not give away: stack frames, source paths, SQL and SQLite's own errors. */
const LEAKS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'a stack trace', pattern: /\n\s+at .+:\d+:\d+/ },
  { name: 'a file path', pattern: /\/work\/|node_modules|\.ts:\d*/ },
  { name: 'SQL', pattern: /\bSELECT\b|\bSQLITE|\bsqlite3?_/ },
];

/** zod's own messages: a schema that lets one through has not said what it expects. */
const LIBRARY_MESSAGE = /Invalid input|Invalid option|Too (big|small):|received (array|undefined|object)/;

function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Every string in a parsed JSON value, so that escaped newlines in a stack trace are seen as newlines. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The reasons this answer breaks the property; empty when it holds. Given the statuses the
 * operation declares (414, 429 and 503 are declared on every one), any other status breaks it too.
 */
export function checkResponse(request: FuzzRequest, res: FuzzResponse, declared?: readonly string[]): string[] {
  if (res.status >= 500) return [`status ${res.status}: the server failed (${res.body.slice(0, 200)})`];
  const undeclared =
    declared && !declared.includes(String(res.status)) && !declared.includes('default')
      ? [`status ${res.status} is not among the statuses the operation declares (${declared.join(', ')})`]
      : [];
  if (res.status >= 200 && res.status < 300) return [...undeclared, ...checkSuccess(res)];
  if (res.status >= 400) return [...undeclared, ...checkProblem(request, res)];
  return undeclared;
}

function checkSuccess(res: FuzzResponse): string[] {
  if (res.body.length === 0) return [`status ${res.status} with an empty body`];
  if (/\bjson\b/.test(res.contentType)) {
    try {
      JSON.parse(res.body);
    } catch {
      return [`status ${res.status} says ${res.contentType} but the body is not JSON`];
    }
  }
  return [];
}

function checkProblem(request: FuzzRequest, res: FuzzResponse): string[] {
  const problems: string[] = [];
  if (!res.contentType.startsWith('application/problem+json')) {
    problems.push(`status ${res.status} with content-type '${res.contentType}', not application/problem+json`);
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(res.body) as Record<string, unknown>;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TypeError('not an object');
  } catch {
    return [...problems, `status ${res.status} with a body that is not a JSON object: ${res.body.slice(0, 200)}`];
  }
  if (typeof body.type !== 'string' || body.type === '') problems.push('the problem has no type');
  if (typeof body.title !== 'string' || body.title === '') problems.push('the problem has no title');
  if (body.status !== res.status) problems.push(`the problem says status ${String(body.status)}, the response ${res.status}`);
  // What the request itself contains may be echoed back ("unknown indicator 'x.ts:1'"): not a leak.
  const asked = decoded(request.url);
  const library = LIBRARY_MESSAGE.exec(String(body.detail));
  if (typeof body.detail !== 'string' || body.detail.trim().length < MIN_DETAIL_LENGTH) {
    problems.push(`the problem's detail ${JSON.stringify(body.detail)} cannot say what was wrong (under ${MIN_DETAIL_LENGTH} characters)`);
  } else if (body.detail === body.title) {
    problems.push(`the problem's detail only repeats its title '${body.title}'`);
  } else if (library && !asked.includes(library[0])) {
    problems.push(`the problem's detail is the validation library's, not one that says what is expected: '${body.detail.slice(0, 200)}'`);
  }
  const text = [res.body, ...strings(body)].join('\n');
  for (const { name, pattern } of LEAKS) {
    const match = pattern.exec(text);
    if (match && !asked.includes(match[0])) problems.push(`the problem gives away ${name}: '${match[0]}'`);
  }
  return problems;
}
