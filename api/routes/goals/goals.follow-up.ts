/**
 * The follow-up method: how Måltal judges whether a goal's indicator is moving the way the goal
 * wants. It is deliberately simple, so that anyone can check an answer by hand from the values the
 * response lists. The text below is served with every follow-up and in the OpenAPI document.
 */
import type { DIRECTIONS } from '../../lib/vocabulary.ts';

type Direction = (typeof DIRECTIONS)[number];

export const ASSESSMENTS = ['improving', 'stable', 'worsening', 'not_enough_data', 'not_assessed'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const METHOD_PARAMETERS = {
  /** The base is this many values before the latest (or the earliest, if there are fewer). */
  base_offset: 3,
  /** Values needed for an assessment. */
  min_values: 2,
  /** A change smaller than this share of |base| counts as stable. */
  threshold_share_of_base: 0.01,
  /** Change and threshold are rounded to this many significant digits, so that 80.87 − 79.07 is 1.8, not 1.8000000000000114. */
  significant_digits: 12,
  /** A monthly series is compared month for month: only the values of the latest value's calendar month are used. */
  monthly_same_month: true,
  /**
   * Ranks are given only for shares, rates and scores: indicators whose English unit contains one of these
   * words. A total (tonnes, persons, SEK) would mostly rank municipalities by their size.
   */
  rank_unit_words: ['per', 'percent', 'share', 'ratio', 'score', 'yes (1) / no (0)'],
  /** Ranks are among geographies of this type ... */
  rank_geography_type: 'municipality',
  /** ... when at least this many have a value in the period. */
  rank_min_geographies: 2,
} as const;

const P = METHOD_PARAMETERS;

const UNIT_WORDS = P.rank_unit_words.map((w) => `'${w}'`).join(', ');

export const METHOD = {
  id: 'maltal-follow-up-1',
  sv: [
    `(1) Serie: länkens indikator, område, kön och uppdelning (T och total där länken inte anger något).`,
    `(2) Värden: seriens värden som inte är tomma, ordnade efter period; i en månadsserie bara värdena för det sista värdets`,
    `kalendermånad (t.ex. varje december), så att säsonger inte räknas som förändring.`,
    `(3) Senaste = det sista värdet. Bas = värdet ${P.base_offset} värden före det senaste, eller det tidigaste om de är färre;`,
    `perioder utan värde hoppas över, så basen kan ligga längre bak. Färre än ${P.min_values} värden: not_enough_data.`,
    `(4) Förändring = senaste − bas. Tröskel = ${P.threshold_share_of_base * 100} % av |bas|. Båda avrundas till`,
    `${P.significant_digits} värdesiffror (bort med flyttalsbrus) innan de jämförs.`,
    `(5) Riktning = länkens önskade riktning, eller indikatorns där länken anger none; är båda none: not_assessed.`,
    `(6) improving: förändringen går i önskad riktning med mer än tröskeln; worsening: mot den med mer än tröskeln; annars stable.`,
    `series_break är true när ett värde efter basen är markerat som brott i tidsserien.`,
    `(7) Rang: bland alla kommuner med värde för samma indikator, kön och uppdelning under den senaste perioden, när minst`,
    `${P.rank_min_geographies} har ett. Rang 1 är bäst i riktningen från (5); lika värden delar rang (1 + antalet kommuner som`,
    `är strikt bättre; tied = hur många som har samma värde). Null annars, när serien inte är en kommuns, och när måttet är en`,
    `summa och inte en andel, takt eller poäng (rang ges bara när indikatorns engelska enhet innehåller ett av orden ${UNIT_WORDS}),`,
    `eftersom en summa mest rangordnar kommunerna efter storlek.`,
    `Förändring, bedömning och rang är Måltals egen bearbetning av de publicerade siffrorna, inte utgivarens.`,
  ].join(' '),
  en: [
    `(1) Series: the link's indicator, geography, gender and breakdown (T and total where the link names none).`,
    `(2) Values: the series' values that are not null, ordered by period; in a monthly series only the values for the calendar`,
    `month of the last one (e.g. every December), so that seasons do not count as change.`,
    `(3) Latest = the last value. Base = the value ${P.base_offset} values before the latest, or the earliest if there are fewer;`,
    `periods without a value are skipped, so the base may lie further back. Fewer than ${P.min_values} values: not_enough_data.`,
    `(4) Change = latest − base. Threshold = ${P.threshold_share_of_base * 100} % of |base|. Both are rounded to`,
    `${P.significant_digits} significant digits (dropping floating-point noise) before they are compared.`,
    `(5) Direction = the link's desired direction, or the indicator's where the link says none; if both are none: not_assessed.`,
    `(6) improving: the change goes in the desired direction by more than the threshold; worsening: against it by more than`,
    `the threshold; otherwise stable. series_break is true when a value after the base is marked as a break in series.`,
    `(7) Rank: among all municipalities with a value for the same indicator, gender and breakdown in the latest period, when at`,
    `least ${P.rank_min_geographies} have one. Rank 1 is the best in the direction of (5); equal values share a rank (1 + the`,
    `number of municipalities strictly better; tied = how many have the same value). Null otherwise, when the series is not a`,
    `municipality's, and when the measure is a total rather than a share, rate or score (a rank is given only when the`,
    `indicator's English unit contains one of the words ${UNIT_WORDS}), since a total mostly ranks municipalities by their size.`,
    `Change, assessment and rank are Måltal's own processing of the published figures, not the publisher's.`,
  ].join(' '),
  parameters: METHOD_PARAMETERS,
};

export interface SeriesValue {
  period: string;
  value: number;
  status: string;
}

export interface Trend {
  latest: SeriesValue | null;
  base: SeriesValue | null;
  /** The values from the base to the latest, the ones the assessment uses. */
  values: SeriesValue[];
  change: number | null;
  threshold: number | null;
  direction_used: Direction;
  assessment: Assessment;
  series_break: boolean;
}

/** Rounds to `significant_digits`: floating-point noise gone, every digit a source publishes kept. */
export function roundNoise(x: number): number {
  return Number(x.toPrecision(P.significant_digits));
}

/** The direction a link is judged by: its own, or its indicator's where it states none. */
export function directionUsed(link: Direction, indicator: Direction): Direction {
  return link !== 'none' ? link : indicator;
}

/** Assesses a series, given its non-null values in period order. */
export function assessTrend(series: readonly SeriesValue[], direction: Direction): Trend {
  const last = series.at(-1);
  const month = last && last.period.length === 7 && P.monthly_same_month ? last.period.slice(4) : undefined;
  const values = month ? series.filter((v) => v.period.endsWith(month)) : series;
  const latest = values.at(-1) ?? null;
  if (values.length < P.min_values || !latest) {
    return { latest, base: null, values: [...values], change: null, threshold: null, direction_used: direction, assessment: 'not_enough_data', series_break: false };
  }
  const baseIndex = Math.max(0, values.length - 1 - P.base_offset);
  const base = values[baseIndex]!;
  const window = values.slice(baseIndex);
  const change = roundNoise(latest.value - base.value);
  const threshold = roundNoise(P.threshold_share_of_base * Math.abs(base.value));
  const series_break = window.slice(1).some((v) => v.status === 'break');
  let assessment: Assessment = 'not_assessed';
  if (direction !== 'none') {
    const towards = direction === 'increase' ? change : -change;
    assessment = towards > threshold ? 'improving' : towards < -threshold ? 'worsening' : 'stable';
  }
  return { latest, base, values: window, change, threshold, direction_used: direction, assessment, series_break };
}

export interface Rank {
  period: string;
  rank: number;
  /** How many municipalities were ranked. */
  of: number;
  /** How many of them (itself included) have the same value, and so the same rank. */
  tied: number;
}

/** Whether an indicator's values can be ranked between municipalities: a share, rate or score, not a total. */
export function rankableUnit(unitEn: string): boolean {
  // Whole words only: 'persons' does not contain the word 'per'.
  const words = ` ${unitEn.toLowerCase().replace(/[^a-z0-9()/]+/g, ' ')} `;
  return P.rank_unit_words.some((word) => words.includes(` ${word} `));
}

/** The rank of `geo` among the values of one period, or null when it cannot be ranked. */
export function rankAmong(period: string, values: readonly { geo: string; value: number }[], geo: string, direction: Direction): Rank | null {
  const own = values.find((v) => v.geo === geo);
  if (!own || direction === 'none' || values.length < P.rank_min_geographies) return null;
  const better = values.filter((v) => (direction === 'increase' ? v.value > own.value : v.value < own.value)).length;
  const tied = values.filter((v) => v.value === own.value).length;
  return { period, rank: better + 1, of: values.length, tied };
}
