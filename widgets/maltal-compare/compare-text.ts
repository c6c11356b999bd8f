/**
 * The texts of maltal-compare in Swedish and English, and its generated summary (pure: values come
 * in already formatted).
 */
import type { Lang } from '../lib/types.ts';
import type { BarItem } from './compare-layout.ts';

export interface CompareStrings {
  chartLabel: (title: string, period: string) => string;
  highlighted: string;
  rankOf: (rank: number, of: number) => string;
  noValue: string;
  rank: string;
  geography: string;
  value: string;
  status: string;
  referenceLine: string;
  sortedBy: (order: string) => string;
  orders: Record<string, string>;
  summary: (parts: {
    title: string;
    period: string;
    count: number;
    top?: string;
    bottom?: string;
    highlight?: string;
    references: string[];
  }) => string;
}

const sv: CompareStrings = {
  chartLabel: (title, period) => `Stapeldiagram: ${title}, ${period}`,
  highlighted: 'markerad',
  rankOf: (rank, of) => `plats ${rank} av ${of}`,
  noValue: 'uppgift saknas',
  rank: 'Plats',
  geography: 'Område',
  value: 'Värde',
  status: 'Status',
  referenceLine: 'jämförelselinje',
  sortedBy: (order) => `Sorterat ${order}.`,
  orders: { desc: 'från högst till lägst', asc: 'från lägst till högst', name: 'efter namn' },
  summary: ({ title, period, count, top, bottom, highlight, references }) =>
    [
      `${title} ${period} för ${count} områden.`,
      top && bottom ? `Högst: ${top}. Lägst: ${bottom}.` : '',
      highlight ?? '',
      references.length ? `Som jämförelse: ${references.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
};

const en: CompareStrings = {
  chartLabel: (title, period) => `Bar chart: ${title}, ${period}`,
  highlighted: 'highlighted',
  rankOf: (rank, of) => `rank ${rank} of ${of}`,
  noValue: 'no value',
  rank: 'Rank',
  geography: 'Area',
  value: 'Value',
  status: 'Status',
  referenceLine: 'reference line',
  sortedBy: (order) => `Sorted ${order}.`,
  orders: { desc: 'from highest to lowest', asc: 'from lowest to highest', name: 'by name' },
  summary: ({ title, period, count, top, bottom, highlight, references }) =>
    [
      `${title}, ${period}, for ${count} areas.`,
      top && bottom ? `Highest: ${top}. Lowest: ${bottom}.` : '',
      highlight ?? '',
      references.length ? `For comparison: ${references.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
};

export function compareStrings(lang: Lang): CompareStrings {
  return lang === 'en' ? en : sv;
}

/** "Danderyd (88,1 %)" for the first and last bar with a value. */
export function extremesOf(sorted: readonly BarItem[], format: (v: number) => string): { top?: string; bottom?: string } {
  const valued = sorted.filter((b): b is BarItem & { value: number } => b.value !== null);
  if (valued.length < 2) return {};
  const max = valued.reduce((a, b) => (b.value > a.value ? b : a));
  const min = valued.reduce((a, b) => (b.value < a.value ? b : a));
  return { top: `${max.name} (${format(max.value)})`, bottom: `${min.name} (${format(min.value)})` };
}
