/** The texts of maltal-goals in Swedish and English. */
import type { Lang } from '../lib/types.ts';
import type { Shown } from './goals-data.ts';

export interface GoalsStrings {
  noPlan: string;
  noGoals: (title: string) => string;
  assessments: Record<Shown, string>;
  /** Icons drawn next to the words (hidden from screen readers: the words say it). */
  icons: Record<Shown, string>;
  basis: { document: string; maltal: string };
  basisExplained: { document: string; maltal: string };
  sdgName: (goal: number, title: string) => string;
  sdgGroup: string;
  latest: (value: string, period: string) => string;
  changeSince: (signed: string, unit: string, period: string) => string;
  stale: (period: string, startYear: number) => string;
  dataNeeded: (text: string) => string;
  history: string;
  gapParts: (a: string, av: string, b: string, bv: string) => string;
  comparison: (name: string, value: string, difference: string, position: 'better' | 'worse' | 'equal' | null) => string;
  gapTrend: Record<'closing' | 'widening' | 'unchanged', (name: string, period: string) => string>;
  target: (value: string, period: string | null) => string;
  seriesBreak: string;
  method: string;
  measures: string;
  listLabel: (title: string) => string;
  keyboardHint: string;
  summary: (goals: number, measures: number, counts: string) => string;
}

const sv: GoalsStrings = {
  noPlan: 'Ange en plan med attributet plan, till exempel plan="malmo-kf-mal-2024".',
  noGoals: (title) => `${title} har inga mål att följa upp ännu.`,
  assessments: {
    improving: 'Förbättras',
    stable: 'Oförändrat',
    worsening: 'Försämras',
    not_enough_data: 'För lite data',
    not_assessed: 'Bedöms inte (ingen önskad riktning)',
    stale: 'Inaktuellt: äldre än planen',
    no_data_yet: 'Inga data ännu',
    qualitative: 'Följs upp i ord',
  },
  icons: {
    improving: '▲',
    stable: '▶',
    worsening: '▼',
    not_enough_data: '…',
    not_assessed: '–',
    stale: '◔',
    no_data_yet: '○',
    qualitative: '✎',
  },
  basis: { document: 'Dokumentets mått', maltal: 'Närliggande serie (Måltal)' },
  basisExplained: {
    document: 'Dokumentets mått: måttet som planen själv anger.',
    maltal: 'Närliggande serie: en serie som Måltal har kopplat till målet; planen nämner den inte.',
  },
  sdgName: (goal, title) => `Globala målet ${goal}: ${title}`,
  sdgGroup: 'Agenda 2030-mål',
  latest: (value, period) => `${value} (${period})`,
  changeSince: (signed, unit, period) => `${signed}${unit ? ` ${unit}` : ''} sedan ${period}`,
  stale: (period, startYear) => `Senaste värdet är från ${period}; planen gäller från ${startYear}, så utvecklingen bedöms inte.`,
  dataNeeded: (text) => `Data som behövs: ${text}`,
  history: 'Utveckling',
  gapParts: (a, av, b, bv) => `${a} ${av}, ${b} ${bv}`,
  comparison: (name, value, difference, position) =>
    `${name}: ${value} (${position === 'equal' ? 'lika' : `${difference}${position === 'better' ? ' bättre här' : position === 'worse' ? ' sämre här' : ''}`})`,
  gapTrend: {
    closing: (_name, period) => `skillnaden har minskat sedan ${period}`,
    widening: (_name, period) => `skillnaden har ökat sedan ${period}`,
    unchanged: (_name, period) => `skillnaden är densamma som ${period}`,
  },
  target: (value, period) => `Målvärde ${value}${period ? ` år ${period}` : ''}`,
  seriesBreak: 'Brott i serien: förändringen jämför olika mätningar.',
  method: 'Så bedöms utvecklingen',
  measures: 'Mått',
  listLabel: (title) => `Mål i ${title}`,
  keyboardHint: 'Flytta mellan målen med piltangenterna.',
  summary: (goals, measures, counts) => `${goals} mål och ${measures} mått. ${counts}.`,
};

const en: GoalsStrings = {
  noPlan: 'Give a plan with the plan attribute, for example plan="malmo-kf-mal-2024".',
  noGoals: (title) => `${title} has no goals to follow up yet.`,
  assessments: {
    improving: 'Improving',
    stable: 'Unchanged',
    worsening: 'Worsening',
    not_enough_data: 'Too little data',
    not_assessed: 'Not assessed (no desired direction)',
    stale: 'Out of date: older than the plan',
    no_data_yet: 'No data yet',
    qualitative: 'Followed up in words',
  },
  icons: sv.icons,
  basis: { document: "The document's measure", maltal: 'Related series (Måltal)' },
  basisExplained: {
    document: "The document's measure: the measure the plan itself names.",
    maltal: 'Related series: a series Måltal has linked to the goal; the plan does not name it.',
  },
  sdgName: (goal, title) => `Global goal ${goal}: ${title}`,
  sdgGroup: 'Agenda 2030 goals',
  latest: (value, period) => `${value} (${period})`,
  changeSince: (signed, unit, period) => `${signed}${unit ? ` ${unit}` : ''} since ${period}`,
  stale: (period, startYear) =>
    `The latest value is from ${period}; the plan applies from ${startYear}, so the development is not assessed.`,
  dataNeeded: (text) => `Data needed: ${text}`,
  history: 'Over time',
  gapParts: (a, av, b, bv) => `${a} ${av}, ${b} ${bv}`,
  comparison: (name, value, difference, position) =>
    `${name}: ${value} (${position === 'equal' ? 'the same' : `${difference}${position === 'better' ? ' better here' : position === 'worse' ? ' worse here' : ''}`})`,
  gapTrend: {
    closing: (_name, period) => `the difference has narrowed since ${period}`,
    widening: (_name, period) => `the difference has grown since ${period}`,
    unchanged: (_name, period) => `the difference is the same as in ${period}`,
  },
  target: (value, period) => `Target ${value}${period ? ` by ${period}` : ''}`,
  seriesBreak: 'Break in series: the change compares unlike measurements.',
  method: 'How the development is assessed',
  measures: 'Measures',
  listLabel: (title) => `Goals of ${title}`,
  keyboardHint: 'Move between the goals with the arrow keys.',
  summary: (goals, measures, counts) => `${goals} goals and ${measures} measures. ${counts}.`,
};

export function goalsStrings(lang: Lang): GoalsStrings {
  return lang === 'en' ? en : sv;
}
