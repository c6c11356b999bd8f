/**
 * Where a JSON text first breaks the JSON grammar, for a message a person can act on. JSON.parse
 * says only "at position 836" (and in some cases not even that); this walks the text once more,
 * after JSON.parse has refused it, and names the line, the column, what was expected and the text
 * found there.
 */

export interface JsonSyntaxError {
  /** 1-based line. */
  line: number;
  /** 1-based character on the line. */
  column: number;
  /** What the grammar expected at that place, in words. */
  expected: string;
  /** The text found there (a short excerpt), or 'the end of the file'. */
  found: string;
  /** The whole line, cut to a length that fits in a message. */
  lineText: string;
}

class Stop {
  constructor(readonly expected: string) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first place `text` breaks the JSON grammar, or undefined when it is valid (or nested too deep to walk). */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (expected: string): never => {
    throw new Stop(expected);
  };
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (ESCAPES.has(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail('a valid escape after \\ (\\" \\\\ \\n \\t or \\uXXXX)');
        continue;
      }
      if (c < ' ') fail('the closing double quote of the text before the line ends (write a line break inside a text as \\n)');
      i++;
    }
    fail('the closing double quote of the text');
  };
  const value = (): void => {
    skipWhitespace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipWhitespace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipWhitespace();
        if (text[i] !== '"') fail('a property name in double quotes (no comma after the last property)');
        string();
        skipWhitespace();
        if (text[i] !== ':') fail("':' after the property name");
        i++;
        value();
        skipWhitespace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail("',' between properties or '}' to close the object");
      }
    }
    if (c === '[') {
      i++;
      skipWhitespace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        skipWhitespace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail("',' between items or ']' to close the list");
      }
    }
    if (c === '"') {
      string();
      return;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail('a value: a text in double quotes, a number, true, false, null, an object {…} or a list […]');
  };

  try {
    value();
    skipWhitespace();
    if (i < text.length) fail('the end of the file after the closing }');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) return undefined; // nested too deep to walk: JSON.parse's own message stands
    return locate(text, Math.min(i, text.length), error.expected);
  }
}

function locate(text: string, at: number, expected: string): JsonSyntaxError {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = text.indexOf('\n', at);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  let line = 1;
  for (let p = text.indexOf('\n'); p !== -1 && p < at; p = text.indexOf('\n', p + 1)) line++;
  const rest = text.slice(at, lineEnd).trimEnd();
  const found = at >= text.length ? 'the end of the file' : rest === '' ? 'the end of the line' : `'${cut(rest, 20)}'`;
  return { line, column: at - lineStart + 1, expected, found, lineText: cut(text.slice(lineStart, lineEnd).trimEnd(), 80) };
}

function cut(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
