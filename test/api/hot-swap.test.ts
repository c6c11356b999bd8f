// Rule: the Node server keeps answering while `npm run build:db` replaces its database file:
// every answer is wholly the old version or wholly the new one, and a build that fails or is
// killed leaves the previous version serving.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { toCsv, type Row } from '../../scripts/lib/package-writer.ts';
import { startServer, stopServer, type RunningServer } from '../../scripts/bench/servers.ts';
import { demoIndicator, tempDatasets, writeTestPackage } from '../helpers/packages.ts';

/** Two versions of one package: the title (indicators table) and the values (observations) both differ. */
function writeVersion(datasetsDir: string, version: 'A' | 'B'): void {
  const indicators = [demoIndicator({ title_sv: `Andel ${version}`, title_en: `Share ${version}` })];
  const observations: Row[] = ['0114', '0180', '1280'].map((geo, i) => ({
    indicator: 'demo-rate',
    geo,
    period: '2020',
    gender: 'T',
    breakdown: 'total',
    value: version === 'A' ? `${70 + i}.5` : `${80 + i}.1`,
    status: 'final',
    sources: 'S1',
  }));
  writeTestPackage(join(datasetsDir, 'demo'), {
    indicators: toCsv('indicators', indicators),
    observations: toCsv('observations', observations),
  });
}

const URLS = ['/v1/observations?indicator=demo-rate', '/v1/observations?indicator=demo-rate&format=csv', '/v1/indicators/demo-rate'];

let work: string;
let dirs: Record<'A' | 'B' | 'broken', string>;
let dbPath: string;
let server: RunningServer;

/** `npm run build:db` as its own process, as an operator runs it beside the server. */
function build(datasetsDir: string): { done: Promise<number | null>; kill: () => void; tmpPath: string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-db.ts'], {
    cwd: repoRoot,
    env: { ...process.env, MALTAL_DATASETS: datasetsDir, MALTAL_DB: dbPath },
    stdio: 'ignore',
  });
  return {
    done: once(child, 'exit').then(([code]) => code as number | null),
    kill: () => child.kill('SIGKILL'),
    tmpPath: `${dbPath}.tmp-${child.pid}`, // where scripts/lib/build-database.ts writes before the rename
  };
}

async function bodies(): Promise<string[]> {
  return Promise.all(
    URLS.map(async (url) => {
      const res = await fetch(server.origin + url);
      expect(res.status, url).toBe(200);
      return res.text();
    }),
  );
}

beforeAll(async () => {
  ({ work } = tempDatasets('maltal-swap-'));
  dirs = { A: join(work, 'datasets-a'), B: join(work, 'datasets-b'), broken: join(work, 'datasets-broken') };
  for (const [name, dir] of Object.entries(dirs)) {
    cpSync(join(work, 'datasets'), dir, { recursive: true });
    writeVersion(dir, name === 'B' ? 'B' : 'A');
  }
  // The broken copy has a decimal comma: the validator stops the build before anything is written.
  const observations = join(dirs.broken, 'demo/observations.csv');
  writeFileSync(observations, readFileSync(observations, 'utf8').replace('70.5', '70,5'));

  dbPath = join(work, 'db/maltal.sqlite');
  expect(await build(dirs.A).done).toBe(0);
  server = await startServer({
    name: 'måltal',
    script: 'api/node.ts',
    cwd: repoRoot,
    probePath: '/v1/indicators',
    env: { MALTAL_DB: dbPath },
  });
}, 120_000);

afterAll(async () => {
  if (server) await stopServer(server);
  rmSync(work, { recursive: true, force: true });
});

describe('replacing the database under a running server', () => {
  it('serves the new version after a rebuild, without a restart, and every answer during rebuilds is wholly one version', async () => {
    const versionA = await bodies();
    expect(versionA[1]).toContain('70.5');
    expect(await build(dirs.B).done).toBe(0);
    const versionB = await bodies();
    expect(versionB[1]).toContain('80.1');
    expect(versionB[0]).toContain('Andel B');
    expect(versionB).not.toEqual(versionA);

    // Four clients ask without pause while the database is rebuilt six times, A and B in turn.
    let rebuilding = true;
    const seen = { A: 0, B: 0 };
    const mixed: string[] = [];
    const failed: string[] = [];
    const client = async (offset: number) => {
      for (let i = offset; rebuilding; i++) {
        const which = i % URLS.length;
        const res = await fetch(server.origin + URLS[which]);
        const body = await res.text();
        if (res.status !== 200) failed.push(`${res.status} ${URLS[which]}: ${body}`);
        else if (body === versionA[which]) seen.A += 1;
        else if (body === versionB[which]) seen.B += 1;
        else mixed.push(`${URLS[which]}: ${body.slice(0, 300)}`);
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    for (const version of ['A', 'B', 'A', 'B', 'A', 'B'] as const) expect(await build(dirs[version]).done).toBe(0);
    rebuilding = false;
    await Promise.all(clients);

    expect(failed).toEqual([]);
    expect(mixed).toEqual([]);
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
    expect(await bodies()).toEqual(versionB);
  }, 120_000);

  it('keeps serving the previous version when a build fails on a bad package', async () => {
    const before = await bodies();
    expect(await build(dirs.broken).done).toBe(1);
    expect(await bodies()).toEqual(before);
  }, 60_000);

  it('keeps serving the previous version when a build is killed half-way', async () => {
    const before = await bodies();
    const running = build(dirs.A);
    let exited = false;
    void running.done.then(() => (exited = true));
    while (!existsSync(running.tmpPath) && !exited) await new Promise((resolve) => setTimeout(resolve, 1));
    running.kill(); // while it writes the new database file
    expect(await running.done).toBeNull(); // killed, not finished
    expect(existsSync(running.tmpPath)).toBe(true); // the half-written file it left
    expect(await bodies()).toEqual(before);
    expect(await build(dirs.A).done).toBe(0); // and the next build goes through, removing what the killed one left
    expect(existsSync(running.tmpPath)).toBe(false);
    expect((await bodies())[0]).toContain('Andel A');
  }, 60_000);

  it('holds the file it serves: a write into that file itself is refused while it serves it, and nothing it serves changes', async () => {
    const before = await bodies(); // read: the server holds the file's shared lock from here
    const writer = new Sqlite(dbPath, { timeout: 0 });
    try {
      expect(() => writer.exec('CREATE TABLE written_in_place (a)')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    } finally {
      writer.close();
    }
    expect(await bodies()).toEqual(before);
  });
});
