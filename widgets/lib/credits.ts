/**
 * The footer's words, pure: whom to credit (the sources the drawn values cite, not every source of
 * their dataset), which periods the values cover, and what a discontinued series means for a reader.
 */
import { formatPeriod } from './format.ts';
import type { DatasetMeta, IndicatorMeta, Lang, ObservationRow, SourceMeta } from './types.ts';

const CREDIT_PREFIX = /^(källa|källor|source|sources)\s*:\s*/i;

/** The sources the rows cite (their `sources` ids, within each row's indicator's dataset), in the answer's order. */
export function citedSources(
  rows: readonly ObservationRow[],
  sources: readonly SourceMeta[],
  indicators: readonly IndicatorMeta[],
): SourceMeta[] {
  const datasetOf = new Map(indicators.map((i) => [i.id, i.dataset]));
  const cited = new Set<string>();
  for (const row of rows) {
    for (const id of (row.sources ?? '').split(/[;,]/)) {
      if (id.trim()) cited.add(`${datasetOf.get(row.indicator) ?? ''}/${id.trim()}`);
    }
  }
  const matches = (s: SourceMeta) => cited.has(`${s.dataset}/${s.id}`) || cited.has(`/${s.id}`);
  return sources.filter(matches);
}

/**
 * "Källa: Kolada" / "Källor: SMHI; Trafikanalys": the sources' own credit lines (else their
 * publishers), without repeating a name. Undefined when there is nobody to name.
 */
export function creditLine(sources: readonly SourceMeta[], lang: Lang): string | undefined {
  const names: string[] = [];
  for (const source of sources) {
    const line = (source.attribution || source.publisher || '').trim().replace(CREDIT_PREFIX, '');
    for (const name of line.split(/;\s*/)) if (name && !names.includes(name)) names.push(name);
  }
  if (names.length === 0) return undefined;
  const label = lang === 'en' ? (names.length > 1 ? 'Sources' : 'Source') : names.length > 1 ? 'Källor' : 'Källa';
  return `${label}: ${names.join('; ')}`;
}

/** The datasets' credit lines, for answers that name no sources (a plan's follow-up). */
export function datasetCreditLine(datasets: readonly DatasetMeta[], lang: Lang): string | undefined {
  const lines = [...new Set(datasets.map((d) => (lang === 'en' ? d.attribution_en : d.attribution_sv)).filter(Boolean))];
  return lines.length ? lines.join('; ') : undefined;
}

/** "Värdena avser 1998–2018" / "Values for 2018": the periods the drawn values cover. */
export function coverageText(first: string | undefined, last: string | undefined, lang: Lang): string | undefined {
  if (!first || !last) return undefined;
  const span = first === last ? formatPeriod(first, lang) : `${formatPeriod(first, lang)}–${formatPeriod(last, lang)}`;
  return lang === 'en' ? `Values for ${span}` : `Värdena avser ${span}`;
}

/** The first and last period among `periods` (ISO periods sort as text). */
export function periodSpan(periods: readonly string[]): { first?: string; last?: string } {
  const sorted = [...periods].sort();
  return { first: sorted[0], last: sorted.at(-1) };
}

/** When the source published the values, where the indicator says. */
export function publishedText(indicator: IndicatorMeta, lang: Lang, formatDate: (iso: string, lang: Lang) => string): string | undefined {
  if (!indicator.last_published) return undefined;
  const date = formatDate(indicator.last_published, lang);
  return lang === 'en' ? `published by the source ${date}` : `publicerade av källan ${date}`;
}

/**
 * What a discontinued indicator means, in words: the series has stopped, the values shown end in
 * `last`, and newer figures come from other statistics (named by id only in the API's notice).
 */
export function discontinuedText(indicator: IndicatorMeta, last: string | undefined, lang: Lang): string | undefined {
  if (indicator.status !== 'discontinued') return undefined;
  const replaced = (indicator.successors ?? []).length > 0;
  const when = last ? formatPeriod(last, lang) : '';
  if (lang === 'en') {
    return `This series has been discontinued${when ? `; the latest values here are for ${when}` : ''}.${replaced ? ' Newer figures come from other statistics, which may not be comparable.' : ''}`;
  }
  return `Serien har upphört${when ? `; de senaste värdena här gäller ${when}` : ''}.${replaced ? ' Nyare siffror finns i annan statistik, som inte alltid går att jämföra med den här.' : ''}`;
}

/** Whether a notice of the API says what `discontinuedText` says better (it names only ids). */
export function isDiscontinuedNotice(text: string, indicators: readonly IndicatorMeta[]): boolean {
  return indicators.some(
    (i) => i.status === 'discontinued' && (text.startsWith(`${i.id} har upphört`) || text.startsWith(`${i.id} is discontinued`)),
  );
}
