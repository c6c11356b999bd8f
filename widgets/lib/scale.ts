/**
 * Layout helpers: a linear scale and "nice" ticks (steps of 1, 2 or 5 × 10^k), enough for every
 * chart here without d3.
 */

/** A function mapping `domain` linearly onto `range`; a zero-width domain maps to the range's middle. */
export function linearScale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** The tick step for about `count` ticks across [min, max]: 1, 2 or 5 × 10^k. */
export function tickStep(min: number, max: number, count: number): number {
  const span = Math.abs(max - min);
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  const factor = ratio >= 7.5 ? 10 : ratio >= 3.5 ? 5 : ratio >= 1.5 ? 2 : 1;
  return factor * power;
}

/** Rounds away floating-point dust (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/**
 * Nice ticks covering [min, max]: the first tick ≤ min and the last ≥ max, so that the ticks' ends
 * make a nice domain. A single value gets a small domain around it.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = tickStep(min, max, count);
  const start = Math.floor(min / step);
  const stop = Math.ceil(max / step);
  const ticks: number[] = [];
  for (let i = start; i <= stop; i++) ticks.push(clean(i * step));
  return ticks;
}

/** Rounds a coordinate to one decimal so SVG output is short and deterministic. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
