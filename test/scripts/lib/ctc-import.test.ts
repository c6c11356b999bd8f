// Rule: `import:ctc` refuses a bad export with file:line: column: message and writes nothing; a good one is suppressed, merged and valid.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../api/node-env.ts';
import { loadAllPackages } from '../../../scripts/lib/build-database.ts';
import { EXAMPLE_NOTE_SV, parseCtcInput } from '../../../scripts/lib/ctc-import.ts';
import type { Row } from '../../../scripts/lib/package-writer.ts';
import { formatProblem } from '../../../scripts/lib/validate-package.ts';
import { tempDatasets } from '../../helpers/packages.ts';
import { DATASETS_DIR } from '../../helpers/paths.ts';

const HEADER = 'survey_year,geo,area_name,school_year,gender,factor,n,share,ci_low,ci_high';
const SOURCE = [
  '--source-id',
  'TEST-EXPORT',
  '--source-title',
  'Testexport',
  '--source-url',
  'https://example.org/ctc.csv',
  '--publisher',
  'Testkommun',
];

let work: string;
let datasetsDir: string;

beforeEach(() => {
  ({ work, datasetsDir } = tempDatasets('maltal-ctc-import-'));
  cpSync(join(DATASETS_DIR, 'ctc'), join(datasetsDir, 'ctc'), { recursive: true });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Writes an export with the given data lines (line 1 is the header, so data line i is on line i + 2). */
function writeInput(name: string, lines: string[]): string {
  const file = join(work, name);
  writeFileSync(file, `${[HEADER, ...lines].join('\n')}\n`);
  return file;
}

function importCtc(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-ctc.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, MALTAL_DATASETS: datasetsDir },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file of a package with its bytes, to show that a refused import changed nothing. */
function snapshot(pkg: string): Record<string, string> {
  const dir = join(datasetsDir, pkg);
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'base64')]),
  );
}

function observations(pkg = 'ctc'): Row[] {
  return parse(readFileSync(join(datasetsDir, pkg, 'observations.csv'), 'utf8'), { columns: true }) as Row[];
}

describe('import:ctc refuses a bad export', () => {
  it.each([
    ['a share above 100', '2023,1280,,ak8,T,com_r01,40,120,,', 3, 'share', 'expected a percentage from 0 to 100, got 120'],
    [
      'a negative share',
      '2023,1280,,ak8,T,com_r01,40,-5,,',
      3,
      'share',
      "expected a percentage from 0 to 100 such as 12.5 or 12,5, got '-5'",
    ],
    ['a missing n', '2023,1280,,ak8,T,com_r01,,12.5,,', 3, 'n', 'is required but empty'],
    [
      'a non-integer n',
      '2023,1280,,ak8,T,com_r01,12.5,12.5,,',
      3,
      'n',
      "expected the number of respondents as a whole number, 0 or more, got '12.5'",
    ],
    ['an unknown factor', '2023,1280,,ak8,T,xyz_r99,40,12.5,,', 3, 'factor', "unknown factor 'xyz_r99'"],
    ['an unknown school year', '2023,1280,,ak5,T,com_r01,40,12.5,,', 3, 'school_year', "unknown school year 'ak5'"],
    ['a malformed year', '23,1280,,ak8,T,com_r01,40,12.5,,', 3, 'survey_year', "expected a year as YYYY, got '23'"],
    [
      'an interval that does not contain the share',
      '2023,1280,,ak8,T,com_r01,40,12.5,13.0,20.0',
      3,
      'ci_low',
      '13.0 is above the share 12.5',
    ],
    [
      'a new area without a name',
      '2023,1280-nytt,,ak8,T,com_r01,40,12.5,,',
      3,
      'area_name',
      "is empty, but area '1280-nytt' is new; give its name",
    ],
  ])('rejects %s with its line and column, and writes nothing', (_what, bad, line, column, message) => {
    const input = writeInput('bad.csv', ['2023,1280,,ak9,T,com_r01,40,12.5,,', bad]);
    const before = snapshot('ctc');
    const run = importCtc(input, ...SOURCE);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${input}:${line}: column '${column}': ${message}`);
    expect(run.stderr).toContain('nothing was written');
    expect(snapshot('ctc')).toEqual(before);
    expect(readdirSync(datasetsDir).filter((d) => d.includes('.tmp-'))).toEqual([]);
  });

  it('lists every problem of the file in one run', () => {
    const input = writeInput('bad.csv', [
      '2023,1280,,ak8,T,com_r01,40,120,,',
      '2023,1280,,ak8,K,com_r01,,12.5,,',
      '2023,1280,,ak8,M,nope,40,12.5,,',
    ]);
    const lines = importCtc(input, ...SOURCE)
      .stderr.split('\n')
      .filter((l) => l.startsWith(input));
    expect(lines).toEqual([
      `${input}:2: column 'share': expected a percentage from 0 to 100, got 120`,
      `${input}:3: column 'n': is required but empty; give the number of respondents (a whole number, 0 or more)`,
      `${input}:4: column 'factor': unknown factor 'nope'; expected an id of the CTC catalogue (datasets/ctc/ctc-factors.csv) such as com_r01`,
    ]);
  });

  it('refuses an export in Windows-1252 (Excel\'s plain "CSV") at the line of the first bad byte, and writes nothing', () => {
    const input = join(work, 'ansi.csv');
    writeFileSync(input, Buffer.from(`${HEADER}\n2023,1280-prov,Provområde,ak8,T,com_r01,40,12.5,,\n`, 'latin1'));
    const before = snapshot('ctc');
    const run = importCtc(input, '--package', 'ctc-demo', '--example');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${input}:2: is not valid UTF-8 (from this line on); in Excel, save it as "CSV UTF-8 (kommaavgränsad)"`);
    expect(snapshot('ctc')).toEqual(before);
    expect(readdirSync(datasetsDir)).not.toContain('ctc-demo');
  });

  it('reads the Excel "CSV UTF-8" export of a Swedish machine: BOM, semicolons, decimal commas, CRLF', () => {
    const input = join(work, 'excel.csv');
    const lines = [HEADER.replaceAll(',', ';'), '2023;1280-prov;Provområde;ak8;T;com_r01;40;12,5;;'];
    writeFileSync(input, `\uFEFF${lines.join('\r\n')}\r\n`);
    const run = importCtc(input, '--package', 'ctc-demo', '--example');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(observations('ctc-demo').map((o) => [o.geo, o.value])).toEqual([['1280-prov', '12.5']]);
    // The package is written in the canonical form: no BOM, LF line endings.
    for (const file of readdirSync(join(datasetsDir, 'ctc-demo'))) {
      const bytes = readFileSync(join(datasetsDir, 'ctc-demo', file));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), file).toBe(false);
      expect(bytes.includes(0x0d), file).toBe(false);
    }
    expect(() => loadAllPackages(datasetsDir)).not.toThrow();
  });

  it('refuses a real import without a source, and example data into the real package', () => {
    const input = writeInput('ok.csv', ['2023,1280,,ak8,T,com_r01,40,12.5,,']);
    const before = snapshot('ctc');
    expect(importCtc(input).stderr).toContain('a real import names where the figures come from');
    expect(importCtc(input, '--example').stderr).toContain('the ctc package holds real results');
    expect(snapshot('ctc')).toEqual(before);
  });
});

