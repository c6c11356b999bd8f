/**
 * The Klimatkollen indicators of the `climate` package: what Klimatkollen compiled per kommun from
 * Trafikanalys, Power Circle, Trafikverket and SEI (KK-C1…C6), and the ratios it computed itself
 * (KK-K1). Metadata and caveats follow PROVENANCE-more.md; values are copied as the source's
 * strings, only labels become codes and span periods their end year.
 */
import { readSourceCsv, type Row } from '../lib/package-writer.ts';
import type { DIRECTIONS, SDG_RELATIONS } from '../lib/package-format.ts';

export const KK_FILE = 'klimatkollen_climate_indicators_kommun.csv';

export interface BreakdownDef {
  /** The source's Swedish label, verbatim: it is both the match key and label_sv. */
  label_sv: string;
  code: string;
  label_en: string;
}

/** What the package says about one indicator, plus what its source rows must look like. */
export interface IndicatorMeta {
  id: string;
  title_sv: string;
  title_en: string;
  description_sv: string;
  description_en: string;
  unit_sv: string;
  unit_en: string;
  decimals: number;
  direction: (typeof DIRECTIONS)[number];
  topic: 'climate' | 'transport';
  sources: string[];
  /** Absent when the indicator has one value per kommun and period (breakdown 'total'). */
  dimension?: string;
  breakdowns: BreakdownDef[];
  release?: string;
  caveats_sv: string;
  caveats_en: string;
  sdg: [goal: number, target: string, relation: (typeof SDG_RELATIONS)[number]][];
  /** The `unit` and `derived_by` the source file gives, checked on every row. */
  sourceUnit?: string;
  derivedBy?: string;
}

export function fail(message: string): never {
  throw new Error(`climate: ${message}`);
}

export function column(row: Row, name: string, where: string): string {
  const value = row[name];
  if (value === undefined) fail(`${where}: no column '${name}'`);
  return value;
}

/** The 290 kommun codes of the CC0 list: a row for any other code (e.g. 'Okänd kommun') stops the build. */
export function kommunCodes(): Set<string> {
  return new Set(readSourceCsv('municipalities_290.csv').map((r) => r.municipality_code ?? ''));
}

/**
 * A source period as a Måltal period. Spans ('2015-2025', '2022/2023') become their end year and
 * the span goes into the note, because the contract has no span periods.
 */
export function toPeriod(raw: string, where: string): { period: string; note: string } {
  if (/^[12][0-9]{3}(-(0[1-9]|1[0-2]))?$/.test(raw)) return { period: raw, note: '' };
  const span = /^[12][0-9]{3}[-/]([12][0-9]{3})$/.exec(raw);
  if (!span?.[1]) fail(`${where}: period '${raw}' is neither a year, a month nor a span`);
  return {
    period: span[1],
    note: `Källans period: ${raw} (slutåret används som period) / Source period: ${raw} (end year used as period)`,
  };
}

const total = (label_sv: string, label_en: string): BreakdownDef => ({ label_sv, code: 'total', label_en });

const FUELS: BreakdownDef[] = [
  { label_sv: 'Bensin', code: 'petrol', label_en: 'Petrol' },
  { label_sv: 'Diesel', code: 'diesel', label_en: 'Diesel' },
  { label_sv: 'El', code: 'electric', label_en: 'Electric (BEV)' },
  { label_sv: 'Elhybrider', code: 'hybrid-electric', label_en: 'Hybrid electric (excl. mild hybrids from 2019)' },
  { label_sv: 'Laddhybrider', code: 'plug-in-hybrid', label_en: 'Plug-in hybrid (PHEV)' },
  { label_sv: 'Etanol', code: 'ethanol', label_en: 'Ethanol' },
  { label_sv: 'Gas', code: 'gas', label_en: 'Gas' },
  { label_sv: 'Övriga', code: 'other', label_en: 'Other' },
  total('Totalt', 'Total'),
];

