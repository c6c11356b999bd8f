// Rule: the map's arrow keys go to the neighbour in that direction, typing finds an area by name,
// and the chosen places' labels stay inside the map and off each other.
import { describe, expect, it } from 'vitest';
import { areaByName, areaInDirection, placeLabels } from '../../widgets/maltal-map/map-keys.ts';

// A 3 × 3 grid of areas, named by letter, 100 px apart.
const areas = ['Ale', 'Bjuv', 'Borås', 'Dals-Ed', 'Eda', 'Falun', 'Gnesta', 'Habo', 'Höör'].map((name, i) => ({
  name,
  cx: (i % 3) * 100,
  cy: Math.floor(i / 3) * 100,
}));
const order = areas.map((_, i) => i);

describe('map keys', () => {
  it('moves to the neighbour in the direction of the arrow, and stays at the edge', () => {
    expect(areaInDirection(areas, 4, 'ArrowRight')).toBe(5);
    expect(areaInDirection(areas, 4, 'ArrowLeft')).toBe(3);
    expect(areaInDirection(areas, 4, 'ArrowUp')).toBe(1);
    expect(areaInDirection(areas, 4, 'ArrowDown')).toBe(7);
    expect(areaInDirection(areas, 2, 'ArrowRight')).toBe(2);
    expect(areaInDirection(areas, 4, 'Enter')).toBeUndefined();
  });

  it('finds an area by the letters typed, moving on with the same letter again', () => {
    expect(areaByName(areas, order, 0, 'b', 'sv')).toBe(1);
    expect(areaByName(areas, order, 1, 'b', 'sv')).toBe(2);
    expect(areaByName(areas, order, 1, 'bo', 'sv')).toBe(2);
    expect(areaByName(areas, order, 0, 'hö', 'sv')).toBe(8);
    expect(areaByName(areas, order, 0, 'x', 'sv')).toBeUndefined();
  });

  it('places labels inside the map, beside their place, never over each other', () => {
    const labels = placeLabels(areas, [3, 4, 5], (i) => areas[i]!.name, { width: 220, height: 220 });
    for (const l of labels) {
      const [left, right] = l.anchor === 'start' ? [l.x, l.x + l.width] : [l.x - l.width, l.x];
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(220);
      expect(l.y).toBeGreaterThanOrEqual(7.5);
      expect(l.y).toBeLessThanOrEqual(212.5);
    }
    for (const a of labels)
      for (const b of labels) {
        if (a === b) continue;
        const [a0, a1] = a.anchor === 'start' ? [a.x, a.x + a.width] : [a.x - a.width, a.x];
        const [b0, b1] = b.anchor === 'start' ? [b.x, b.x + b.width] : [b.x - b.width, b.x];
        expect(a0 < b1 && b0 < a1 && Math.abs(a.y - b.y) < 15, `${areas[a.index]!.name} over ${areas[b.index]!.name}`).toBe(false);
      }
  });
});
