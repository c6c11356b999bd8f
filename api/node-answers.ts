/**
 * What the Node server keeps of its answers: a bounded cache of whole answers (bytes-bounded, least
 * recently used out first) and their compressed forms, each compressed once. Imported by
 * api/node.ts alone; the edge worker has the Cache API and leaves compression to Cloudflare.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { touch } from './lib/lru.ts';

export type Encoding = 'br' | 'gzip';

/**
 * One answer as it goes out: status, headers (lower-case names), body and its size in bytes. An
 * answer sent once goes out as the string the app made: copying it into a Buffer first cost more
 * than node:http's own encoding, and ~11 KB of short-lived Buffers an answer made V8 mark the whole
 * heap several times a second (BENCHMARKS.md). A kept answer is encoded once, when it is kept.
 */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
  bytes: number;
}

/** An answer from its parts, with `content-length` set from the body's bytes (counted unless given). */
export function answerOf(
  status: number,
  headers: Record<string, string>,
  body: string | Uint8Array,
  bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
): Answer {
  return { status, headers: { ...headers, 'content-length': String(bytes) }, body, bytes };
}

/** A cached 200 with its ETag and the compressed forms made so far. */
export interface CachedAnswer extends Answer {
  etag: string;
  encoded: Partial<Record<Encoding, Answer>>;
  /** Bytes it holds: the body and each compressed form. */
  held: number;
}

/** How many keys asked for once the cache remembers, to keep their answers when asked again. */
const SEEN_KEYS = 20_000;

/** Answers smaller than this go uncompressed: the saving would not pay for the work. */
const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /json|^text\/|javascript|xml|svg/;

/**
 * The encoding to answer with: brotli when the client takes it, else gzip, else none. A coding
 * with q=0 is refused; `*` stands for any coding not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  // Clients send a handful of different values: each is read once.
  let chosen = chosenEncodings.get(acceptEncoding);
  if (chosen === undefined) {
    if (chosenEncodings.size >= 256) chosenEncodings.clear();
    chosenEncodings.set(acceptEncoding, (chosen = readAcceptEncoding(acceptEncoding) ?? 'identity'));
  }
  return chosen === 'identity' ? undefined : chosen;
}
const chosenEncodings = new Map<string, Encoding | 'identity'>();

function readAcceptEncoding(acceptEncoding: string): Encoding | undefined {
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const weight = params.find((p) => p.startsWith('q='));
    q.set(name, weight ? Number(weight.slice(2)) || 0 : 1);
  }
  const accepts = (coding: Encoding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
}

/** Whether an answer is worth compressing: text of some size that is not compressed already. */
export function compressible(answer: Answer): boolean {
  return (
    answer.bytes >= MIN_COMPRESS_BYTES &&
    COMPRESSIBLE.test(answer.headers['content-type'] ?? '') &&
    answer.headers['content-encoding'] === undefined
  );
}

/**
 * The answer in `encoding`. Its ETag is made weak: the bytes differ from the uncompressed answer's,
 * and If-None-Match compares weakly, so either form's ETag is answered 304 (Cloudflare does the same
 * when it compresses the worker's answers).
 */
export function compress(answer: Answer, encoding: Encoding, effort: 'fast' | 'best'): Answer {
  const body =
    encoding === 'br'
      ? brotliCompressSync(answer.body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? 11 : 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: answer.bytes,
          },
        })
      : gzipSync(answer.body, { level: effort === 'best' ? 9 : 6 });
  return withBody(answer, encoding, body);
}

/** `answer`'s status and headers with a compressed body in place of its own. */
function withBody(answer: Answer, encoding: Encoding, body: Uint8Array): Answer {
  const headers: Record<string, string> = { ...answer.headers, 'content-encoding': encoding, 'content-length': String(body.byteLength) };
  if (headers.etag && !headers.etag.startsWith('W/')) headers.etag = `W/${headers.etag}`;
  return { status: answer.status, headers, body, bytes: body.byteLength };
}

/** Vary with Accept-Encoding added: an answer that may be compressed differs by it. */
export function withAcceptEncoding(vary: string | null | undefined): string {
  if (!vary) return 'Accept-Encoding';
  return /accept-encoding/i.test(vary) ? vary : `${vary}, Accept-Encoding`;
}

/**
 * Whole answers by key, bounded by the bytes they hold; least recently used out first. One answer
 * may take at most an eighth of the cache, so that one large download cannot empty it.
 *
 * An answer is kept only when its key is asked for a second time while the key is still among the
 * last SEEN_KEYS asked: keeping every answer of a walk that never comes back (a crawler, the
 * benchmark's uncached case) filled the heap with answers nobody asked for again, and the garbage
 * collector's work on them cost a fifth of the server's time (BENCHMARKS.md).
 */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  /** Hashes of keys asked for once (a collision only keeps an answer a request early). */
  private readonly seen = new Set<number>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** Whether the answer to `key` should be kept: it was asked for before. Notes the key otherwise. */
  admits(key: string): boolean {
    const hash = fnv1a(key);
    if (this.seen.delete(hash)) return true;
    if (this.seen.size >= SEEN_KEYS) this.seen.delete(this.seen.values().next().value!);
    this.seen.add(hash);
    return false;
  }

  get(key: string): CachedAnswer | undefined {
    return touch(this.entries, key);
  }

  /** Keeps a 200 with an ETag, when it fits; returns the entry, or undefined when it is not kept. */
  set(key: string, answer: Answer): CachedAnswer | undefined {
    const etag = answer.headers.etag;
    if (answer.status !== 200 || !etag || answer.bytes > this.maxBytes / 8) return undefined;
    // The key counts too (a URL may be ~8 KB): many small answers must not hold more than maxBytes.
    // Kept as bytes: a string body would be encoded to UTF-8 again on every write of it.
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    const entry: CachedAnswer = { ...answer, body, etag, encoded: {}, held: answer.bytes + key.length };
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.held;
    this.evict();
    return entry;
  }

  /** The entry's answer in `encoding`, compressed the first time it is asked for and kept. */
  encoded(key: string, entry: CachedAnswer, encoding: Encoding): Answer {
    let answer = entry.encoded[encoding];
    if (!answer) {
      answer = entry.encoded[encoding] = compress(entry, encoding, 'fast');
      entry.held += answer.bytes;
      if (this.entries.get(key) === entry) {
        this.bytes += answer.bytes;
        this.evict();
      }
    }
    return answer;
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= old.held;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= entry.held;
    }
  }
}

/** FNV-1a, 32 bits: a cheap hash of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Compressed forms of files that are not in the answer cache (the widget bundle, the Swagger UI),
 * by the hash of their bytes: compressed once, as hard as brotli goes, for as long as they are
 * served. Bounded by count; there are a handful of such files.
 */
export class StaticCompression {
  private readonly forms = new Map<string, Answer>();

  constructor(private readonly maxEntries = 64) {}

  get(answer: Answer, encoding: Encoding): Answer {
    const key = `${encoding}:${createHash('sha1').update(answer.body).digest('hex')}`;
    let form = this.forms.get(key);
    if (!form) {
      if (this.forms.size >= this.maxEntries) this.forms.delete(this.forms.keys().next().value!);
      this.forms.set(key, (form = compress(answer, encoding, 'best')));
    }
    // The compressed bytes are shared; the headers are this answer's (another URL may hold the same file).
    return withBody(answer, encoding, form.body as Uint8Array); // compress() gives bytes
  }
}
