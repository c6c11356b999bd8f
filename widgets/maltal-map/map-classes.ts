/**
 * The colour classes of maltal-map, pure: five classes of (about) equal count, with limits rounded
 * to two significant digits so the legend reads easily; a value on a limit belongs to the class above.
 */

/**
 * Five sequential classes from teal to indigo, low values lightest, each with at least 3:1 contrast
 * against a white background (WCAG 1.4.11): 3.1, 4.5, 6.6, 9.6 and 14.8:1. Lightness alone tells the
 * classes apart, so the ramp reads the same to colour-blind readers. Five colours that also differ
 * 3:1 from each other do not exist between white and black; the values are in words besides.
 */
export const SEQUENTIAL_5 = ['#4e9fa8', '#2f80a0', '#266096', '#274188', '#231f5a'];

/** The same for the dark scheme, low values darkest: 3.5, 5.1, 7.4, 10.4 and 14.3:1 against #17181b. */
export const SEQUENTIAL_5_DARK = ['#3273a6', '#3d93b8', '#5fb3c4', '#97d1c8', '#d6eec6'];

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
