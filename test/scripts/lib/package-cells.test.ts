// Rule: a cell is refused with what was wrong and what would be right, in words, and a number is
// accepted only when it is stored exactly as written (finite, not rounded to 0 or to another integer).
import { describe, expect, it } from 'vitest';
import { checkCell, unrepresentableNumber } from '../../../scripts/lib/package-cells.ts';
import { RESOURCE_SCHEMAS } from '../../../scripts/lib/package-format.ts';

const field = (name: string) => RESOURCE_SCHEMAS.observations.fields.find((f) => f.name === name)!;

describe('unrepresentableNumber', () => {
  it.each(['0', '-0.0', '75.5', '-3.5e2', '9007199254740992', '1152921504606846976', '1e308', '5e-324', '0e5'])('accepts %s', (value) => {
    expect(unrepresentableNumber(value)).toBeUndefined();
  });

  it.each([
    ['1e309', /too large/],
    ['-1.8e309', /too large/],
    ['1e-400', /too small to store as a number and would become 0/],
    ['0.000e-999999', undefined],
    ['9007199254740993', /it would be stored as 9007199254740992$/],
  ])('judges %s', (value, message) => {
    const wrong = unrepresentableNumber(value);
    if (message === undefined) expect(wrong).toBeUndefined();
    else expect(wrong).toMatch(message);
  });
});

describe('checkCell', () => {
  it('explains the period pattern in words, not as a regular expression', () => {
    expect(checkCell(field('period'), '24')).toBe(
      "'24' is not in the expected form; write YYYY or YYYY-MM: a year such as 2024, or a month such as 2024-03",
    );
  });

  it('refuses a value that cannot be stored, with the limit', () => {
    expect(checkCell(field('value'), '1e309')).toMatch(/^'1e309' is too large to store as a number \(at most about 1\.8e308\)/);
    expect(checkCell(field('n'), '99999999999999999999')).toMatch(/^'99999999999999999999' has more digits than a number can hold exactly/);
  });
});
