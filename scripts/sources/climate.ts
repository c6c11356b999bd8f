/**
 * Builds the `climate` package: SMHI's territorial greenhouse-gas emissions per kommun, län and
 * Riket (current and previous release, kept as separate indicators because every release revises
 * the whole series), Klimatkollen's compiled transport, charging and consumption indicators
 * (climate-klimatkollen.ts), and its list of municipal climate plans. Every value is the source's
 * own string; nothing is summed, divided or filled in (Riket has no total because the source has none).
 */
import { fileURLToPath } from 'node:url';
import { readSourceCsv, writePackage, type DescriptorInput, type Row } from '../lib/package-writer.ts';
import { RESOURCE_SCHEMAS, TOTAL_BREAKDOWN, type PackageSource } from '../lib/package-format.ts';
import {
  KK_INDICATORS,
  column,
  fail,
  klimatkollenObservations,
  kommunCodes,
  type BreakdownDef,
  type IndicatorMeta,
} from './climate-klimatkollen.ts';

const UPDATED = '2026-11-22';
const RETRIEVED = '2026-11-22';
const KOMMUN_FILE = 'smhi_ghg_emissions_kommun_by_sector.csv';
const LAN_FILE = 'smhi_ghg_emissions_lan_riket_by_sector.csv';
const PREV_FILE = 'smhi_ghg_emissions_kommun_by_sector_prev_release.csv';
const PLANS_FILE = 'klimatkollen_climate_plans_political_rule_kommun.csv';
/** The plan list is Klimatkollen's data as of 2026 (KK-K1, commit of 2026-06-18). */
const PLAN_SNAPSHOT_YEAR = '2026';

const SECTORS: BreakdownDef[] = [
  { label_sv: 'Alla sektorer (totalt)', code: TOTAL_BREAKDOWN, label_en: 'All sectors (total)' },
  { label_sv: 'Arbetsmaskiner', code: 'work-machinery', label_en: 'Work machinery' },
  { label_sv: 'Avfall (inkl.avlopp)', code: 'waste', label_en: 'Waste (incl. sewage)' },
  { label_sv: 'Egen uppvärmning av bostäder och lokaler', code: 'own-heating', label_en: 'Own heating of dwellings and premises' },
  { label_sv: 'El och fjärrvärme', code: 'electricity-district-heating', label_en: 'Electricity and district heating' },
  { label_sv: 'Industri (energi + processer)', code: 'industry', label_en: 'Industry (energy and processes)' },
  { label_sv: 'Jordbruk', code: 'agriculture', label_en: 'Agriculture' },
  { label_sv: 'Produktanvändning (inkl. lösningsmedel)', code: 'product-use', label_en: 'Product use (incl. solvents)' },
  { label_sv: 'Transporter', code: 'transport', label_en: 'Domestic transport' },
  { label_sv: 'Utrikes transporter', code: 'international-transport', label_en: 'International transport' },
];

const GHG_SV =
  'Territoriella utsläpp: konsumtionsutsläpp, biogen koldioxid och markanvändning (LULUCF) ingår inte. Värdena är nationella totaler som fördelats geografiskt, så en enskild stor anläggning (raffinaderi, stålverk, cementfabrik, kraftvärmeverk) kan dominera en liten kommun, och stora hopp mellan år i El och fjärrvärme eller Industri beror oftast på verkliga anläggningseffekter eller metodbyten. Den geografiska fördelningen ökar osäkerheten, mer ju finare nivån är. Klimatkollen har avrundat SMHI:s värden: totaler till 3 och sektorer till 2 decimaler (ton). 0 betyder 0 i källan, inte saknat värde. Utrikes transporter är 0 eller litet för de flesta kommuner. Varje SMHI-utgåva räknar om hela serien: blanda aldrig den aktuella och den föregående utgåvan i samma linje.';
