// Rule: CSV is RFC 4180 (quoting, CRLF) or the Swedish Excel dialect (semicolon, decimal comma,
// BOM), and quoting keeps every value intact.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../api/lib/formats.ts';

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
