/**
 * The colour classes of maltal-map, pure: five classes of (about) equal count, with limits rounded
 * to two significant digits so the legend reads easily; a value on a limit belongs to the class above.
 */

/**
 * ColorBrewer YlGnBu, 5 classes: sequential and colour-blind safe (Brewer, colorbrewer2.org),
 * light for low values, dark for high.
 */
export const SEQUENTIAL_5 = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

/** Rounds to `digits` significant digits (0 stays 0). */
export function roundSignificant(value: number, digits = 2): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const power = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Number.parseFloat((Math.round(value / power) * power).toPrecision(12));
}

/** The q-quantile (0…1) of sorted values, interpolated linearly. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/**
 * The inner class limits (at most `classes − 1`, strictly increasing, inside the data's range) for
 * equal-count classes. Fewer limits come back when values repeat, so there may be fewer classes.
 */
export function classBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const limit = roundSignificant(quantile(sorted, i / classes));
    if (limit > min && limit <= max && (breaks.length === 0 || limit > breaks.at(-1)!)) breaks.push(limit);
  }
  return breaks;
}

/** The class (0-based) of a value: how many limits it is at or above. */
export function classIndex(value: number, breaks: readonly number[]): number {
  let index = 0;
  for (const limit of breaks) if (value >= limit) index += 1;
  return index;
}

/** The colours of `count` classes, spread over the palette so the darkest class is always the darkest colour. */
export function classColors(count: number, palette: readonly string[] = SEQUENTIAL_5): string[] {
  if (count <= 1) return [palette[Math.floor(palette.length / 2)]!];
  return Array.from({ length: count }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (count - 1))]!);
}

/** Decimals needed to write a limit exactly (0 for 12 000, 1 for 2.5), at most `max`. */
export function decimalsOf(value: number, max = 6): number {
  const text = Number.parseFloat(value.toPrecision(12)).toString();
  const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
  return Math.min(decimals, max);
}
