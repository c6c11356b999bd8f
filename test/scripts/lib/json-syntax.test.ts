// Rule: a broken datapackage.json is located by line and column, with what was expected and the text found there.
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../../scripts/lib/json-syntax.ts';

describe('jsonSyntaxError', () => {
  it.each([
    ['a comma after the last property', '{\n  "name": "demo",\n}\n', 3, 1, /^a property name in double quotes/, "'}'"],
    [
      'a missing comma between properties',
      '{\n  "name": "demo"\n  "title": "Demo"\n}',
      3,
      3,
      /^',' between properties or '}'/,
      `'"title": "Demo"'`,
    ],
    ['a single-quoted text', '{\n  "name": \'demo\'\n}', 2, 11, /^a value: /, `''demo''`],
    ['a file cut off', '{\n  "name": "demo",\n  "resources": [', 3, 17, /^a value: /, 'the end of the file'],
    [
      'a line break inside a text',
      '{\n  "title": "Bibliotek\nHåbo"\n}',
      2,
      22,
      /^the closing double quote of the text before the line ends/,
      'the end of the line',
    ],
    ['a bad escape', '{ "path": "C:\\data" }', 1, 14, /^a valid escape after \\/, "'\\data\" }'"],
    ['text after the object', '{ "name": "demo" } x', 1, 20, /^the end of the file after the closing }/, "'x'"],
    ['a misspelt true', '{ "example": tru }', 1, 14, /^a value: /, "'tru }'"],
  ])('locates %s', (_name, text, line, column, expected, found) => {
    const at = jsonSyntaxError(text);
    expect(() => JSON.parse(text)).toThrow();
    expect(at).toMatchObject({ line, column, expected: expect.stringMatching(expected), found });
  });

  it('finds nothing wrong in valid JSON, including numbers, escapes and nesting', () => {
    expect(jsonSyntaxError('{"a": [1, -2.5e3, 0, true, false, null, "x\\u00e5\\n", {"b": {}}], "c": []}')).toBeUndefined();
  });

  it('gives the line as it reads, cut to fit a message', () => {
    const at = jsonSyntaxError(`{ "a": ${'1'.repeat(200)}, }`);
    expect(at?.lineText).toHaveLength(81);
    expect(at?.lineText.endsWith('…')).toBe(true);
  });
});
