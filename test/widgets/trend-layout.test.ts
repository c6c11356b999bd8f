// Rule: the trend's time axis labels only periods with data, with labels that never touch.
import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../widgets/maltal-trend/trend-layout.ts';

const scale = (first: number, last: number, width: number) => (p: number) => ((p - first) / (last - first)) * width;

describe('timeTicks', () => {
  const emissions = [1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024];

  it('labels the years a source publishes, evenly where it can, and the last', () => {
    expect(timeTicks(emissions, false, scale(1990, 2024, 620), 36)).toEqual([1990, 2000, 2005, 2010, 2015, 2020, 2024]);
  });

  it('keeps labels apart on a phone', () => {
    const x = scale(1990, 2024, 250);
    const ticks = timeTicks(emissions, false, x, 36);
    expect(ticks.at(-1)).toBe(2024);
    for (const tick of ticks) expect(emissions).toContain(tick);
    for (let i = 1; i < ticks.length; i++) expect(x(ticks[i]!) - x(ticks[i - 1]!)).toBeGreaterThanOrEqual(36);
  });

  it('labels months by whole years or quarters', () => {
    const months = Array.from({ length: 36 }, (_, i) => 2020 * 12 + i); // jan 2020 … dec 2022
    const ticks = timeTicks(months, true, scale(months[0]!, months.at(-1)!, 300), 70);
    expect(ticks.at(-1)).toBe(months.at(-1));
    for (const tick of ticks.slice(0, -1)) expect(tick % 3).toBe(0);
  });
});
