/**
 * GET with retries for public statistics APIs: 429 and 5xx are retried with exponential backoff,
 * honouring Retry-After, up to a bounded number of attempts. A body that is not JSON is an error
 * that names the URL and what was expected, never a silent empty result.
 */

export interface RetryOptions {
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number;
  /** The first backoff in ms; doubled on each retry (default 1000). */
  baseDelayMs?: number;
  /** No wait is longer than this, whatever Retry-After says (default 60 000). */
  maxDelayMs?: number;
  /** Told before each wait, for the progress output. */
  onRetry?: (info: { url: string; status: number | string; attempt: number; delayMs: number }) => void;
}

export class FetchError extends Error {}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^[0-9]+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const retryable = (status: number) => status === 429 || (status >= 500 && status <= 599);

/**
 * Fetches `url` and parses its JSON body. `expected` says in words what the body should be, for
 * the error when it is not JSON.
 */
export async function getJson(url: string, expected: string, options: RetryOptions = {}): Promise<unknown> {
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.baseDelayMs ?? 1000;
  const cap = options.maxDelayMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    let failure: string;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' } });
      if (response.ok) {
        const text = await response.text();
        try {
          return JSON.parse(text) as unknown;
        } catch {
          const start = text.slice(0, 80).replace(/\s+/g, ' ');
          throw new FetchError(`GET ${url}: the body is not JSON (it starts '${start}'); expected ${expected}`);
        }
      }
      failure = `HTTP ${response.status}`;
      await response.body?.cancel();
      if (!retryable(response.status)) throw new FetchError(`GET ${url}: ${failure}; expected 200 with ${expected}`);
    } catch (error) {
      if (error instanceof FetchError) throw error;
      failure = `network error: ${(error as Error).message}`;
    }
    if (attempt >= maxAttempts) throw new FetchError(`GET ${url}: ${failure} after ${attempt} attempts; giving up`);
    const hinted = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
    const delayMs = Math.min(cap, hinted ?? base * 2 ** (attempt - 1));
    options.onRetry?.({ url, status: response?.status ?? failure, attempt, delayMs });
    await sleep(delayMs);
  }
}
