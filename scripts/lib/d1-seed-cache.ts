/**
 * A local D1 (Miniflare's persisted SQLite) migrated and seeded from a built database, kept beside it
 * per data version, migrations and seed code. Seeding sends ~56 MB of SQL to workerd (~16 s on
 * 2 cores); the worker tests and the bench start each worker from a copy of this one instead.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Miniflare } from 'miniflare';
import { repoRoot } from '../../api/node-env.ts';
import { d1SeedStatements } from './d1-seed.ts';
import { migrationStatements } from './worker-bundle.ts';

/** The D1 database id of the DB binding, as in wrangler.toml; Miniflare names its file after it. */
export const D1_ID = 'maltal';

/** Where the seeded copy of the database at `dbPath` is kept (`d1/<key>` beside it). */
export function seededD1Dir(dbPath: string): string {
  const sqlite = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
  const version = sqlite.prepare(`SELECT value FROM meta WHERE key = 'data_version'`).pluck().get() as string;
  sqlite.close();
  const key = createHash('sha1')
    .update(version)
    .update(migrationStatements().join('\n'))
    .update(readFileSync(join(repoRoot, 'scripts/lib/d1-seed.ts')))
    .digest('hex')
    .slice(0, 16);
  return join(dirname(dbPath), 'd1', key);
}

/** Makes the seeded D1 of the database at `dbPath` unless it is current; returns its folder. */
export async function ensureSeededD1(dbPath: string): Promise<string> {
  const dir = seededD1Dir(dbPath);
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dirname(dir), { recursive: true, force: true }); // the copies of other versions
  const building = `${dir}.tmp-${process.pid}`;
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch() { return new Response(null, { status: 204 }); } }',
    compatibilityDate: '2026-04-20',
    d1Databases: { DB: D1_ID },
    d1Persist: building,
  });
  try {
    const db = await mf.getD1Database('DB');
    for (const statement of migrationStatements()) await db.prepare(statement).run();
    for (const statement of d1SeedStatements(dbPath)) await db.prepare(statement).run();
  } finally {
    await mf.dispose();
  }
  writeFileSync(join(building, 'done'), '');
  renameSync(building, dir);
  return dir;
}

/** A fresh folder for Miniflare's d1Persist holding a copy of the seeded D1 (or nothing: an empty D1). */
export async function d1PersistCopy(dbPath: string | undefined): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'maltal-d1-'));
  if (dbPath) cpSync(await ensureSeededD1(dbPath), dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