const GHG_EN =
  'Territorial emissions: consumption emissions, biogenic CO2 and land use (LULUCF) are excluded. The values are national totals distributed geographically, so a large single plant (refinery, steel, cement, CHP) can dominate a small kommun, and big year-to-year jumps in El och fjärrvärme or Industri are usually real plant effects or method changes. The geographic distribution adds uncertainty, the more so the finer the level. Klimatkollen rounded the SMHI values: totals to 3 and sectors to 2 decimals (tonnes). 0 means 0 in the source, not missing. International transport is 0 or small for most kommuner. Each SMHI release revises the whole series: never mix the current and the previous release in one chart line.';

const GHG_COMMON = {
  unit_sv: 'ton CO2e',
  unit_en: 'tonnes CO2e',
  decimals: 0,
  direction: 'decrease',
  topic: 'climate',
  dimension: 'sector',
  breakdowns: SECTORS,
  sourceUnit: 't CO2e',
  sdg: [
    [13, '13.2', 'proxy'],
    [11, '11.6', 'context'],
  ],
} satisfies Partial<IndicatorMeta>;

const GHG_CURRENT: IndicatorMeta = {
  ...GHG_COMMON,
  id: 'ghg_emissions_territorial',
  title_sv: 'Territoriella utsläpp av växthusgaser',
  title_en: 'Territorial greenhouse-gas emissions',
  description_sv:
    'Utsläpp av växthusgaser inom kommunens, länets eller landets gränser per år, totalt och i SMHI:s nio huvudsektorer, enligt SMHI:s Nationella emissionsdatabas (aktuell utgåva).',
  description_en:
    "Greenhouse-gas emissions within the kommun, län or country per year, total and in SMHI's nine main sectors, from SMHI's national emissions database (current release).",
  sources: ['KK-E1'],
  release: 'SMHI NED 2026 (1990–2024)',
  caveats_sv: `${GHG_SV} Utgåvan har åren 1990, 2000, 2005, 2010, 2015 och 2020–2024; 2016–2019 saknas (finns bara i ghg_emissions_territorial_prev_release, som inte får blandas med denna). Riket har bara sektorer, ingen total: den nationella totalen finns inte i källan och har inte räknats fram. Sektorerna summerar till totalen inom 1 ton.`,
  caveats_en: `${GHG_EN} The release has 1990, 2000, 2005, 2010, 2015 and 2020–2024; 2016–2019 are missing (only in ghg_emissions_territorial_prev_release, which must not be mixed with this one). Riket has sectors only, no total: the national total is not in the source and was not computed. The sectors sum to the total within 1 tonne.`,
};

const GHG_PREV: IndicatorMeta = {
  ...GHG_COMMON,
  id: 'ghg_emissions_territorial_prev_release',
  title_sv: 'Territoriella utsläpp av växthusgaser, föregående SMHI-utgåva',
  title_en: 'Territorial greenhouse-gas emissions, previous SMHI release',
  description_sv:
    'Samma mått som ghg_emissions_territorial men ur SMHI:s föregående utgåva (senaste dataår 2023), per kommun, totalt och i nio huvudsektorer.',
  description_en:
    "The same measure as ghg_emissions_territorial but from SMHI's previous release (last data year 2023), per kommun, total and in nine main sectors.",
  sources: ['KK-E2'],
  release: 'SMHI NED, previous release (1990–2023)',
  caveats_sv: `${GHG_SV} En separat serie som aldrig får blandas med ghg_emissions_territorial: SMHI har räknat om serien, så värdena skiljer sig för samma år (t.ex. Upplands Väsby 2023: 63804.256 t här mot 64773.611 t i aktuell utgåva). Den är den enda källan för 2016–2019. Åren är 1990, 2000, 2005, 2010 och 2015–2023. Kolumnen "2024" i swedish_emissions.xlsx stämmer med ingen av utgåvorna och användes inte.`,
  caveats_en: `${GHG_EN} A separate series that must never be mixed with ghg_emissions_territorial: SMHI recalculated the series, so values differ for the same year (e.g. Upplands Väsby 2023: 63804.256 t here against 64773.611 t in the current release). It is the only source for 2016–2019. Years 1990, 2000, 2005, 2010 and 2015–2023. The "2024" column of swedish_emissions.xlsx matches neither release and was not used.`,
};

