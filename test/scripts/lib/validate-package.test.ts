// Rule: every fault in a dataset package is reported with its file, line, column and a message that says how to fix it.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE_SCHEMAS, type PackageDescriptor, type ResourceName } from '../../../scripts/lib/package-format.ts';
import { toCsv, type Row } from '../../../scripts/lib/package-writer.ts';
import { checkAcrossPackages, formatProblem, loadPackage, type Problem } from '../../../scripts/lib/validate-package.ts';
import { demoDescriptor, demoIndicator } from '../../helpers/packages.ts';
import { DATASETS_DIR } from '../../helpers/paths.ts';

const DEMO_RESOURCES = ['indicators', 'breakdowns', 'sdg-links', 'observations'] as const;
type DemoResource = (typeof DEMO_RESOURCES)[number];

function indicator(id: string, extra: Row = {}): Row {
  return demoIndicator({ id, title_sv: `Titel ${id}`, title_en: `Title ${id}`, ...extra });
}

/** The demo package's rows; line n of a CSV holds row n - 2 (line 1 is the header). */
function demoTables(): Record<DemoResource, Row[]> {
  return {
    indicators: [indicator('demo-rate', { breakdown_dimension: 'age' }), indicator('demo-count', { decimals: '0' })],
    breakdowns: [
      { dimension: 'age', code: '20-64', label_sv: '20–64 år', label_en: 'aged 20–64', sort: '1' },
      { dimension: 'age', code: '65-', label_sv: '65 år och äldre', label_en: 'aged 65 and over', sort: '2' },
    ],
    'sdg-links': [
      { indicator: 'demo-rate', goal: '8', target: '8.5', relation: 'direct' },
      { indicator: 'demo-count', goal: '1', target: '', relation: 'context' },
    ],
    observations: [
      {
        indicator: 'demo-rate',
        geo: '0114',
        period: '2020',
        gender: 'T',
        breakdown: 'total',
        value: '75.5',
        status: 'final',
        sources: 'S1',
      },
      {
        indicator: 'demo-rate',
        geo: '0114',
        period: '2020',
        gender: 'T',
        breakdown: '20-64',
        value: '80.1',
        status: 'final',
        sources: 'S1',
      },
      {
        indicator: 'demo-count',
        geo: 'SE',
        period: '2021',
        gender: 'K',
        breakdown: 'total',
        value: '',
        status: 'suppressed',
        sources: 'S1',
      },
      {
        indicator: 'demo-count',
        geo: '01',
        period: '2021',
        gender: 'T',
        breakdown: 'total',
        value: '12',
        status: 'final',
        sources: 'S1',
        n: '340',
      },
    ],
  };
}

let base: string;
let work: string;

/** A fresh datasets folder: the real geographies and agenda-2030 packages plus the demo package. */
function freshDatasets(): { datasets: string; demo: string } {
  const datasets = mkdtempSync(join(work, 'datasets-'));
  cpSync(base, datasets, { recursive: true });
  return { datasets, demo: join(datasets, 'demo') };
}

function writeTable(demo: string, resource: ResourceName, rows: Row[]): void {
  writeFileSync(join(demo, `${resource}.csv`), toCsv(resource, rows));
}

/** Runs the validator over every package in the folder, as the build does. */
function validate(datasets: string): Problem[] {
  const problems: Problem[] = [];
  const packages = [];
  for (const name of readdirSync(datasets).sort()) {
    const { pkg, problems: found } = loadPackage(join(datasets, name));
    problems.push(...found);
    if (pkg) packages.push(pkg);
  }
  return [...problems, ...checkAcrossPackages(packages)];
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'maltal-validate-'));
  base = join(work, 'base');
  cpSync(join(DATASETS_DIR, 'geographies'), join(base, 'geographies'), { recursive: true });
  cpSync(join(DATASETS_DIR, 'agenda-2030'), join(base, 'agenda-2030'), { recursive: true });
  const demo = join(base, 'demo');
  mkdirSync(demo);
  writeFileSync(join(demo, 'datapackage.json'), `${JSON.stringify(demoDescriptor(DEMO_RESOURCES), null, 2)}\n`);
  for (const [name, rows] of Object.entries(demoTables()) as [DemoResource, Row[]][]) writeTable(demo, name, rows);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ErrorCase {
  name: string;
  /** Breaks the freshly copied datasets folder. */
  breakIt: (demo: string, datasets: string) => void;
  /** The file the problem names, relative to the datasets folder. */
  file: string;
  line?: number;
  /** The character on the line, for the descriptor. */
  character?: number;
  column?: string;
  message: RegExp;
}

function withObservation(index: number, change: Row): (demo: string) => void {
  return (demo) => {
    const rows = demoTables().observations;
    rows[index] = { ...rows[index], ...change };
    writeTable(demo, 'observations', rows);
  };
}

