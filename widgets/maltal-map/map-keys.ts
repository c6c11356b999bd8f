/**
 * Moving around maltal-map with the keyboard, pure: the arrow keys go to the neighbouring area in
 * that direction on the map (not the next name of 290), and typing letters finds an area by name.
 */

/** An area's middle on the map (SVG px, y down) and its name. */
export interface PlacedArea {
  name: string;
  cx: number;
  cy: number;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The area an arrow key leads to from `current`: the nearest one ahead within 60° of the key's
 * direction, straight ahead preferred over sideways. `current` when there is none; undefined for
 * other keys.
 */
export function areaInDirection(areas: readonly PlacedArea[], current: number, key: string): number | undefined {
  const direction = DIRECTIONS[key];
  if (!direction) return undefined;
  const here = areas[current];
  if (!here) return current;
  let best = current;
  let bestScore = Infinity;
  areas.forEach((area, i) => {
    if (i === current) return;
    const dx = area.cx - here.cx;
    const dy = area.cy - here.cy;
    const ahead = dx * direction[0] + dy * direction[1];
    const aside = Math.abs(dx * direction[1] - dy * direction[0]);
    if (ahead <= 0 || aside > ahead * 1.75) return;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * The area whose name starts with `typed` (case and accents as the language sorts them), after
 * `current` in name order so that typing the same letter again moves on; undefined when none does.
 * `order` lists area indexes in name order.
 */
export function areaByName(
  areas: readonly PlacedArea[],
  order: readonly number[],
  current: number,
  typed: string,
  locale: string,
): number | undefined {
  const prefix = typed.toLocaleLowerCase(locale);
  if (!prefix) return undefined;
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const starts = (i: number) => collator.compare(areas[i]!.name.slice(0, prefix.length), prefix) === 0;
  const position = order.indexOf(current);
  // A single letter moves on from the current area; a longer prefix may stay on it.
  const from = prefix.length === 1 ? position + 1 : position;
  for (let k = 0; k < order.length; k++) {
    const i = order[(from + k + order.length) % order.length]!;
    if (starts(i)) return i;
  }
  return undefined;
}

/** A label's box: where its text starts (left, baseline-ish middle) and how wide it is. */
export interface PlacedLabel {
  index: number;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  width: number;
}

/**
 * Labels for the chosen places next to their middle, inside a map `width` × `height`: to the right
 * where there is room, else to the left, else under it, shifted to stay inside; a label that would
 * cover an earlier one moves down a line.
 */
export function placeLabels(
  areas: readonly PlacedArea[],
  chosen: readonly number[],
  label: (i: number) => string,
  size: { width: number; height: number },
  charWidth = 6.8,
  line = 15,
): PlacedLabel[] {
  const { width, height } = size;
  const inside = (y: number) => Math.max(line / 2, Math.min(height - line / 2, y));
  const placed: PlacedLabel[] = [];
  const box = (l: PlacedLabel): [number, number] => (l.anchor === 'start' ? [l.x, l.x + l.width] : [l.x - l.width, l.x]);
  for (const index of chosen) {
    const area = areas[index];
    if (!area) continue;
    const w = label(index).length * charWidth;
    let item: PlacedLabel;
    if (area.cx + 6 + w <= width) item = { index, x: area.cx + 6, y: inside(area.cy), anchor: 'start', width: w };
    else if (area.cx - 6 - w >= 0) item = { index, x: area.cx - 6, y: inside(area.cy), anchor: 'end', width: w };
    else item = { index, x: Math.max(0, Math.min(width - w, area.cx - w / 2)), y: inside(area.cy + line), anchor: 'start', width: w };
    for (let tries = 0; tries < 10; tries++) {
      const [a0, a1] = box(item);
      const clash = placed.some((p) => {
        const [b0, b1] = box(p);
        return a0 < b1 && b0 < a1 && Math.abs(p.y - item.y) < line;
      });
      if (!clash) break;
      item.y = item.y + line > height - line / 2 ? item.y - line : item.y + line;
    }
    placed.push(item);
  }
  return placed;
}
