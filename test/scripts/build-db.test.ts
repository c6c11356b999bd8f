// Rule: `build-db` exits 1 listing every problem as file:line: column: message, and exits 0 only after a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { toCsv, type Row } from '../../scripts/lib/package-writer.ts';
import { demoIndicator, tempDatasets, writeTestPackage } from '../helpers/packages.ts';

const indicators = [demoIndicator()];
const observations: Row[] = [
  { indicator: 'demo-rate', geo: '0114', period: '2020', gender: 'T', breakdown: 'total', value: '75.5', status: 'final', sources: 'S1' },
  { indicator: 'demo-rate', geo: '0180', period: '2020', gender: 'T', breakdown: 'total', value: '71.2', status: 'final', sources: 'S1' },
];

function writeDemoPackage(dir: string, obs = observations): void {
  writeTestPackage(dir, { indicators: toCsv('indicators', indicators), observations: toCsv('observations', obs) });
}

let work: string;
let datasetsDir: string;
let dbPath: string;

beforeEach(() => {
  ({ work, datasetsDir } = tempDatasets('maltal-cli-'));
  dbPath = join(work, 'db', 'maltal.sqlite');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

function buildDb(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-db.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, MALTAL_DATASETS: datasetsDir, MALTAL_DB: dbPath },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npx tsx scripts/build-db.ts', () => {
  it('exits 0 and prints "Built" for good packages', () => {
    writeDemoPackage(join(datasetsDir, 'demo'));

    const run = buildDb();

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^Built ${dbPath.replaceAll('.', '\\.')} \\(data version [0-9a-f]{16}\\) in \\d+ ms: .*2 observations`, 'm'),
    );
    expect(existsSync(dbPath)).toBe(true);
  });

  it('with --if-needed, says the database is current when nothing changed', () => {
    writeDemoPackage(join(datasetsDir, 'demo'));
    expect(buildDb().status).toBe(0);

    const run = buildDb('--if-needed');

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Database is current \(data version [0-9a-f]{16}\)/);
  });

  it('exits 1 listing every problem as file:line: column: message and leaves no database', () => {
    writeDemoPackage(join(datasetsDir, 'demo'), [
      { ...observations[0]!, value: '75,5' },
      { ...observations[1]!, geo: '0999' },
    ]);

    const run = buildDb();

    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    const file = join(datasetsDir, 'demo/observations.csv');
    expect(lines).toContain(`${file}:2: column 'value': expected a number with a point as decimal mark, got '75,5' (write 75.5)`);
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${file.replaceAll('.', '\\.')}:3: column 'geo': unknown geography code '0999'; `)),
    );
    expect(run.stderr).toMatch(/^2 problem\(s\) in the dataset packages; the database was not changed\.$/m);
    expect(run.stdout).not.toMatch(/Built/);
    expect(existsSync(dbPath)).toBe(false);
  });

  it('exits 1 naming both folders when two packages share a name, instead of failing in SQLite', () => {
    writeDemoPackage(join(datasetsDir, 'demo'));
    writeDemoPackage(join(datasetsDir, 'demo-copy'));

    const run = buildDb();

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(datasetsDir, 'demo-copy', 'datapackage.json')}: 'name' is 'demo', which the package in ${join(datasetsDir, 'demo')} also has; each package needs a name of its own: change 'name' in one of them`,
    );
    expect(run.stderr).not.toMatch(/SqliteError|\n\s+at /);
    expect(existsSync(dbPath)).toBe(false);
  });

  it('exits 1 without touching the database that was there before', () => {
    writeDemoPackage(join(datasetsDir, 'demo'));
    expect(buildDb().status).toBe(0);
    const before = readFileSync(dbPath);

    writeDemoPackage(join(datasetsDir, 'demo'), [{ ...observations[0]!, n: 'many' }]);
    const run = buildDb();

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(datasetsDir, 'demo/observations.csv')}:2: column 'n': expected a whole number, got 'many'`);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });
});
