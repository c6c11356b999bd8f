// Rule: every chart has a generated text summary (latest, trend, min/max, change, gaps) in Swedish or English.
import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../../widgets/lib/series.ts';
import { judgement, summarizeSeries } from '../../../widgets/lib/summary.ts';
import type { IndicatorMeta, ObservationRow } from '../../../widgets/lib/types.ts';

const indicator: IndicatorMeta = {
  id: 'N00914',
  title_sv: 'Förvärvsarbetande invånare 20-64 år, andel (%)',
  title_en: 'Employed residents aged 20–64, share (%)',
  unit_sv: 'procent',
  unit_en: 'percent',
  decimals: 1,
  direction: 'increase',
};

const values: [string, number | null][] = [
  ['2015', 79.071643],
  ['2016', 80.079414],
  ['2017', 80.500058],
  ['2018', 80.874976],
];

function series(list: [string, number | null][]) {
  const rows = list.map(
    ([period, value]): ObservationRow => ({
      indicator: 'N00914',
      geo: '0136',
      geo_name: 'Haninge kommun',
      period,
      gender: 'T',
      breakdown: 'total',
      breakdown_label: null,
      value,
      status: 'final',
      note: null,
      n: null,
      ci_low: null,
      ci_high: null,
    }),
  );
  return buildSeries(rows, { names: { '0136': 'Haninge' } })[0]!;
}

describe('summarizeSeries', () => {
  it('says the latest value, the trend, the extremes and the change in Swedish', () => {
    expect(summarizeSeries(series(values), indicator, 'sv')).toBe(
      'Förvärvsarbetande invånare 20-64 år, andel (%) i Haninge var 80,9\u00a0% år 2018. ' +
        'Från 2015 till 2018 ökade värdet från 79,1\u00a0% till 80,9\u00a0%. ' +
        'Lägst var det 79,1\u00a0% (2015) och högst 80,9\u00a0% (2018). ' +
        'Jämfört med 2017 är förändringen +0,4 procentenheter, en förbättring.',
    );
  });

  it('says it in English', () => {
    const text = summarizeSeries(series(values), indicator, 'en');
    expect(text).toContain('Employed residents aged 20–64, share (%) in Haninge was 80.9% in 2018.');
    expect(text).toContain('From 2015 to 2018 the value rose from 79.1% to 80.9%.');
    expect(text).toContain('+0.4 percentage points, an improvement.');
  });

  it('names falling values and missing periods', () => {
    const text = summarizeSeries(
      series([
        ['2015', 80],
        ['2016', null],
        ['2018', 78],
      ]),
      indicator,
      'sv',
    );
    expect(text).toContain('minskade värdet från 80,0\u00a0% till 78,0\u00a0%');
    expect(text).toContain('en försämring');
    expect(text).toContain('Värden saknas för 2016 och 2017.');
  });
});

describe('judgement', () => {
  it('judges a change by the indicator direction, ignoring changes below the shown precision', () => {
    expect(judgement(0.4, 'increase', 1)).toBe(1);
    expect(judgement(0.4, 'decrease', 1)).toBe(-1);
    expect(judgement(0.01, 'increase', 1)).toBe(0);
    expect(judgement(3, 'none', 0)).toBe(0);
  });
});
