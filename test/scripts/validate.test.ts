// Rule: `npm run validate -- <package>` lets another kommun check its package against ours: every
// problem with file, line and column, exit 1; a valid package exits 0; nothing is written.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { toCsv } from '../../scripts/lib/package-writer.ts';
import { demoIndicator, tempDatasets, writeTestPackage } from '../helpers/packages.ts';
import { DATASETS_DIR } from '../helpers/paths.ts';

const { work } = tempDatasets('maltal-validate-cli-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function validate(...dirs: string[]) {
  return validateWith(process.env, ...dirs);
}

function validateWith(env: NodeJS.ProcessEnv, ...dirs: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...dirs], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run validate', () => {
  it('says a published package is valid and exits 0', () => {
    const run = validate(join(DATASETS_DIR, 'plan-malmo-2024'));
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/^Valid: plan-malmo-2024 \(1 plans, 20 goals/);
  });

  it('lists every problem of a broken package with file, line and column, checks references, and writes nothing', () => {
    const dir = join(work, 'population');
    cpSync(join(DATASETS_DIR, 'population'), dir, { recursive: true });
    const file = join(dir, 'observations.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/^population,0114,/, 'population,0999,');
    const cells = lines[2]!.split(',');
    cells[5] = '"12,5"';
    lines[2] = cells.join(',');
    const broken = lines.join('\n');
    writeFileSync(file, broken);
    const run = validate(dir);
    expect(run.status).toBe(1);
    expect(run.err).toContain(`${file}:2: column 'geo': unknown geography code '0999'`);
    expect(run.err).toContain(`${file}:3: column 'value': expected a number with a point as decimal mark, got '12,5' (write 12.5)`);
    expect(run.err).toMatch(/2 problem\(s\) in 1 package\(s\)\./);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });

  it('refuses a copy of a package in the datasets folder that keeps its name, naming both folders', () => {
    const { work: other, datasetsDir } = tempDatasets('maltal-validate-names-');
    try {
      cpSync(join(DATASETS_DIR, 'population'), join(datasetsDir, 'population'), { recursive: true });
      cpSync(join(DATASETS_DIR, 'population'), join(datasetsDir, 'population-copy'), { recursive: true });
      const run = validateWith({ ...process.env, MALTAL_DATASETS: datasetsDir }, join(datasetsDir, 'population-copy'));
      expect(run.status).toBe(1);
      expect(run.err).toContain(
        `${join(datasetsDir, 'population-copy', 'datapackage.json')}: 'name' is 'population', which the package in ${join(datasetsDir, 'population')} also has; each package needs a name of its own`,
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('accepts a header-only observations file with a plain note that the indicator has no values yet', () => {
    const dir = join(work, 'no-values-yet');
    const indicator = demoIndicator();
    writeTestPackage(dir, { indicators: toCsv('indicators', [indicator]), observations: toCsv('observations', []) });
    expect(readFileSync(join(dir, 'observations.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1);
    const run = validate(dir);
    expect(run.status).toBe(0);
    expect(run.out).toContain(
      `Note: ${dir}: 1 indicator(s) have no values yet (demo-rate); they are published as measures without figures, and the API and pages say there are no values.`,
    );
    expect(run.out).toMatch(/^Valid: demo \(1 indicators, 0 observations\)$/m);
  });

  it('names a folder that does not exist', () => {
    const run = validate(join(work, 'nothing-here'));
    expect(run.status).toBe(1);
    expect(run.err).toMatch(/nothing-here: no such folder; give the folder that holds datapackage.json/);
  });
});
