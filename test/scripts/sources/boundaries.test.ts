// Rule: boundary coordinates are rounded to 4 decimals without repeated points and with closed
// rings, the län layer's simplification never drops a ring, and every kommun and län gets one row
// whose geometry fits in one package cell.
import { describe, expect, it } from 'vitest';
import { boundaryRows, prepareGeometry, roundRing, simplifyRing, type Ring } from '../../../scripts/sources/boundaries.ts';

describe('roundRing', () => {
  it('rounds to 4 decimals, drops points that became equal and keeps the ring closed', () => {
    const ring: Ring = [
      [17.123449, 59.5],
      [17.12341, 59.50001],
      [17.2, 59.60004],
      [17.3, 59.5],
      [17.12344, 59.500004],
    ];
    expect(roundRing(ring)).toEqual([
      [17.1234, 59.5],
      [17.2, 59.6],
      [17.3, 59.5],
      [17.1234, 59.5],
    ]);
    expect(
      roundRing([
        [1, 1],
        [2, 1],
        [2, 2],
      ]),
    ).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ]);
  });
});

describe('simplifyRing', () => {
  it('drops points closer to the line than the tolerance and keeps the far ones', () => {
    const ring: Ring = [
      [0, 0],
      [1, 0.0001],
      [2, 0],
      [2, 2],
      [1, 2.5],
      [0, 2],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [1, 2.5],
      [0, 2],
      [0, 0],
    ]);
  });

  it('keeps a ring unsimplified rather than let it fall below 4 positions', () => {
    const sliver: Ring = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [1, -0.001],
      [0, 0],
    ];
    expect(simplifyRing(sliver, 0.5)).toEqual(sliver);
  });
});

describe('boundaryRows', () => {
  const rows = boundaryRows();

  it('has the 21 län, then the 290 kommuner, each with a Polygon or MultiPolygon under 10 000 characters', () => {
    expect(rows.filter((r) => r.type === 'county')).toHaveLength(21);
    expect(rows.filter((r) => r.type === 'municipality')).toHaveLength(290);
    expect(rows[0]!.code).toBe('01');
    for (const row of rows) {
      expect(row.geometry!.length).toBeLessThan(10_000);
      expect(JSON.parse(row.geometry!).type).toMatch(/^(Polygon|MultiPolygon)$/);
    }
  });

  it('keeps every polygon of a MultiPolygon', () => {
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ] as Ring,
        ],
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ] as Ring,
        ],
      ],
    };
    expect(prepareGeometry(multi, 0.1).coordinates).toHaveLength(2);
  });
});