// Caveats shared by every Trafikanalys-based indicator (PROVENANCE-more.md, file 4).
const TRAFA_SV =
  'Trafikanalys räknar bilar efter ägarens hemkommun. Omkring 9 800 bilar (2025) ligger i "Okänd kommun", mest skyddade identiteter, och ingår inte i någon kommun. Sammanställt av Klimatkollen.';
const TRAFA_EN =
  "Trafikanalys counts cars by the owner's municipality of residence. About 9,800 cars (2025) sit in 'Okänd kommun' (unknown municipality), mostly protected identities, and are in no kommun. Compiled by Klimatkollen.";
const POWER_SV =
  'Power Circle är en branschorganisation (databasen ELIS), inte officiell statistik; inga användarvillkor hittades. Kolumnernas betydelse är tolkad enbart från kolumnnamnen. Läget i december 2025.';
const POWER_EN =
  'Power Circle is an industry association (ELIS database), not official statistics; no terms of use were found. The meaning of each column is taken from the column names only. Status December 2025.';
// Klimatkollen's own ratios: the original publisher did not compute them and must not be named as their source.
const KK_SV = (noun: string, publisher: string, source = 'KK-K1'): string =>
  `Klimatkollen har beräknat ${noun} (${source}), inte ${publisher}; ange inte ${publisher} som källa till ${noun}.`;
const KK_EN = (noun: string, publisher: string, source = 'KK-K1'): string =>
  `Klimatkollen computed the ${noun} (${source}), not ${publisher}; do not name ${publisher} as the source of the ${noun}.`;
const SPAN_SV = (span: string): string =>
  `Källans period är spannet ${span}; perioden anges som slutåret och spannet står i varje värdes anteckning.`;
const SPAN_EN = (span: string): string =>
  `The source period is the span ${span}; the period is its end year and the span is in each value's note.`;

