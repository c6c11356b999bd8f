// Rule: the map's hand-written projection keeps Sweden's proportions (east–west shrunk by cos of
// the middle latitude), fits the box, and turns polygons into closed SVG subpaths.
import { describe, expect, it } from 'vitest';
import { bboxOf, fitProjection, geometryPath, type BoundaryGeometry } from '../../widgets/maltal-map/map-projection.ts';

const square: BoundaryGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [10, 60],
      [12, 60],
      [12, 62],
      [10, 62],
      [10, 60],
    ],
  ],
};

describe('bboxOf', () => {
  it('spans every ring of every geometry', () => {
    const multi: BoundaryGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [20, 55],
            [21, 55],
            [21, 56],
            [20, 55],
          ],
        ],
      ],
    };
    expect(bboxOf([square, multi])).toEqual([10, 55, 21, 62]);
    expect(bboxOf([])).toBeUndefined();
  });
});

describe('fitProjection', () => {
  it('shrinks longitude by cos(middle latitude) and fits the tighter side of the box', () => {
    const p = fitProjection([10, 60, 12, 62], 1000, 200, 0);
    const k = Math.cos((61 * Math.PI) / 180);
    expect(p.height).toBe(200);
    expect(p.width).toBe(Math.ceil(2 * k * 100));
    expect(p.project([10, 62])).toEqual([0, 0]);
    expect(p.project([12, 60])).toEqual([Math.round(2 * k * 100 * 10) / 10, 200]);
  });

  it('puts north up and keeps a padding', () => {
    const p = fitProjection([10, 60, 12, 62], 300, 300, 4);
    const [, yNorth] = p.project([11, 62]);
    const [, ySouth] = p.project([11, 60]);
    expect(yNorth).toBe(4);
    expect(ySouth).toBeGreaterThan(yNorth);
    expect(p.height).toBe(300);
  });
});

describe('geometryPath', () => {
  it('writes one closed subpath per ring, without the repeated closing point', () => {
    const d = geometryPath(square, ([x, y]) => [Math.round(x * 100.4) / 10, y]);
    expect(d).toBe('M100.4,60L120.5,60L120.5,62L100.4,62Z');
  });

  it('drops rings that collapse to fewer than 3 points at this scale', () => {
    const tiny: BoundaryGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        [
          [
            [0, 0],
            [0.001, 0],
            [0, 0.001],
            [0, 0],
          ],
        ],
      ],
    };
    expect(geometryPath(tiny, ([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]).match(/M/g)).toHaveLength(1);
  });
});
