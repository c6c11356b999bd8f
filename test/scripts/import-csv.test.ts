// Rule: `npm run import:csv` turns a Swedish Excel export into a package file that validates, says
// what it changed, and on anything ambiguous exits 1 listing it by line and writes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { toCsv } from '../../scripts/lib/package-writer.ts';
import { checkAcrossPackages, loadPackage } from '../../scripts/lib/validate-package.ts';
import { demoIndicator, tempDatasets, writeTestPackage } from '../helpers/packages.ts';

const { work, datasetsDir } = tempDatasets('maltal-import-csv-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const indicator = demoIndicator();
const EXPORT = `${[
  'indicator;geo;period;gender;breakdown;value;status;note;sources',
  'demo-rate;114;2020;T;total;75,5;final;Små tal;S1',
  'demo-rate;0180;2020;T;total;71,25;provisional;;S1',
].join('\r\n')}\r\n`;

function importCsv(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/import-csv.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run import:csv', () => {
  it('converts a Swedish Excel export into observations.csv that validates, and says what it changed', () => {
    const demo = join(datasetsDir, 'demo');
    writeTestPackage(demo, { indicators: toCsv('indicators', [indicator]), observations: toCsv('observations', []) });
    const input = join(work, 'export.csv');
    writeFileSync(input, Buffer.from(EXPORT, 'latin1'));
    const before = loadPackage(demo);
    expect(before.problems).toEqual([]);

    const run = importCsv(input, join(demo, 'observations.csv'));

    expect(run.status, run.err).toBe(0);
    expect(run.out).toContain(`Wrote ${join(demo, 'observations.csv')} (2 rows of observations) from ${input}.`);
    for (const change of [
      'read as Windows-1252',
      "separator ';' written as ','",
      '2 decimal comma(s) written as points',
      'CRLF line endings written as LF',
      '(114 → 0114)',
    ]) {
      expect(run.out).toContain(change);
    }
    const { pkg, problems } = loadPackage(demo);
    const geographies = loadPackage(join(datasetsDir, 'geographies')).pkg!;
    expect([...problems, ...checkAcrossPackages([geographies, pkg!])].filter((p) => p.file.startsWith(demo))).toEqual([]);
    expect(pkg!.resources.observations!.rows.map((r) => [r.geo, r.value, r.note])).toEqual([
      ['0114', '75.5', 'Små tal'],
      ['0180', '71.25', ''],
    ]);
  });

  it('refuses an ambiguous number by line, exits 1 and writes nothing', () => {
    const input = join(work, 'ambiguous.csv');
    const output = join(work, 'observations.csv');
    writeFileSync(input, `${EXPORT}demo-rate;0181;2020;T;total;1.234;final;;S1\r\n`);

    const run = importCsv(input, output);

    expect(run.status).toBe(1);
    expect(run.err).toContain(`${input}: line(s) 4: a number with a point in a file whose other numbers have decimal commas`);
    expect(run.err).toMatch(/1 problem\(s\); nothing was written\./);
    expect(existsSync(output)).toBe(false);
  });

  it('asks for an output named after its resource', () => {
    const run = importCsv(join(work, 'export.csv'), join(work, 'figures.csv'));
    expect(run.status).toBe(2);
    expect(run.err).toContain('name the output after its resource, e.g. observations.csv');
  });
});
