// Rule: a hostile or broken package is refused with its file, line, column and what to do, in bounded
// memory, and the live database stays byte for byte as it was.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { BuildError, buildDatabase } from '../../scripts/lib/build-database.ts';
import { RESOURCE_SCHEMAS } from '../../scripts/lib/package-format.ts';
import { toCsv, type Row } from '../../scripts/lib/package-writer.ts';
import { checkAcrossPackages, loadPackage, type Problem } from '../../scripts/lib/validate-package.ts';
import { demoIndicator, tempDatasets, writeTestPackage } from '../helpers/packages.ts';

const GiB = 1024 * 1024 * 1024;

function indicators(change: Row = {}): Row[] {
  return [demoIndicator(change)];
}

/** Line n of observations.csv holds row n - 2 (line 1 is the header). */
function observations(first: Row = {}): Row[] {
  return [
    {
      indicator: 'demo-rate',
      geo: '0114',
      period: '2020',
      gender: 'T',
      breakdown: 'total',
      value: '75.5',
      status: 'final',
      sources: 'S1',
      ...first,
    },
    {
      indicator: 'demo-rate',
      geo: '0180',
      period: '2020',
      gender: 'T',
      breakdown: 'total',
      value: '-3.5',
      status: 'final',
      sources: 'S1',
      ci_low: '-12',
      ci_high: '4',
    },
  ];
}

/** The demo observations as Swedish Excel saves them: ';', decimal commas, Windows-1252, CRLF. */
function excelExport(): Buffer {
  const text = toCsv('observations', observations({ note: 'Små tal' }))
    .replaceAll(',', ';')
    .replace(/\b75\.5\b/, '75,5')
    .replaceAll('\n', '\r\n');
  return Buffer.from(text, 'latin1');
}

let work: string;
let datasetsDir: string;
let demo: string;
let dbPath: string;
let live: Buffer;

function writeDemo(ind = indicators(), obs = observations()): void {
  rmSync(demo, { recursive: true, force: true });
  writeTestPackage(demo, { indicators: toCsv('indicators', ind), observations: toCsv('observations', obs) });
}

/** Replaces the demo package's descriptor entry for a resource. */
function withResourcePath(name: string, path: string): void {
  const file = join(demo, 'datapackage.json');
  const d = JSON.parse(readFileSync(file, 'utf8')) as { resources: { name: string; path: string }[] };
  d.resources.find((r) => r.name === name)!.path = path;
  writeFileSync(file, `${JSON.stringify(d, null, 2)}\n`);
}

/** A file of `size` bytes that starts with `head` and is sparse after it: no disk, no memory. */
function sparseFile(file: string, head: string, size: number): void {
  writeFileSync(file, head);
  truncateSync(file, size);
}

/** Validates every package of the datasets folder the way the build does. */
function validate(): Problem[] {
  const problems: Problem[] = [];
  const packages = [];
  for (const name of readdirSync(datasetsDir).sort()) {
    const { pkg, problems: found } = loadPackage(join(datasetsDir, name));
    problems.push(...found);
    if (pkg) packages.push(pkg);
  }
  return [...problems, ...checkAcrossPackages(packages)];
}

const OBS_HEADER = RESOURCE_SCHEMAS.observations.fields.map((f) => f.name).join(',');
const FORMULA =
  /, which Excel and other spreadsheet programs run as a formula; text must not begin with =, \+, -, @, a tab or a carriage return: reword it to begin with a letter or digit \(for a bullet, write • or –\)$/;

interface HostileCase {
  name: string;
  /** Turns the valid demo package into the hostile one. */
  breakIt: () => void;
  /** The file the problem names, relative to the demo package. */
  file: string;
  line?: number;
  /** The character on the line, for the descriptor. */
  character?: number;
  column?: string;
  message: RegExp;
}