/** Metadata for each `indicator` value of klimatkollen_climate_indicators_kommun.csv, ids kept. */
export const KK_INDICATORS: IndicatorMeta[] = [
  {
    id: 'new_passenger_cars_rechargeable',
    title_sv: 'Nyregistrerade laddbara personbilar',
    title_en: 'Newly registered rechargeable passenger cars',
    description_sv: 'Antal nyregistrerade elbilar (BEV) och laddhybrider (PHEV) under året, efter ägarens hemkommun.',
    description_en:
      "Number of battery-electric (BEV) and plug-in hybrid (PHEV) passenger cars newly registered during the year, by the owner's municipality.",
    unit_sv: 'antal bilar',
    unit_en: 'cars',
    decimals: 0,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-C1'],
    sourceUnit: 'count',
    dimension: 'vehicle_type',
    breakdowns: [
      { label_sv: 'Elbilar (BEV)', code: 'bev', label_en: 'Battery-electric cars (BEV)' },
      { label_sv: 'Laddhybrider (PHEV)', code: 'phev', label_en: 'Plug-in hybrids (PHEV)' },
      total('Laddbara totalt (BEV+PHEV)', 'Rechargeable, total (BEV+PHEV)'),
    ],
    caveats_sv: TRAFA_SV,
    caveats_en: TRAFA_EN,
    sdg: [[13, '13.2', 'context']],
  },
  {
    id: 'new_passenger_cars_total',
    title_sv: 'Nyregistrerade personbilar, alla drivmedel',
    title_en: 'Newly registered passenger cars, all fuels',
    description_sv: 'Antal nyregistrerade personbilar under året, alla drivmedel (Alla drivmedel), efter ägarens hemkommun.',
    description_en: "Number of passenger cars newly registered during the year, all fuels, by the owner's municipality.",
    unit_sv: 'antal bilar',
    unit_en: 'cars',
    decimals: 0,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-C1'],
    sourceUnit: 'count',
    breakdowns: [total('Alla drivmedel', 'All fuels')],
    caveats_sv: TRAFA_SV,
    caveats_en: TRAFA_EN,
    sdg: [],
  },
  {
    id: 'new_passenger_cars_rechargeable_share',
    title_sv: 'Andel laddbara bilar av nyregistrerade personbilar',
    title_en: 'Share of rechargeable cars among newly registered passenger cars',
    description_sv: 'Laddbara (BEV+PHEV) / alla nya personbilar, som andel 0–1. Kvoten är beräknad av Klimatkollen.',
    description_en: 'Rechargeable (BEV+PHEV) / all new passenger cars, as a share 0–1. The ratio was computed by Klimatkollen.',
    unit_sv: 'andel (0–1)',
    unit_en: 'share (0–1)',
    decimals: 3,
    direction: 'increase',
    topic: 'transport',
    sources: ['KK-C1'],
    sourceUnit: 'share (0-1)',
    derivedBy: 'Klimatkollen',
    breakdowns: [total('Laddbara (BEV+PHEV) / alla nya personbilar', 'Rechargeable (BEV+PHEV) / all new passenger cars')],
    caveats_sv: `${KK_SV('kvoten', 'Trafikanalys', 'KK-C1')} Antalen bakom kvoten kommer från Trafikanalys. ${TRAFA_SV}`,
    caveats_en: `${KK_EN('ratio', 'Trafikanalys', 'KK-C1')} The counts behind it come from Trafikanalys. ${TRAFA_EN}`,
    sdg: [
      [13, '13.2', 'context'],
      [7, '7.2', 'context'],
    ],
  },
  {
    id: 'passenger_cars_in_use_by_fuel',
    title_sv: 'Personbilar i trafik efter drivmedel',
    title_en: 'Passenger cars in use by fuel',
    description_sv: 'Antal personbilar i trafik den 31 december, efter drivmedel (Trafikanalys, Fordon i län och kommuner).',
    description_en: 'Number of passenger cars in use on 31 December, by fuel (Trafikanalys, Fordon i län och kommuner).',
    unit_sv: 'antal bilar (31 dec)',
    unit_en: 'cars (31 Dec)',
    decimals: 0,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-C2', 'KK-C3'],
    sourceUnit: 'count (31 Dec)',
    dimension: 'fuel',
    breakdowns: FUELS,
    caveats_sv: `${TRAFA_SV} Åren 2017–2021 och 2025; 2022–2024 fanns inte i någon sparad fil. 2017 är den reviderade filen (2017_rev). Elhybrider omfattar inte mildhybrider från 2019 (fotnot).`,
    caveats_en: `${TRAFA_EN} Years 2017–2021 and 2025; 2022–2024 were not in any stored file. 2017 is the revised file (2017_rev). Elhybrider excludes mild hybrids from 2019 (footnote).`,
    sdg: [[13, '13.2', 'context']],
  },
  {
    id: 'new_passenger_cars_by_fuel',
    title_sv: 'Nyregistrerade personbilar efter drivmedel',
    title_en: 'Newly registered passenger cars by fuel',
    description_sv: 'Antal personbilar nyregistrerade under året, efter drivmedel (Trafikanalys, Fordon i län och kommuner 2025).',
    description_en: 'Number of passenger cars newly registered during the year, by fuel (Trafikanalys, Fordon i län och kommuner 2025).',
    unit_sv: 'antal bilar',
    unit_en: 'cars',
    decimals: 0,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-C3'],
    sourceUnit: 'count (registered during year)',
    dimension: 'fuel',
    breakdowns: FUELS,
    caveats_sv: `${TRAFA_SV} Endast 2025. Elhybrider omfattar inte mildhybrider.`,
    caveats_en: `${TRAFA_EN} 2025 only. Elhybrider excludes mild hybrids.`,
    sdg: [[13, '13.2', 'context']],
  },
  {
    id: 'passenger_cars_per_1000_inhabitants',
    title_sv: 'Personbilar i trafik per 1 000 invånare',
    title_en: 'Passenger cars in use per 1,000 inhabitants',
    description_sv: 'Personbilar i trafik per 1 000 invånare: alla (inklusive juridiska personers) och privatägda.',
    description_en: 'Passenger cars in use per 1,000 inhabitants: all (including those owned by legal persons) and privately owned.',
    unit_sv: 'bilar per 1 000 invånare',
    unit_en: 'cars per 1,000 inhabitants',
    decimals: 0,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-C3'],
    sourceUnit: 'cars per 1000 inhabitants',
    dimension: 'ownership',
    breakdowns: [
      total('Alla personbilar i trafik (inkl. juridiska personer)', 'All passenger cars in use (incl. legal persons)'),
      { label_sv: 'Privatägda personbilar', code: 'private', label_en: 'Privately owned passenger cars' },
    ],
    caveats_sv: `${TRAFA_SV} Endast 2025; kvoten är Trafikanalys egen (tabell i Fordon i län och kommuner 2025).`,
    caveats_en: `${TRAFA_EN} 2025 only; the ratio is Trafikanalys' own (a table in Fordon i län och kommuner 2025).`,
    sdg: [[11, '11.2', 'context']],
  },
  {
    id: 'charging_ev_fleet',
    title_sv: 'Laddbara fordon i trafik (Power Circle)',
    title_en: 'Rechargeable vehicles in use (Power Circle)',
    description_sv: 'Antal elbilar (BEV), laddhybrider (PHEV) och laddbara fordon totalt i trafik enligt Power Circles databas ELIS.',
    description_en:
      "Number of battery-electric cars (BEV), plug-in hybrids (PHEV) and all rechargeable vehicles in use, from Power Circle's ELIS database.",
    unit_sv: 'antal fordon',
    unit_en: 'vehicles',
    decimals: 0,
    direction: 'none',
    topic: 'transport',
    // A dimension of its own: Power Circle's labels differ from Trafikanalys' and are kept verbatim.
    sources: ['KK-C4'],
    sourceUnit: 'count',
    dimension: 'fleet_vehicle_type',
    breakdowns: [
      { label_sv: 'Laddhybrider (PHEV) i trafik', code: 'phev', label_en: 'Plug-in hybrids (PHEV) in use' },
      { label_sv: 'Elbilar (BEV) i trafik', code: 'bev', label_en: 'Battery-electric cars (BEV) in use' },
      total('Laddbara fordon totalt', 'Rechargeable vehicles, total'),
    ],
    caveats_sv: POWER_SV,
    caveats_en: POWER_EN,
    sdg: [[13, '13.2', 'context']],
  },
  {
    id: 'charging_ev_fleet_share',
    title_sv: 'Laddbara fordons andel av bilbeståndet',
    title_en: 'Rechargeable vehicles as a share of the car fleet',
    description_sv: 'Laddbara fordon, andel av bilbeståndet, enligt Power Circle (ELIS).',
    description_en: 'Rechargeable vehicles as a share of the car fleet, from Power Circle (ELIS).',
    unit_sv: 'procent',
    unit_en: 'per cent',
    decimals: 2,
    direction: 'increase',
    topic: 'transport',
    sources: ['KK-C4'],
    sourceUnit: 'percent',
    breakdowns: [total('Laddbara fordon, andel av bilbeståndet', 'Rechargeable vehicles, share of the car fleet')],
    caveats_sv: `${POWER_SV} Att kolumnen "Andel av bilbestånd" är procent är ett antagande utifrån namnet.`,
    caveats_en: `${POWER_EN} That the column "Andel av bilbestånd" is a percentage is assumed from its name.`,
    sdg: [
      [13, '13.2', 'context'],
      [7, '7.2', 'context'],
    ],
  },
  {
    id: 'public_charging',
    title_sv: 'Publik laddinfrastruktur',
    title_en: 'Public charging infrastructure',
    description_sv: 'Antal publika laddpunkter, laddstationer och DC-laddstationer (snabbladdning) enligt Power Circle (ELIS).',
    description_en: 'Number of public charge points, charging stations and DC (fast) charging stations, from Power Circle (ELIS).',
    unit_sv: 'antal',
    unit_en: 'count',
    decimals: 0,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-C4'],
    sourceUnit: 'count',
    dimension: 'charging_type',
    breakdowns: [
      { label_sv: 'Laddpunkter', code: 'charge-points', label_en: 'Charge points' },
      { label_sv: 'Laddstationer', code: 'charging-stations', label_en: 'Charging stations' },
      { label_sv: 'DC-laddstationer (snabbladdning)', code: 'dc-charging-stations', label_en: 'DC charging stations (fast charging)' },
    ],
    caveats_sv: `${POWER_SV} Kategorierna är olika saker som räknas (punkter, stationer), inte delar av en summa.`,
    caveats_en: `${POWER_EN} The categories count different things (points, stations) and are not parts of a sum.`,
    sdg: [[9, '9.1', 'context']],
  },
  {
    id: 'public_charging_per_ev',
    title_sv: 'Publika laddpunkter per laddbart fordon (CPEV)',
    title_en: 'Public charge points per rechargeable vehicle (CPEV)',
    description_sv: 'Laddpunkter per laddbart fordon (CPEV), som Power Circle redovisar det.',
    description_en: 'Charge points per rechargeable vehicle (CPEV), as published by Power Circle.',
    unit_sv: 'kvot',
    unit_en: 'ratio',
    decimals: 2,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-C4'],
    sourceUnit: 'ratio',
    breakdowns: [total('Laddpunkter per laddbart fordon (CPEV)', 'Charge points per rechargeable vehicle (CPEV)')],
    caveats_sv: `${POWER_SV} Power Circles egen kvot. Kolumner per invånare med odokumenterad enhet kopierades inte.`,
    caveats_en: `${POWER_EN} Power Circle's own ratio. Per-capita columns with an undocumented unit were not copied.`,
    sdg: [[9, '9.1', 'context']],
  },
  {
    id: 'cycle_network_length',
    title_sv: 'Cykelnätets längd efter väghållare',
    title_en: 'Length of the cycle network by road authority',
    description_sv: 'Meter cykelnät i kommunen efter väghållare (enskild, kommunal, statlig), ur Nationell vägdatabas (NVDB).',
    description_en:
      'Metres of cycle network in the kommun by road authority (private, municipal, state), from the national road database (NVDB).',
    unit_sv: 'meter',
    unit_en: 'metres',
    decimals: 0,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-C5'],
    sourceUnit: 'metres',
    dimension: 'road_authority',
    breakdowns: [
      { label_sv: 'Väghållare: Enskild', code: 'private', label_en: 'Road authority: private' },
      { label_sv: 'Väghållare: Kommunal', code: 'municipal', label_en: 'Road authority: municipal' },
      { label_sv: 'Väghållare: Statlig', code: 'state', label_en: 'Road authority: state' },
    ],
    caveats_sv:
      'Celler som visas som "-" i källan är utelämnade (ingen rad), därför 791–812 rader per år i stället för 870; Klimatkollen räknar "-" som 0. Vilka typer av cykelnät som ingår (cykelväg, cykelfält …) är inte dokumenterat i filen. Filen anger ingen utgivare; Trafikverket (NVDB) anges enligt Klimatkollens text "Källor och metod". Metervärdena är avrundade till 0,001 m. Ingen summa över väghållare är beräknad.',
    caveats_en:
      'Cells shown as "-" in the source were omitted (no row), so 791–812 rows a year instead of 870; Klimatkollen treats "-" as 0. Which network types are included (cykelväg, cykelfält …) is not documented in the file. The file names no publisher; Trafikverket (NVDB) is named after Klimatkollen\'s "Källor och metod" text. Metres are rounded to 0.001 m. No sum over road authorities was computed.',
    sdg: [[11, '11.2', 'context']],
  },
  {
    id: 'consumption_emissions_per_capita_households',
    title_sv: 'Konsumtionsbaserade utsläpp per invånare, hushåll (SEI)',
    title_en: 'Consumption-based emissions per person, households (SEI)',
    description_sv:
      'Växthusgasutsläpp från hushållens konsumtion per invånare, modellerade av Stockholm Environment Institute (Konsumtionskompassen).',
    description_en:
      'Greenhouse-gas emissions from household consumption per person, modelled by the Stockholm Environment Institute (Konsumtionskompassen).',
    unit_sv: 'kg CO2e per person',
    unit_en: 'kg CO2e per person',
    decimals: 0,
    direction: 'decrease',
    topic: 'climate',
    sources: ['KK-C6'],
    sourceUnit: 'kg CO2e per person',
    breakdowns: [total('Hushållens konsumtion, totalt', 'Household consumption, total')],
    caveats_sv:
      'En modellskattning av hushållens konsumtionsbaserade utsläpp, publicerad av SEI/Klimatkollen; inte officiell statistik. Inga användarvillkor från SEI hittades. Endast 2023.',
    caveats_en:
      'A model estimate of household consumption-based emissions, published by SEI/Klimatkollen; not official statistics. No terms of use from SEI were found. 2023 only.',
    sdg: [
      [12, '12.2', 'context'],
      [13, '13.2', 'context'],
    ],
  },
  {
    id: 'kk_bicycle_metre_per_capita',
    title_sv: 'Meter cykelnät per invånare (Klimatkollen)',
    title_en: 'Metres of cycle network per inhabitant (Klimatkollen)',
    description_sv: 'Cykelnät (alla väghållare) / folkmängd 2025-12, beräknat av Klimatkollen ur Trafikverkets NVDB och SCB:s folkmängd.',
    description_en:
      "Cycle network (all road authorities) / population 2025-12, computed by Klimatkollen from Trafikverket's NVDB and SCB's population.",
    unit_sv: 'meter per invånare',
    unit_en: 'metres per inhabitant',
    decimals: 1,
    direction: 'increase',
    topic: 'transport',
    sources: ['KK-K1'],
    sourceUnit: 'metres per inhabitant',
    derivedBy: 'Klimatkollen',
    breakdowns: [total('Cykelnät (alla väghållare) / folkmängd 2025-12', 'Cycle network (all road authorities) / population 2025-12')],
    caveats_sv: `${KK_SV('kvoten', 'Trafikverket eller SCB')} Klimatkollen räknar celler som visas som "-" som 0 meter.`,
    caveats_en: `${KK_EN('ratio', 'Trafikverket or SCB')} Klimatkollen counts cells shown as "-" as 0 metres.`,
    sdg: [[11, '11.2', 'context']],
  },
  {
    id: 'kk_consumption_emissions_per_capita',
    title_sv: 'Konsumtionsbaserade utsläpp per invånare (Klimatkollen)',
    title_en: 'Consumption-based emissions per person (Klimatkollen)',
    description_sv: 'SEI:s värde för hushållens konsumtion, delat med 1 000 av Klimatkollen och redovisat i ton CO2e per person.',
    description_en: "SEI's household-consumption value, divided by 1,000 by Klimatkollen and given in tonnes CO2e per person.",
    unit_sv: 'ton CO2e per person',
    unit_en: 'tonnes CO2e per person',
    decimals: 2,
    direction: 'decrease',
    topic: 'climate',
    sources: ['KK-K1'],
    sourceUnit: 't CO2e per person',
    derivedBy: 'Klimatkollen',
    breakdowns: [total('Hushållens konsumtion', 'Household consumption')],
    caveats_sv: `${KK_SV('omräkningen till ton', 'SEI')} Samma modellskattning som consumption_emissions_per_capita_households; inte officiell statistik.`,
    caveats_en: `${KK_EN('conversion to tonnes', 'SEI')} The same model estimate as consumption_emissions_per_capita_households; not official statistics.`,
    sdg: [
      [12, '12.2', 'context'],
      [13, '13.2', 'context'],
    ],
  },
  {
    id: 'kk_electric_car_change_percent',
    title_sv: 'Förändringstakt i andelen nya laddbara bilar (Klimatkollen)',
    title_en: 'Rate of change in the share of new rechargeable cars (Klimatkollen)',
    description_sv: 'Lutningen i en linjär regression av procentandelen nyregistrerade laddbara bilar 2015–2025, beräknad av Klimatkollen.',
    description_en:
      'The slope of a linear regression of the percentage share of newly registered rechargeable cars, 2015–2025, computed by Klimatkollen.',
    unit_sv: 'procentenheter per år',
    unit_en: 'percentage points per year',
    decimals: 1,
    direction: 'increase',
    topic: 'transport',
    sources: ['KK-K1'],
    sourceUnit: 'percentage points per year',
    derivedBy: 'Klimatkollen',
    breakdowns: [
      total(
        'Linjär trend (lutning) i andel nyregistrerade laddbara bilar',
        'Linear trend (slope) in the share of newly registered rechargeable cars',
      ),
    ],
    caveats_sv: `${KK_SV('trenden', 'Trafikanalys')} ${SPAN_SV('2015-2025')}`,
    caveats_en: `${KK_EN('trend', 'Trafikanalys')} ${SPAN_EN('2015-2025')}`,
    sdg: [[13, '13.2', 'context']],
  },
  {
    id: 'kk_electric_vehicles_per_charge_point',
    title_sv: 'Laddbara fordon per publik laddpunkt (Klimatkollen)',
    title_en: 'Rechargeable vehicles per public charge point (Klimatkollen)',
    description_sv: 'Laddbara fordon per publik laddpunkt, beräknat av Klimatkollen ur Power Circles data.',
    description_en: "Rechargeable vehicles per public charge point, computed by Klimatkollen from Power Circle's data.",
    unit_sv: 'fordon per laddpunkt',
    unit_en: 'vehicles per charge point',
    decimals: 1,
    direction: 'none',
    topic: 'transport',
    sources: ['KK-K1'],
    sourceUnit: 'EVs per charge point',
    derivedBy: 'Klimatkollen',
    breakdowns: [total('Laddbara fordon per publik laddpunkt', 'Rechargeable vehicles per public charge point')],
    caveats_sv: `${KK_SV('kvoten', 'Power Circle')} 289 kommuner: Bjurholm (2403) saknar värde i källan; den har 0 publika laddpunkter.`,
    caveats_en: `${KK_EN('ratio', 'Power Circle')} 289 kommuner: Bjurholm (2403) has no value in the source; it has 0 public charge points.`,
    sdg: [[9, '9.1', 'context']],
  },
  {
    id: 'kk_procurement_climate_requirements_score',
    title_sv: 'Klimatkrav i upphandling (Klimatkollen, poäng 0–2)',
    title_en: 'Climate requirements in procurement (Klimatkollen, score 0–2)',
    description_sv:
      '2 = Greenpeaces kartläggning fann en länk till klimatkrav i upphandling; 1 = kommunen svarade ja i Upphandlingsmyndighetens enkät NUE2022 (binärt utfall); 0 = inget av dem.',
    description_en:
      "2 = Greenpeace's survey found a link to climate requirements in procurement; 1 = the kommun answered yes in Upphandlingsmyndigheten's NUE2022 survey (binary outcome); 0 = neither.",
    unit_sv: 'poäng (0–2)',
    unit_en: 'score (0–2)',
    decimals: 0,
    direction: 'increase',
    topic: 'climate',
    sources: ['KK-K1'],
    sourceUnit: 'score 0-2',
    derivedBy: 'Klimatkollen',
    breakdowns: [total('Klimatkrav i upphandling (0/1/2)', 'Climate requirements in procurement (0/1/2)')],
    caveats_sv: `${KK_SV('poängen', 'Upphandlingsmyndigheten eller Greenpeace')} ${SPAN_SV('2022/2023')}`,
    caveats_en: `${KK_EN('score', 'Upphandlingsmyndigheten or Greenpeace')} ${SPAN_EN('2022/2023')}`,
    sdg: [[12, '12.7', 'proxy']],
  },
  {
    id: 'kk_historical_emission_change_percent',
    title_sv: 'Årlig förändring av territoriella utsläpp 2015–2024 (Klimatkollen)',
    title_en: 'Annual change in territorial emissions 2015–2024 (Klimatkollen)',
    description_sv:
      'Klimatkollens genomsnittliga årliga förändringstakt (CAGR) för SMHI:s territoriella växthusgasutsläpp från 2015 till 2024.',
    description_en: "Klimatkollen's compound annual growth rate (CAGR) of SMHI's territorial greenhouse-gas emissions from 2015 to 2024.",
    unit_sv: 'procent per år',
    unit_en: 'per cent per year',
    decimals: 1,
    direction: 'decrease',
    topic: 'climate',
    sources: ['KK-K1'],
    sourceUnit: 'percent per year',
    derivedBy: 'Klimatkollen',
    breakdowns: [total('CAGR of SMHI territorial emissions 2015→2024', 'CAGR of SMHI territorial emissions 2015→2024')],
    caveats_sv: `${KK_SV('förändringstakten', 'SMHI')} ${SPAN_SV('2015-2024')} Klimatkollens modellerade värden (trendlinjer, framskrivna utsläpp) ingår inte.`,
    caveats_en: `${KK_EN('rate', 'SMHI')} ${SPAN_EN('2015-2024')} Klimatkollen's modelled values (trend lines, projected emissions) are not included.`,
    sdg: [[13, '13.2', 'proxy']],
  },
];

