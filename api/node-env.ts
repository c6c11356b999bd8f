/**
 * The environment on Node, read in this one place: the server entry, the database builder and
 * the scripts take their settings from here.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface NodeEnv {
  /** Port to serve on (PORT, default 8787). */
  port: number;
  /** Address to listen on (HOST, default 127.0.0.1; 0.0.0.0 to serve the network). */
  host: string;
  /** The SQLite database built from the datasets (MALTAL_DB, default data/maltal.sqlite). */
  dbPath: string;
  /** The dataset packages (MALTAL_DATASETS, default datasets/). */
  datasetsDir: string;
  /** The published source files the packages are built from (MALTAL_SOURCES, default ../shared/sources). */
  sourcesDir: string;
  /** Bytes of API answers the server keeps in memory per database (MALTAL_CACHE_MB, default 64; 0 keeps none). */
  cacheBytes: number;
  /**
   * Whether GET /v1/observations as JSON is answered by the direct path (api/node-fast-path.ts)
   * rather than through Hono (MALTAL_FAST_PATH, default 1; 0 turns it off, to compare).
   */
  fastPath: boolean;
  /** Contact address in the DCAT catalogue (MALTAL_CONTACT_EMAIL); unset: the start page is the contact. */
  contactEmail: string | undefined;
  /** Kolada's API v3 base URL for `import:kolada` (KOLADA_API_URL, default https://api.kolada.se/v3). */
  koladaApiUrl: string;
}

export function readNodeEnv(env: NodeJS.ProcessEnv = process.env): NodeEnv {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got '${env.PORT}'`);
  }
  const cacheMb = Number(env.MALTAL_CACHE_MB ?? 64);
  if (!Number.isFinite(cacheMb) || cacheMb < 0) {
    throw new Error(`MALTAL_CACHE_MB must be a number of megabytes, 0 or more, got '${env.MALTAL_CACHE_MB}'`);
  }
  const fastPath = env.MALTAL_FAST_PATH ?? '1';
  if (fastPath !== '0' && fastPath !== '1') throw new Error(`MALTAL_FAST_PATH must be 1 (on) or 0 (off), got '${fastPath}'`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dbPath: resolve(env.MALTAL_DB ?? resolve(repoRoot, 'data/maltal.sqlite')),
    datasetsDir: resolve(env.MALTAL_DATASETS ?? resolve(repoRoot, 'datasets')),
    sourcesDir: resolve(env.MALTAL_SOURCES ?? resolve(repoRoot, '../shared/sources')),
    cacheBytes: Math.round(cacheMb * 1024 * 1024),
    fastPath: fastPath === '1',
    contactEmail: env.MALTAL_CONTACT_EMAIL || undefined,
    koladaApiUrl: (env.KOLADA_API_URL ?? 'https://api.kolada.se/v3').replace(/\/+$/, ''),
  };
}