const cases: HostileCase[] = [
  {
    name: 'a cell of more than 10 000 characters',
    breakIt: () => writeDemo(indicators(), observations({ note: 'x'.repeat(10_001) })),
    file: 'observations.csv',
    line: 2,
    column: 'note',
    message: /^is 10001 characters long; at most 10000 are allowed$/,
  },
  {
    name: 'a file in Latin-1, not UTF-8',
    breakIt: () =>
      writeFileSync(join(demo, 'indicators.csv'), Buffer.from(toCsv('indicators', indicators({ title_sv: 'Sysselsättning' })), 'latin1')),
    file: 'indicators.csv',
    line: 2,
    message: /^is not valid UTF-8 \(from this line on\); save the file as UTF-8$/,
  },
  {
    name: 'a descriptor in Latin-1, not UTF-8',
    breakIt: () => {
      const file = join(demo, 'datapackage.json');
      const d = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, Buffer.from(JSON.stringify({ ...d, title: 'Bibliotekslån i Håbo' }, null, 2), 'latin1'));
    },
    file: 'datapackage.json',
    line: 3,
    message: /^is not valid UTF-8 \(from this line on\); save the file as UTF-8$/,
  },
  {
    name: 'a JSON syntax error in the descriptor (a comma after the last property)',
    breakIt: () => {
      const file = join(demo, 'datapackage.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"name": "demo",', '"name": "demo",,'));
    },
    file: 'datapackage.json',
    line: 2,
    character: 18,
    message:
      /^is not valid JSON at line 2, column 18: expected a property name in double quotes \(no comma after the last property\), found ','; the line reads: "name": "demo",,$/,
  },
  {
    name: 'a formula (=HYPERLINK) in a note',
    breakIt: () => writeDemo(indicators(), observations({ note: '=HYPERLINK("http://evil","x")' })),
    file: 'observations.csv',
    line: 2,
    column: 'note',
    message: new RegExp(`^'=HYPERLINK\\("http://evil","x"\\)' begins with '='${FORMULA.source}`),
  },
  {
    name: 'a formula (@SUM) in a title',
    breakIt: () => writeDemo(indicators({ title_sv: '@SUM(1)' })),
    file: 'indicators.csv',
    line: 2,
    column: 'title_sv',
    message: new RegExp(`^'@SUM\\(1\\)' begins with '@'${FORMULA.source}`),
  },
  {
    name: 'a text beginning with +',
    breakIt: () => writeDemo(indicators({ title_en: '+1' })),
    file: 'indicators.csv',
    line: 2,
    column: 'title_en',
    message: new RegExp(`^'\\+1' begins with '\\+'${FORMULA.source}`),
  },
  {
    name: 'a text beginning with -',
    breakIt: () => writeDemo(indicators({ description_sv: '-cmd' })),
    file: 'indicators.csv',
    line: 2,
    column: 'description_sv',
    message: new RegExp(`^'-cmd' begins with '-'${FORMULA.source}`),
  },
  {
    name: 'a text beginning with a tab',
    breakIt: () => writeDemo(indicators({ unit_sv: '\tprocent' })),
    file: 'indicators.csv',
    line: 2,
    column: 'unit_sv',
    message: new RegExp(`^'\\\\tprocent' begins with a tab${FORMULA.source}`),
  },
  {
    name: 'a quoted text beginning with a carriage return',
    breakIt: () => writeDemo(indicators(), observations({ note: '\r=1+1' })),
    file: 'observations.csv',
    line: 2,
    column: 'note',
    message: new RegExp(`^'\\\\r=1\\+1' begins with a carriage return${FORMULA.source}`),
  },
  {
    name: 'a byte-order mark',
    breakIt: () => writeFileSync(join(demo, 'observations.csv'), `\uFEFF${toCsv('observations', observations())}`),
    file: 'observations.csv',
    line: 1,
    message: /^starts with a UTF-8 byte-order mark \(BOM\); save the file as UTF-8 without BOM, as package files are written$/,
  },
  {
    name: 'a byte-order mark in the descriptor',
    breakIt: () => writeFileSync(join(demo, 'datapackage.json'), `\uFEFF${readFileSync(join(demo, 'datapackage.json'), 'utf8')}`),
    file: 'datapackage.json',
    line: 1,
    message: /^starts with a UTF-8 byte-order mark \(BOM\); save the file as UTF-8 without BOM/,
  },
  {
    name: 'CRLF line endings',
    breakIt: () => writeFileSync(join(demo, 'observations.csv'), toCsv('observations', observations()).replaceAll('\n', '\r\n')),
    file: 'observations.csv',
    line: 1,
    message:
      /^ends with CRLF \(Windows line endings\), as do 2 more line\(s\); packages use LF line endings: save the file with LF \(Unix\) line endings$/,
  },
  {
    name: 'CRLF from line 3 on, after LF lines',
    breakIt: () => {
      const [header, first, second] = toCsv('observations', observations()).trimEnd().split('\n');
      writeFileSync(join(demo, 'observations.csv'), `${header}\n${first}\n${second}\r\n`);
    },
    file: 'observations.csv',
    line: 3,
    message: /^ends with CRLF \(Windows line endings\); packages use LF line endings/,
  },
  {
    name: 'a decimal comma',
    breakIt: () => writeDemo(indicators(), observations({ value: '75,5' })),
    file: 'observations.csv',
    line: 2,
    column: 'value',
    message: /^expected a number with a point as decimal mark, got '75,5' \(write 75\.5\)$/,
  },
  {
    name: 'a value too large for a number (1e309, Infinity)',
    breakIt: () => writeDemo(indicators(), observations({ value: '1e309' })),
    file: 'observations.csv',
    line: 2,
    column: 'value',
    message: /^'1e309' is too large to store as a number \(at most about 1\.8e308\); a value must be a finite number$/,
  },
  {
    name: 'a negative value too large for a number',
    breakIt: () => writeDemo(indicators(), observations({ ci_low: '-2e308' })),
    file: 'observations.csv',
    line: 2,
    column: 'ci_low',
    message: /^'-2e308' is too large to store as a number/,
  },
  {
    name: 'a value so small it would become 0 (1e-400)',
    breakIt: () => writeDemo(indicators(), observations({ value: '1e-400' })),
    file: 'observations.csv',
    line: 2,
    column: 'value',
    message:
      /^'1e-400' is too small to store as a number and would become 0 \(the smallest is about 5e-324\); write 0 if that is what you mean$/,
  },
  {
    name: 'a whole number past 2^53 that would be rounded',
    breakIt: () => writeDemo(indicators(), observations({ value: '9007199254740993' })),
    file: 'observations.csv',
    line: 2,
    column: 'value',
    message:
      /^'9007199254740993' has more digits than a number can hold exactly \(whole numbers up to 2\^53 = 9007199254740992\); it would be stored as 9007199254740992$/,
  },
  {
    name: 'a count past 2^53 in an integer column',
    breakIt: () => writeDemo(indicators(), observations({ n: '123456789012345678901' })),
    file: 'observations.csv',
    line: 2,
    column: 'n',
    message: /^'123456789012345678901' has more digits than a number can hold exactly/,
  },
  {
    name: 'a month 13 as period',
    breakIt: () => writeDemo(indicators(), observations({ period: '2024-13' })),
    file: 'observations.csv',
    line: 2,
    column: 'period',
    message: /^'2024-13' is not in the expected form; write YYYY or YYYY-MM: a year such as 2024, or a month such as 2024-03$/,
  },
  {
    name: 'a kommun code that lost its leading zero (136)',
    breakIt: () => writeDemo(indicators(), observations({ geo: '136' })),
    file: 'observations.csv',
    line: 2,
    column: 'geo',
    message: /^unknown geography code '136'; kommun codes have four digits: did you mean 0136\?$/,
  },
  {
    name: 'a län code that lost its leading zero (1)',
    breakIt: () => writeDemo(indicators(), observations({ geo: '1' })),
    file: 'observations.csv',
    line: 2,
    column: 'geo',
    message: /^unknown geography code '1'; län codes have two digits: did you mean 01\?$/,
  },
  {
    name: 'an id with a space',
    breakIt: () => writeDemo(indicators({ id: 'demo rate' }), observations({ indicator: 'demo rate' })),
    file: 'indicators.csv',
    line: 2,
    column: 'id',
    message:
      /^'demo rate' is not in the expected form; an id begins with a letter or digit and holds only letters, digits, _, \. and - \(no spaces\)$/,
  },
  {
    name: 'a Swedish Excel export (; separator, decimal commas, Windows-1252, CRLF)',
    breakIt: () => writeFileSync(join(demo, 'observations.csv'), excelExport()),
    file: 'observations.csv',
    line: 1,
    message:
      /^looks like an Excel export with ';' as separator, decimal commas, Windows-1252 encoding, CRLF \(Windows\) line endings; .*: convert it with npm run import:csv -- /,
  },
  {
    name: 'a Swedish Excel export re-saved as UTF-8',
    breakIt: () => writeFileSync(join(demo, 'observations.csv'), excelExport().toString('latin1').replaceAll('\r\n', '\n')),
    file: 'observations.csv',
    line: 1,
    message: /^looks like an Excel export with ';' as separator, decimal commas; a package file uses ','/,
  },
  {
    name: 'a duplicate key',
    breakIt: () => writeDemo(indicators(), [...observations(), { ...observations()[0]!, value: '80' }]),
    file: 'observations.csv',
    line: 4,
    message: /^duplicate key \(indicator=demo-rate, geo=0114, period=2020, gender=T, breakdown=total\); first seen on line 2$/,
  },
  {
    name: 'a resource path that points outside the package',
    breakIt: () => withResourcePath('observations', '../geographies/geographies.csv'),
    file: 'datapackage.json',
    message:
      /^resources\[1\] 'observations': path '\.\.\/geographies\/geographies\.csv' must be a relative path inside the package folder$/,
  },
  {
    name: 'an absolute resource path',
    breakIt: () => withResourcePath('observations', '/etc/passwd'),
    file: 'datapackage.json',
    message: /^resources\[1\] 'observations': path '\/etc\/passwd' must be a relative path inside the package folder$/,
  },
  {
    name: 'a resource that is a symbolic link out of the package',
    breakIt: () => {
      rmSync(join(demo, 'observations.csv'));
      symlinkSync(join(datasetsDir, 'geographies/geographies.csv'), join(demo, 'observations.csv'));
    },
    file: 'observations.csv',
    message: /^is a symbolic link; a package holds its own files: copy the file into the package folder instead$/,
  },
  {
    name: 'a resource of 1 GiB',
    breakIt: () => sparseFile(join(demo, 'observations.csv'), `${OBS_HEADER}\n`, GiB),
    file: 'observations.csv',
    message:
      /^is 1\.0 GiB \(1073741824 bytes\); a package file may be at most 32\.0 MiB \(33554432 bytes\): split the data over several packages$/,
  },
  {
    name: 'a stray file over the limit beside the resources (the build stores every file)',
    breakIt: () => sparseFile(join(demo, 'report.pdf'), '%PDF-1.7\n', 40 * 1024 * 1024),
    file: 'report.pdf',
    message: /^is 40\.0 MiB \(41943040 bytes\); a package file may be at most 32\.0 MiB/,
  },
  {
    name: 'one endless line under the size limit (20 MB without a line break)',
    breakIt: () => sparseFile(join(demo, 'observations.csv'), `${OBS_HEADER}\ndemo-rate,`, 20 * 1000 * 1000),
    file: 'observations.csv',
    line: 2,
    message:
      /^is not valid CSV: the row starting on line 2 runs past 1000000 characters \(a cell may hold at most 10000\); a line break is missing or a quote is left open$/,
  },
];

