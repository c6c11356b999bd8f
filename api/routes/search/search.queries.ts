/**
 * One search over what the pages show: kommuner, län, plans and indicators. Indicators are found
 * by the FTS5 search of /v1/indicators (listIndicators); places and plans, a few hundred names, by
 * search.match.ts with the same query parts. The hits are ranked together by SEARCH_SCORES.
 */
import type { Db } from '../../db/database.ts';
import { geographyDirectory } from '../geographies/geographies.queries.ts';
import { listIndicators } from '../indicators/indicators.queries.ts';
import { queryParts } from '../indicators/indicators.search.ts';
import { indicatorPath, placePath, planPath } from '../pages/pages.urls.ts';
import { listPlans } from '../plans/plans.queries.ts';
import { field, foldedWords, matchFields, namesPlace, withoutPlaceWords } from './search.match.ts';

export const SEARCH_KINDS = ['municipality', 'county', 'country', 'plan', 'indicator'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title_sv: string;
  title_en: string;
  /** What the hit is, in a few words: the län of a kommun, the kommun of a plan, an indicator's unit and status. */
  detail_sv: string;
  detail_en: string;
  /** The page for people. */
  page: string;
  /** The same thing in the API. */
  url: string;
  score: number;
}

/**
 * How hits of different kinds are ranked against each other. A place named exactly comes first
 * ("Södertälje"), then places whose names hold every word as typed so far ("Hallstaham"); then a
 * plan whose title and kommun hold every word ("Hallstahammar hållbarhet"); then indicators in the
 * order of their own ranking; then plans found only in their summary, and places holding some of
 * the words.
 */
export const SEARCH_SCORES = {
  exact_place: 1000,
  /** Added to an exact place of the kind the query names (kommun, län), or else to a kommun. */
  kind_asked: 5,
  place_all_words: 700,
  plan_title: 600,
  indicator_first: 500,
  plan_summary: 300,
  place_some_words: 50,
  /** Field weights within a plan: its title and its kommun count more than its summary. */
  plan_fields: { title: 10, place: 10, summary: 1 },
} as const;

const S = SEARCH_SCORES;
const KIND_OF: Record<string, SearchKind | undefined> = { municipality: 'municipality', county: 'county', country: 'country' };

export async function searchAll(db: Db, q: string, limit: number): Promise<SearchHit[]> {
  const parts = queryParts(q);
  if (parts.length === 0) return [];
  const asked = foldedWords(q);
  // "Stockholms län" asks for the län, "Stockholms kommun" for the kommun; "Stockholm" prefers the kommun.
  const named: SearchKind | null = asked.some((w) => w === 'lan' || w === 'county')
    ? 'county'
    : asked.some((w) => w === 'kommun' || w === 'municipality')
      ? 'municipality'
      : null;
  const [geographies, plans, indicators] = await Promise.all([geographyDirectory(db), listPlans(db, {}), listIndicators(db, { q, limit })]);
  const byCode = new Map(geographies.map((g) => [g.code, g]));
  const placeParts = queryParts(withoutPlaceWords(q));
  const hits: SearchHit[] = [];

  for (const g of geographies) {
    const kind = KIND_OF[g.type];
    if (!kind) continue;
    const names = [g.short_name, g.name_sv, g.name_en];
    const m = matchFields(
      placeParts,
      names.map((n) => field(n, 1)),
    );
    let score = 0;
    if (namesPlace(q, names) && (named === null || named === kind))
      score = S.exact_place + (kind === (named ?? 'municipality') ? S.kind_asked : 0);
    else if (m.matched === 0) continue;
    else if (m.matched === placeParts.length && placeParts.length === parts.length) score = S.place_all_words;
    else score = (S.place_some_words * m.matched) / parts.length;
    if (score === 0) continue;
    const parent = g.parent ? byCode.get(g.parent) : undefined;
    hits.push({
      kind,
      id: g.code,
      title_sv: kind === 'municipality' ? g.short_name : g.name_sv,
      title_en: kind === 'municipality' ? g.short_name : g.name_en,
      detail_sv: kind === 'municipality' ? `Kommun i ${parent?.name_sv ?? ''}` : kind === 'county' ? 'Län' : 'Hela landet',
      detail_en: kind === 'municipality' ? `Municipality in ${parent?.name_en ?? ''}` : kind === 'county' ? 'County' : 'The whole country',
      page: placePath(g),
      url: `/v1/geographies/${g.code}`,
      score,
    });
  }

  const W = S.plan_fields;
  for (const p of plans) {
    const strong = [field(p.title_sv, W.title), field(p.title_en, W.title), field(p.geo_name_sv, W.place), field(p.geo_name_en, W.place)];
    const m = matchFields(parts, [...strong, field(p.summary_sv, W.summary), field(p.summary_en, W.summary)], W.title);
    if (m.matched < parts.length) continue;
    hits.push({
      kind: 'plan',
      id: p.id,
      title_sv: p.title_sv,
      title_en: p.title_en,
      detail_sv: `Plan, ${p.geo_name_sv}`,
      detail_en: `Plan, ${p.geo_name_en}`,
      page: planPath(p.id),
      url: `/v1/plans/${p.id}`,
      score: (m.strongOnly ? S.plan_title : S.plan_summary) + m.score,
    });
  }

  indicators.forEach((i, n) => {
    const discontinued = i.status === 'discontinued';
    hits.push({
      kind: 'indicator',
      id: i.id,
      title_sv: i.title_sv,
      title_en: i.title_en,
      detail_sv: `Mått, ${i.unit_sv}${discontinued ? ', upphörd serie' : ''}`,
      detail_en: `Indicator, ${i.unit_en}${discontinued ? ', discontinued series' : ''}`,
      page: indicatorPath(i.id),
      url: `/v1/indicators/${i.id}`,
      score: S.indicator_first - n,
    });
  });

  return hits.sort((a, b) => b.score - a.score || a.title_sv.localeCompare(b.title_sv, 'sv')).slice(0, limit);
}
