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
  rank: (rank: number, of: number) => string;
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
    no_data_yet: 'Inga data ännu',
  },
  icons: { improving: '▲', stable: '▶', worsening: '▼', not_enough_data: '…', not_assessed: '–', no_data_yet: '○' },
  basis: { document: 'Dokumentets mått', maltal: 'Närliggande serie (Måltal)' },
  basisExplained: {
    document: 'Dokumentets mått: måttet som planen själv anger.',
    maltal: 'Närliggande serie: en serie som Måltal har kopplat till målet; planen nämner den inte.',
  },
  sdgName: (goal, title) => `Globala målet ${goal}: ${title}`,
  sdgGroup: 'Agenda 2030-mål',
  latest: (value, period) => `${value} (${period})`,
  changeSince: (signed, unit, period) => `${signed}${unit ? ` ${unit}` : ''} sedan ${period}`,
  rank: (rank, of) => `plats ${rank} av ${of} kommuner`,
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
    no_data_yet: 'No data yet',
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
  rank: (rank, of) => `rank ${rank} of ${of} municipalities`,
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
