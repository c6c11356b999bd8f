import type { Lang } from './types.ts';

/** Every fixed text a widget shows, in Swedish and English. Functions take already formatted parts. */
export interface Strings {
  loading: string;
  noIndicator: string;
  noGeo: string;
  unknownIndicator: (id: string) => string;
  unknownGeography: (code: string) => string;
  unknownPlan: (id: string) => string;
  noValues: (place: string, period: string) => string;
  /** The network or the server failed: the reader may try again. */
  unavailable: string;
  /** An attribute is wrong: the webmaster finds what in the console. */
  setup: string;
  retry: string;
  cannotDraw: (reason: string) => string;
  tooNarrow: string;
  licence: string;
  download: string;
  csv: string;
  csvSv: string;
  showTable: string;
  /** "2010, det senaste året med värden för flest kommuner": a default period, stated. */
  defaultPeriod: (period: string, level: 'municipality' | 'county', monthly: boolean) => string;
  example: string;
  exampleNote: string;
  period: string;
  value: string;
  geography: string;
  status: string;
  reference: string;
  seriesBreak: string;
  and: string;
  chartLabel: (title: string, places: string) => string;
  statuses: Record<string, string>;
  // summary sentences
  latestIs: (title: string, place: string, value: string, period: string) => string;
  rose: (from: string, to: string, first: string, last: string) => string;
  fell: (from: string, to: string, first: string, last: string) => string;
  flat: (value: string, first: string, last: string) => string;
  extremes: (min: string, minPeriod: string, max: string, maxPeriod: string) => string;
  changeSince: (period: string, signed: string, unit: string) => string;
  noChangeSince: (period: string) => string;
  better: string;
  worse: string;
  gapsIn: (periods: string) => string;
}

const sv: Strings = {
  loading: 'Hämtar värden …',
  noIndicator: 'Ange ett mått med attributet indicator, till exempel indicator="scb-bas-sysselsattningsgrad-20-64".',
  noGeo: 'Ange en kommun eller ett län med attributet geo, till exempel geo="0136".',
  unknownIndicator: (id) => `Hittar inget mått med id ${id}`,
  unknownGeography: (code) => `Det finns ingen kommun eller region med koden ${code}.`,
  unknownPlan: (id) => `Hittar ingen plan med id ${id}`,
  noValues: (place, period) => `Det finns inga värden för ${place}${period ? ` ${period}` : ''}`,
  unavailable: 'Värdena kunde inte hämtas just nu.',
  setup: 'Diagrammet är inte rätt inställt. Den som har lagt in det ser vad som är fel i webbläsarens konsol.',
  retry: 'Försök igen',
  cannotDraw: (reason) => `Diagrammet kan inte ritas: ${reason}`,
  tooNarrow: 'Det finns för lite plats för diagrammet; se tabellen.',
  licence: 'Licens och villkor',
  download: 'Ladda ner data:',
  csv: 'CSV',
  csvSv: 'Excel (svensk CSV)',
  showTable: 'Visa som tabell',
  defaultPeriod: (period, level, monthly) =>
    `${period}, ${monthly ? 'den senaste månaden' : 'det senaste året'} med värden för flest ${level === 'county' ? 'län' : 'kommuner'}`,
  example: 'Exempeldata',
  exampleNote: 'Exempeldata: inte verkliga värden.',
  period: 'Period',
  value: 'Värde',
  geography: 'Område',
  status: 'Status',
  reference: 'jämförelse',
  seriesBreak: 'Brott i serien',
  and: 'och',
  chartLabel: (title, places) => `Linjediagram: ${title}, ${places}`,
  statuses: {
    final: 'slutligt värde',
    provisional: 'preliminärt värde',
    revised: 'reviderat värde',
    break: 'brott i tidsserien',
    estimated: 'skattat värde',
    suppressed: 'undertryckt (för få svar eller sekretess)',
    missing: 'värde saknas',
  },
  latestIs: (title, place, value, period) => `${title} i ${place} var ${value} år ${period}.`,
  rose: (from, to, first, last) => `Från ${first} till ${last} ökade värdet från ${from} till ${to}.`,
  fell: (from, to, first, last) => `Från ${first} till ${last} minskade värdet från ${from} till ${to}.`,
  flat: (value, first, last) => `Från ${first} till ${last} låg värdet kvar på ${value}.`,
  extremes: (min, minPeriod, max, maxPeriod) => `Lägst var det ${min} (${minPeriod}) och högst ${max} (${maxPeriod}).`,
  changeSince: (period, signed, unit) => `Jämfört med ${period} är förändringen ${signed} ${unit}.`,
  noChangeSince: (period) => `Värdet är oförändrat jämfört med ${period}.`,
  better: 'en förbättring',
  worse: 'en försämring',
  gapsIn: (periods) => `Värden saknas för ${periods}.`,
};

