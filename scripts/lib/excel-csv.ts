/**
 * The CSV file a municipal user actually produces: an export from Excel in Swedish, with `;` as
 * separator, decimal commas, Windows-1252 (or UTF-8 with a byte-order mark) and CRLF line endings.
 * `describeExcelExport` recognises it, so the validator can say in one message what the file looks
 * like and what to do; `convertExcelCsv` turns it into a package file (UTF-8, `,`, decimal point,
 * LF) and lists every kind of change it made, refusing whatever it cannot convert without guessing.
 */
import { parse } from 'csv-parse/sync';
import { RESOURCE_SCHEMAS, type ResourceName } from './package-format.ts';
import { firstNonUtf8Line } from './package-files.ts';
import { toCsv, type Row } from './package-writer.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Bytes Windows-1252 leaves undefined: a file holding one is in neither encoding we read. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

type Encoding = 'utf-8' | 'utf-8 with BOM' | 'Windows-1252';

/** The traits of a file that tell an Excel export from a package file. */
export interface ExcelShape {
  encoding: Encoding;
  crlf: boolean;
  decimalCommas: boolean;
}

function encodingOf(bytes: Uint8Array): Encoding | undefined {
  if (firstNonUtf8Line(bytes) === undefined) return UTF8_BOM.every((b, i) => bytes[i] === b) ? 'utf-8 with BOM' : 'utf-8';
  return bytes.some((b) => UNDEFINED_IN_1252.has(b)) ? undefined : 'Windows-1252';
}

function decode(bytes: Uint8Array, encoding: Encoding): string {
  return encoding === 'Windows-1252' ? new TextDecoder('windows-1252').decode(bytes) : new TextDecoder('utf-8').decode(bytes);
}