const PLAN_SV =
  'Ur Klimatkollens crowdsourcade lista över klimatplaner (KK-K1), läget 2026; perioden är året för ögonblicksbilden. Listans kriterium: en energi- eller klimatplan, klimatstrategi eller hållbarhetsplan som gäller 2023 eller senare; inte en klimatanpassningsplan, inte enbart måldokument, inte översiktsplanen.';
const PLAN_EN =
  "From Klimatkollen's crowd-sourced list of climate plans (KK-K1), status 2026; the period is the year of the snapshot. The list criterion: an energy or climate plan, climate strategy or sustainability plan valid in 2023 or later; not a climate-adaptation plan, not bare goal documents, not the översiktsplan (comprehensive plan).";

const PLAN_INDICATORS: IndicatorMeta[] = [
  {
    id: 'climate_plan_adopted',
    title_sv: 'Kommunen har en antagen klimatplan (Klimatkollen)',
    title_en: 'The kommun has an adopted climate plan (Klimatkollen)',
    description_sv:
      '1 om Klimatkollens lista har en länk till eller ett antagandeår för en giltig klimatplan, annars 0. Planens titel eller Klimatkollens kommentar, antagandeår och länk står i anteckningen.',
    description_en:
      "1 if Klimatkollen's list gives a link to or an adoption year of a valid climate plan, otherwise 0. The plan's title or Klimatkollen's comment, the adoption year and the link are in the note.",
    unit_sv: 'ja (1) / nej (0)',
    unit_en: 'yes (1) / no (0)',
    decimals: 0,
    direction: 'increase',
    topic: 'climate',
    sources: ['KK-K1'],
    breakdowns: [],
    caveats_sv: `${PLAN_SV} 0 (nej) betyder att Klimatkollens crowdsourcade kartläggning inte hittade någon giltig plan; det är inget officiellt register. Kommentaren säger ofta "Plan saknas" eller återger kommunens egen invändning.`,
    caveats_en: `${PLAN_EN} 0 (no) means that Klimatkollen's crowd-sourced survey found no valid plan; it is not an official register. The comment often says "Plan saknas" (no plan) or gives the kommun's own objection.`,
    sdg: [
      [13, '13.2', 'proxy'],
      [11, '11.b', 'proxy'],
    ],
  },
  {
    id: 'climate_plan_adopted_year',
    title_sv: 'År då klimatplanen antogs (Klimatkollen)',
    title_en: 'Year the climate plan was adopted (Klimatkollen)',
    description_sv: 'Antagandeåret för den klimatplan som Klimatkollens lista anger, där ett år finns.',
    description_en: "The adoption year of the climate plan in Klimatkollen's list, where a year is given.",
    unit_sv: 'år',
    unit_en: 'year',
    decimals: 0,
    direction: 'none',
    topic: 'climate',
    sources: ['KK-K1'],
    breakdowns: [],
    caveats_sv: `${PLAN_SV} Bara kommuner med ett angivet år har ett värde (172 av 173 med plan).`,
    caveats_en: `${PLAN_EN} Only kommuner with a given year have a value (172 of the 173 with a plan).`,
    sdg: [[13, '13.2', 'context']],
  },
];

const INDICATORS: IndicatorMeta[] = [GHG_CURRENT, GHG_PREV, ...KK_INDICATORS, ...PLAN_INDICATORS];

/**
 * One SMHI file as observations. `geoOf` turns a row into a Måltal code or stops the build, so
 * a region or kommun outside the lists can never appear under a wrong code.
 */
