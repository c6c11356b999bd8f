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
  ['utrikes födda', 'utrikesfödda', 'utrikes född', 'födda utomlands', 'invandrare', 'foreign-born', 'foreign born', 'born abroad', 'immigrants'],
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

const phrase = (term: string) => {
  const words = queryWords(term);
  const last = words.length - 1;
  // Every word but the last is matched whole; the last as the prefix of its stem.
  return `"${words.map((w, i) => (i === last ? stem(w) : w)).join(' ')}"*`;
};

const groupsByTerm = new Map<string, readonly string[]>();
for (const group of SYNONYMS) for (const term of group) groupsByTerm.set(queryWords(term).join(' '), group);
const LONGEST_TERM = Math.max(...[...groupsByTerm.keys()].map((k) => k.split(' ').length));

/**
 * The FTS5 MATCH expression for a query, or null when it has no words. Only words and quoted
 * phrases reach FTS5, so nothing a user types is read as query syntax.
 */
export function ftsQuery(q: string): string | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const parts: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST_TERM, words.length - i); n >= 1 && matched === 0; n--) {
      const group = groupsByTerm.get(words.slice(i, i + n).join(' '));
      if (group) {
        parts.push(`(${[...new Set(group.map(phrase))].join(' OR ')})`);
        matched = n;
      }
    }
    if (matched === 0) {
      parts.push(phrase(words[i]!));
      matched = 1;
    }
    i += matched;
  }
  return parts.join(' AND ');
}
