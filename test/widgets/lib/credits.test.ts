// Rule: a footer credits the sources the drawn values cite, says which periods they cover, and says
// in words what a discontinued series means, without ids a reader cannot use.
import { describe, expect, it } from 'vitest';
import { citedSources, coverageText, creditLine, discontinuedText, isDiscontinuedNotice } from '../../../widgets/lib/credits.ts';
import type { IndicatorMeta, ObservationRow, SourceMeta } from '../../../widgets/lib/types.ts';

const source = (id: string, attribution: string, dataset = 'employment'): SourceMeta => ({
  dataset,
  id,
  title: id,
  publisher: `${id} publisher`,
  attribution,
});
const SOURCES = [source('S1', 'Källa: Kolada'), source('S3', 'Källa: Kolada'), source('S5', 'Källa: Kolada; SCB; Skolverket')];
const N00914: IndicatorMeta = {
  id: 'N00914',
  title_sv: 'x',
  title_en: 'x',
  unit_sv: 'procent',
  unit_en: 'percent',
  decimals: 1,
  direction: 'increase',
  status: 'discontinued',
  successors: ['N02267'],
  dataset: 'employment',
};
const row = (sources: string) => ({ indicator: 'N00914', sources }) as ObservationRow;

describe('credits', () => {
  it('names only the sources the rows cite, each name once', () => {
    expect(creditLine(citedSources([row('S1'), row('S1')], SOURCES, [N00914]), 'sv')).toBe('Källa: Kolada');
    expect(creditLine(citedSources([row('S1'), row('S5')], SOURCES, [N00914]), 'sv')).toBe('Källor: Kolada; SCB; Skolverket');
    expect(creditLine(citedSources([row('S1')], SOURCES, [N00914]), 'en')).toBe('Source: Kolada');
    expect(creditLine([{ ...source('X', ''), publisher: 'SMHI' }], 'sv')).toBe('Källa: SMHI');
    expect(creditLine([], 'sv')).toBeUndefined();
  });

  it('says which periods the values cover', () => {
    expect(coverageText('1998', '2018', 'sv')).toBe('Värdena avser 1998–2018');
    expect(coverageText('2010', '2010', 'en')).toBe('Values for 2010');
    expect(coverageText('2024-01', '2024-03', 'sv')).toBe('Värdena avser jan 2024–mar 2024');
  });

  it('says a series has stopped in words, and recognises the API notice it replaces', () => {
    expect(discontinuedText(N00914, '2018', 'sv')).toBe(
      'Serien har upphört; de senaste värdena här gäller 2018. Nyare siffror finns i annan statistik, som inte alltid går att jämföra med den här.',
    );
    expect(discontinuedText({ ...N00914, status: 'active' }, '2018', 'sv')).toBeUndefined();
    expect(isDiscontinuedNotice('N00914 har upphört; ersätts av N02267.', [N00914])).toBe(true);
    expect(isDiscontinuedNotice('Exempeldata …', [N00914])).toBe(false);
  });
});
