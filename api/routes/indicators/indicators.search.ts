/**
 * Indicator search: what a journalist types (Swedish or English, inflected, with the words
 * statisticians do not use) turned into an FTS5 query over the `indicators_search` table, and the
 * ranking rule. The same query runs on SQLite and on D1, which both have FTS5.
 *
 * A query is split into words; a word, or two or three words in a row, that is in a synonym group
 * stands for the whole group (any of its terms may match). Each word is searched as a prefix of its
 * stem, so "födda" finds "född" and "sysselsättning" finds "sysselsättningsgrad". Every word (or
 * group) must match somewhere in the titles, descriptions or terms (id, topic, breakdown labels).
 */

/**
 * Words that mean the same to a reader, Swedish and English. Maintained by hand: add a group when
 * a search a user would make finds nothing. Terms are lower case; a term of several words is a phrase.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['sysselsättning', 'sysselsättningsgrad', 'sysselsatta', 'förvärvsarbetande', 'förvärvsfrekvens', 'employment', 'employed'],
  ['arbetslöshet', 'arbetslösa', 'arbetslös', 'unemployment', 'unemployed', 'jobless'],
  ['arbetskraftsdeltagande', 'arbetskraften', 'labour force', 'labor force', 'participation'],
  [
    'utrikes födda',
    'utrikesfödda',
    'utrikes född',
    'födda utomlands',
    'invandrare',
    'foreign-born',
    'foreign born',
    'born abroad',
    'immigrants',
  ],
  ['inrikes födda', 'inrikesfödda', 'inrikes född', 'svenskfödda', 'födda i sverige', 'swedish-born', 'born in sweden', 'native-born'],
  ['utsläpp', 'växthusgaser', 'växthusgasutsläpp', 'koldioxid', 'emissions', 'greenhouse gas', 'greenhouse-gas', 'co2'],
  ['befolkning', 'invånare', 'folkmängd', 'population', 'inhabitants', 'residents'],
  ['utbildning', 'utbildningsnivå', 'education', 'educational attainment'],
  ['eftergymnasial', 'högskoleutbildning', 'post-secondary', 'tertiary'],
  ['förgymnasial', 'högst grundskola', 'compulsory school', 'compulsory education'],
  ['behörighet', 'behöriga', 'behörig', 'eligibility', 'eligible'],
  ['gymnasiet', 'gymnasieskola', 'gymnasieelever', 'upper-secondary', 'upper secondary', 'high school'],
  ['ekonomiskt bistånd', 'försörjningsstöd', 'socialbidrag', 'social assistance', 'financial assistance', 'welfare'],
  ['inkomst', 'inkomster', 'income'],
  ['kvinnor', 'women'],
  ['män', 'men'],
  ['unga', 'ungdomar', 'young people', 'youth'],
  ['elbilar', 'elbil', 'laddbara bilar', 'laddbara', 'electric cars', 'electric vehicles', 'rechargeable'],
  ['laddpunkter', 'laddstolpar', 'laddstationer', 'charging points', 'charge points', 'chargers'],
  ['cykelvägar', 'cykelväg', 'cykel', 'cycle paths', 'cycle network', 'bicycle'],
  ['klimatplan', 'klimatplaner', 'climate plan'],
  ['hållbarhet', 'hållbar', 'hållbara', 'hållbart', 'sustainability', 'sustainable'],
  ['riskfaktorer', 'riskfaktor', 'risk factors', 'risk factor'],
  ['skyddsfaktorer', 'skyddsfaktor', 'protective factors', 'protective factor'],
];

/**
 * How results are ranked: FTS5's bm25 over the columns with these weights (titles count most),
 * multiplied by the indicator's weight: active and current series that plans follow come first.
 * `current_years`: an indicator is current when its newest value is at most this many years older
 * than the newest value in the database.
 */
export const SEARCH_RANKING = {
  column_weights: { title_sv: 10, title_en: 10, description_sv: 2, description_en: 2, terms: 4 },
  discontinued_factor: 0.5,
  not_current_factor: 0.6,
  current_years: 2,
  per_plan_following: 0.15,
  max_plans_counted: 4,
} as const;

/** Swedish and English endings taken off a word before it is searched as a prefix. Longest first. */
const ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ande', 'ende', 'ar', 'er', 'or', 'en', 'et', 'na', 'a', 'e', 's'];
/** A stem keeps at least this many letters, so short words are searched whole. */
const MIN_STEM = 4;

/** The word without a common ending: the part every inflection shares. */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** The words of a query: letters and digits, lower case; hyphens and punctuation separate. */
export function queryWords(q: string): string[] {
  return q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A term as it is searched: its words, every one matched whole but the last, which is matched as
 * the prefix of its stem ("utrikes födda" → utrikes, född*).
 */
export interface SearchTerm {
  words: string[];
  prefix: string;
}

const searchTerm = (term: string): SearchTerm => {
  const words = queryWords(term);
  return { words: words.slice(0, -1), prefix: stem(words.at(-1)!) };
};

const phrase = (t: SearchTerm) => `"${[...t.words, t.prefix].join(' ')}"*`;

const groupsByTerm = new Map<string, readonly string[]>();
for (const group of SYNONYMS) for (const term of group) groupsByTerm.set(queryWords(term).join(' '), group);
const LONGEST_TERM = Math.max(...[...groupsByTerm.keys()].map((k) => k.split(' ').length));

/** One word of a query, or a synonym group it (or it and the next words) stands for: any of its terms may match. */
export interface QueryPart {
  terms: SearchTerm[];
  /** True when the part is a synonym group, written in parentheses in FTS5. */
  group: boolean;
}

/**
 * The parts of a query that must all match, in the order typed. The same parts make the FTS5
 * expression for indicators (ftsQuery) and the matching of places and plans (search.match.ts).
 */
export function queryParts(q: string): QueryPart[] {
  const words = queryWords(q);
  const parts: QueryPart[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST_TERM, words.length - i); n >= 1 && matched === 0; n--) {
      const group = groupsByTerm.get(words.slice(i, i + n).join(' '));
      if (group) {
        const seen = new Set<string>();
        const terms = group.map(searchTerm).filter((t) => !seen.has(phrase(t)) && seen.add(phrase(t)));
        parts.push({ terms, group: true });
        matched = n;
      }
    }
    if (matched === 0) {
      parts.push({ terms: [searchTerm(words[i]!)], group: false });
      matched = 1;
    }
    i += matched;
  }
  return parts;
}

/**
 * The FTS5 MATCH expression for a query, or null when it has no words. Only words and quoted
 * phrases reach FTS5, so nothing a user types is read as query syntax.
 */
export function ftsQuery(q: string): string | null {
  const parts = queryParts(q);
  if (parts.length === 0) return null;
  return parts.map((p) => (p.group ? `(${p.terms.map(phrase).join(' OR ')})` : phrase(p.terms[0]!))).join(' AND ');
}
