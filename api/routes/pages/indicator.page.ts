/**
 * The data page of an indicator (/matt/{id}) and the list of them all (/matt): definition, unit,
 * source and licence, caveats and breaks, coverage, Agenda 2030 links; a map of a period; a ranking
 * of every kommun that sorts and filters by links (no script needed); a trend of chosen places kept
 * in the address (?geo=0181,0136); downloads, the API request and the embed code.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import { createRouter, type AppEnv } from '../../lib/create-router.ts';
import { GENDER_LABELS } from '../../lib/vocabulary.ts';
import { findIndicator, sdgLinksFor } from '../indicators/indicators.queries.ts';
import { observationRows } from '../observations/observations.queries.ts';
import { formatNumber, formatPeriod, formatValue, isPercent } from './pages.format.ts';
import { COMMON, pick, topicLabel } from './pages.i18n.ts';
import type { Html } from './pages.layout.ts';
import { loadPlaces, type Places } from './pages.places.ts';
import { notFoundPage, originOf, pageLang, sendPage } from './pages.response.ts';
import { valuesTable } from './pages.tables.ts';
import { indicatorPath, PAGE_PATHS, pageUrl, type Lang } from './pages.urls.ts';
import { cachedCoverage, ranking, readChoice, sortRows, trendRows, type Choice, type Ranking, type Sort } from './indicator.data.ts';
import { apiRequests, downloads, embedCode, sourceList, type DataLinks } from './indicator.sections.ts';
import { indicatorFacts, indicatorIndex, placeChooser, placeNamed } from './indicator.parts.ts';

const WORDS = {
  sv: {
    map: (period: string) => `Karta ${period}`,
    mapFallback: 'Kartan ritas i webbläsaren med JavaScript. Samma värden står i tabellen nedan.',
    ranking: 'Rangordning',
    rankingCaption: (title: string, period: string, n: number, level: string) => `${title}, ${period}: ${n} ${level}`,
    municipalities: 'kommuner',
    counties: 'län',
    place: (level: string) => (level === 'county' ? 'Län' : 'Kommun'),
    county: 'Län',
    changeSince: (p: string) => `Förändring sedan ${p}`,
    show: 'Visa',
    allCounties: 'Alla län',
    filter: 'Urval',
    breakdown: 'Uppdelning',
    gender: 'Kön',
    period: 'Period',
    lan: 'Län',
    noRanking: 'Det finns inga värden för kommuner eller län att rangordna för det här urvalet.',
    noData: 'Måttet har inga värden ännu: datapaketet beskriver måttet men har inga siffror.',
    rankNote: (scope: string) => `Rang bland ${scope} med värde; 1 är bäst i måttets riktning, lika värden delar rang.`,
    noRank: 'Ingen rang: måttet är en summa eller har ingen bättre riktning, så tabellen är sorterad efter värde.',
    trend: 'Utveckling över tid',
    trendCaption: (title: string) => `${title}, per period`,
    noTrend: 'Välj platser nedan för att se deras utveckling.',
    reference: (name: string, value: string) => `${name}: ${value}`,
    filtered: (name: string, n: number, all: number) => `Visar ${n} av ${all} (${name}); rangen gäller bland alla.`,
    removeFilter: 'Visa alla',
    sortBy: (label: string) => `Sortera efter ${label.toLowerCase()}`,
  },
  en: {
    map: (period: string) => `Map ${period}`,
    mapFallback: 'The map is drawn in the browser with JavaScript. The same values are in the table below.',
    ranking: 'Ranking',
    rankingCaption: (title: string, period: string, n: number, level: string) => `${title}, ${period}: ${n} ${level}`,
    municipalities: 'municipalities',
    counties: 'counties',
    place: (level: string) => (level === 'county' ? 'County' : 'Municipality'),
    county: 'County',
    changeSince: (p: string) => `Change since ${p}`,
    show: 'Show',
    allCounties: 'All counties',
    filter: 'Selection',
    breakdown: 'Breakdown',
    gender: 'Sex',
    period: 'Period',
    lan: 'County',
    noRanking: 'There are no values for municipalities or counties to rank for this selection.',
    noData: 'This indicator has no values yet: its dataset package describes the measure but holds no figures.',
    rankNote: (scope: string) =>
      `Rank among the ${scope} with a value; 1 is the best in the indicator's direction, equal values share a rank.`,
    noRank: 'No rank: the indicator is a total or has no better direction, so the table is sorted by value.',
    trend: 'Trend over time',
    trendCaption: (title: string) => `${title}, by period`,
    noTrend: 'Choose places below to see their trend.',
    reference: (name: string, value: string) => `${name}: ${value}`,
    filtered: (name: string, n: number, all: number) => `Showing ${n} of ${all} (${name}); ranks are among all.`,
    removeFilter: 'Show all',
    sortBy: (label: string) => `Sort by ${label.toLowerCase()}`,
  },
};

/** The address of this page with the reader's choice, changed by `change`. */
function choiceUrl(
  id: string,
  lang: Lang,
  choice: Choice,
  change: Partial<Record<'sort' | 'lan' | 'geo' | 'period', string | undefined>> = {},
) {
  return pageUrl(indicatorPath(id), lang, {
    uppdelning: choice.breakdown === 'total' ? undefined : choice.breakdown,
    kon: choice.gender === 'T' ? undefined : choice.gender,
    period: choice.period,
    lan: choice.lan,
    sort: choice.sort === 'rang' || choice.sort === 'varde' ? undefined : choice.sort,
    geo: choice.geos.join(',') || undefined,
    ...change,
  });
}