function emissionObservations(file: string, ind: IndicatorMeta, source: string, geoOf: (row: Row, where: string) => string): Row[] {
  return readSourceCsv(file).map((row, i) => {
    const where = `${file} line ${i + 2}`;
    const checks: [string, string][] = [
      ['indicator', 'ghg_emissions_territorial'],
      ['unit', ind.sourceUnit ?? ''],
      ['source_id', source],
    ];
    for (const [name, expected] of checks) {
      const got = column(row, name, where);
      if (got !== expected) fail(`${where}: ${name} '${got}' where '${expected}' was expected`);
    }
    const label = column(row, 'breakdown', where);
    const breakdown = SECTORS.find((s) => s.label_sv === label)?.code ?? fail(`${where}: unknown sector '${label}'`);
    const period = column(row, 'period', where);
    if (!/^[12][0-9]{3}$/.test(period)) fail(`${where}: period '${period}' is not a year`);
    const value = column(row, 'value', where);
    if (!/^-?[0-9]+(\.[0-9]+)?$/.test(value)) fail(`${where}: value '${value}' is not a plain decimal number`);
    return { indicator: ind.id, geo: geoOf(row, where), period, gender: 'T', breakdown, value, status: 'final', note: '', sources: source };
  });
}

/** The län/Riket file numbers regions Kolada-style: '00LL' is län LL and '0000' is Riket. */
function regionGeo(counties: Set<string>): (row: Row, where: string) => string {
  return (row, where) => {
    const code = column(row, 'region_code', where);
    const type = column(row, 'region_type', where);
    if (type === 'R' && code === '0000') return 'SE';
    const lan = code.slice(2);
    if (type === 'L' && code.startsWith('00') && counties.has(lan)) return lan;
    return fail(`${where}: region '${code}' of type '${type}' is neither Riket 0000 nor a län 00LL`);
  };
}

/** Whether Klimatkollen lists a plan (1/0), and the adoption year where it gives one. */
function planObservations(kommuner: Set<string>): Row[] {
  const out: Row[] = [];
  for (const [i, row] of readSourceCsv(PLANS_FILE).entries()) {
    const where = `${PLANS_FILE} line ${i + 2}`;
    const geo = column(row, 'municipality_code', where);
    if (!kommuner.has(geo)) fail(`${where}: '${geo}' is not one of the 290 kommuner`);
    const has = column(row, 'has_climate_plan', where);
    if (has !== 'yes' && has !== 'no') fail(`${where}: has_climate_plan '${has}' is neither yes nor no`);
    const year = column(row, 'climate_plan_adopted_year', where);
    if (year !== '' && !/^[12][0-9]{3}$/.test(year)) fail(`${where}: adoption year '${year}' is not a year`);
    const comment = column(row, 'climate_plan_comment', where);
    const link = column(row, 'climate_plan_link', where);
    const note = [
      has === 'yes' ? 'Klimatkollens lista anger en giltig plan' : 'Klimatkollens kartläggning fann ingen giltig plan',
      comment && `Titel/kommentar: ${comment}`,
      year && `Antagen: ${year}`,
      link && `Länk: ${link}`,
    ]
      .filter(Boolean)
      // ' | ' rather than '. ': comments often end in a full stop of their own.
      .join(' | ');
    const sources = column(row, 'source_id', where);
    const base = { geo, period: PLAN_SNAPSHOT_YEAR, gender: 'T', breakdown: TOTAL_BREAKDOWN, status: 'final', note, sources };
    out.push({ ...base, indicator: 'climate_plan_adopted', value: has === 'yes' ? '1' : '0' });
    if (year !== '') out.push({ ...base, indicator: 'climate_plan_adopted_year', value: year });
  }
  return out;
}

function indicatorRow(ind: IndicatorMeta): Row {
  return {
    id: ind.id,
    title_sv: ind.title_sv,
    title_en: ind.title_en,
    description_sv: ind.description_sv,
    description_en: ind.description_en,
    unit_sv: ind.unit_sv,
    unit_en: ind.unit_en,
    decimals: String(ind.decimals),
    direction: ind.direction,
    topic: ind.topic,
    sources: ind.sources.join(';'),
    status: 'active',
    breakdown_dimension: ind.dimension ?? '',
    release: ind.release ?? '',
    caveats_sv: ind.caveats_sv,
    caveats_en: ind.caveats_en,
  };
}

