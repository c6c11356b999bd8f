/** The texts of maltal-map in Swedish and English (values come in already formatted). */
import type { Lang } from '../lib/types.ts';

export interface MapStrings {
  chartLabel: (title: string, period: string, areas: string) => string;
  kommuner: string;
  kommunerIn: (county: string) => string;
  lan: string;
  below: (limit: string) => string;
  between: (from: string, to: string) => string;
  atLeast: (limit: string) => string;
  limitNote: string;
  missing: string;
  missingExplained: (count: number) => string;
  noValue: string;
  legend: string;
  area: string;
  value: string;
  class: string;
  status: string;
  keyboardHint: string;
  chosen: string;
  areasCount: (count: number) => string;
  summary: (p: { title: string; period: string; count: number; areas: string; top?: string; bottom?: string; missing: number }) => string;
}

const sv: MapStrings = {
  chartLabel: (title, period, areas) => `Karta: ${title}, ${period}, ${areas}`,
  kommuner: 'kommunerna',
  kommunerIn: (county) => `kommunerna i ${county}`,
  lan: 'länen',
  below: (limit) => `under ${limit}`,
  between: (from, to) => `${from}–${to}`,
  atLeast: (limit) => `${limit} eller mer`,
  limitNote: 'Ett värde på en gräns hör till den högre klassen.',
  missing: 'Uppgift saknas',
  missingExplained: (count) => `Randigt: uppgift saknas (${count} ${count === 1 ? 'område' : 'områden'})`,
  noValue: 'uppgift saknas',
  legend: 'Teckenförklaring',
  area: 'Område',
  value: 'Värde',
  class: 'Klass',
  status: 'Status',
  keyboardHint: 'Piltangenterna går till grannområdet; skriv ett namn för att hitta det.',
  chosen: 'Valda platser',
  areasCount: (count) => `${count} ${count === 1 ? 'område' : 'områden'}`,
  summary: ({ title, period, count, areas, top, bottom, missing }) =>
    [
      `${title} ${period} för ${count} ${areas}.`,
      top && bottom ? `Högst: ${top}. Lägst: ${bottom}.` : '',
      missing > 0 ? `Uppgift saknas för ${missing}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
};

const en: MapStrings = {
  chartLabel: (title, period, areas) => `Map: ${title}, ${period}, ${areas}`,
  kommuner: 'the municipalities',
  kommunerIn: (county) => `the municipalities of ${county}`,
  lan: 'the counties',
  below: (limit) => `below ${limit}`,
  between: (from, to) => `${from}–${to}`,
  atLeast: (limit) => `${limit} or more`,
  limitNote: 'A value on a limit belongs to the higher class.',
  missing: 'No value',
  missingExplained: (count) => `Striped: no value (${count} ${count === 1 ? 'area' : 'areas'})`,
  noValue: 'no value',
  legend: 'Legend',
  area: 'Area',
  value: 'Value',
  class: 'Class',
  status: 'Status',
  keyboardHint: 'The arrow keys go to the neighbouring area; type a name to find it.',
  chosen: 'Chosen places',
  areasCount: (count) => `${count} ${count === 1 ? 'area' : 'areas'}`,
  summary: ({ title, period, count, areas, top, bottom, missing }) =>
    [
      `${title}, ${period}, for ${count} areas (${areas}).`,
      top && bottom ? `Highest: ${top}. Lowest: ${bottom}.` : '',
      missing > 0 ? `No value for ${missing}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
};

export function mapStrings(lang: Lang): MapStrings {
  return lang === 'en' ? en : sv;
}