function rankingTable(
  id: string,
  r: Ranking,
  choice: Choice,
  places: Places,
  meta: { decimals: number; unit: string; title: string },
  lang: Lang,
  references: Html,
) {
  const w = WORDS[lang];
  const t = COMMON[lang];
  const level = choice.level!;
  const shown = choice.lan ? r.rows.filter((row) => places.byCode.get(row.geo)?.parent === choice.lan) : r.rows;
  const rows = sortRows(shown, choice.sort, (g) => places.name(g, lang));
  const ranked = rows.some((row) => row.rank !== null);
  const header = (label: string, sort: Sort, up: Sort, cls = '') => {
    const next = choice.sort === sort ? up : sort;
    const param = next === 'rang' || (next === 'varde' && !ranked) ? undefined : next;
    const current = choice.sort === sort || choice.sort === up;
    return html`<th scope="col"${cls ? html` class="${cls}"` : ''}${current ? html` aria-sort="${choice.sort === up ? 'ascending' : 'descending'}"` : ''}><a class="sort" href="${choiceUrl(id, lang, choice, { sort: param })}#rangordning" data-sort="${next}"${current ? html` aria-current="true"` : ''} title="${w.sortBy(label)}">${label}</a></th>`;
  };
  const unitWord = isPercent(meta.unit) ? '%' : meta.unit;
  const caption = w.rankingCaption(meta.title, formatPeriod(r.period, lang), r.count, level === 'county' ? w.counties : w.municipalities);
  return html`<h2 id="rangordning">${w.ranking}</h2>
${references}
${choice.lan ? html`<p>${w.filtered(places.name(choice.lan, lang), rows.length, r.rows.length)} <a href="${choiceUrl(id, lang, choice, { lan: undefined })}#rangordning">${w.removeFilter}</a></p>` : ''}
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="ranking-caption"><table id="ranking" data-level="${level}">
<caption id="ranking-caption">${caption}</caption>
<thead><tr>${ranked ? header(t.rank, 'rang', 'rang', 'n') : ''}${header(w.place(level), 'namn', 'namn')}${level === 'municipality' ? html`<th scope="col" class="l">${w.county}</th>` : ''}${header(`${t.value} (${unitWord})`, 'varde', 'varde-upp', 'n')}${r.previousPeriod ? header(w.changeSince(formatPeriod(r.previousPeriod, lang)), 'forandring', 'forandring-upp', 'n') : ''}</tr></thead>
<tbody>${rows.map((row) => {
    const g = places.byCode.get(row.geo);
    return html`<tr${choice.geos.includes(row.geo) ? html` class="mark"` : ''} data-lan="${g?.parent ?? ''}">${ranked ? html`<td>${row.rank?.rank ?? '–'}</td>` : ''}<th scope="row"><a href="${pageUrl(places.path(row.geo), lang)}">${places.name(row.geo, lang)}</a></th>${level === 'municipality' ? html`<td class="l">${g?.parent ? places.byCode.get(g.parent)?.short_name : ''}</td>` : ''}<td>${formatNumber(row.value, meta.decimals, lang)}${row.status === 'final' ? '' : '*'}</td>${r.previousPeriod ? html`<td>${row.change === null ? '–' : formatNumber(row.change, meta.decimals, lang, true)}</td>` : ''}</tr>`;
  })}</tbody>
</table></div>
<p class="hint">${ranked ? w.rankNote(level === 'county' ? w.counties : w.municipalities) : w.noRank}${rows.some((row) => row.status !== 'final') ? ` * ${lang === 'en' ? 'not a final value (provisional, break in series …); see the downloads' : 'inte ett slutligt värde (preliminärt, brott i serien …); se nedladdningarna'}.` : ''}</p>`;
}