/** One row per dimension and code; indicators sharing a dimension must label its codes alike. */
function breakdownRows(): Row[] {
  const rows = new Map<string, Row>();
  for (const ind of INDICATORS) {
    if (!ind.dimension) continue;
    for (const [i, b] of ind.breakdowns.entries()) {
      const row = { dimension: ind.dimension, code: b.code, label_sv: b.label_sv, label_en: b.label_en, sort: String(i + 1) };
      const seen = rows.get(`${ind.dimension}/${b.code}`);
      if (seen && JSON.stringify(seen) !== JSON.stringify(row)) fail(`breakdown ${ind.dimension}/${b.code} differs in ${ind.id}`);
      rows.set(`${ind.dimension}/${b.code}`, row);
    }
  }
  return [...rows.values()];
}

/** Every link must name a target in the UN list, or the agenda-2030 foreign key would fail later. */
function sdgLinkRows(): Row[] {
  const targets = new Map(readSourceCsv('sdg_targets.csv').map((t) => [t.target ?? '', t.goal ?? '']));
  return INDICATORS.flatMap((ind) =>
    ind.sdg.map(([goal, target, relation]) => {
      if (targets.get(target) !== String(goal)) fail(`${ind.id}: SDG target '${target}' is not a target of goal ${goal}`);
      return { indicator: ind.id, goal: String(goal), target, relation };
    }),
  );
}

/** Stops on a repeated primary key: a duplicate in a source must be reported, never dropped. */
function assertUniqueKeys(observations: Row[]): void {
  const key = RESOURCE_SCHEMAS.observations.primaryKey;
  const seen = new Set<string>();
  for (const obs of observations) {
    const k = key.map((f) => obs[f] ?? '').join('|');
    if (seen.has(k)) fail(`duplicate observation key ${k}`);
    seen.add(k);
  }
}

const SMHI_LICENCE =
  'No licence or terms page was found for SMHI Nationella emissionsdatabasen (searched); do not assume CC BY or CC0. Klimatbyran/territorial-data-pipeline has no LICENSE file and states no data licence.';
const TRAFA_LICENCE =
  'Trafikanalys (trafa.se/om-oss/om-webbplatsen): "All statistik som finns på trafa.se får fritt kopieras, mångfaldigas och spridas vidare. Om du sprider statistiken … ska källan alltid anges (”Källa: Trafikanalys”)". Own processing (such as ratios computed by Klimatkollen) must not name Trafikanalys as the source. The Klimatkollen compilation states no licence.';
const NO_TERMS = (who: string): string =>
  `No licence or terms of use were found for ${who}; cite ${who} by name. The Klimatkollen compilation states no licence (territorial-data-pipeline has no LICENSE file).`;
const TPD = 'github.com/Klimatbyran/territorial-data-pipeline';

