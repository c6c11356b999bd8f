/**
 * Whether values can be set beside another place's: a share, rate, ratio or score can; a total
 * (tonnes, persons, kronor) cannot, as a county's sum dwarfs its kommuner and says nothing about
 * them. The same words as the API's rank rule (rankableUnit in api/routes/goals/goals.follow-up.ts,
 * which widgets may not import), read from the indicator's English unit.
 */
const COMPARABLE_WORDS = ['per', 'percent', 'share', 'ratio', 'score', 'yes (1) / no (0)'];

export function comparableUnit(unitEn: string | undefined): boolean {
  // Whole words only: 'persons' does not contain the word 'per'.
  const words = ` ${(unitEn ?? '').toLowerCase().replace(/[^a-z0-9()/]+/g, ' ')} `;
  return COMPARABLE_WORDS.some((word) => words.includes(` ${word} `));
}