beforeAll(() => {
  ({ work, datasetsDir } = tempDatasets('maltal-hostile-'));
  demo = join(datasetsDir, 'demo');
  dbPath = join(work, 'db', 'maltal.sqlite');
  writeDemo();
  buildDatabase({ datasetsDir, dbPath });
  live = readFileSync(dbPath);
});

beforeEach(() => writeDemo());

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile dataset packages', () => {
  it('accepts the demo package, whose negative figures are numbers and not formulas', () => {
    expect(validate()).toEqual([]);
  });

  it('accepts numbers that are stored as written: 2^53, 2^60 exactly, 1e308 and 5e-324', () => {
    writeDemo(indicators(), [
      { ...observations()[0]!, value: '9007199254740992', ci_low: '1152921504606846976', ci_high: '1e308' },
      { ...observations()[1]!, value: '5e-324', ci_low: '0', ci_high: '0.000' },
    ]);
    expect(validate()).toEqual([]);
  });

  it.each(cases)(
    'refuses $name with a precise message, and the build leaves the live database byte for byte',
    ({ breakIt, file, line, character, column, message }) => {
      breakIt();
      const expected = {
        file: join(demo, file),
        ...(line ? { line } : {}),
        ...(character ? { character } : {}),
        ...(column ? { column } : {}),
        message: expect.stringMatching(message),
      };

      expect(validate()).toContainEqual(expected);

      let thrown: unknown;
      try {
        buildDatabase({ datasetsDir, dbPath });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(BuildError);
      expect((thrown as BuildError).problems).toContainEqual(expected);
      expect(readFileSync(dbPath).equals(live)).toBe(true);
      expect(readdirSync(join(work, 'db'))).toEqual(['maltal.sqlite']);
    },
  );
});

