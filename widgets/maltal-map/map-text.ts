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
  keyboardHint: 'Flytta mellan områdena med piltangenterna.',
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
  keyboardHint: 'Move between the areas with the arrow keys.',
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
