/**
 * Requests node:http refuses before the app sees them (a request line and headers over its 16 KB
 * limit, a request that is not HTTP): answered as problem+json like every other error, instead of
 * node's bare status line with no body.
 */
import type { Socket } from 'node:net';
import { MAX_URL_LENGTH } from './lib/limits.ts';
import { PROBLEM_MEDIA_TYPE, problemBody } from './lib/problem.ts';

/** How to write what a request line cannot carry, for a person who typed it. */
const PERCENT_ENCODING =
  "write å, ä, ö and spaces as UTF-8 escapes (ä is %C3%A4, a space %20). Browsers do it themselves; curl does it with -G --data-urlencode 'q=sysselsättning'";

/** The status and words for a parse error node:http reports, as its own default handler chooses the status. */
function refusal(code: string | undefined): { status: number; detail: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      detail:
        `the request line and headers are over the server's 16 KB limit. URLs of at most ${MAX_URL_LENGTH} characters are accepted: ` +
        'ask for fewer values a request, or page with limit and cursor',
    };
  }
  // A letter outside ASCII (ä) in the URL, sent as it was typed: the request line cannot carry it.
  if (code === 'HPE_INVALID_URL') {
    return { status: 400, detail: `the URL has a character that must be percent-encoded: ${PERCENT_ENCODING}` };
  }
  // A space in the URL ends it, so what follows is read as the protocol; so does any request line not of that form.
  if (code === 'HPE_INVALID_CONSTANT') {
    return {
      status: 400,
      detail: `the request line is not 'METHOD URL HTTP/1.1'. If the URL has a space, it must be percent-encoded: ${PERCENT_ENCODING}`,
    };
  }
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return { status: 413, detail: 'the chunk extensions of the request are too large' };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, detail: 'the request did not arrive in time; send it again' };
  return { status: 400, detail: 'the request is not well-formed HTTP/1.1' };
}

/** The raw HTTP/1.1 answer written on the socket. */
export function clientErrorAnswer(code: string | undefined): string {
  const { status, detail } = refusal(code);
  const problem = problemBody(status, detail);
  const body = JSON.stringify(problem);
  return [
    `HTTP/1.1 ${status} ${problem.title}`,
    `content-type: ${PROBLEM_MEDIA_TYPE}`,
    'cache-control: no-store',
    'access-control-allow-origin: *',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
}

/** A 'clientError' listener for node:http's Server; does what node's default does, with a body. */
export function onClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorAnswer(error.code));
}