describe('parseCtcInput', () => {
  const ctx = {
    kommuner: new Set(['1280']),
    areas: new Map<string, string>(),
    target: 'ctc',
    factors: new Map([['com_r01', 'ctc-com-r01']]),
    threshold: 10,
  };

  it('reads decimal commas and semicolon-separated Excel exports', () => {
    const text = 'survey_year;geo;school_year;gender;factor;n;share;ci_low;ci_high\n2023;1280;gy2;K;com_r01;41;12,5;8,0;17,25\n';
    const parsed = parseCtcInput(text, 'export.csv', ctx);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ share: '12.5', ciLow: '8.0', ciHigh: '17.25', n: '41', line: 2 });
  });

  it('reads an export with a byte-order mark and CRLF line endings, naming lines as an editor does', () => {
    const text = `\uFEFF${HEADER}\r\n2023,1280,,ak8,T,com_r01,40,12.5,,\r\n2023,1280,,ak9,T,com_r01,40,101,,\r\n`;
    const parsed = parseCtcInput(text, 'export.csv', ctx);
    expect(parsed.problems.map(formatProblem)).toEqual(["export.csv:3: column 'share': expected a percentage from 0 to 100, got 101"]);
    const good = parseCtcInput(`\uFEFF${HEADER}\r\n2023,1280,,ak8,T,com_r01,40,12.5,,\r\n`, 'export.csv', ctx);
    expect(good.problems).toEqual([]);
    expect(good.rows[0]).toMatchObject({ year: '2023', geo: '1280', share: '12.5', line: 2 });
  });

  it('refuses a new area name that a spreadsheet would run as a formula', () => {
    const text = `${HEADER}\n2023,1280-ny,"=HYPERLINK(""http://evil"",""x"")",ak8,T,com_r01,40,12.5,,\n`;
    const [problem] = parseCtcInput(text, 'export.csv', ctx).problems.map(formatProblem);
    expect(problem).toMatch(
      /^export\.csv:2: column 'area_name': '=HYPERLINK\("http:\/\/evil","x"\)' begins with '=', which Excel and other spreadsheet programs run as a formula;/,
    );
  });

  it('names the line of a repeated cell and of the first one', () => {
    const text = `${HEADER}\n2023,1280,,ak8,T,com_r01,40,12.5,,\n2023,1280,,ak8,T,com_r01,40,13.5,,\n`;
    const [problem] = parseCtcInput(text, 'export.csv', ctx).problems.map(formatProblem);
    expect(problem).toBe('export.csv:3: repeats survey_year 2023, geo 1280, school_year ak8, gender T, factor com_r01 from line 2');
  });
});

