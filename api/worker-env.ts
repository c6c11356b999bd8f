/**
 * The environment on Cloudflare Workers, read in this one place: the bindings from wrangler.toml.
 */
export interface WorkerBindings {
  /** The D1 database, built from the same migrations and seeded from the same build as Node's. */
  DB: D1Database;
  /** Seconds an isolate trusts the data version it read before reading it again (default 60). */
  DATA_VERSION_TTL?: string;
  /** Contact address in the DCAT catalogue. */
  MALTAL_CONTACT_EMAIL?: string;
  /** Cloudflare's rate-limiting binding ([[ratelimits]] in wrangler.toml); without it nothing is limited. */
  RATE_LIMITER?: RateLimit;
}

export interface WorkerEnv {
  db: D1Database;
  rateLimiter: RateLimit | undefined;
  dataVersionTtlMs: number;
  contactEmail: string | undefined;
}

export function readWorkerEnv(bindings: WorkerBindings): WorkerEnv {
  if (!bindings.DB) throw new Error('the D1 binding DB is missing; see [[d1_databases]] in wrangler.toml');
  const ttl = Number(bindings.DATA_VERSION_TTL ?? 60);
  if (!Number.isFinite(ttl) || ttl < 0) throw new Error(`DATA_VERSION_TTL must be a number of seconds, got '${bindings.DATA_VERSION_TTL}'`);
  return {
    db: bindings.DB,
    rateLimiter: bindings.RATE_LIMITER,
    dataVersionTtlMs: ttl * 1000,
    contactEmail: bindings.MALTAL_CONTACT_EMAIL || undefined,
  };
}
