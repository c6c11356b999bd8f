// Rule: requests node:http refuses itself (over its 16 KB header limit, not HTTP) get problem+json
// like every other error, not a bare status line.
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeServer } from '../../api/node.ts';
import { TEST_DB_PATH } from '../helpers/paths.ts';

let server: Server;
let port: number;

beforeAll(async () => {
  server = createNodeServer(TEST_DB_PATH, { cacheBytes: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server?.close(resolve)));

/** Writes `raw` on a fresh socket and reads until the server closes it. */
function exchange(raw: string | Buffer): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(raw);
  });
}

const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;
const longGeo = (chars: number) => `/v1/observations?indicator=N00914&geo=${'0136,'.repeat(Math.ceil(chars / 5))}`;

describe('the Node server, before the app', () => {
  it('answers a URL over 16 KB with 431 as problem+json saying what is accepted', async () => {
    const res = await exchange(get(longGeo(20_000)));
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ type: 'about:blank', title: 'Request Header Fields Too Large', status: 431 });
    expect(body.detail).toMatch(/16 KB.*at most 8192 characters/);
  });

  it("answers a URL between 8 and 16 KB with the app's 414, in the same shape", async () => {
    const res = await exchange(get(longGeo(10_000)));
    expect(res.status).toBe(414);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ title: 'URI Too Long', status: 414 });
  });

  it('answers bytes that are not HTTP with 400 as problem+json', async () => {
    const res = await exchange('HELLO THERE\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ title: 'Bad Request', status: 400 });
  });

  it('says how to write a URL typed with å, ä, ö or a space, which node:http cannot read', async () => {
    for (const raw of ['/v1/indicators?q=sysselsättning', '/v1/indicators?q=utrikes födda', '/sök']) {
      const bytes = Buffer.from(get(raw), 'utf8'); // the bytes curl sends for what was typed
      const res = await exchange(bytes);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(JSON.parse(res.body).detail).toMatch(/must be percent-encoded.*ä is %C3%A4, a space %20/);
    }
    const otherProtocol = await exchange('GET / FOO/1.1\r\nHost: localhost\r\n\r\n');
    expect(otherProtocol.status).toBe(400);
    expect(JSON.parse(otherProtocol.body).detail).toMatch(/^the request line is not 'METHOD URL HTTP\/1.1'/);
    const encoded = await exchange(get('/v1/indicators?q=syssels%C3%A4ttning'));
    expect(encoded.status).toBe(200);
  });

  it('still answers a well-formed request', async () => {
    const res = await exchange(get('/v1/config'));
    expect(res.status).toBe(200);
  });
});