describe('import:ctc writes a results package', () => {
  it('suppresses cells under the threshold: empty value, status suppressed, n kept, threshold in the note and caveats', () => {
    const input = writeInput('small.csv', [
      '2023,1280,,ak8,T,com_r01,25,12.5,5.0,20.0',
      '2023,1280,,ak8,K,com_r01,9,14.0,,',
      '2023,1280,,ak8,M,com_r01,16,11.2,,',
    ]);
    expect(importCtc(input, ...SOURCE).status).toBe(0);
    const byGender = new Map(observations().map((o) => [o.gender, o]));
    expect(byGender.get('K')).toMatchObject({ value: '', status: 'suppressed', n: '9', ci_low: '', ci_high: '' });
    expect(byGender.get('K')?.note).toContain('färre än 10 svarande (n = 9)');
    expect(byGender.get('T')).toMatchObject({
      value: '12.5',
      status: 'final',
      n: '25',
      ci_low: '5.0',
      ci_high: '20.0',
      sources: 'TEST-EXPORT',
    });
    const descriptor = JSON.parse(readFileSync(join(datasetsDir, 'ctc', 'datapackage.json'), 'utf8')) as { caveats: { sv: string }[] };
    const thresholdCaveats = descriptor.caveats.filter((c) => c.sv.startsWith('Undertryckning:'));
    expect(thresholdCaveats).toHaveLength(1);
    expect(thresholdCaveats[0]?.sv).toContain('färre än 10 svarande');

    expect(importCtc(input, ...SOURCE, '--threshold', '5').status).toBe(0);
    expect(observations().find((o) => o.gender === 'K')).toMatchObject({ value: '14.0', status: 'final', n: '9' });
    const after = JSON.parse(readFileSync(join(datasetsDir, 'ctc', 'datapackage.json'), 'utf8')) as { caveats: { sv: string }[] };
    expect(after.caveats.filter((c) => c.sv.startsWith('Undertryckning:')).map((c) => c.sv.includes('färre än 5 svarande'))).toEqual([
      true,
    ]);
    expect(() => loadAllPackages(datasetsDir)).not.toThrow();
  });

  it('replaces the rows of the same geography and survey year, and keeps the others', () => {
    const first = writeInput('first.csv', [
      '2023,1280,,ak8,T,com_r01,40,12.5,,',
      '2023,1280,,ak9,T,com_r01,40,13.5,,',
      '2021,1280,,ak8,T,com_r01,40,10.0,,',
      '2023,0180,,ak8,T,com_r01,40,9.0,,',
    ]);
    expect(importCtc(first, ...SOURCE).status).toBe(0);
    const again = writeInput('again.csv', ['2023,1280,,gy2,K,fam_p01,30,55.5,,']);
    const run = importCtc(again, '--source-id', 'TEST-EXPORT');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 rows written (0 suppressed under n < 10), 2 replaced');
    const rows = observations().map((o) => [o.indicator, o.geo, o.period, o.gender, o.breakdown, o.value].join(' '));
    expect(rows.sort()).toEqual([
      'ctc-com-r01 0180 2023 T ak8 9.0',
      'ctc-com-r01 1280 2021 T ak8 10.0',
      'ctc-fam-p01 1280 2023 K gy2 55.5',
    ]);
    expect(() => loadAllPackages(datasetsDir)).not.toThrow();
  });

  it('writes example data to its own package: prefixed ids and titles, example: true, every note marked, new areas added', () => {
    const input = writeInput('example.csv', [
      '2023,1280-prov,Provområde,ak8,T,com_r01,40,12.5,,',
      '2023,1280-prov,Provområde,ak8,K,com_r01,4,,,',
    ]);
    const before = snapshot('ctc');
    expect(importCtc(input, '--package', 'ctc-demo', '--example').status).toBe(0);
    expect(snapshot('ctc')).toEqual(before);
    const descriptor = JSON.parse(readFileSync(join(datasetsDir, 'ctc-demo', 'datapackage.json'), 'utf8')) as {
      example: boolean;
      title: string;
    };
    expect(descriptor.example).toBe(true);
    expect(descriptor.title).toMatch(/^Exempeldata: /);
    const indicators = parse(readFileSync(join(datasetsDir, 'ctc-demo', 'indicators.csv'), 'utf8'), { columns: true }) as Row[];
    expect(indicators.map((i) => [i.id, i.title_sv])).toEqual([
      ['example-ctc-com-r01', 'Exempeldata: CTC-riskfaktor: Low neighborhood attachment (engelskt namn; inget svenskt namn publicerat)'],
    ]);
    const obs = observations('ctc-demo');
    expect(obs).toHaveLength(2);
    for (const o of obs) expect(o.note?.startsWith(EXAMPLE_NOTE_SV)).toBe(true);
    expect(readFileSync(join(datasetsDir, 'ctc-demo', 'geographies.csv'), 'utf8')).toContain(
      '1280-prov,Provområde,Provområde,Provområde,area,1280,',
    );
    expect(() => loadAllPackages(datasetsDir)).not.toThrow();
  });
});
