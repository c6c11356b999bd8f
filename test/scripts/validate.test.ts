// Rule: `npm run validate -- <package>` lets another kommun check its package against ours: every
// problem with file, line and column, exit 1; a valid package exits 0; nothing is written.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { tempDatasets } from '../helpers/packages.ts';
import { DATASETS_DIR } from '../helpers/paths.ts';

const { work } = tempDatasets('maltal-validate-cli-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function validate(...dirs: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...dirs], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
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

  it('names a folder that does not exist', () => {
    const run = validate(join(work, 'nothing-here'));
    expect(run.status).toBe(1);
    expect(run.err).toMatch(/nothing-here: no such folder; give the folder that holds datapackage.json/);
  });
});
