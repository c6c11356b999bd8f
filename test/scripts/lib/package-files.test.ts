// Rule: a package file's bytes are checked where a parser cannot see: BOM, line endings outside quoted
// cells, sizes as a person reads them, and the line an editor shows for each record.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkBytes, formatSize, recordStartLines } from '../../../scripts/lib/package-files.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('checkBytes', () => {
  it('finds nothing in a canonical file: no BOM, LF endings, CR and CRLF inside quoted cells allowed', () => {
    expect(checkBytes('f.csv', bytes('a,b\n"x\r\ny",2\n"""\r",3\n'))).toEqual([]);
  });

  it('names the first line that ends with CRLF and counts the others', () => {
    expect(checkBytes('f.csv', bytes('a,b\n1,2\r\n3,4\r\n'))).toEqual([
      {
        file: 'f.csv',
        line: 2,
        message: expect.stringMatching(/^ends with CRLF \(Windows line endings\), as do 1 more line\(s\); packages use LF line endings/),
      },
    ]);
  });

  it('names a bare CR outside quotes (old Mac line endings)', () => {
    expect(checkBytes('f.csv', bytes('a,b\r1,2\r'))).toEqual([
      {
        file: 'f.csv',
        line: 1,
        message: expect.stringMatching(/^holds a carriage return \(CR\) outside a quoted cell; packages use LF line endings/),
      },
    ]);
  });

  it('names a byte-order mark on line 1', () => {
    expect(checkBytes('f.csv', bytes('\uFEFFa,b\n'))).toEqual([
      { file: 'f.csv', line: 1, message: expect.stringMatching(/^starts with a UTF-8 byte-order mark/) },
    ]);
  });
});

describe('recordStartLines', () => {
  it('gives the line each record starts on, past empty lines and line breaks inside quotes', () => {
    const text = 'a,b\n\n"x\ny\r\nz",2\n3,4\n';
    const ends: number[] = [];
    parse(text, {
      skip_empty_lines: true,
      on_record: (record, context) => {
        ends.push(context.bytes);
        return record;
      },
    });
    expect(recordStartLines(bytes(text), ends)).toEqual([1, 3, 6]);
  });
});

describe('formatSize', () => {
  it('gives the size in binary units with the exact bytes', () => {
    expect(formatSize(1024 ** 3)).toBe('1.0 GiB (1073741824 bytes)');
    expect(formatSize(32 * 1024 * 1024)).toBe('32.0 MiB (33554432 bytes)');
    expect(formatSize(900)).toBe('900 bytes');
  });
});