const SOURCES: PackageSource[] = [
  {
    id: 'KK-E1',
    title: 'Nationella emissionsdatabasen, växthusgaser totalt per kommun, län och riket (aktuell utgåva, 1990–2024)',
    path: `${TPD} output/municipality-data.json (key emissions), output/municipality-sector-emissions.json, output/regional-data.json (key emissions), output/region-sector-emissions.json, output/national-sector-emissions.json @ bf20c580380961c3b1b246681992e2d9d2b26f11`,
    publisher: 'SMHI, Nationella emissionsdatabasen (via Klimatkollen)',
    retrieved: RETRIEVED,
    licence: SMHI_LICENCE,
    attribution: 'Källa: SMHI, Nationella emissionsdatabasen (via Klimatkollen)',
    note: 'Downloaded by the pipeline from nationellaemissionsdatabasen.smhi.se (sub=GGT). Values rounded by Klimatkollen (totals 3, sectors 2 decimals).',
  },
  {
    id: 'KK-E2',
    title: 'Nationella emissionsdatabasen, föregående utgåva (1990–2023)',
    path: `${TPD} output/municipality-data.json @ cc3a6b093defcf987d537418e95c1a8432260b6a; output/municipality-sector-emissions.json @ 67478996cb0df1057efe014a482e87bb0e29fb71`,
    publisher: 'SMHI, Nationella emissionsdatabasen (via Klimatkollen)',
    retrieved: RETRIEVED,
    licence: SMHI_LICENCE,
    attribution: 'Källa: SMHI, Nationella emissionsdatabasen, föregående utgåva (via Klimatkollen)',
    note: 'Equals sheet Terr_GHG of kpis/emissions/sources/swedish_emissions.xlsx ("SMHI, Nationella emissionsdatabasen, 2026-01-21") within 0.5 t.',
  },
  {
    id: 'KK-C1',
    title: 'Nyregistrerade laddbara personbilar per kommun 2015–2024 (Klimatkollens sammanställning)',
    path: `${TPD} kpis/cars/sources/kpi1_calculations.xlsx (sheets "Antal nya laddbilar", "Andel nya laddbilar") @ bf20c58`,
    publisher: 'Trafikanalys (counts), compiled by Klimatkollen',
    retrieved: RETRIEVED,
    licence: TRAFA_LICENCE,
    attribution: 'Källa: Trafikanalys (antal); andelen är beräknad av Klimatkollen',
    note: 'The share new_passenger_cars_rechargeable_share was computed by Klimatkollen, not by Trafikanalys: do not name Trafikanalys as its source.',
  },
  {
    id: 'KK-C2',
    title: 'Fordon i län och kommuner 2017 (rev.)–2021, tabell 4',
    path: 'github.com/Klimatbyran/klimatkollen data/solutions/cars/sources/fordon_lan_och_kommuner_{2017_rev,2018,2019,2020,2021}.xlsx @ 96a4d60e465ef8a5f9b9d9de3feef1b2f122ba04',
    publisher: 'Trafikanalys (Sveriges officiella statistik)',
    retrieved: RETRIEVED,
    licence: TRAFA_LICENCE,
    attribution: 'Källa: Trafikanalys',
  },
  {
    id: 'KK-C3',
    title: 'Fordon i län och kommuner 2025 (Statistik 2026:2), tabell 3–5',
    path: `${TPD} kpis/cars/sources/fordon-i-lan-och-kommuner-2025.xlsx @ bf20c58`,
    publisher: 'Trafikanalys (with SCB), published 2026-02-12',
    retrieved: RETRIEVED,
    licence: TRAFA_LICENCE,
    attribution: 'Källa: Trafikanalys',
  },
  {
    id: 'KK-C4',
    title: 'ELIS, laddinfrastruktur och laddbara fordon per kommun, december 2025',
    path: `${TPD} kpis/cars/sources/powercircle_municipality_data_dec_2025.csv @ bf20c58`,
    publisher: 'Power Circle (ELIS database)',
    retrieved: RETRIEVED,
    licence: NO_TERMS('Power Circle'),
    attribution: 'Källa: Power Circle (ELIS), via Klimatkollen',
    note: 'Column meanings taken from the column names only.',
  },
  {
    id: 'KK-C5',
    title: 'Antal meter cykelnät per väghållare efter län och kommun 2020–2025',
    path: `${TPD} kpis/bicycles/sources/antal-meter-cykelnat-per-vaghallare-efter-lan-och-kommun.xlsx @ bf20c58`,
    publisher: 'Trafikverket, Nationell vägdatabas (NVDB)',
    retrieved: RETRIEVED,
    licence: NO_TERMS('Trafikverket'),
    attribution: 'Källa: Trafikverket (NVDB), via Klimatkollen',
    note: 'The file names no publisher; Trafikverket is named after Klimatkollen\'s "Källor och metod" text.',
  },
  {
    id: 'KK-C6',
    title: 'Konsumtionskompassen, hushållens konsumtionsutsläpp per invånare 2023',
    path: `${TPD} kpis/consumption/sources/Klimatkollen_data for 2023_shared April 2026.xlsx (sheet Municipal_grouped, column Total_emissions_per_capita) @ bf20c58`,
    publisher: 'Stockholm Environment Institute (SEI)',
    retrieved: RETRIEVED,
    licence: NO_TERMS('SEI'),
    attribution: 'Källa: SEI, Konsumtionskompassen, via Klimatkollen',
    note: 'A model estimate, not official statistics. Raw unit kg CO2e per person.',
  },
  {
    id: 'KK-K1',
    title: 'Klimatkollens kommunindikatorer och lista över klimatplaner',
    path: `${TPD} output/municipality-data.json @ 521207b (2026-06-18); climate plans from kpis/plans/klimatplaner.xlsx @ e5e5b61`,
    publisher: 'Klimatkollen (Klimatbyrån)',
    retrieved: RETRIEVED,
    licence:
      'No data licence found: territorial-data-pipeline has no LICENSE file; the MIT licence of Klimatbyran/klimatkollen covers the software only. Confirm the terms with Klimatbyrån before commercial redistribution.',
    attribution: 'Källa: Klimatkollen',
    note: "Ratios, trends and scores here were computed by Klimatkollen; the publishers of the underlying data (Trafikanalys, Power Circle, Trafikverket, SCB, SEI, SMHI, Upphandlingsmyndigheten, Greenpeace) must not be named as their source. Klimatkollen's modelled numbers were left out.",
  },
];