/** The header's cells when split on `separator`, without quotes and surrounding spaces. */
function headerCells(header: string, separator: string): string[] {
  return header.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * The separator of a header whose cells are all columns of the resource: `;` when the header holds
 * no comma and splits on `;`, `,` when it holds no semicolon. Undefined when it cannot be told.
 */
function separatorOf(header: string, columns: ReadonlySet<string>): ';' | ',' | undefined {
  const known = (cells: string[]) => cells.filter((c) => c !== '').length >= 2 && cells.every((c) => c === '' || columns.has(c));
  if (!header.includes(',') && known(headerCells(header, ';'))) return ';';
  if (!header.includes(';') && known(headerCells(header, ','))) return ',';
  return undefined;
}

const DECIMAL_COMMA_CELL = /(^|;)"?-?[0-9]+,[0-9]+"?(?=;|\r?$)/m;

/**
 * The shape of an Excel export, or undefined for a file that does not look like one: the sign is a
 * header with columns of the resource separated by `;`, as Excel writes CSV in a Swedish locale.
 */
export function describeExcelExport(bytes: Uint8Array, columns: ReadonlySet<string>): ExcelShape | undefined {
  const encoding = encodingOf(bytes);
  if (!encoding) return undefined;
  const text = decode(bytes, encoding).replace(/^\uFEFF/, '');
  const firstBreak = text.indexOf('\n');
  const header = (firstBreak === -1 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  // A ',' file in another encoding gets the validator's own message on its encoding. A ';' header
  // needs only one known column: a misspelt or extra column is still an Excel export.
  const cells = headerCells(header, ';');
  if (header.includes(',') || cells.length < 2 || !cells.some((c) => columns.has(c))) return undefined;
  return { encoding, crlf: text.includes('\r\n'), decimalCommas: DECIMAL_COMMA_CELL.test(text) };
}

/** One message: what the file looks like and what to do about it. */
export function excelExportMessage(shape: ExcelShape, file: string): string {
  const traits = [
    "';' as separator",
    shape.decimalCommas ? 'decimal commas' : '',
    shape.encoding === 'utf-8' ? '' : shape.encoding === 'utf-8 with BOM' ? 'a byte-order mark (BOM)' : 'Windows-1252 encoding',
    shape.crlf ? 'CRLF (Windows) line endings' : '',
  ].filter(Boolean);
  return (
    `looks like an Excel export with ${traits.join(', ')}; a package file uses ',' as separator, a point as decimal mark, UTF-8 without BOM and LF line endings: ` +
    `convert it with npm run import:csv -- ${file} ${file} (it reports what it changes), or save it as CSV UTF-8 with ',' as separator and points as decimal marks`
  );
}

/** What the conversion did, one line per kind of change, and the file as a package writes it. */
export interface Converted {
  text: string;
  rows: number;
  changes: string[];
}

export class ConvertError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s); nothing was written`);
  }
}

const DECIMAL_COMMA = /^-?[0-9]+,[0-9]+$/;
/** A Swedish thousands separator: a space or no-break space between groups of three digits. */
const GROUPED = /^-?[0-9]{1,3}([ \u00a0\u202f][0-9]{3})+(,[0-9]+)?$/;
const POINT_NUMBER = /^-?[0-9]+\.[0-9]+$/;
const MAX_PROBLEMS = 20;

/**
 * Converts an Excel export (or any CSV in the shapes describeExcelExport knows) of `resource` into
 * the package format. Refuses, listing each case by line: a file in neither UTF-8 nor Windows-1252,
 * a header whose separator cannot be told or that names columns the resource does not have, rows of
 * the wrong length, and numbers that could be read two ways (a point in a file with decimal commas).
 */
export function convertExcelCsv(bytes: Uint8Array, resource: ResourceName): Converted {
  const fields = RESOURCE_SCHEMAS[resource].fields;
  const columns = new Set<string>(fields.map((f) => f.name));
  const numeric = new Set<string>(fields.filter((f) => f.type === 'number' || f.type === 'integer').map((f) => f.name));
  const changes: string[] = [];
  const problems: string[] = [];

  const encoding = encodingOf(bytes);
  if (!encoding)
    throw new ConvertError([
      `line ${firstNonUtf8Line(bytes)}: the file is neither UTF-8 nor Windows-1252; save it from Excel as CSV UTF-8`,
    ]);
  if (encoding === 'Windows-1252') changes.push('read as Windows-1252 and written as UTF-8');
  if (encoding === 'utf-8 with BOM') changes.push('removed the byte-order mark (BOM)');
  const text = decode(bytes, encoding).replace(/^\uFEFF/, '');
  if (text.includes('\r\n')) changes.push('CRLF line endings written as LF');

  const firstBreak = text.indexOf('\n');
  const header = (firstBreak === -1 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  const separator = separatorOf(header, columns);
  if (!separator) {
    const unknown = [...new Set([...headerCells(header, ';'), ...headerCells(header, ',')])].filter(
      (c) => c !== '' && !c.includes(';') && !c.includes(',') && !columns.has(c),
    );
    throw new ConvertError([
      unknown.length > 0
        ? `line 1: unknown column(s) ${unknown.map((c) => `'${c}'`).join(', ')}; the columns of ${resource}.csv are ${[...columns].join(', ')}`
        : `line 1: cannot tell whether ';' or ',' separates the columns; the header must name columns of ${resource}.csv separated by one of them`,
    ]);
  }
  if (separator === ';') changes.push("separator ';' written as ','");

  let records: { record: string[]; line: number }[];
  try {
    records = (
      parse(text, { delimiter: separator, relax_column_count: true, info: true }) as unknown as {
        record: string[];
        info: { lines: number };
      }[]
    ).map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    throw new ConvertError([`the file is not valid CSV: ${(error as Error).message}`]);
  }
  const head = records.shift()!.record.map((c) => c.trim());
  // Excel writes a separator for every formatted column, also right of the last one used.
  while (head.at(-1) === '') head.pop();

  let emptyRows = 0;
  let commas = 0;
  let grouped = 0;
  let points: number[] = [];
  const padded = new Map<string, string>();
  const rows: Row[] = [];
  for (const { record, line } of records) {
    if (record.every((c) => c.trim() === '')) {
      emptyRows++;
      continue;
    }
    if (record.slice(head.length).some((c) => c.trim() !== '') || record.length < head.length) {
      problems.push(`line ${line}: ${record.length} cells where the header has ${head.length}`);
      continue;
    }
    const row: Row = {};
    for (const [i, column] of head.entries()) {
      let value = record[i]!.trim();
      if (numeric.has(column)) {
        if (GROUPED.test(value)) {
          value = value.replace(/[ \u00a0\u202f]/g, '');
          grouped++;
        }
        if (DECIMAL_COMMA.test(value) && separator === ',') {
          problems.push(
            `line ${line}: column '${column}': '${value}' in a file separated by ',' could be a decimal comma or a thousands separator: write it with a point as decimal mark`,
          );
        } else if (DECIMAL_COMMA.test(value)) {
          value = value.replace(',', '.');
          commas++;
        } else if (POINT_NUMBER.test(value)) points.push(line);
      }
      if (column === 'geo' && /^([0-9]{3}|[0-9])$/.test(value)) {
        padded.set(value, `0${value}`);
        value = `0${value}`;
      }
      row[column] = value;
    }
    rows.push(row);
  }
  // In a file with decimal commas, 1.234 may be a thousand and more or one and a fraction.
  if (commas > 0 && points.length > 0) {
    points = points.slice(0, MAX_PROBLEMS);
    problems.push(
      `line(s) ${points.join(', ')}: a number with a point in a file whose other numbers have decimal commas; it could be a thousands separator or a decimal mark: write it with a decimal comma`,
    );
  }
  if (problems.length > 0) throw new ConvertError(problems.slice(0, MAX_PROBLEMS));
  if (commas > 0) changes.push(`${commas} decimal comma(s) written as points (12,5 → 12.5)`);
  if (grouped > 0) changes.push(`${grouped} thousands separator(s) removed (1 234 → 1234)`);
  if (padded.size > 0) {
    const shown = [...padded]
      .slice(0, 5)
      .map(([from, to]) => `${from} → ${to}`)
      .join(', ');
    changes.push(`${padded.size} geography code(s) given back the leading zero a spreadsheet drops (${shown})`);
  }
  if (emptyRows > 0) changes.push(`${emptyRows} empty row(s) left out`);
  if (
    head.join(',') !==
    fields
      .map((f) => f.name)
      .filter((f) => head.includes(f))
      .join(',')
  )
    changes.push('columns written in the order of the format');
  return { text: toCsv(resource, rows), rows: rows.length, changes };
}
