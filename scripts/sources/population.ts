/**
 * Builds the `population` package from scb_population_kommun.csv: population per kommun 1950–2025
 * and the 2023–2024 calendar-year flows (births, deaths, migration, change), by sex where SCB gives
 * it. Values are copied as the source's strings; no län or Riket totals are summed, because SCB
 * notes that the kommun figures do not add up exactly to the national total.
 */
import { fileURLToPath } from 'node:url';
import { TOTAL_BREAKDOWN } from '../lib/package-format.ts';
import { readSourceCsv, writePackage, type DescriptorInput, type Row } from '../lib/package-writer.ts';

const UPDATED = '2026-11-22';
const FILE = 'scb_population_kommun.csv';

function fail(message: string): never {
  throw new Error(`population: ${message}`);
}

const GENDER: Record<string, string> = { Totalt: 'T', Kvinnor: 'K', Män: 'M' };

/** Values from SCB's monthly table (Cell Key Method noise) carry a note; only POP-4 is such a table. */
const MONTHLY_SOURCE = 'POP-4';
const MONTHLY_NOTE =
  'Folkmängd 2025M12 ur SCB:s månadstabell 000007SF; från 2025 lägger SCB till ett litet slumpbrus (Cell Key Method), ' +
  'så värdet kan avvika något från den officiella folkmängden 31 december 2025. / Population 2025M12 from SCB monthly table ' +
  '000007SF; from 2025 SCB adds small random noise (Cell Key Method), so the value may differ slightly from the official ' +
  'population on 31 December 2025.';

const DIVISION_CAVEAT = {
  sv:
    'Åren 1950–2022 är räknade bakåt efter kommunindelningen 1 januari 2023. För år innan en kommun fanns (t.ex. Knivsta före 2003, ' +
    'Nykvarn före 1999) är värdena SCB:s rekonstruktioner; vilka värden det gäller framgår inte av källfilen. Summan av kommunerna ' +
    'stämmer inte exakt med rikets folkmängd, särskilt 1950–1972. 2025 kommer från SCB:s månadstabell med Cell Key Method-brus och ' +
    'kan avvika något från den officiella folkmängden 31 december 2025; kontrollera brottet mellan 2024 och 2025.',
  en:
    'Years 1950–2022 are back-calculated to the municipal division of 1 January 2023. For years before a municipality existed ' +
    "(e.g. Knivsta before 2003, Nykvarn before 1999) the values are SCB's reconstructions; which values these are cannot be told " +
    'from the source file. The municipalities do not sum exactly to the national total, especially 1950–1972. 2025 comes from ' +
    "SCB's monthly table with Cell Key Method noise and may differ slightly from the official population on 31 December 2025; " +
    'check the break between 2024 and 2025.',
};

const FLOW_CAVEAT = {
  sv:
    'Kalenderårets förändringar redovisas efter kommunindelningen vid årets början (2024: 1 januari 2024), folkmängden vid årets ' +
    'slut efter indelningen 1 januari året efter. Uppdelning på kön finns bara för 2024.',
  en:
    'Calendar-year changes are given by the municipal division at the start of the year (2024: 1 January 2024), the population at ' +
    'the end of the year by the division of 1 January of the next year. A breakdown by sex exists for 2024 only.',
};

interface IndicatorText {
  id: string;
  title_sv: string;
  title_en: string;
  description_sv: string;
  description_en: string;
  sources: string;
  caveats_sv: string;
  caveats_en: string;
}

