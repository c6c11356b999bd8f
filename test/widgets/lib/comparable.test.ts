// Rule: a reference line is drawn beside a share, rate or score, never a total beside its parts.
import { describe, expect, it } from 'vitest';
import { comparableUnit } from '../../../widgets/lib/comparable.ts';

describe('comparableUnit', () => {
  // The cases of the API's rankableUnit (test/api/routes/goals/goals.follow-up.test.ts): both must agree.
  it('compares shares, rates and scores, not totals that grow with the place', () => {
    for (const unit of [
      'percent',
      'per cent',
      'SEK per inhabitant',
      'share (0–1)',
      'score (0–2)',
      'yes (1) / no (0)',
      'kg CO2e per person',
    ]) {
      expect(comparableUnit(unit), unit).toBe(true);
    }
    for (const unit of ['tonnes CO2e', 'persons', 'SEK', 'number of members', 'vehicles', '', undefined])
      expect(comparableUnit(unit), String(unit)).toBe(false);
  });
});
