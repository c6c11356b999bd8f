/**
 * What a kommun's (or a län's, or Sweden's) page shows: the figures it is followed on, each the
 * way a plan's measure is followed (followUpLink: latest value, change, rank with its scope, the
 * county and Riket beside it), every indicator with data for the place, and its plans' follow-up.
 */
import type { Selectable } from 'kysely';
import type { Db, GoalIndicatorsTable } from '../../db/database.ts';
import type { IndicatorMeta, ReferenceData } from '../../db/reference-data.ts';
import { TOTAL_BREAKDOWN } from '../../lib/vocabulary.ts';
import type { GeographyRow } from '../geographies/geographies.queries.ts';
import { gapSeries } from '../goals/goals.follow-up.ts';
import { followUpGoals, followUpLink, seriesValueMap } from '../goals/goals.follow-up-data.ts';
import { everyObservation } from '../geographies/geographies.observations.ts';
import { loadGoalTree, toIndicatorLink } from '../goals/goals.queries.ts';
import { statusCounts } from '../goals/goals.routes.ts';
import type { FollowUpLink } from '../goals/goals.schemas.ts';
import type { ObservationRow } from '../observations/observations.queries.ts';
import { listPlans } from '../plans/plans.queries.ts';
import type { Point } from './pages.charts.ts';
import type { Bilingual } from './pages.i18n.ts';
import type { Lang } from './pages.urls.ts';

export interface FigureSpec {
  indicator: string;
  gender?: 'T' | 'K' | 'M';
  breakdown?: string;
  /** For a gap: the breakdown subtracted from `breakdown` (Måltal's calculation, as in a plan's gap measure). */
  compare?: string;
  /** The better direction of a gap (an indicator's own direction says nothing about a difference). */
  direction?: 'increase' | 'decrease';
  label: Bilingual;
}

/** The figures every place page shows where it has values, by section. */
export const PLACE_SECTIONS: { id: string; title: Bilingual; figures: FigureSpec[] }[] = [
  {
    id: 'befolkning',
    title: { sv: 'Befolkning', en: 'Population' },
    figures: [{ indicator: 'population', label: { sv: 'Folkmängd', en: 'Population' } }],
  },
  {
    id: 'arbetsmarknad',
    title: { sv: 'Arbete', en: 'Work' },
    figures: [
      { indicator: 'scb-bas-sysselsattningsgrad-20-64', label: { sv: 'Sysselsättningsgrad 20–64 år', en: 'Employment rate, 20–64' } },
      {
        indicator: 'scb-bas-sysselsattningsgrad-20-64',
        breakdown: 'utrikes-fodd',
        label: { sv: 'Sysselsättningsgrad, utrikes födda', en: 'Employment rate, foreign-born' },
      },
      {
        indicator: 'scb-bas-sysselsattningsgrad-20-64',
        breakdown: 'inrikes-fodd',
        label: { sv: 'Sysselsättningsgrad, inrikes födda', en: 'Employment rate, Swedish-born' },
      },
      {
        indicator: 'scb-bas-sysselsattningsgrad-20-64',
        breakdown: 'utrikes-fodd',
        compare: 'inrikes-fodd',
        direction: 'increase',
        label: { sv: 'Skillnad i sysselsättning, utrikes minus inrikes födda', en: 'Employment gap, foreign-born minus Swedish-born' },
      },
      {
        indicator: 'scb-bas-sysselsattningsgrad-20-64',
        gender: 'K',
        label: { sv: 'Sysselsättningsgrad, kvinnor', en: 'Employment rate, women' },
      },
      {
        indicator: 'scb-bas-sysselsattningsgrad-20-64',
        gender: 'M',
        label: { sv: 'Sysselsättningsgrad, män', en: 'Employment rate, men' },
      },
      {
        indicator: 'scb-bas-arbetsloshet-20-64',
        label: { sv: 'Arbetslöshet 20–64 år (registerbaserad)', en: 'Unemployment, 20–64 (register-based)' },
      },
      {
        indicator: 'scb-bas-arbetsloshet-20-64',
        breakdown: 'utrikes-fodd',
        label: { sv: 'Arbetslöshet, utrikes födda', en: 'Unemployment, foreign-born' },
      },
      {
        indicator: 'scb-bas-arbetskraftsdeltagande-20-64',
        label: { sv: 'Arbetskraftsdeltagande 20–64 år', en: 'Labour-force participation, 20–64' },
      },
    ],
  },
  {
    id: 'utbildning',
    title: { sv: 'Utbildning', en: 'Education' },
    figures: [
      { indicator: 'N01982', label: { sv: 'Eftergymnasial utbildning, 25–64 år', en: 'Post-secondary education, 25–64' } },
      { indicator: 'N01984', label: { sv: 'Högst förgymnasial utbildning, 25–64 år', en: 'At most compulsory school, 25–64' } },
      { indicator: 'N15428', label: { sv: 'Behöriga till yrkesprogram, åk 9', en: 'Eligible for vocational programmes, year 9' } },
      { indicator: 'N17473', label: { sv: 'Behörighet till högskola inom 3 år', en: 'University eligibility within 3 years' } },
    ],
  },
  {
    id: 'klimat',
    title: { sv: 'Klimat och resor', en: 'Climate and travel' },
    figures: [
      {
        indicator: 'ghg_emissions_territorial',
        label: { sv: 'Utsläpp av växthusgaser (territoriella)', en: 'Greenhouse-gas emissions (territorial)' },
      },
      {
        indicator: 'kk_consumption_emissions_per_capita',
        label: { sv: 'Konsumtionsbaserade utsläpp per invånare', en: 'Consumption-based emissions per inhabitant' },
      },
      {
        indicator: 'new_passenger_cars_rechargeable_share',
        label: { sv: 'Laddbara bilar av nya personbilar', en: 'Rechargeable cars among new cars' },
      },
    ],
  },
];

