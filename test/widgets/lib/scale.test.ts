// Rule: axes get nice round ticks that enclose the data, and the scale maps linearly.
import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, round1, tickStep } from '../../../widgets/lib/scale.ts';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10^k and encloses the data', () => {
    expect(niceTicks(74.9, 80.9, 3)).toEqual([74, 76, 78, 80, 82]);
    expect(niceTicks(74.9, 80.9, 5)).toEqual([74, 75, 76, 77, 78, 79, 80, 81]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(12, 987, 4)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(tickStep(0, 0.3, 3)).toBe(0.1);
  });

  it('has no floating-point dust', () => {
    for (const tick of niceTicks(0.1, 0.7, 6)) expect(String(tick).length).toBeLessThanOrEqual(4);
  });

  it('gives a single value a small domain around it', () => {
    const ticks = niceTicks(50, 50, 4);
    expect(ticks[0]).toBeLessThan(50);
    expect(ticks[ticks.length - 1]).toBeGreaterThan(50);
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, inverted for y', () => {
    const y = linearScale([74, 82], [250, 10]);
    expect(y(74)).toBe(250);
    expect(y(82)).toBe(10);
    expect(y(78)).toBe(130);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('rounds coordinates to one decimal', () => {
    expect(round1(12.345)).toBe(12.3);
    expect(round1(-0.06)).toBe(-0.1);
  });
});
