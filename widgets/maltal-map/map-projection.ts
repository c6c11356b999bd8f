/**
 * Layout of maltal-map, pure: an equirectangular projection scaled by cos(latitude) at the map's
 * middle, fitted into a box, and GeoJSON polygons as SVG path data. Enough for a choropleth of
 * Sweden at widget size; no d3.
 */
import { round1 } from '../lib/scale.ts';

export type Position = [number, number];
export type Ring = Position[];
export type BoundaryGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The rings of a geometry, exterior and holes alike. */
export function ringsOf(geometry: BoundaryGeometry): Ring[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** The bounding box of all geometries; undefined when there are no positions. */
export function bboxOf(geometries: readonly BoundaryGeometry[]): BBox | undefined {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    for (const ring of ringsOf(g)) {
      for (const [lon, lat] of ring) {
        if (lon < w) w = lon;
        if (lon > e) e = lon;
        if (lat < s) s = lat;
        if (lat > n) n = lat;
      }
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : undefined;
}

export interface Projection {
  /** Lon/lat → SVG x/y (y down), rounded to 0.1 px. */
  project: (p: Position) => Position;
  /** The size of the fitted map, at most the box given. */
  width: number;
  height: number;
}

/**
 * x = (lon − lon₀)·cos(lat₀), y = lat₀ − lat, with lat₀ the middle latitude of `bbox`: distances
 * east–west are shrunk as they are on the ground there. The result is scaled to fit inside
 * `maxWidth` × `maxHeight` less `padding` on every side, keeping the aspect ratio.
 */
export function fitProjection(bbox: BBox, maxWidth: number, maxHeight: number, padding = 4): Projection {
  const [w, s, e, n] = bbox;
  const lat0 = (s + n) / 2;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const spanX = Math.max((e - w) * k, 1e-9);
  const spanY = Math.max(n - s, 1e-9);
  const scale = Math.max(0, Math.min((maxWidth - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY));
  const width = Math.ceil(spanX * scale + 2 * padding);
  const height = Math.ceil(spanY * scale + 2 * padding);
  return {
    width,
    height,
    project: ([lon, lat]) => [round1(padding + (lon - w) * k * scale), round1(padding + (n - lat) * scale)],
  };
}

/**
 * SVG path data for a geometry: one closed subpath per ring (draw with fill-rule evenodd so holes
 * stay holes). Consecutive points that land on the same 0.1 px are written once.
 */
export function geometryPath(geometry: BoundaryGeometry, project: (p: Position) => Position): string {
  const parts: string[] = [];
  for (const ring of ringsOf(geometry)) {
    let last = '';
    const points: string[] = [];
    for (const position of ring) {
      const [x, y] = project(position);
      const text = `${x},${y}`;
      if (text !== last) points.push(text);
      last = text;
    }
    if (points.length > 1 && points[0] === points.at(-1)) points.pop();
    if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
  }
  return parts.join('');
}