function choiceForm(
  id: string,
  choice: Choice,
  coverage: Awaited<ReturnType<typeof cachedCoverage>>,
  places: Places,
  period: string | null,
  lang: Lang,
) {
  const w = WORDS[lang];
  const select = (name: string, label: string, options: [string, string][], selected: string | undefined) =>
    html`<div><label for="choice-${name}">${label}</label><select id="choice-${name}" name="${name}">${options.map(([v, l]) => html`<option value="${v}"${v === (selected ?? '') ? ' selected' : ''}>${l}</option>`)}</select></div>`;
  const periods = [...coverage.periods].reverse().map((p): [string, string] => [p, formatPeriod(p, lang)]);
  return html`<form class="filters" method="get" action="${indicatorPath(id)}#rangordning" aria-label="${w.filter}">
${
  coverage.breakdowns.length > 1
    ? select(
        'uppdelning',
        w.breakdown,
        coverage.breakdowns.map((b) => [b.code, pick(b, 'label', lang)]),
        choice.breakdown,
      )
    : ''
}
${
  coverage.genders.length > 1
    ? select(
        'kon',
        w.gender,
        coverage.genders.map((g) => [g, GENDER_LABELS[g as 'T'][lang]]),
        choice.gender,
      )
    : ''
}
${periods.length > 1 ? select('period', w.period, periods, choice.period ?? period ?? undefined) : ''}
${choice.level === 'municipality' ? select('lan', w.lan, [['', w.allCounties], ...places.counties.map((c): [string, string] => [c.code, places.name(c.code, lang)])], choice.lan) : ''}
${choice.geos.length ? html`<input type="hidden" name="geo" value="${choice.geos.join(',')}">` : ''}${choice.sort !== 'rang' && choice.sort !== 'varde' ? html`<input type="hidden" name="sort" value="${choice.sort}">` : ''}${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<div><button type="submit">${w.show}</button></div>
</form>`;
}