const INDICATORS: IndicatorText[] = [
  {
    id: 'population',
    title_sv: 'Folkmängd',
    title_en: 'Population',
    description_sv: 'Antal folkbokförda invånare i kommunen den 31 december (2025: december enligt SCB:s månadsstatistik).',
    description_en: 'Number of registered inhabitants of the municipality on 31 December (2025: December from SCB monthly statistics).',
    sources: 'POP-1;POP-2;POP-3;POP-4',
    caveats_sv: `${DIVISION_CAVEAT.sv} Uppdelning på kön finns bara för 2024.`,
    caveats_en: `${DIVISION_CAVEAT.en} A breakdown by sex exists for 2024 only.`,
  },
  {
    id: 'population_change',
    title_sv: 'Folkökning',
    title_en: 'Population change',
    description_sv:
      'Förändring av folkmängden under kalenderåret (negativt värde är en minskning). Enligt SCB omfattar den, utöver födda, döda och flyttningar, en justeringspost för händelser som rapporterats under året men inträffat tidigare.',
    description_en:
      'Change in population during the calendar year (a negative value is a decrease). According to SCB it includes, besides births, deaths and migration, an adjustment for events reported during the year that happened earlier.',
    sources: 'POP-2;POP-3',
    caveats_sv: FLOW_CAVEAT.sv,
    caveats_en: FLOW_CAVEAT.en,
  },
  {
    id: 'live_births',
    title_sv: 'Levande födda',
    title_en: 'Live births',
    description_sv: 'Antal levande födda barn i kommunen under kalenderåret. Uppdelat på kön avser kön barnets kön (pojkar, flickor).',
    description_en:
      "Number of live-born children in the municipality during the calendar year. By sex, the sex is the child's (boys, girls).",
    sources: 'POP-2;POP-3',
    caveats_sv: `${FLOW_CAVEAT.sv} Kvinnor/män för levande födda betyder födda flickor/pojkar, inte mödrar/fäder.`,
    caveats_en: `${FLOW_CAVEAT.en} Women/men for live births means girls/boys born, not mothers/fathers.`,
  },
  {
    id: 'deaths',
    title_sv: 'Döda',
    title_en: 'Deaths',
    description_sv: 'Antal döda bland kommunens invånare under kalenderåret.',
    description_en: "Number of deaths among the municipality's inhabitants during the calendar year.",
    sources: 'POP-2;POP-3',
    caveats_sv: FLOW_CAVEAT.sv,
    caveats_en: FLOW_CAVEAT.en,
  },
  {
    id: 'in_migration_total',
    title_sv: 'Inflyttade totalt',
    title_en: 'In-migration, total',
    description_sv:
      'Antal personer som flyttat in till kommunen under kalenderåret, totalt (från det egna länet, övriga Sverige och utlandet).',
    description_en:
      'Number of people who moved into the municipality during the calendar year, total (from the own county, the rest of Sweden and abroad).',
    sources: 'POP-2;POP-3',
    caveats_sv: FLOW_CAVEAT.sv,
    caveats_en: FLOW_CAVEAT.en,
  },
  {
    id: 'out_migration_total',
    title_sv: 'Utflyttade totalt',
    title_en: 'Out-migration, total',
    description_sv:
      'Antal personer som flyttat ut från kommunen under kalenderåret, totalt (till det egna länet, övriga Sverige och utlandet).',
    description_en:
      'Number of people who moved out of the municipality during the calendar year, total (to the own county, the rest of Sweden and abroad).',
    sources: 'POP-2;POP-3',
    caveats_sv: FLOW_CAVEAT.sv,
    caveats_en: FLOW_CAVEAT.en,
  },
  {
    id: 'net_migration_total',
    title_sv: 'Flyttningsnetto totalt',
    title_en: 'Net migration, total',
    description_sv: 'Inflyttade minus utflyttade under kalenderåret, som SCB redovisar det (negativt värde är ett flyttningsunderskott).',
    description_en: 'In-migration minus out-migration during the calendar year, as published by SCB (a negative value is a net outflow).',
    sources: 'POP-2;POP-3',
    caveats_sv: FLOW_CAVEAT.sv,
    caveats_en: FLOW_CAVEAT.en,
  },
];

export function indicatorRows(): Row[] {
  return INDICATORS.map((t) => ({
    ...t,
    unit_sv: 'personer',
    unit_en: 'persons',
    decimals: '0',
    direction: 'none',
    topic: 'population',
    status: 'active',
    successors: '',
    breakdown_dimension: '',
    release: '',
  }));
}

/** One observation per source row; a row that cannot be mapped stops the build with its line. */
export function observationRows(geoCodes: Set<string>): Row[] {
  const known = new Set(INDICATORS.map((i) => i.id));
  const sourceIds = new Set(['POP-1', 'POP-2', 'POP-3', 'POP-4']);
  const keys = new Set<string>();
  return readSourceCsv(FILE).map((r, i) => {
    const at = `${FILE} line ${i + 2}`;
    const indicator = r.indicator ?? '';
    const geo = r.municipality_code ?? '';
    const period = r.period ?? '';
    const gender = GENDER[r.breakdown ?? ''];
    const value = r.value ?? '';
    const source = r.source_id ?? '';
    if (!known.has(indicator)) fail(`${at}: unknown indicator '${indicator}'`);
    if (!geoCodes.has(geo)) fail(`${at}: municipality_code '${geo}' is not one of the 290 kommuner`);
    if (!/^[12][0-9]{3}$/.test(period)) fail(`${at}: period '${period}' is not a year`);
    if (!gender) fail(`${at}: breakdown '${r.breakdown}' is not Totalt, Kvinnor or Män`);
    // Checked, never parsed: the value is written exactly as the source has it.
    if (!/^-?[0-9]+$/.test(value)) fail(`${at}: value '${value}' is not a whole number of persons`);
    if (r.unit !== 'persons') fail(`${at}: unit '${r.unit}', expected persons`);
    if (!sourceIds.has(source)) fail(`${at}: source_id '${source}' is not POP-1..POP-4`);
    const key = [indicator, geo, period, gender].join('|');
    if (keys.has(key)) fail(`${at}: a second value for ${key}`);
    keys.add(key);
    return {
      indicator,
      geo,
      period,
      gender,
      breakdown: TOTAL_BREAKDOWN,
      value,
      status: 'final',
      note: source === MONTHLY_SOURCE ? MONTHLY_NOTE : '',
      sources: source,
    };
  });
}

