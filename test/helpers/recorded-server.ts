/**
 * A real HTTP server on 127.0.0.1 that answers with recorded responses, for importer tests: no
 * mock of fetch, the importer talks HTTP as it would to the publisher. Every request is logged.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: string;
}

/** Answers a request (path with query); undefined means 404. */
export type Handler = (pathAndQuery: string, request: IncomingMessage) => Reply | undefined;

export interface RecordedServer {
  /** http://127.0.0.1:port */
  origin: string;
  /** Path with query of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<RecordedServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const reply = handler(path, req);
    res.writeHead(reply?.status ?? (reply ? 200 : 404), { 'content-type': 'application/json; charset=utf-8', ...reply?.headers });
    res.end(reply?.body ?? '{"error":"not recorded"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Replies in turn for the same request; the last one repeats. */
export function sequence(...replies: Reply[]): () => Reply {
  let i = 0;
  return () => replies[Math.min(i++, replies.length - 1)]!;
}
