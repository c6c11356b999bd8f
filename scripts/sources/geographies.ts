/**
 * Builds the `geographies` package: Riket, the 21 län and the 290 kommuner with their SCB codes,
 * Swedish and English names, parent and Kolada id. Codes and names come from the CC0 lists in
 * ../shared/sources (S8); the Kolada ids are checked against Kolada's own entity list (S7) so that
 * a kommun that Kolada does not know, or knows under another name, stops the build.
 */
import { fileURLToPath } from 'node:url';
import { readSourceCsv, writePackage, type DescriptorInput, type Row } from '../lib/package-writer.ts';

const UPDATED = '2026-11-22';
const S8 = 'S8';
const S7 = 'S7';
const RIKET_CODE = 'SE';
const RIKET_KOLADA = '0000';

function fail(message: string): never {
  throw new Error(`geographies: ${message}`);
}

/** Reads Kolada's entity list into id → { title, type } and fails on a repeated id. */
function readKoladaIds(): Map<string, { title: string; type: string }> {
  const ids = new Map<string, { title: string; type: string }>();
  for (const [i, row] of readSourceCsv('kolada_municipality_ids.csv').entries()) {
    const id = row.kolada_id ?? '';
    if (ids.has(id)) fail(`kolada_municipality_ids.csv line ${i + 2}: kolada_id '${id}' appears twice`);
    ids.set(id, { title: row.title ?? '', type: row.type ?? '' });
  }
  return ids;
}

function required(row: Row, column: string, file: string, line: number): string {
  const value = row[column] ?? '';
  if (value === '') fail(`${file} line ${line}: column '${column}' is empty`);
  return value;
}

/** The rows of the `geographies` resource, in order Riket, län, kommuner. */
export function geographyRows(): Row[] {
  const kolada = readKoladaIds();
  const riket = kolada.get(RIKET_KOLADA);
  if (riket?.type !== 'L') fail(`Kolada list has no Riket '${RIKET_KOLADA}' of type L`);
  const rows: Row[] = [
    {
      code: RIKET_CODE,
      name_sv: 'Sverige',
      name_en: 'Sweden',
      short_name: 'Sverige',
      type: 'country',
      parent: '',
      kolada_id: RIKET_KOLADA,
    },
  ];

  const counties = new Set<string>();
  for (const [i, row] of readSourceCsv('counties_21.csv').entries()) {
    const line = i + 2;
    const code = required(row, 'county_code', 'counties_21.csv', line);
    if (!/^[0-9]{2}$/.test(code)) fail(`counties_21.csv line ${line}: county_code '${code}' is not 2 digits`);
    const short = required(row, 'county_name_short', 'counties_21.csv', line);
    // Kolada numbers a region 00LL; it must exist and be a region (type L) or the id would be wrong.
    const koladaId = `00${code}`;
    if (kolada.get(koladaId)?.type !== 'L') {
      fail(`counties_21.csv line ${line}: län '${code}' has no Kolada region '${koladaId}' in kolada_municipality_ids.csv`);
    }
    counties.add(code);
    rows.push({
      code,
      name_sv: required(row, 'county_name', 'counties_21.csv', line),
      name_en: `${short} County`,
      short_name: short,
      type: 'county',
      parent: RIKET_CODE,
      kolada_id: koladaId,
    });
  }
  if (counties.size !== 21) fail(`expected 21 län in counties_21.csv, found ${counties.size}`);

  const seen = new Set<string>();
  for (const [i, row] of readSourceCsv('municipalities_290.csv').entries()) {
    const line = i + 2;
    const code = required(row, 'municipality_code', 'municipalities_290.csv', line);
    const short = required(row, 'municipality_name_short', 'municipalities_290.csv', line);
    const county = required(row, 'county_code', 'municipalities_290.csv', line);
    if (!/^[0-9]{4}$/.test(code)) fail(`municipalities_290.csv line ${line}: code '${code}' is not 4 digits`);
    if (seen.has(code)) fail(`municipalities_290.csv line ${line}: code '${code}' appears twice`);
    if (!counties.has(county)) fail(`municipalities_290.csv line ${line}: county '${county}' is not in counties_21.csv`);
    if (!code.startsWith(county)) fail(`municipalities_290.csv line ${line}: code '${code}' does not lie in county '${county}'`);
    const k = kolada.get(code);
    if (!k) fail(`municipalities_290.csv line ${line}: kommun '${code}' (${short}) is not in kolada_municipality_ids.csv`);
    if (k.type !== 'K') fail(`kolada_municipality_ids.csv: '${code}' has type '${k.type}', expected K`);
    if (k.title !== short) fail(`kommun '${code}': name '${short}' in municipalities_290.csv but '${k.title}' in Kolada`);
    seen.add(code);
    rows.push({
      code,
      name_sv: required(row, 'municipality_name', 'municipalities_290.csv', line),
      name_en: `${short} Municipality`,
      short_name: short,
      type: 'municipality',
      parent: county,
      kolada_id: code,
    });
  }
  // The check runs both ways: a kommun Kolada lists that the CC0 list lacks is a mismatch too.
  const koladaKommuner = [...kolada].filter(([, v]) => v.type === 'K').map(([id]) => id);
  const missing = koladaKommuner.filter((id) => !seen.has(id));
  if (missing.length > 0) fail(`Kolada lists kommuner missing from municipalities_290.csv: ${missing.join(', ')}`);
  if (seen.size !== 290) fail(`expected 290 kommuner in municipalities_290.csv, found ${seen.size}`);
  return rows;
}

