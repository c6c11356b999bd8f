/**
 * Checks on one cell of a package file against its field definition: type, length, enum, pattern
 * (explained in words), numbers that cannot be stored as written, and text a spreadsheet would run
 * as a formula. Each check returns what was wrong and what would be right, or undefined.
 */
import { CODE_LIST_PATTERN, ID_PATTERN, PERIOD_PATTERN, RESOURCE_SCHEMAS, type FieldDef } from './package-format.ts';

/** Cells longer than this are refused: no field in the format needs more. */
export const MAX_CELL_LENGTH = 10_000;

const INTEGER = /^-?[0-9]+$/;
const NUMBER = /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/;
const DECIMAL_COMMA = /^-?[0-9]+,[0-9]+$/;
export const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/**
 * What a spreadsheet program takes as the start of a formula (OWASP, "CSV Injection"): text that
 * begins so would run as a formula when a reader opens the file or our CSV in Excel.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const FORMULA_CHAR_NAMES: Record<string, string> = { '\t': 'a tab', '\r': 'a carriage return' };

/** `value` cut to a length that fits in a message, with control characters shown as escapes. */
function excerpt(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return cut.replaceAll('\t', '\\t').replaceAll('\r', '\\r').replaceAll('\n', '\\n');
}

/** Why a text cell would run as a formula in a spreadsheet, or undefined when it is safe. */
export function formulaProblem(value: string): string | undefined {
  const first = value[0];
  if (first === undefined || !FORMULA_START.test(value)) return undefined;
  const shown = FORMULA_CHAR_NAMES[first] ?? `'${first}'`;
  return (
    `'${excerpt(value)}' begins with ${shown}, which Excel and other spreadsheet programs run as a formula; ` +
    'text must not begin with =, +, -, @, a tab or a carriage return: reword it to begin with a letter or digit (for a bullet, write • or –)'
  );
}

/**
 * Why a cell that has the form of a number cannot be stored as written, or undefined: a value too
 * large for a double becomes Infinity, one too small becomes 0, and a whole number past 2^53 is
 * rounded to another. The API would serve any of them as a figure the publisher never wrote.
 */
export function unrepresentableNumber(value: string): string | undefined {
  const n = Number(value);
  if (!Number.isFinite(n))
    return `'${excerpt(value)}' is too large to store as a number (at most about 1.8e308); a value must be a finite number`;
  const mantissa = value.split(/[eE]/)[0]!;
  if (n === 0 && /[1-9]/.test(mantissa)) {
    return `'${excerpt(value)}' is too small to store as a number and would become 0 (the smallest is about 5e-324); write 0 if that is what you mean`;
  }
  if (INTEGER.test(value) && !Number.isSafeInteger(n) && BigInt(value) !== BigInt(n)) {
    return `'${excerpt(value)}' has more digits than a number can hold exactly (whole numbers up to 2^53 = 9007199254740992); it would be stored as ${BigInt(n)}`;
  }
  return undefined;
}

/**
 * What each pattern of the format asks for, in words: a message names what to write, never the
 * regular expression. A pattern missing here falls back to showing the expression.
 */
const PATTERN_WORDS: Record<string, string> = {
  [PERIOD_PATTERN]: 'write YYYY or YYYY-MM: a year such as 2024, or a month such as 2024-03',
  [ID_PATTERN]: 'an id begins with a letter or digit and holds only letters, digits, _, . and - (no spaces)',
  [CODE_LIST_PATTERN]: 'write ids of letters, digits, _, . and -, separated by ; without spaces (S1;S2)',
  [RESOURCE_SCHEMAS.geographies.fields[0]!.constraints!.pattern!]:
    'write 4 digits for a kommun (0136), 2 for a län (01), SE for Riket, or KKKK-name for an area in kommun KKKK',
};

/** The pattern message: what was written and what to write instead, in words. */
function patternProblem(pattern: string, value: string): string {
  const words = PATTERN_WORDS[pattern];
  return words
    ? `'${excerpt(value)}' is not in the expected form; ${words}`
    : `'${excerpt(value)}' does not match the expected form ${pattern}`;
}

/** Checks one cell against its field definition; returns what was wrong, or undefined. */
export function checkCell(field: FieldDef, value: string): string | undefined {
  const c = field.constraints ?? {};
  if (value === '') return c.required ? 'is required but empty' : undefined;
  if (value.length > MAX_CELL_LENGTH) return `is ${value.length} characters long; at most ${MAX_CELL_LENGTH} are allowed`;
  if (field.type === 'integer' && !INTEGER.test(value)) return `expected a whole number, got '${value}'`;
  if (field.type === 'number' && !NUMBER.test(value)) {
    return DECIMAL_COMMA.test(value)
      ? `expected a number with a point as decimal mark, got '${value}' (write ${value.replace(',', '.')})`
      : `expected a number such as 12.5, got '${value}'`;
  }
  if (field.type === 'integer' || field.type === 'number') {
    const wrong = unrepresentableNumber(value);
    if (wrong) return wrong;
  }
  if (field.type === 'date' && !DATE.test(value)) return `expected a date as YYYY-MM-DD, got '${value}'`;
  if (field.type === 'boolean' && value !== 'true' && value !== 'false') return `expected true or false, got '${value}'`;
  if (c.enum && !c.enum.includes(value)) return `expected one of ${c.enum.join(', ')}, got '${value}'`;
  if (c.pattern && !new RegExp(c.pattern).test(value)) return patternProblem(c.pattern, value);
  const n = Number(value);
  if (c.minimum !== undefined && n < c.minimum) return `expected at least ${c.minimum}, got ${value}`;
  if (c.maximum !== undefined && n > c.maximum) return `expected at most ${c.maximum}, got ${value}`;
  // Numbers may begin with '-': only text is read as a formula.
  if (field.type === 'string') return formulaProblem(value);
  return undefined;
}