function withDescriptor(change: (d: PackageDescriptor) => void): (demo: string) => void {
  return (demo) => {
    const d = demoDescriptor(DEMO_RESOURCES);
    change(d);
    writeFileSync(join(demo, 'datapackage.json'), JSON.stringify(d, null, 2));
  };
}

const HEADER = {
  observations: RESOURCE_SCHEMAS.observations.fields.map((f) => f.name).join(','),
};

const cases: ErrorCase[] = [
  {
    name: 'text in an integer column',
    breakIt: withObservation(3, { n: 'many' }),
    file: 'demo/observations.csv',
    line: 5,
    column: 'n',
    message: /^expected a whole number, got 'many'$/,
  },
  {
    name: 'text in a number column',
    breakIt: withObservation(0, { value: 'n/a' }),
    file: 'demo/observations.csv',
    line: 2,
    column: 'value',
    message: /^expected a number such as 12\.5, got 'n\/a'$/,
  },
  {
    name: 'a decimal comma in a number column, with the point form as the fix',
    breakIt: withObservation(1, { value: '80,1' }),
    file: 'demo/observations.csv',
    line: 3,
    column: 'value',
    message: /point as decimal mark, got '80,1' \(write 80\.1\)/,
  },
  {
    name: 'a duplicate primary key, naming the line it was first seen on',
    breakIt: (demo) => {
      const rows = demoTables().observations;
      writeTable(demo, 'observations', [...rows, { ...rows[1], value: '81' }]);
    },
    file: 'demo/observations.csv',
    line: 6,
    message: /^duplicate key \(indicator=demo-rate, geo=0114, period=2020, gender=T, breakdown=20-64\); first seen on line 3$/,
  },
  {
    name: 'an unknown geography code, pointing to the geographies package',
    breakIt: withObservation(0, { geo: '0999' }),
    file: 'demo/observations.csv',
    line: 2,
    column: 'geo',
    message: /^unknown geography code '0999'; valid codes are in datasets\/geographies\/geographies\.csv/,
  },
  {
    name: 'an unknown source id',
    breakIt: withObservation(3, { sources: 'S1;S9' }),
    file: 'demo/observations.csv',
    line: 5,
    column: 'sources',
    message: /^unknown source 'S9'; the descriptor's sources are S1$/,
  },
  {
    name: "a source the value's indicator does not list",
    breakIt: (demo) => {
      withDescriptor((d) => d.sources.push({ ...d.sources[0]!, id: 'S2' }))(demo);
      withObservation(0, { sources: 'S2' })(demo);
    },
    file: 'demo/observations.csv',
    line: 2,
    column: 'sources',
    message: /^source 'S2' is not among the sources of indicator 'demo-rate' \(S1\)/,
  },
  {
    name: 'an unknown breakdown code, naming the dimension to define it under',
    breakIt: withObservation(1, { breakdown: '16-19' }),
    file: 'demo/observations.csv',
    line: 3,
    column: 'breakdown',
    message: /^unknown breakdown '16-19'; define it in breakdowns\.csv under dimension 'age'$/,
  },
  {
    name: 'an empty value with status final',
    breakIt: withObservation(3, { value: '' }),
    file: 'demo/observations.csv',
    line: 5,
    column: 'value',
    message: /^is empty but status is 'final'; an empty value needs status suppressed or missing$/,
  },
  {
    name: 'an unknown Agenda 2030 target',
    breakIt: (demo) => {
      const rows = demoTables()['sdg-links'];
      rows[0] = { ...rows[0], target: '8.99' };
      writeTable(demo, 'sdg-links', rows);
    },
    file: 'demo/sdg-links.csv',
    line: 2,
    column: 'target',
    message: /^unknown Agenda 2030 target '8\.99'; see datasets\/agenda-2030\/sdg-targets\.csv$/,
  },
  {
    name: 'an unknown column',
    breakIt: (demo) => {
      const lines = toCsv('observations', demoTables().observations).trimEnd().split('\n');
      const widened = lines.map((l, i) => `${l},${i === 0 ? 'extra' : 'x'}`);
      writeFileSync(join(demo, 'observations.csv'), `${widened.join('\n')}\n`);
    },
    file: 'demo/observations.csv',
    line: 1,
    column: 'extra',
    message: /^unknown column 'extra'; expected columns: indicator, geo, period,/,
  },
  {
    name: 'a missing required column',
    breakIt: (demo) =>
      writeFileSync(
        join(demo, 'breakdowns.csv'),
        'dimension,code,label_sv,label_en\nage,20-64,20–64 år,aged 20–64\nage,65-,65 år och äldre,aged 65 and over\n',
      ),
    file: 'demo/breakdowns.csv',
    line: 1,
    column: 'sort',
    message: /^missing required column 'sort'$/,
  },
  {
    name: 'malformed CSV (an unclosed quote), at the line the quote opens',
    breakIt: (demo) =>
      writeFileSync(
        join(demo, 'observations.csv'),
        `${HEADER.observations}\ndemo-rate,0114,2020,T,total,75.5,final,,S1,,,\n"demo-rate,0114,2020,T,20-64,80.1,final,,S1,,,\ndemo-count,SE,2021,K,total,,suppressed,,S1,,,\ndemo-count,01,2021,T,total,12,final,,S1,340,,\n`,
      ),
    file: 'demo/observations.csv',
    line: 3,
    message: /^is not valid CSV: a quote opened on line 3 is never closed$/,
  },
  {
    name: 'a file that is not UTF-8, at the line of the first bad byte',
    breakIt: (demo) => {
      const text = toCsv('breakdowns', demoTables().breakdowns);
      writeFileSync(join(demo, 'breakdowns.csv'), Buffer.from(text, 'latin1'));
    },
    file: 'demo/breakdowns.csv',
    line: 2,
    message: /^is not valid UTF-8 \(from this line on\); save the file as UTF-8$/,
  },
  {
    name: 'a missing resource file',
    breakIt: (demo) => rmSync(join(demo, 'breakdowns.csv')),
    file: 'demo/datapackage.json',
    message: /^resources\[1\] 'breakdowns': file 'breakdowns\.csv' is missing$/,
  },
  {
    name: 'an empty licence list (Data Package 2.0 wants the property left out)',
    breakIt: withDescriptor((d) => (d.licenses = [])),
    file: 'demo/datapackage.json',
    message: /^'licenses' must list at least one licence, or be left out/,
  },
  {
    name: 'a resource path outside the package',
    breakIt: withDescriptor((d) => (d.resources[1]!.path = '../x.csv')),
    file: 'demo/datapackage.json',
    message: /^resources\[1\] 'breakdowns': path '\.\.\/x\.csv' must be a relative path inside the package folder$/,
  },
  {
    name: 'a missing datapackage.json',
    breakIt: (demo) => rmSync(join(demo, 'datapackage.json')),
    file: 'demo/datapackage.json',
    message: /^is missing; every package needs a datapackage\.json descriptor$/,
  },
  {
    name: 'invalid JSON in the descriptor',
    breakIt: (demo) => writeFileSync(join(demo, 'datapackage.json'), '{ "name": "demo", }'),
    file: 'demo/datapackage.json',
    line: 1,
    character: 19,
    message:
      /^is not valid JSON at line 1, column 19: expected a property name in double quotes \(no comma after the last property\), found '}'; the line reads: \{ "name": "demo", \}$/,
  },
  {
    name: 'a geography whose parent is not a geography',
    breakIt: (_demo, datasets) =>
      appendFileSync(join(datasets, 'geographies/geographies.csv'), '9999,Testkommun,Test Municipality,Test,municipality,99,\n'),
    file: 'geographies/geographies.csv',
    line: geographyLines() + 1,
    column: 'parent',
    message: /'99'/,
  },
];