export interface PlaceFigure {
  spec: FigureSpec;
  meta: IndicatorMeta;
  followUp: FollowUpLink;
  /** The place's whole series (or series of gaps), for the sparkline. */
  points: Point[];
}

/** A figure as the follow-up method reads it: a link of no plan, judged in the indicator's own direction. */
function linkRow(spec: FigureSpec, sort: number, geo: string): Selectable<GoalIndicatorsTable> {
  return {
    goal_id: '',
    sort,
    basis: 'maltal',
    measure_sv: spec.label.sv,
    measure_en: spec.label.en,
    indicator_id: spec.indicator,
    geo,
    gender: spec.gender ?? 'T',
    breakdown: spec.breakdown ?? TOTAL_BREAKDOWN,
    direction: spec.direction ?? 'none',
    target_value: null,
    target_period: null,
    desired_outcome_sv: null,
    note_sv: '',
    note_en: '',
    kind: spec.compare ? 'gap' : 'statistic',
    compare_breakdown: spec.compare ?? null,
    data_needed_sv: null,
    data_needed_en: null,
  };
}

/** The non-null values of one series of the place, in period order. */
export function seriesOf(rows: readonly ObservationRow[], indicator: string, gender: string, breakdown: string, geo?: string) {
  return rows
    .filter(
      (r) =>
        r.indicator === indicator &&
        r.gender === gender &&
        r.breakdown === breakdown &&
        r.value !== null &&
        (geo === undefined || r.geo === geo),
    )
    .map((r) => ({ period: r.period, value: r.value!, status: r.status }));
}

/**
 * The page's figures, section by section, leaving out those the place has no value for. `rows` are
 * the place's own; its county's and Riket's values of the same indicators are read in one query.
 */
export async function placeFigures(db: Db, ref: ReferenceData, place: GeographyRow, rows: readonly ObservationRow[], lang: Lang) {
  // No plan: nothing is stale; the page states each value's period instead.
  const plan = { id: '', geo: place.code, start_year: 0 };
  const indicators = [...new Set(PLACE_SECTIONS.flatMap((s) => s.figures.map((f) => f.indicator)))].filter((id) => ref.indicators.has(id));
  const references = [place.type === 'municipality' ? place.parent : null, place.type === 'country' ? null : 'SE'].filter(
    (g): g is string => g !== null,
  );
  const breakdowns = [
    ...new Set(
      PLACE_SECTIONS.flatMap((s) => s.figures.flatMap((f) => [f.breakdown ?? TOTAL_BREAKDOWN, ...(f.compare ? [f.compare] : [])])),
    ),
  ];
  const referenceRows = references.length ? await everyObservation(db, { indicators, geos: references, breakdowns, lang }) : [];
  const byIndicator = groupBy([...rows, ...referenceRows], (r) => r.indicator);
  const valuesOf = (spec: FigureSpec) => {
    const wanted = [spec.breakdown ?? TOTAL_BREAKDOWN, ...(spec.compare ? [spec.compare] : [])];
    const gender = spec.gender ?? 'T';
    return seriesValueMap((byIndicator.get(spec.indicator) ?? []).filter((r) => r.gender === gender && wanted.includes(r.breakdown)));
  };
  return Promise.all(
    PLACE_SECTIONS.map(async (section) => {
      const figures = await Promise.all(
        section.figures.map(async (spec, i): Promise<PlaceFigure | null> => {
          const meta = ref.indicators.get(spec.indicator);
          if (!meta) return null;
          const gender = spec.gender ?? 'T';
          const ofPlace = (byIndicator.get(spec.indicator) ?? []).filter((r) => r.geo === place.code);
          const own = seriesOf(ofPlace, spec.indicator, gender, spec.breakdown ?? TOTAL_BREAKDOWN);
          const points = spec.compare ? gapSeries(own, seriesOf(ofPlace, spec.indicator, gender, spec.compare)) : own;
          if (points.length === 0) return null;
          const followUp = await followUpLink(
            db,
            toIndicatorLink(linkRow(spec, i, place.code), plan, ref, lang),
            plan,
            ref,
            valuesOf(spec),
          );
          return { spec, meta, followUp, points };
        }),
      );
      return { ...section, figures: figures.filter((f): f is PlaceFigure => f !== null) };
    }),
  );
}

/** Rows grouped by a key, each group in the rows' order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(r);
  }
  return out;
}

/** One line per indicator with data for the place: its total (or first) series' latest value. */
export function indicatorsWithData(ref: ReferenceData, rows: readonly ObservationRow[]) {
  return [...groupBy(rows, (r) => r.indicator)].map(([id, list]) => {
    const meta = ref.indicators.get(id)!;
    const withValue = list.filter((r) => r.value !== null);
    const total = withValue.filter((r) => r.breakdown === TOTAL_BREAKDOWN && r.gender === 'T');
    const latest = (total.length > 0 ? total : []).at(-1) ?? null;
    const periods = withValue.map((r) => r.period).sort();
    return {
      meta,
      latest,
      first: periods[0] ?? null,
      last: periods.at(-1) ?? null,
      series: new Set(list.map((r) => `${r.gender}|${r.breakdown}`)).size,
    };
  });
}

/** The plans of a place with how many of their measures have each follow-up status. */
export async function placePlans(db: Db, ref: ReferenceData, code: string, lang: Lang) {
  const plans = await listPlans(db, { geos: [code] });
  return Promise.all(
    plans.map(async (plan) => {
      const goals = await followUpGoals(db, await loadGoalTree(db, plan.id), null, plan, ref, lang);
      return { plan, counts: statusCounts(goals) };
    }),
  );
}
