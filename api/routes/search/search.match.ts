/**
 * Matching a query against the names of places and the titles of plans, in memory: there are a
 * few hundred of them. The query is split into the same parts as the indicator search
 * (indicators.search.ts: words, synonym groups, the last word of a term as a prefix of its stem);
 * here both sides are also compared without diacritics, so "sodertalje" finds Södertälje.
 */
import { queryWords, type QueryPart, type SearchTerm } from '../indicators/indicators.search.ts';
import { fold } from '../pages/pages.urls.ts';

/** The words of a text as they are matched: no diacritics, lower case, split like a query. */
export const foldedWords = (text: string): string[] => queryWords(fold(text));

/** A text to match with its weight: a part found in a heavier field counts more. */
export interface Field {
  words: string[];
  weight: number;
}

export const field = (text: string, weight: number): Field => ({ words: foldedWords(text), weight });

/** Whether the words hold the term: its whole words in a row, then a word starting with its prefix. */
function holds(words: readonly string[], term: SearchTerm): boolean {
  const whole = term.words.map(fold);
  const prefix = fold(term.prefix);
  for (let i = 0; i + whole.length < words.length; i++) {
    if (whole.every((w, j) => words[i + j] === w) && words[i + whole.length]!.startsWith(prefix)) return true;
  }
  return false;
}

export interface Match {
  /** How many parts of the query matched some field. */
  matched: number;
  /** Sum over the matched parts of the heaviest field each matched. */
  score: number;
  /** Whether every matched part matched a field of at least `strong` weight. */
  strongOnly: boolean;
}

export function matchFields(parts: readonly QueryPart[], fields: readonly Field[], strong = Infinity): Match {
  let matched = 0;
  let score = 0;
  let strongOnly = true;
  for (const part of parts) {
    let best = 0;
    for (const f of fields) if (f.weight > best && part.terms.some((t) => holds(f.words, t))) best = f.weight;
    if (best > 0) {
      matched += 1;
      score += best;
      if (best < strong) strongOnly = false;
    }
  }
  return { matched, score, strongOnly };
}

/** Words that name the kind of place rather than the place ("Haninge kommun", "Stockholms län"). */
const PLACE_WORDS = new Set(['kommun', 'kommuns', 'kommunen', 'lan', 'lans', 'municipality', 'county', 'stad', 'city']);

/** The query without the words that name a kind of place: what a place's name must match. */
export function withoutPlaceWords(q: string): string {
  return foldedWords(q)
    .filter((w) => !PLACE_WORDS.has(w))
    .join(' ');
}

/** Whether the query is the place's name and nothing more: "Södertälje", "södertälje kommun", "Stockholms län". */
export function namesPlace(q: string, names: readonly string[]): boolean {
  const asked = foldedWords(q).filter((w) => !PLACE_WORDS.has(w));
  if (asked.length === 0) return false;
  return names.some((name) => {
    const words = foldedWords(name).filter((w) => !PLACE_WORDS.has(w));
    const genitive = words.map((w) => w.replace(/s$/, '')); // "Stockholms län" is also "Stockholm"
    return [words, genitive].some(
      (ws) => ws.length === asked.length && ws.every((w, i) => w === asked[i] || w === asked[i]!.replace(/s$/, '')),
    );
  });
}