/**
 * Runs `code` in a fresh Node process (through tsx) and returns what it printed as JSON; the code
 * reports its own peak resident memory, which includes Node and tsx themselves (about 80 MB).
 */
function inChild(code: string): { problems: string[]; maxRssMiB: number } {
  const script = join(work, `child-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(script, code);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { problems: string[]; maxRssMiB: number };
}

describe('a Swedish Excel export', () => {
  it.each([
    ['as saved (Windows-1252, CRLF)', () => excelExport()],
    ['re-saved as UTF-8', () => excelExport().toString('latin1')],
  ])('gets one message for the file %s, not one per trait or per cell', (_name, bytes) => {
    writeFileSync(join(demo, 'observations.csv'), bytes());
    expect(validate().filter((p) => p.file === join(demo, 'observations.csv'))).toHaveLength(1);
  });
});

describe('a 1 GiB package', () => {
  const maxRss = 'Math.round(process.resourceUsage().maxRSS / 1024)';

  beforeEach(() => sparseFile(join(demo, 'observations.csv'), `${OBS_HEADER}\n`, GiB));

  it('is refused by the validator without reading it: peak memory stays far below the file size', () => {
    const result = inChild(`
      import { formatProblem, loadPackage } from ${JSON.stringify(join(repoRoot, 'scripts/lib/validate-package.ts'))};
      const { problems } = loadPackage(${JSON.stringify(demo)});
      console.log(JSON.stringify({ problems: problems.map(formatProblem), maxRssMiB: ${maxRss} }));
    `);
    expect(result.problems).toEqual([
      `${join(demo, 'observations.csv')}: is 1.0 GiB (1073741824 bytes); a package file may be at most 32.0 MiB (33554432 bytes): split the data over several packages`,
    ]);
    expect(result.maxRssMiB).toBeLessThan(300);
  });

  it('is refused by the build before it is read or hashed: peak memory stays far below the file size', () => {
    const result = inChild(`
      import { BuildError, buildDatabase } from ${JSON.stringify(join(repoRoot, 'scripts/lib/build-database.ts'))};
      import { formatProblem } from ${JSON.stringify(join(repoRoot, 'scripts/lib/validate-package.ts'))};
      let problems: string[] = [];
      try {
        buildDatabase({ datasetsDir: ${JSON.stringify(datasetsDir)}, dbPath: ${JSON.stringify(dbPath)} });
      } catch (error) {
        if (!(error instanceof BuildError)) throw error;
        problems = error.problems.map(formatProblem);
      }
      console.log(JSON.stringify({ problems, maxRssMiB: ${maxRss} }));
    `);
    expect(result.problems).toEqual([
      `${join(demo, 'observations.csv')}: is 1.0 GiB (1073741824 bytes); a package file may be at most 32.0 MiB (33554432 bytes): split the data over several packages`,
    ]);
    expect(result.maxRssMiB).toBeLessThan(300);
    expect(readFileSync(dbPath).equals(live)).toBe(true);
  });
});