async function indicatorPage(c: Context<AppEnv>, id: string): Promise<Response> {
  const lang = pageLang(c);
  const w = WORDS[lang];
  const db = c.var.db;
  const [row, ref, places] = await Promise.all([findIndicator(db, id), c.var.reference(), loadPlaces(db)]);
  const meta = row ? ref.indicators.get(row.id) : undefined;
  if (!row || !meta) return notFoundPage(c, lang === 'en' ? `There is no indicator '${id}'.` : `Det finns inget mått '${id}'.`);
  const coverage = await cachedCoverage(db, row);
  // A place added by name (the trend's form) becomes a code in the address, which is what is shared.
  const typed = c.req.query('plats')?.trim();
  if (typed) {
    const code = placeNamed(places, typed);
    if (code) {
      const geos = [...new Set([...(c.req.queries('geo') ?? []).flatMap((g) => g.split(',')).filter(Boolean), code])].join(',');
      const url = new URL(c.req.url);
      url.searchParams.delete('plats');
      url.searchParams.set('geo', geos);
      return c.redirect(`${url.pathname}${url.search.replace(/%2C/gi, ',')}#utveckling`, 303);
    }
  }
  const rankableChoice = readChoice(
    (n) => c.req.query(n),
    (n) => c.req.queries(n),
    coverage,
    ref,
    true,
  );
  const [r, trend, sdg] = await Promise.all([
    ranking(db, ref, meta, coverage, rankableChoice, lang),
    trendRows(db, meta, coverage, rankableChoice, lang),
    sdgLinksFor(db, [id]),
  ]);
  const choice: Choice = {
    ...rankableChoice,
    sort: r?.rows.some((x) => x.rank) || rankableChoice.sort !== 'rang' ? rankableChoice.sort : 'varde',
  };
  const referenceGeos = r && choice.level === 'municipality' ? ['SE', ...(choice.lan ? [choice.lan] : [])] : [];
  const referenceRows =
    r && referenceGeos.length
      ? await observationRows(db, {
          indicators: [id],
          geos: referenceGeos,
          from: r.period,
          to: r.period,
          genders: [choice.gender],
          breakdowns: [choice.breakdown],
          lang,
          limit: 10,
        })
      : [];
  const title = pick(meta, 'title', lang);
  const unit = pick(meta, 'unit', lang);
  const breakdownLabel = coverage.breakdowns.find((b) => b.code === choice.breakdown);
  const subtitle = [
    choice.breakdown !== 'total' && breakdownLabel ? pick(breakdownLabel, 'label', lang) : '',
    choice.gender !== 'T' ? GENDER_LABELS[choice.gender][lang] : '',
  ]
    .filter(Boolean)
    .join(', ');
  const shownTitle = subtitle ? `${title}, ${subtitle}` : title;
  const origin = originOf(c);
  const base = `/v1/indicators/${id}/observations`;
  const filters = { gender: choice.gender, breakdown: choice.breakdown };
  const links: DataLinks = {
    ranking: r
      ? pageUrl(base, 'sv', { type: choice.level ?? undefined, county: choice.lan, from: r.period, to: r.period, ...filters })
      : null,
    rankingPeriod: r ? formatPeriod(r.period, lang) : null,
    trend: trend.geos.length ? pageUrl(base, 'sv', { geo: trend.geos.join(','), ...filters }) : null,
    all: pageUrl(base, 'sv', { limit: '10000' }),
    count: coverage.observations,
  };
  const dataset = ref.datasets.get(meta.dataset)!;
  const sources = meta.sources.map((s) => ref.sources.get(`${meta.dataset}/${s}`)).filter((s) => s !== undefined);
  const references = referenceRows.length
    ? html`<p>${referenceRows.filter((x) => x.value !== null).map((x, i) => html`${i > 0 ? ' · ' : ''}${w.reference(places.name(x.geo, lang), formatValue(x.value, meta.decimals, unit, lang))}`)}</p>`
    : html``;
  const trendSeries = trend.geos.map((g) => ({
    name: places.name(g, lang),
    points: trend.rows.filter((x) => x.geo === g && x.value !== null).map((x) => ({ period: x.period, value: x.value!, status: x.status })),
  }));
  const embedAttributes = {
    geo: trend.geos.join(','),
    gender: choice.gender === 'T' ? undefined : choice.gender,
    breakdown: choice.breakdown === 'total' ? undefined : choice.breakdown,
  };
  const body = html`<h1>${title}</h1>
${coverage.observations === 0 ? html`<p class="notice" role="note">${w.noData}</p>` : ''}
${indicatorFacts(meta, row, coverage, sdg.get(id) ?? [], lang)}
${choiceForm(id, choice, coverage, places, r?.period ?? null, lang)}
${
  r && choice.level
    ? html`<h2 id="karta">${w.map(formatPeriod(r.period, lang))}</h2>
<maltal-map indicator="${id}" period="${r.period}" gender="${choice.gender}" breakdown="${choice.breakdown}" level="${choice.level}"${choice.lan ? html` county="${choice.lan}"` : ''} lang="${lang}"><p class="fallback">${w.mapFallback}</p></maltal-map>
${rankingTable(id, r, choice, places, { decimals: meta.decimals, unit, title: shownTitle }, lang, references)}`
    : html`<p>${w.noRanking}</p>`
}
<h2 id="utveckling">${w.trend}</h2>
${
  trend.geos.length
    ? html`<maltal-trend indicator="${id}" geo="${trend.geos.join(',')}" gender="${choice.gender}" breakdown="${choice.breakdown}" lang="${lang}">${valuesTable(trendSeries, { caption: w.trendCaption(shownTitle), decimals: meta.decimals, lang, corner: COMMON[lang].period })}</maltal-trend>`
    : html`<p>${w.noTrend}</p>`
}
${placeChooser(indicatorPath(id), choice, trend.geos, places, lang, (geos) => choiceUrl(id, lang, choice, { geo: geos.join(',') || undefined }), typed || undefined)}
${downloads(links, dataset, lang)}
${apiRequests(origin, links, meta, lang)}
${embedCode(origin, meta, embedAttributes, lang)}
${sourceList(sources, dataset, lang)}`;
  return sendPage(
    c,
    {
      lang,
      path: indicatorPath(id),
      params: {
        uppdelning: choice.breakdown === 'total' ? undefined : choice.breakdown,
        kon: choice.gender === 'T' ? undefined : choice.gender,
      },
      title,
      description: `${title} (${unit}): ${pick(row, 'description', lang).slice(0, 200)}`,
      alternates: [
        { type: 'application/json', href: `/v1/indicators/${id}`, title: lang === 'en' ? 'The indicator in the API' : 'Måttet i API:t' },
        ...(links.ranking
          ? [
              {
                type: 'text/csv' as const,
                href: `${links.ranking}&format=csv`,
                title: lang === 'en' ? 'The ranking as CSV' : 'Rangordningen som CSV',
              },
            ]
          : []),
      ],
      widgets: true,
      breadcrumbs: [
        { href: pageUrl(PAGE_PATHS.indicators, lang), label: COMMON[lang].indicators },
        { href: `${pageUrl(PAGE_PATHS.indicators, lang)}#${row.topic}`, label: topicLabel(row.topic, lang) },
      ],
    },
    body,
  );
}

export const indicatorPages = createRouter()
  .get(PAGE_PATHS.indicators, async (c) => {
    const lang = pageLang(c);
    return sendPage(c, ...(await indicatorIndex(c.var.db, lang)));
  })
  .get('/matt/:id', (c) => indicatorPage(c, c.req.param('id')));