const en: Strings = {
  loading: 'Loading values …',
  noIndicator: 'Give an indicator with the indicator attribute, for example indicator="scb-bas-sysselsattningsgrad-20-64".',
  noGeo: 'Give a municipality or county with the geo attribute, for example geo="0136".',
  unknownIndicator: (id) => `No indicator with id ${id}`,
  unknownGeography: (code) => `There is no municipality or region with the code ${code}.`,
  unknownPlan: (id) => `No plan with id ${id}`,
  noValues: (place, period) => `There are no values for ${place}${period ? ` ${period}` : ''}`,
  unavailable: 'The values could not be loaded just now.',
  setup: 'The chart is not set up correctly. Whoever added it can see what is wrong in the browser console.',
  retry: 'Try again',
  cannotDraw: (reason) => `The chart cannot be drawn: ${reason}`,
  tooNarrow: 'There is too little room for the chart; see the table.',
  licence: 'Licence and terms',
  download: 'Download data:',
  csv: 'CSV',
  csvSv: 'Excel, Swedish (CSV)',
  showTable: 'Show as a table',
  defaultPeriod: (period, level, monthly) =>
    `${period}, the latest ${monthly ? 'month' : 'year'} with values for the most ${level === 'county' ? 'counties' : 'municipalities'}`,
  example: 'Example data',
  exampleNote: 'Example data: not real values.',
  period: 'Period',
  value: 'Value',
  geography: 'Area',
  status: 'Status',
  reference: 'reference',
  seriesBreak: 'Break in series',
  and: 'and',
  chartLabel: (title, places) => `Line chart: ${title}, ${places}`,
  statuses: {
    final: 'final value',
    provisional: 'provisional value',
    revised: 'revised value',
    break: 'break in series',
    estimated: 'estimated value',
    suppressed: 'suppressed (too few answers or confidentiality)',
    missing: 'value missing',
  },
  latestIs: (title, place, value, period) => `${title} in ${place} was ${value} in ${period}.`,
  rose: (from, to, first, last) => `From ${first} to ${last} the value rose from ${from} to ${to}.`,
  fell: (from, to, first, last) => `From ${first} to ${last} the value fell from ${from} to ${to}.`,
  flat: (value, first, last) => `From ${first} to ${last} the value stayed at ${value}.`,
  extremes: (min, minPeriod, max, maxPeriod) => `The lowest was ${min} (${minPeriod}) and the highest ${max} (${maxPeriod}).`,
  changeSince: (period, signed, unit) => `Compared with ${period} the change is ${signed} ${unit}.`,
  noChangeSince: (period) => `The value is unchanged compared with ${period}.`,
  better: 'an improvement',
  worse: 'a deterioration',
  gapsIn: (periods) => `Values are missing for ${periods}.`,
};

const STRINGS: Record<Lang, Strings> = { sv, en };

/** The language a `lang` attribute asks for: English for any `en…` tag, otherwise Swedish. */
export function toLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value) ? 'en' : 'sv';
}

/** The strings of a language. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** "a", "a och b", "a, b och c". */
export function listJoin(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${STRINGS[lang].and} ${items[items.length - 1]}`;
}
