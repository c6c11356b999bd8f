// Rule: CSV is RFC 4180 (quoting, CRLF) or the Swedish Excel dialect (semicolon, decimal comma,
// BOM), quoting keeps every value intact, and no text cell can run as a formula in a spreadsheet.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../../api/lib/formats.ts';
import { createNodeApp, openNodeDb } from '../../../api/node.ts';
import { buildDatabase } from '../../../scripts/lib/build-database.ts';
import { toCsv as toPackageCsv } from '../../../scripts/lib/package-writer.ts';
import { demoIndicator, tempDatasets, writeTestPackage } from '../../helpers/packages.ts';

const rows = [
  { a: 'plain', b: 1.5, c: null },
  { a: 'has, comma; semicolon and "quotes"\nand a newline', b: -2, c: ['x', 'y'] },
];

describe('toCsv', () => {
  it('writes RFC 4180 that parses back to the same values', () => {
    const text = toCsv(['a', 'b', 'c'], rows, 'csv');
    expect(text.split('\r\n')[0]).toBe('a,b,c');
    expect(parse(text, { columns: true })).toEqual([
      { a: 'plain', b: '1.5', c: '' },
      { a: rows[1]!.a, b: '-2', c: 'x;y' },
    ]);
  });

  it('writes the Swedish dialect with BOM, semicolons and decimal commas', () => {
    const text = toCsv(['a', 'b'], rows, 'csv-sv');
    expect(text.startsWith('\uFEFFa;b\r\n')).toBe(true);
    expect(parse(text, { columns: true, delimiter: ';', bom: true })).toEqual([
      { a: 'plain', b: '1,5' },
      { a: rows[1]!.a, b: '-2' },
    ]);
  });
});

describe('toCsv against formula injection', () => {
  const hostile = [
    { text: '=HYPERLINK("http://evil","x")', value: -3.5 },
    { text: '@SUM(1)', value: -12 },
    { text: '+1', value: 0 },
    { text: '-cmd', value: 1e-7 },
    { text: '\tx', value: -0.25 },
    { text: '\r=1+1', value: 12 },
    { text: 'plain – with = and - inside', value: 7 },
  ];

  it.each(['csv', 'csv-sv'] as const)('prefixes text that begins with =, +, -, @, tab or CR with a quote (%s)', (dialect) => {
    const text = toCsv(['text'], hostile, dialect);
    const parsed = parse(text, { columns: true, bom: true, delimiter: dialect === 'csv' ? ',' : ';' }) as { text: string }[];
    expect(parsed.map((r) => r.text)).toEqual([
      `'=HYPERLINK("http://evil","x")`,
      "'@SUM(1)",
      "'+1",
      "'-cmd",
      "'\tx",
      "'\r=1+1",
      'plain – with = and - inside',
    ]);
  });

  it('never alters a number, negative ones included', () => {
    const csv = parse(toCsv(['value'], hostile, 'csv'), { columns: true }) as { value: string }[];
    expect(csv.map((r) => r.value)).toEqual(['-3.5', '-12', '0', '1e-7', '-0.25', '12', '7']);
    const sv = parse(toCsv(['value'], hostile, 'csv-sv'), { columns: true, bom: true, delimiter: ';' }) as { value: string }[];
    expect(sv.map((r) => r.value)).toEqual(['-3,5', '-12', '0', '1e-7', '-0,25', '12', '7']);
  });

  it('treats a list as text: the joined cell is neutralised', () => {
    expect(toCsv(['c'], [{ c: ['-1', 'x'] }], 'csv')).toBe("c\r\n'-1;x\r\n");
  });
});

describe('CSV responses through the app', () => {
  const { work, datasetsDir } = tempDatasets('maltal-csv-injection-');
  const dbPath = join(work, 'db', 'maltal.sqlite');
  let db: ReturnType<typeof openNodeDb>;

  beforeAll(() => {
    const indicators = [demoIndicator()];
    const observations = [
      {
        indicator: 'demo-rate',
        geo: '0114',
        period: '2020',
        gender: 'T',
        breakdown: 'total',
        value: '-3.5',
        status: 'final',
        sources: 'S1',
      },
    ];
    writeTestPackage(join(datasetsDir, 'demo'), {
      indicators: toPackageCsv('indicators', indicators),
      observations: toPackageCsv('observations', observations),
    });
    buildDatabase({ datasetsDir, dbPath });
    // The validator refuses these strings in a package; they are written straight into the built
    // database to show that the CSV writer neutralises them wherever data comes from (defence in depth).
    const sqlite = new Sqlite(dbPath);
    sqlite.prepare(`UPDATE indicators SET title_sv = ? WHERE id = 'demo-rate'`).run('=HYPERLINK("http://evil","x")');
    sqlite.prepare(`UPDATE observations SET note = ? WHERE indicator_id = 'demo-rate'`).run('@SUM(1)');
    sqlite.close();
    db = openNodeDb(dbPath);
  });

  afterAll(async () => {
    await db?.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['csv', ',', '-3.5'],
    ['csv-sv', ';', '-3,5'],
  ] as const)(
    'neutralises a title and a note that would run as formulas, and keeps the negative value (%s)',
    async (format, delimiter, value) => {
      const res = await createNodeApp(db).request(`/v1/observations?indicator=demo-rate&format=${format}`);
      expect(res.status).toBe(200);
      const [row] = parse(await res.text(), { columns: true, bom: true, delimiter }) as Record<string, string>[];
      expect(row).toMatchObject({ indicator: 'demo-rate', indicator_title: `'=HYPERLINK("http://evil","x")`, note: "'@SUM(1)", value });
    },
  );
});