export const geographiesDescriptor: DescriptorInput = {
  name: 'geographies',
  title: 'Geografier: Riket, län och kommuner',
  title_en: 'Geographies: Sweden, counties and municipalities',
  description:
    'Sverige, de 21 länen och de 290 kommunerna med SCB:s koder (4 siffror för kommun, 2 för län, SE för riket), ' +
    'namn på svenska och engelska, överordnad geografi och Koladas id.',
  description_en:
    'Sweden, the 21 counties (län) and the 290 municipalities (kommuner) with their SCB codes (4 digits for a ' +
    'municipality, 2 for a county, SE for the country), names in Swedish and English, parent and Kolada id.',
  version: '1.0.0',
  updated: UPDATED,
  publisher: 'Måltal',
  licenses: [{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'CC0 1.0 Universal' }],
  licence_note: {
    sv:
      'Koder och namn på län och kommuner kommer från sjbrg/swedish-geodata, som är märkt CC0 1.0 (SCB:s koder). ' +
      'Koladas id (0000, 00LL, kommunkoden) är kontrollerade mot Koladas lista; Kolada får användas fritt med källan "Källa: Kolada". ' +
      'De engelska namnen och namnen för riket har Måltal satt samman.',
    en:
      'County and municipality codes and names come from sjbrg/swedish-geodata, marked CC0 1.0 (SCB codes). ' +
      "Kolada ids (0000, 00LL, the municipality code) are checked against Kolada's list; Kolada data may be used freely " +
      'citing "Källa: Kolada". The English names and the names for the country were composed by Måltal.',
  },
  attribution: { sv: 'Källa: SCB (koder), Kolada (id)', en: 'Source: Statistics Sweden (SCB) codes; Kolada ids' },
  sources: [
    {
      id: S8,
      title: 'Kommuner och län med SCB-koder (municipality_county.csv, counties.csv)',
      path:
        'https://github.com/sjbrg/swedish-geodata/blob/03b0a24be1f08f1b7127a1e1fc74fa5e81a6b1ba/data/municipality_county.csv ; ' +
        'https://github.com/sjbrg/swedish-geodata/blob/03b0a24be1f08f1b7127a1e1fc74fa5e81a6b1ba/data/counties.csv',
      publisher: 'SCB (Statistiska centralbyrån), via sjbrg/swedish-geodata (Dataman/Axelsson2000)',
      retrieved: UPDATED,
      licence: 'CC0 1.0 (LICENSE file in the repository)',
      attribution: 'Källa: SCB',
      note: 'Copied verbatim to municipalities_290.csv and counties_21.csv. Commit 2026-02-11.',
    },
    {
      id: S7,
      title: 'Koladas lista över kommuner och regioner (rKolada, objekt munic)',
      path: 'https://github.com/LCHansson/rKolada/blob/8afe11f93bc8d931f808befe90dd6dfd85db4593/R/sysdata.rda',
      publisher: 'Kolada (RKA), API v3 metadata',
      retrieved: UPDATED,
      licence:
        'Kolada terms (kolada.se/om-oss/api): free to use, no agreement needed, commercial use allowed; the source must be given as "Källa: Kolada".',
      attribution: 'Källa: Kolada',
      note: 'sysdata saved in commit d5293887 (2026-03-23); snapshot 2026-03. Used only to check codes and names and to set kolada_id.',
    },
  ],
  caveats: [
    {
      sv: 'Länskoderna går från 01 till 25 med luckor vid 02, 11, 15 och 16.',
      en: 'County codes run 01–25 with gaps at 02, 11, 15 and 16.',
    },
    {
      sv: 'Kommunindelningen är den i listorna från 2026 (290 kommuner); alla 290 koder och kortnamn stämmer med Koladas lista från mars 2026.',
      en: "The municipal division is that of the 2026 lists (290 municipalities); all 290 codes and short names match Kolada's March 2026 list.",
    },
    {
      sv: 'Engelska namn ("Haninge Municipality", "Stockholm County") är bildade av Måltal från kortnamnen, inte hämtade från en utgivare.',
      en: 'English names ("Haninge Municipality", "Stockholm County") are formed by Måltal from the short names, not taken from a publisher.',
    },
    {
      sv: 'Koladas id 00LL avser regionen (t.ex. Region Stockholm) i Kolada, som täcker samma område som länet.',
      en: "Kolada's id 00LL denotes the region (e.g. Region Stockholm) in Kolada, covering the same area as the county.",
    },
  ],
  example: false,
  built_by: 'scripts/sources/geographies.ts',
};

/** Writes datasets/geographies and returns its folder. */
export function buildGeographies(): string {
  const rows = geographyRows();
  const dir = writePackage(geographiesDescriptor, { geographies: rows });
  console.log(`geographies: ${rows.length} rows → ${dir}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildGeographies();