const SCB_LICENCE =
  'No SCB licence page was checked; SCB tables are official statistics, cite "Källa: SCB". The Klimatbyrån repository it was ' +
  'copied from states no data licence (klimatkollen: MIT for the software; municipality-data-pipeline and territorial-data-pipeline: no LICENSE file).';

function popSource(id: string, title: string, path: string, note: string) {
  return {
    id,
    title,
    path,
    publisher: 'SCB (Statistiska centralbyrån)',
    retrieved: UPDATED,
    licence: SCB_LICENCE,
    attribution: 'Källa: SCB',
    note,
  };
}

export const populationDescriptor: DescriptorInput = {
  name: 'population',
  title: 'Befolkning per kommun',
  title_en: 'Population by municipality',
  description:
    'Folkmängd i Sveriges 290 kommuner 1950–2025 (efter kön 2024) och befolkningsförändringar 2023–2024: folkökning, ' +
    'levande födda, döda, inflyttade, utflyttade och flyttningsnetto (efter kön 2024). Från SCB.',
  description_en:
    'Population of the 290 Swedish municipalities 1950–2025 (by sex 2024) and population changes 2023–2024: population ' +
    'change, live births, deaths, in-migration, out-migration and net migration (by sex 2024). From Statistics Sweden (SCB).',
  version: '1.0.0',
  updated: UPDATED,
  publisher: 'Måltal',
  licence_note: {
    sv:
      'Ingen licens har kunnat kontrolleras: SCB:s licenssida har inte lästs, och Klimatbyråns arkiv som filerna kopierats ' +
      'från anger ingen datalicens. SCB:s tabeller är officiell statistik; ange "Källa: SCB". Kontrollera SCB:s villkor före publicering.',
    en:
      "No licence could be checked: SCB's licence page was not read, and the Klimatbyrån repositories the files were copied " +
      'from state no data licence. SCB\'s tables are official statistics; cite "Källa: SCB". Confirm SCB\'s terms before release.',
  },
  attribution: { sv: 'Källa: SCB', en: 'Source: Statistics Sweden (SCB)' },
  sources: [
    popSource(
      'POP-1',
      'Folkmängden i Sveriges kommuner 1950–2022 (enligt kommunindelningen 1 januari 2023)',
      'https://github.com/Klimatbyran/klimatkollen/blob/6a0b2d51f4e66af541c493414077ea599774837b/data/solutions/cars/sources/population_scb.xlsx',
      "Sheet 'Tabell'. Added in 6a0b2d51 (2023-10-17), removed in 89cfe96 (2023-11-16); blob 6f3d6466. Population 1950–2022.",
    ),
    popSource(
      'POP-2',
      'BE0101: Folkmängd i riket, län och kommuner 31 december och befolkningsförändringar 1 januari – 31 december 2023',
      'https://github.com/Klimatbyran/municipality-data-pipeline/blob/af3346d2c114dc2a262593dc254a852bc0b71eca/kpis/bicycles/sources/be0101_tabhel2023.xlsx',
      "Sheet 'Totalt' only. File 514bdf44 (2025-08-15); blob 5538fe62. Population and changes 2023.",
    ),
    popSource(
      'POP-3',
      'BE0101: Folkmängd i riket, län och kommuner 31 december och befolkningsförändringar 1 januari – 31 december 2024',
      'https://github.com/Klimatbyran/municipality-data-pipeline/blob/af3346d2c114dc2a262593dc254a852bc0b71eca/kpis/bicycles/sources/be0101_tabhel2024.xlsx',
      "Sheets 'Totalt', 'Män', 'Kvinnor'; blob ed89b050. Population by the division of 2025-01-01, changes by the division of 2024-01-01.",
    ),
    popSource(
      'POP-4',
      'Statistikdatabasen 000007SF: Folkmängden per månad efter region, ålder, kön och månad (2025M12)',
      'https://github.com/Klimatbyran/territorial-data-pipeline/blob/bf20c580380961c3b1b246681992e2d9d2b26f11/kpis/bicycles/sources/000007SF_20260416-131411.xlsx',
      'File 71fc507 (2026-04-16); table last updated 2026-04-10. Value 2025M12, with Cell Key Method noise.',
    ),
  ],
  caveats: [
    DIVISION_CAVEAT,
    FLOW_CAVEAT,
    {
      sv: 'Folkmängd per kön för 2020–2022 har inte hittats. Inga läns- eller riksvärden ingår; de har inte räknats fram ur kommunerna.',
      en: 'Population by sex for 2020–2022 was not found. No county or national values are included; they were not summed from the municipalities.',
    },
  ],
  example: false,
  built_by: 'scripts/sources/population.ts',
};

/** Writes datasets/population and returns its folder. */
export function buildPopulation(): string {
  const geoCodes = new Set(readSourceCsv('municipalities_290.csv').map((r) => r.municipality_code ?? ''));
  const indicators = indicatorRows();
  const observations = observationRows(geoCodes);
  const dir = writePackage(populationDescriptor, { indicators, observations });
  console.log(`population: ${indicators.length} indicators, ${observations.length} observations → ${dir}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildPopulation();
