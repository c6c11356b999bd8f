// Rule: what a user types becomes an FTS5 query of quoted prefixes only, synonyms standing for each other.
import { describe, expect, it } from 'vitest';
import { ftsQuery, queryWords, stem, SYNONYMS } from '../../../../api/routes/indicators/indicators.search.ts';

describe('queryWords', () => {
  it('keeps letters and digits, lower case, and splits on everything else', () => {
    expect(queryWords('Foreign-born EMPLOYMENT, 20–64!')).toEqual(['foreign', 'born', 'employment', '20', '64']);
    expect(queryWords('"* OR NEAR(')).toEqual(['or', 'near']);
    expect(queryWords('  ')).toEqual([]);
  });
});

describe('stem', () => {
  it('takes off a common ending, keeping at least four letters', () => {
    expect(stem('födda')).toBe('född');
    expect(stem('kommuner')).toBe('kommun');
    expect(stem('emissions')).toBe('emission');
    expect(stem('sysselsättning')).toBe('sysselsättning');
    expect(stem('women')).toBe('women');
    expect(stem('år')).toBe('år');
  });
});

describe('ftsQuery', () => {
  it('is null without words', () => {
    expect(ftsQuery('')).toBeNull();
    expect(ftsQuery(' -– ')).toBeNull();
  });

  it('searches every other word as a quoted prefix of its stem, all required', () => {
    expect(ftsQuery('Haninge kommuner')).toBe('"haning"* AND "kommun"*');
  });

  it('lets a word or phrase of a synonym group stand for the whole group, longest phrase first', () => {
    const group = SYNONYMS.find((g) => g.includes('utrikes födda'))!;
    const q = ftsQuery('utrikes födda')!;
    expect(q.startsWith('(') && q.endsWith(')')).toBe(true);
    expect(q.split(' OR ')).toHaveLength(new Set(group.map((t) => queryWords(t).join(' ')).map((t) => t.replace(/födda$/, 'född'))).size);
    expect(q).toContain('"foreign born"*');
    expect(ftsQuery('foreign-born employment')).toBe(`${ftsQuery('utrikes födda')} AND ${ftsQuery('sysselsättning')}`);
  });

  it('never passes FTS5 syntax through', () => {
    for (const hostile of ['a" OR "b', 'title_sv:x', 'NEAR(a b, 2)', '* ^ -', "x'; DROP TABLE x; --"]) {
      const q = ftsQuery(hostile) ?? '';
      expect(q.replace(/"[^"]*"\*/g, '').replace(/AND|OR|[()\s]/g, ''), hostile).toBe('');
    }
  });
});
