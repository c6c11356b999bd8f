/**
 * The words of the pages in Swedish and English. Each page keeps its own words beside it; these
 * are the ones every page shares. Data (titles, names, notes) comes in both languages from the API.
 */
import type { Lang } from './pages.urls.ts';

/** A text in both languages. */
export interface Bilingual {
  sv: string;
  en: string;
}

/** The text in the page's language. */
export const tr = (lang: Lang, text: Bilingual): string => text[lang];

/** The Swedish or English field of a row: `pick(row, 'title', lang)` reads title_sv or title_en. */
export function pick<K extends string>(row: Record<`${K}_sv` | `${K}_en`, string | null>, key: K, lang: Lang): string {
  return (lang === 'en' ? row[`${key}_en`] : row[`${key}_sv`]) ?? row[`${key}_sv`] ?? '';
}

export const COMMON = {
  sv: {
    site: 'Måltal',
    tagline: 'Öppna data om de mått svenska kommuner följer upp sina mål med',
    skip: 'Hoppa till innehållet',
    menu: 'Huvudmeny',
    places: 'Kommuner och län',
    indicators: 'Mått',
    agenda: 'Agenda 2030',
    builder: 'Bygg diagram',
    api: 'API',
    search: 'Sök',
    searchLabel: 'Sök kommun, län, mått eller plan',
    searchPlaceholder: 't.ex. Södertälje, sysselsättning, utsläpp',
    otherLanguage: 'English',
    otherLanguageHint: 'This page in English',
    breadcrumbs: 'Du är här',
    home: 'Start',
    sources: 'Källor och villkor',
    footer:
      'Varje värde har källa, licens och status. Siffrorna kommer från SCB, Kolada, SMHI, Trafikanalys med flera; Måltals egna beräkningar (förändring, rang, skillnader) sägs vara det.',
    data: 'Data',
    notFound: 'Sidan finns inte',
    notFoundSearch: 'Sök efter det du letade efter',
    riket: 'Riket',
    municipality: 'Kommun',
    county: 'Län',
    country: 'Land',
    plan: 'Plan',
    indicator: 'Mått',
    latest: 'Senaste',
    period: 'Period',
    value: 'Värde',
    change: 'Förändring',
    rank: 'Rang',
    noValue: 'inget värde',
    discontinued: 'upphörd serie',
    noValuesYet: 'inga värden ännu',
    example: 'Exempeldata – inte verkliga siffror',
    download: 'Ladda ner',
    csv: 'CSV',
    csvSv: 'CSV för Excel (svenska)',
    json: 'JSON',
    jsonStat: 'JSON-stat',
    since: (period: string) => `sedan ${period}`,
    ownCalculation: 'Måltals beräkning från de publicerade siffrorna',
  },
  en: {
    site: 'Måltal',
    tagline: 'Open data on the figures Swedish municipalities follow their goals with',
    skip: 'Skip to content',
    menu: 'Main menu',
    places: 'Municipalities and counties',
    indicators: 'Indicators',
    agenda: 'Agenda 2030',
    builder: 'Build a chart',
    api: 'API',
    search: 'Search',
    searchLabel: 'Search a municipality, county, indicator or plan',
    searchPlaceholder: 'e.g. Södertälje, employment, emissions',
    otherLanguage: 'Svenska',
    otherLanguageHint: 'Den här sidan på svenska',
    breadcrumbs: 'You are here',
    home: 'Home',
    sources: 'Sources and terms',
    footer:
      "Every value carries its source, licence and status. The figures come from SCB, Kolada, SMHI, Trafikanalys and others; Måltal's own calculations (change, rank, gaps) are marked as such.",
    data: 'Data',
    notFound: 'No such page',
    notFoundSearch: 'Search for what you were looking for',
    riket: 'Sweden',
    municipality: 'Municipality',
    county: 'County',
    country: 'Country',
    plan: 'Plan',
    indicator: 'Indicator',
    latest: 'Latest',
    period: 'Period',
    value: 'Value',
    change: 'Change',
    rank: 'Rank',
    noValue: 'no value',
    discontinued: 'discontinued series',
    noValuesYet: 'no values yet',
    example: 'Example data – not real figures',
    download: 'Download',
    csv: 'CSV',
    csvSv: 'CSV for Excel (Swedish)',
    json: 'JSON',
    jsonStat: 'JSON-stat',
    since: (period: string) => `since ${period}`,
    ownCalculation: "Måltal's calculation from the published figures",
  },
} satisfies Record<Lang, Record<string, string | ((...args: string[]) => string)>>;

export type CommonWords = (typeof COMMON)['sv'];

/** The indicators' topics, as the pages group them. */
export const TOPICS: Record<string, Bilingual> = {
  population: { sv: 'Befolkning', en: 'Population' },
  'labour-market': { sv: 'Arbetsmarknad', en: 'Labour market' },
  education: { sv: 'Utbildning', en: 'Education' },
  economy: { sv: 'Ekonomi', en: 'Economy' },
  welfare: { sv: 'Välfärd', en: 'Welfare' },
  climate: { sv: 'Klimat', en: 'Climate' },
  transport: { sv: 'Transporter', en: 'Transport' },
  youth: { sv: 'Unga (CTC-enkäten)', en: 'Young people (the CTC survey)' },
  'city-networks': { sv: 'Stadsnätverk', en: 'City networks' },
};

export const topicLabel = (topic: string, lang: Lang) => TOPICS[topic]?.[lang] ?? topic;
