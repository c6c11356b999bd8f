// Rule: the database is rebuilt from valid packages only, and a failed build leaves the previous database untouched.
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError, buildDatabase, dataVersion } from '../../../scripts/lib/build-database.ts';
import { tempDatasets, writeTestPackage } from '../../helpers/packages.ts';

const DEMO_CSV = {
  indicators: [
    'id,title_sv,title_en,description_sv,description_en,unit_sv,unit_en,decimals,direction,topic,sources,status,successors,breakdown_dimension,release,caveats_sv,caveats_en',
    'demo-rate,Andel,Share,Beskrivning,Description,procent,percent,1,increase,labour-market,S1,active,,age,,,',
  ],
  breakdowns: ['dimension,code,label_sv,label_en,sort', 'age,20-64,20–64 år,aged 20–64,1'],
  'sdg-links': ['indicator,goal,target,relation', 'demo-rate,8,8.5,direct'],
  observations: [
    'indicator,geo,period,gender,breakdown,value,status,note,sources,n,ci_low,ci_high',
    'demo-rate,0114,2020,T,total,75.5,final,,S1,,,',
    'demo-rate,0114,2020,T,20-64,80.1,final,,S1,,,',
    'demo-rate,SE,2020,K,total,,suppressed,,S1,,,',
  ],
} as const;

function writeDemoPackage(dir: string): void {
  const csv = Object.fromEntries(Object.entries(DEMO_CSV).map(([name, lines]) => [name, `${lines.join('\n')}\n`]));
  writeTestPackage(dir, csv);
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function query<T>(dbPath: string, sql: string): T[] {
  const db = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

let work: string;
let datasetsDir: string;
let dbDir: string;
let dbPath: string;

beforeEach(() => {
  ({ work, datasetsDir } = tempDatasets('maltal-build-'));
  writeDemoPackage(join(datasetsDir, 'demo'));
  dbDir = join(work, 'db');
  dbPath = join(dbDir, 'maltal.sqlite');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Changes one observation's value in the demo package (line 2 of observations.csv). */
function changeFirstValue(to: string): void {
  const file = join(datasetsDir, 'demo/observations.csv');
  const cell = to.includes(',') ? `"${to}"` : to;
  writeFileSync(file, readFileSync(file, 'utf8').replace('total,75.5,final', `total,${cell},final`));
}

describe('buildDatabase', () => {
  it('builds a database holding every package row and the data version', () => {
    const result = buildDatabase({ datasetsDir, dbPath });

    expect(result).toMatchObject({ dbPath, skipped: false, dataVersion: dataVersion(datasetsDir) });
    expect(result.counts.observations).toBe(3);
    expect(result.counts.indicators).toBe(1);
    expect(query(dbPath, `SELECT value FROM meta WHERE key = 'data_version'`)).toEqual([{ value: result.dataVersion }]);
    expect(query(dbPath, `SELECT id, dataset_id, decimals, breakdown_dimension FROM indicators`)).toEqual([
      { id: 'demo-rate', dataset_id: 'demo', decimals: 1, breakdown_dimension: 'age' },
    ]);
    expect(
      query(
        dbPath,
        `SELECT geo, gender, breakdown, value, status FROM observations WHERE indicator_id = 'demo-rate' ORDER BY geo, breakdown`,
      ),
    ).toEqual([
      { geo: '0114', gender: 'T', breakdown: '20-64', value: 80.1, status: 'final' },
      { geo: '0114', gender: 'T', breakdown: 'total', value: 75.5, status: 'final' },
      { geo: 'SE', gender: 'K', breakdown: 'total', value: null, status: 'suppressed' },
    ]);
    expect(query(dbPath, `SELECT indicator_id, goal, target, relation FROM indicator_sdg`)).toEqual([
      { indicator_id: 'demo-rate', goal: 8, target: '8.5', relation: 'direct' },
    ]);
    expect(query(dbPath, `SELECT id FROM datasets ORDER BY id`)).toEqual([{ id: 'agenda-2030' }, { id: 'demo' }, { id: 'geographies' }]);
    expect(query<{ n: number }>(dbPath, `SELECT count(*) AS n FROM sdg_goals`)[0]!.n).toBe(17);
  });

  it('with ifNeeded, skips an unchanged build and rebuilds after a package changes', () => {
    const first = buildDatabase({ datasetsDir, dbPath, ifNeeded: true });
    const builtHash = sha256(dbPath);

    const again = buildDatabase({ datasetsDir, dbPath, ifNeeded: true });
    expect(again).toEqual({ dbPath, dataVersion: first.dataVersion, skipped: true, counts: {} });
    expect(sha256(dbPath)).toBe(builtHash);

    changeFirstValue('76.25');
    const rebuilt = buildDatabase({ datasetsDir, dbPath, ifNeeded: true });
    expect(rebuilt.skipped).toBe(false);
    expect(rebuilt.dataVersion).not.toBe(first.dataVersion);
    expect(query(dbPath, `SELECT value FROM meta WHERE key = 'data_version'`)).toEqual([{ value: rebuilt.dataVersion }]);
    expect(query(dbPath, `SELECT value FROM observations WHERE geo = '0114' AND breakdown = 'total'`)).toEqual([{ value: 76.25 }]);
  });

  it('throws a BuildError for a bad package and leaves the previous database byte for byte', () => {
    buildDatabase({ datasetsDir, dbPath });
    const before = sha256(dbPath);

    changeFirstValue('75,5');
    let thrown: unknown;
    try {
      buildDatabase({ datasetsDir, dbPath });
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(BuildError);
    expect((thrown as BuildError).message).toMatch(/the database was not changed/);
    expect((thrown as BuildError).problems).toContainEqual({
      file: join(datasetsDir, 'demo/observations.csv'),
      line: 2,
      column: 'value',
      message: expect.stringContaining('(write 75.5)'),
    });
    expect(sha256(dbPath)).toBe(before);
    expect(query(dbPath, `SELECT value FROM observations WHERE geo = '0114' AND breakdown = 'total'`)).toEqual([{ value: 75.5 }]);
    expect(readdirSync(dbDir)).toEqual(['maltal.sqlite']);
  });

  it('leaves the previous database and no temporary file when the insert itself fails', () => {
    buildDatabase({ datasetsDir, dbPath });
    const before = sha256(dbPath);

    // Passes the validator today but breaks the geographies.parent foreign key during the insert.
    appendFileSync(join(datasetsDir, 'geographies/geographies.csv'), '9999,Testkommun,Test Municipality,Test,municipality,99,\n');

    expect(() => buildDatabase({ datasetsDir, dbPath })).toThrow();
    expect(sha256(dbPath)).toBe(before);
    expect(query(dbPath, `SELECT count(*) AS n FROM geographies WHERE code = '9999'`)).toEqual([{ n: 0 }]);
    expect(readdirSync(dbDir)).toEqual(['maltal.sqlite']);
  });

  it('reports a bad package with a BuildError even when the only fault is one the database would catch', () => {
    appendFileSync(join(datasetsDir, 'geographies/geographies.csv'), '9999,Testkommun,Test Municipality,Test,municipality,99,\n');
    expect(() => buildDatabase({ datasetsDir, dbPath })).toThrow(BuildError);
  });
});