const DESCRIPTOR: DescriptorInput = {
  name: 'climate',
  title: 'Klimat: utsläpp, fordon, laddning, cykelnät och klimatplaner per kommun',
  title_en: 'Climate: emissions, vehicles, charging, cycle network and climate plans per municipality',
  description:
    'Territoriella växthusgasutsläpp från SMHI:s Nationella emissionsdatabas per kommun, län och riket (aktuell och föregående utgåva), personbilar efter drivmedel och nyregistreringar (Trafikanalys), laddinfrastruktur (Power Circle), cykelnät (Trafikverket), konsumtionsutsläpp (SEI) samt Klimatkollens egna indikatorer och lista över klimatplaner, alla hämtade via Klimatkollens öppna data.',
  description_en:
    "Territorial greenhouse-gas emissions from SMHI's national emissions database per kommun, län and Riket (current and previous release), passenger cars by fuel and new registrations (Trafikanalys), charging infrastructure (Power Circle), cycle network (Trafikverket), consumption emissions (SEI), and Klimatkollen's own indicators and list of climate plans, all taken via Klimatkollen's open data.",
  version: '1.0.0',
  updated: UPDATED,
  publisher: 'Måltal',
  licence_note: {
    sv: 'Ingen av utgivarna anger en licens för dessa data. SMHI (Nationella emissionsdatabasen): ingen licens eller villkorssida hittades; anta inte CC BY eller CC0. Trafikanalys: statistiken får fritt kopieras och spridas om källan anges ("Källa: Trafikanalys"); vid egen bearbetning, som Klimatkollens kvoter, ska Trafikanalys inte anges som källa. Power Circle, Trafikverket och SEI: inga villkor hittades; ange dem vid namn. Klimatkollen: ingen datalicens (pipeline-repot saknar LICENSE-fil; MIT-licensen gäller bara webbplatsens programvara); kontrollera villkoren med Klimatbyrån före kommersiell vidarespridning.',
    en: 'None of the publishers states a licence for these data. SMHI (Nationella emissionsdatabasen): no licence or terms page was found; do not assume CC BY or CC0. Trafikanalys: the statistics may be freely copied and spread if the source is given ("Källa: Trafikanalys"); for own processing, such as the ratios Klimatkollen computed, Trafikanalys must not be named as the source. Power Circle, Trafikverket and SEI: no terms found; cite them by name. Klimatkollen: no data licence (the pipeline repository has no LICENSE file; the MIT licence covers the site software only); confirm the terms with Klimatbyrån before commercial redistribution.',
  },
  attribution: {
    sv: 'Källor: SMHI, Nationella emissionsdatabasen; Trafikanalys; Power Circle (ELIS); Trafikverket (NVDB); Stockholm Environment Institute (SEI); alla via Klimatkollen (Klimatbyrån). Kvoter, trender och poäng beräknade av Klimatkollen: Källa: Klimatkollen.',
    en: 'Sources: SMHI, Nationella emissionsdatabasen; Trafikanalys; Power Circle (ELIS); Trafikverket (NVDB); Stockholm Environment Institute (SEI); all via Klimatkollen (Klimatbyrån). Ratios, trends and scores computed by Klimatkollen: Source: Klimatkollen.',
  },
  sources: SOURCES,
  caveats: [
    { sv: GHG_SV, en: GHG_EN },
    {
      sv: 'Den aktuella SMHI-utgåvan saknar 2016–2019; de åren finns bara i den föregående utgåvan (ghg_emissions_territorial_prev_release), en separat serie. Riket har bara sektorer, ingen total, och ingen total har räknats fram.',
      en: 'The current SMHI release lacks 2016–2019; those years are only in the previous release (ghg_emissions_territorial_prev_release), a separate series. Riket has sectors only, no total, and none was computed.',
    },
    {
      sv: 'Trafikanalys räknar bilar efter ägarens hemkommun; omkring 9 800 bilar (2025) ligger i "Okänd kommun" och ingår inte i någon kommun. Klimatkollens modellerade värden (trendlinjer, framskrivna utsläpp, koldioxidbudgetbanor, nettonollår) ingår inte. Där en period i källan är ett spann (2015-2025, 2015-2024, 2022/2023) anges slutåret och spannet står i anteckningen.',
      en: 'Trafikanalys counts cars by the owner\'s municipality of residence; about 9,800 cars (2025) sit in "Okänd kommun" and are in no kommun. Klimatkollen\'s modelled numbers (trend lines, projected emissions, carbon-law paths, net-zero dates) are not included. Where a source period is a span (2015-2025, 2015-2024, 2022/2023), the end year is the period and the span is in the note.',
    },
    {
      sv: `${PLAN_SV} Nej betyder att kartläggningen inte hittade någon giltig plan, inte ett officiellt register.`,
      en: `${PLAN_EN} No means the survey found no valid plan; it is not an official register.`,
    },
  ],
  example: false,
  built_by: 'scripts/sources/climate.ts',
};

