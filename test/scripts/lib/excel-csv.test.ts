// Rule: a CSV as Swedish Excel saves it is recognised in one message, and converted into the package
// format with every kind of change reported, or refused by line where converting it would mean guessing.
import { describe, expect, it } from 'vitest';
import { convertExcelCsv, ConvertError, describeExcelExport, excelExportMessage } from '../../../scripts/lib/excel-csv.ts';
import { RESOURCE_SCHEMAS } from '../../../scripts/lib/package-format.ts';

const COLUMNS = new Set<string>(RESOURCE_SCHEMAS.observations.fields.map((f) => f.name));
const HEADER = 'indicator;geo;period;gender;breakdown;value;status;note;sources';
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Why the conversion refused the file. */
function refusal(bytes: Uint8Array): string[] {
  try {
    convertExcelCsv(bytes, 'observations');
  } catch (error) {
    if (error instanceof ConvertError) return error.problems;
    throw error;
  }
  throw new Error('the conversion did not refuse the file');
}

describe('describeExcelExport', () => {
  it('recognises the Swedish export: ; separator, decimal commas, Windows-1252, CRLF, in one message', () => {
    const shape = describeExcelExport(latin1(`${HEADER}\r\ndemo-rate;0114;2020;T;total;75,5;final;Små tal;S1\r\n`), COLUMNS);
    expect(shape).toEqual({ encoding: 'Windows-1252', crlf: true, decimalCommas: true });
    expect(excelExportMessage(shape!, 'obs.csv')).toBe(
      "looks like an Excel export with ';' as separator, decimal commas, Windows-1252 encoding, CRLF (Windows) line endings; " +
        "a package file uses ',' as separator, a point as decimal mark, UTF-8 without BOM and LF line endings: " +
        "convert it with npm run import:csv -- obs.csv obs.csv (it reports what it changes), or save it as CSV UTF-8 with ',' as separator and points as decimal marks",
    );
  });

  it('recognises it re-saved as UTF-8 with BOM, and names only the traits it has', () => {
    const shape = describeExcelExport(utf8(`\uFEFF${HEADER}\ndemo-rate;0114;2020;T;total;75;final;;S1\n`), COLUMNS);
    expect(shape).toEqual({ encoding: 'utf-8 with BOM', crlf: false, decimalCommas: false });
    expect(excelExportMessage(shape!, 'obs.csv')).toMatch(
      /^looks like an Excel export with ';' as separator, a byte-order mark \(BOM\); a package file/,
    );
  });

  it('recognises it with a column the format does not have', () => {
    expect(describeExcelExport(utf8('indicator;kommun;period;value\nx;0114;2020;1\n'), COLUMNS)).toEqual({
      encoding: 'utf-8',
      crlf: false,
      decimalCommas: false,
    });
  });

  it('leaves a package file, and a ; inside a text of a , file, alone', () => {
    expect(
      describeExcelExport(
        utf8('indicator,geo,period,gender,breakdown,value,status,note,sources\ndemo-rate,0114,2020,T,total,75.5,final,"a;b",S1\n'),
        COLUMNS,
      ),
    ).toBeUndefined();
    expect(describeExcelExport(utf8('id;title\nx;y\n'), COLUMNS)).toBeUndefined();
  });
});

describe('convertExcelCsv', () => {
  it('converts the Swedish export and reports every kind of change', () => {
    const bytes = latin1(
      `${HEADER};;\r\ndemo-rate;136;2020;T;total;75,5;final;Små tal, enligt SCB;S1;;\r\ndemo-rate;0180;2020;T;total;1\u00a0234,5;final;;S1;;\r\n;;;;;;;;;;\r\n`,
    );
    const { text, rows, changes } = convertExcelCsv(bytes, 'observations');
    expect(text).toBe(
      'indicator,geo,period,gender,breakdown,value,status,note,sources,n,ci_low,ci_high\n' +
        'demo-rate,0136,2020,T,total,75.5,final,"Små tal, enligt SCB",S1,,,\n' +
        'demo-rate,0180,2020,T,total,1234.5,final,,S1,,,\n',
    );
    expect(rows).toBe(2);
    expect(changes).toEqual([
      'read as Windows-1252 and written as UTF-8',
      'CRLF line endings written as LF',
      "separator ';' written as ','",
      '2 decimal comma(s) written as points (12,5 → 12.5)',
      '1 thousands separator(s) removed (1 234 → 1234)',
      '1 geography code(s) given back the leading zero a spreadsheet drops (136 → 0136)',
      '1 empty row(s) left out',
    ]);
  });

  it('changes nothing in a file already in the package format', () => {
    const text =
      'indicator,geo,period,gender,breakdown,value,status,note,sources,n,ci_low,ci_high\ndemo-rate,0114,2020,T,total,75.5,final,,S1,,,\n';
    expect(convertExcelCsv(utf8(text), 'observations')).toEqual({ text, rows: 1, changes: [] });
  });

  it.each([
    [
      'a point among decimal commas (a thousand, or one and a fraction?)',
      `${HEADER}\nx;0114;2020;T;total;75,5;final;;S1\nx;0180;2020;T;total;1.234;final;;S1\n`,
      /^line\(s\) 3: a number with a point in a file whose other numbers have decimal commas; it could be a thousands separator or a decimal mark/,
    ],
    [
      'a quoted comma in a , file',
      'indicator,geo,period,gender,breakdown,value,status,sources\nx,0114,2020,T,total,"1,234",final,S1\n',
      /^line 2: column 'value': '1,234' in a file separated by ',' could be a decimal comma or a thousands separator/,
    ],
    [
      'a column the resource does not have',
      'indicator;kommun;period\nx;0114;2020\n',
      /^line 1: unknown column\(s\) 'kommun'; the columns of observations\.csv are indicator, geo/,
    ],
    ['a header with both separators', 'indicator;geo,period\n', /^line 1: cannot tell whether ';' or ',' separates the columns/],
    [
      'a row with more cells than the header',
      `${HEADER}\nx;0114;2020;T;total;1;final;;S1;extra\n`,
      /^line 2: 10 cells where the header has 9$/,
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(refusal(latin1(text))).toContainEqual(expect.stringMatching(message));
  });

  it('refuses a file in neither UTF-8 nor Windows-1252', () => {
    expect(refusal(Buffer.concat([utf8(`${HEADER}\n`), Buffer.from([0x78, 0x81, 0x0a])]))).toEqual([
      'line 2: the file is neither UTF-8 nor Windows-1252; save it from Excel as CSV UTF-8',
    ]);
  });
});
