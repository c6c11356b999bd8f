/**
 * The follow-up method: how Måltal judges whether a goal's indicator is moving the way the goal
 * wants. It is deliberately simple, so that anyone can check an answer by hand from the values the
 * response lists. The text below is served with every follow-up and in the OpenAPI document.
 */
import type { DIRECTIONS } from '../../lib/vocabulary.ts';

type Direction = (typeof DIRECTIONS)[number];

export const ASSESSMENTS = ['improving', 'stable', 'worsening', 'not_enough_data', 'not_assessed'] as const;
/** followed: current data; stale: the newest value is older than the plan; no_data_yet: a statistic without a series; qualitative: followed up in words. */
export const FOLLOW_UP_STATUSES = ['followed', 'stale', 'no_data_yet', 'qualitative'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
/** Whether the difference to a reference (the county, Riket) has narrowed from the base to the latest period. */
export const GAP_TRENDS = ['closing', 'widening', 'unchanged'] as const;
export type GapTrend = (typeof GAP_TRENDS)[number];
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
  /** A measure is stale when its newest value's year is before the plan's start year. */
  stale_before_plan_start: true,
  /** References every municipal measure is compared with: its own county and Sweden. */
  references: ['county', 'country'],
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
    `Rangen anges med sitt omfång: av alla kommuner när alla har ett värde, annars av de kommuner som har det.`,
    `(8) Skillnad (kind gap): för varje period där båda har värden, uppdelningens värde minus jämförelseuppdelningens`,
    `(t.ex. utrikes minus inrikes födda, i procentenheter för en andel); serien av skillnader bedöms som i (2)–(7), med länkens`,
    `egen riktning, och rangordnas bland kommunerna som har båda värdena.`,
    `(9) Jämförelse: en kommuns mått jämförs med dess eget län och riket (ett läns med riket) i samma period som det senaste`,
    `och det bas-värde som förändringen mäts från. Skillnad = måttets värde − referensens; position better när skillnaden går`,
    `i önskad riktning (worse mot den). Avståndet minskar (closing) när`,
    `|skillnaden| är mindre i senaste perioden än i basperioden, ökar (widening) när den är större, annars unchanged.`,
    `(10) Inaktuellt (stale): när det senaste värdets år ligger före planens startår bedöms måttet inte (not_assessed);`,
    `värdena visas som historik. Kvalitativa mått följs upp i ord och bedöms inte; mått utan data säger vilken data som behövs.`,
    `Förändring, bedömning, skillnader och rang är Måltals egen bearbetning av de publicerade siffrorna, inte utgivarens.`,
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
    `The rank states its scope: of all municipalities when all have a value, otherwise of those that have one.`,
    `(8) Gap (kind gap): for each period where both have values, the breakdown's value minus the comparison breakdown's (e.g.`,
    `foreign-born minus Swedish-born, in percentage points for a share); the series of gaps is assessed as in (2)–(7), in the`,
    `link's own direction, and ranked among the municipalities that have both values.`,
    `(9) Comparison: a municipality's measure is compared with its own county and Sweden (a county's with Sweden) in the`,
    `latest period and in the base period the change is measured from. Difference = the measure's value − the reference's;`,
    `position is better when the difference lies in the desired direction (worse against it).`,
    `The gap is closing when |difference| is smaller in the latest period than in the base period, widening when it is larger,`,
    `otherwise unchanged.`,
    `(10) Stale: when the latest value's year is before the plan's start year the measure is not assessed (not_assessed); its`,
    `values are shown as history. Qualitative measures are followed up in words and not assessed; measures without data say`,
    `which data is needed. Change, assessment, differences and rank are Måltal's own processing of the published figures, not`,
    `the publisher's.`,
  ].join(' '),
  parameters: METHOD_PARAMETERS,
};

export interface SeriesValue {
  period: string;
  value: number;
  status: string;
}