/** Writes datasets/climate/ and returns its path. */
export function buildClimate(): string {
  const kommuner = kommunCodes();
  const counties = new Set(readSourceCsv('counties_21.csv').map((r) => r.county_code ?? ''));
  const kommunGeo = (row: Row, where: string): string => {
    const code = column(row, 'municipality_code', where);
    return kommuner.has(code) ? code : fail(`${where}: '${code}' is not one of the 290 kommuner`);
  };
  const observations = [
    ...emissionObservations(KOMMUN_FILE, GHG_CURRENT, 'KK-E1', kommunGeo),
    ...emissionObservations(LAN_FILE, GHG_CURRENT, 'KK-E1', regionGeo(counties)),
    ...emissionObservations(PREV_FILE, GHG_PREV, 'KK-E2', kommunGeo),
    ...klimatkollenObservations(kommuner),
    ...planObservations(kommuner),
  ];
  assertUniqueKeys(observations);
  const sourceIds = new Set(SOURCES.map((s) => s.id));
  for (const ind of INDICATORS) {
    for (const s of ind.sources) if (!sourceIds.has(s)) fail(`${ind.id}: source '${s}' is not in the descriptor`);
  }
  const dir = writePackage(DESCRIPTOR, {
    indicators: INDICATORS.map(indicatorRow),
    breakdowns: breakdownRows(),
    'sdg-links': sdgLinkRows(),
    observations,
  });
  const counts = new Map<string, number>();
  for (const o of observations) counts.set(o.indicator ?? '', (counts.get(o.indicator ?? '') ?? 0) + 1);
  console.log(`climate: wrote ${observations.length} observations to ${dir}`);
  for (const [id, n] of counts) console.log(`  ${id}: ${n}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildClimate();