function geographyLines(): number {
  return readFileSync(join(DATASETS_DIR, 'geographies/geographies.csv'), 'utf8').trimEnd().split('\n').length;
}

describe('validating dataset packages', () => {
  it('finds no problem in the real small packages plus a well-formed package', () => {
    const { datasets } = freshDatasets();
    expect(validate(datasets)).toEqual([]);
  });

  it.each(cases)('reports $name', ({ breakIt, file, line, character, column, message }) => {
    const { datasets, demo } = freshDatasets();
    breakIt(demo, datasets);
    const problems = validate(datasets);
    expect(problems).toContainEqual({
      file: join(datasets, file),
      ...(line ? { line } : {}),
      ...(character ? { character } : {}),
      ...(column ? { column } : {}),
      message: expect.stringMatching(message),
    });
  });

  it('reports a missing required column once, not again on every row', () => {
    const { datasets, demo } = freshDatasets();
    writeFileSync(
      join(demo, 'breakdowns.csv'),
      'dimension,code,label_sv,label_en\nage,20-64,20–64 år,aged 20–64\nage,65-,65 år och äldre,aged 65 and over\n',
    );
    const about = validate(datasets).filter((p) => p.file.endsWith('breakdowns.csv'));
    expect(about.map((p) => p.line)).toEqual([1]);
  });

  it('formats a problem as file:line: column: message', () => {
    expect(formatProblem({ file: 'demo/observations.csv', line: 5, column: 'n', message: "expected a whole number, got 'many'" })).toBe(
      "demo/observations.csv:5: column 'n': expected a whole number, got 'many'",
    );
    expect(formatProblem({ file: 'demo/datapackage.json', message: 'is missing' })).toBe('demo/datapackage.json: is missing');
    expect(formatProblem({ file: 'demo/datapackage.json', line: 3, character: 1, message: 'is not valid JSON' })).toBe(
      'demo/datapackage.json:3:1: is not valid JSON',
    );
  });
});