export interface Trend<V extends SeriesValue = SeriesValue> {
  latest: V | null;
  base: V | null;
  /** The values from the base to the latest, the ones the assessment uses. */
  values: V[];
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
export function assessTrend<V extends SeriesValue>(series: readonly V[], direction: Direction): Trend<V> {
  const last = series.at(-1);
  const month = last && last.period.length === 7 && P.monthly_same_month ? last.period.slice(4) : undefined;
  const values = month ? series.filter((v) => v.period.endsWith(month)) : series;
  const latest = values.at(-1) ?? null;
  if (values.length < P.min_values || !latest) {
    return {
      latest,
      base: null,
      values: [...values],
      change: null,
      threshold: null,
      direction_used: direction,
      assessment: 'not_enough_data',
      series_break: false,
    };
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
  /** How many municipalities there are: the rank is of all of them only when `of` equals it. */
  municipalities: number;
  /** all: every municipality has a value; with_data: only `of` of them do. */
  scope: 'all' | 'with_data';
  /** The rank in words, with its scope: "3:e av 290 kommuner", "3:e av de 26 kommuner som har värden för 2018". */
  text_sv: string;
  text_en: string;
}

/** Whether an indicator's values can be ranked between municipalities: a share, rate or score, not a total. */
export function rankableUnit(unitEn: string): boolean {
  // Whole words only: 'persons' does not contain the word 'per'.
  const words = ` ${unitEn.toLowerCase().replace(/[^a-z0-9()/]+/g, ' ')} `;
  return P.rank_unit_words.some((word) => words.includes(` ${word} `));
}

const ordinalSv = (n: number) => `${n}:${[1, 2].includes(n % 10) && ![11, 12].includes(n % 100) ? 'a' : 'e'}`;
const ordinalEn = (n: number) => {
  const suffix = [11, 12, 13].includes(n % 100) ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/**
 * The rank of `geo` among the values of one period, or null when it cannot be ranked.
 * `municipalities` is how many there are in all, so that the rank can say of how many it is.
 */
export function rankAmong(
  period: string,
  values: readonly { geo: string; value: number }[],
  geo: string,
  direction: Direction,
  municipalities: number,
): Rank | null {
  const own = values.find((v) => v.geo === geo);
  if (!own || direction === 'none' || values.length < P.rank_min_geographies) return null;
  const better = values.filter((v) => (direction === 'increase' ? v.value > own.value : v.value < own.value)).length;
  const tied = values.filter((v) => v.value === own.value).length;
  const rank = better + 1;
  const of = values.length;
  const scope = of >= municipalities ? 'all' : 'with_data';
  const shared = tied > 1 ? { sv: ` (delad med ${tied - 1} till)`, en: ` (shared with ${tied - 1} more)` } : { sv: '', en: '' };
  return {
    period,
    rank,
    of,
    tied,
    municipalities,
    scope,
    text_sv:
      scope === 'all'
        ? `${ordinalSv(rank)} av ${of} kommuner${shared.sv}`
        : `${ordinalSv(rank)} av de ${of} kommuner (av ${municipalities}) som har värden för ${period}${shared.sv}`,
    text_en:
      scope === 'all'
        ? `${ordinalEn(rank)} of ${of} municipalities${shared.en}`
        : `${ordinalEn(rank)} of the ${of} municipalities (of ${municipalities}) with values for ${period}${shared.en}`,
  };
}

/** A gap value: the breakdown's value minus the comparison breakdown's, with both parts. */
export interface GapValue extends SeriesValue {
  parts: { breakdown: number; compare: number };
}

/** The status of a difference: a break or a provisional value in either part carries over. */
function gapStatus(a: string, b: string): string {
  for (const status of ['break', 'provisional', 'estimated', 'revised']) if (a === status || b === status) return status;
  return 'final';
}

/** The series of gaps `a − b`, for every period where both have a value, in period order. */
export function gapSeries(a: readonly SeriesValue[], b: readonly SeriesValue[]): GapValue[] {
  const other = new Map(b.map((v) => [v.period, v]));
  return a.flatMap((v) => {
    const w = other.get(v.period);
    return w
      ? [
          {
            period: v.period,
            value: roundNoise(v.value - w.value),
            status: gapStatus(v.status, w.status),
            parts: { breakdown: v.value, compare: w.value },
          },
        ]
      : [];
  });
}

export interface Comparison {
  /** The reference's value in the measure's latest period, and the measure's minus it. */
  latest: SeriesValue | null;
  difference: number | null;
  /** better: the measure is ahead of the reference in the desired direction; worse: behind; null without a direction. */
  position: 'better' | 'worse' | 'equal' | null;
  /** The same in the measure's base period. */
  base: SeriesValue | null;
  base_difference: number | null;
  gap_trend: GapTrend | null;
}

/** The measure's trend beside a reference series (its county, Sweden), as method step (9) says. */
export function compareWith(trend: Pick<Trend, 'latest' | 'base'>, reference: readonly SeriesValue[], direction: Direction): Comparison {
  const at = (period: string | undefined) => (period ? (reference.find((v) => v.period === period) ?? null) : null);
  const latest = at(trend.latest?.period);
  const base = at(trend.base?.period);
  const difference = latest && trend.latest ? roundNoise(trend.latest.value - latest.value) : null;
  const base_difference = base && trend.base ? roundNoise(trend.base.value - base.value) : null;
  let gap_trend: GapTrend | null = null;
  if (difference !== null && base_difference !== null) {
    const change = roundNoise(Math.abs(difference) - Math.abs(base_difference));
    gap_trend = change < 0 ? 'closing' : change > 0 ? 'widening' : 'unchanged';
  }
  let position: Comparison['position'] = null;
  if (difference !== null && direction !== 'none') {
    const ahead = direction === 'increase' ? difference : -difference;
    position = ahead > 0 ? 'better' : ahead < 0 ? 'worse' : 'equal';
  }
  return { latest, difference, position, base, base_difference, gap_trend };
}

/** Whether a measure's newest value is older than the plan it follows. */
export function isStale(latest: SeriesValue | null, planStartYear: number): boolean {
  return latest !== null && Number(latest.period.slice(0, 4)) < planStartYear;
}