/** klimatkollen_climate_indicators_kommun.csv: one observation per source row, or the build stops naming the row. */
export function klimatkollenObservations(kommuner: Set<string>): Row[] {
  const byId = new Map(KK_INDICATORS.map((ind) => [ind.id, ind]));
  const out: Row[] = [];
  for (const [i, row] of readSourceCsv(KK_FILE).entries()) {
    const where = `${KK_FILE} line ${i + 2}`;
    const id = column(row, 'indicator', where);
    const ind = byId.get(id) ?? fail(`${where}: indicator '${id}' has no metadata in KK_INDICATORS`);
    // Unit and derived_by are checked so that a change in the source cannot slip in under the wrong label.
    const unit = column(row, 'unit', where);
    if (unit !== ind.sourceUnit) fail(`${where}: unit '${unit}' where ${id} expects '${ind.sourceUnit}'`);
    const derived = column(row, 'derived_by', where);
    if (derived !== (ind.derivedBy ?? '')) fail(`${where}: derived_by '${derived}' is not as declared for ${id}`);
    const source = column(row, 'source_id', where);
    if (!ind.sources.includes(source)) fail(`${where}: source '${source}' is not declared for ${id}`);
    const geo = column(row, 'municipality_code', where);
    if (!kommuner.has(geo)) fail(`${where}: '${geo}' is not one of the 290 kommuner`);
    const label = column(row, 'breakdown', where);
    const breakdown = ind.breakdowns.find((b) => b.label_sv === label)?.code;
    if (!breakdown) fail(`${where}: breakdown '${label}' is not declared for ${id}`);
    const value = column(row, 'value', where);
    if (!/^-?[0-9]+(\.[0-9]+)?$/.test(value)) fail(`${where}: value '${value}' is not a plain decimal number`);
    const { period, note } = toPeriod(column(row, 'period', where), where);
    out.push({ indicator: id, geo, period, gender: 'T', breakdown, value, status: 'final', note, sources: source });
  }
  return out;
}
