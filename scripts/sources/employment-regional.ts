/**
 * The regional compilations (PROVENANCE files 7–10: Region Dalarna's SCB and Skolverket series,
 * Regionfakta's BAS tables) → indicators, breakdowns and observations. Values are copied as the
 * exact strings in the source.
 */
import { TOTAL_BREAKDOWN } from '../lib/package-format.ts';
import { readSourceCsv, type Row } from '../lib/package-writer.ts';
import { geoCode, scbGender, type IndicatorMeta } from './employment-meta.ts';

export interface BreakdownDef {
  code: string;
  label_sv: string;
  label_en: string;
}

/** Keyed by the source's own wording, which is also the Swedish label. */
const RESIDENCE_TIME: Record<string, BreakdownDef> = Object.fromEntries(
  [
    ['vistelsetid 0-1 år', '0-1', 'residence time 0–1 years'],
    ['vistelsetid 2-3 år', '2-3', 'residence time 2–3 years'],
    ['vistelsetid 4-9 år', '4-9', 'residence time 4–9 years'],
    ['vistelsetid 10- år', '10-plus', 'residence time 10 years or more'],
  ].map(([sv, code, en]) => [sv!, { code: code!, label_sv: sv!, label_en: en! }]),
);

const BIRTH_REGION: Record<string, BreakdownDef> = {
  // The BAS series hold the total beside the two groups; the Region Dalarna file has the groups only.
  totalt: { code: 'total', label_sv: 'totalt (inrikes och utrikes födda)', label_en: 'total (born in Sweden and abroad)' },
  'inrikes född': { code: 'inrikes-fodd', label_sv: 'inrikes född', label_en: 'born in Sweden' },
  'utrikes född': { code: 'utrikes-fodd', label_sv: 'utrikes född', label_en: 'born abroad' },
};

const AGE: Record<string, BreakdownDef> = Object.fromEntries(
  ['16-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '20-64'].map((band) => [
    band,
    { code: band, label_sv: band, label_en: `aged ${band.replace('-', '–')}` },
  ]),
);

export const BREAKDOWNS: Record<string, Record<string, BreakdownDef>> = {
  residence_time: RESIDENCE_TIME,
  birth_region: BIRTH_REGION,
  age: AGE,
};

/** The file has one education level today; a new level must get its own id here, not a guessed one. */
const EDUCATION_LEVELS: Record<string, { slug: string; en: string }> = {
  'samtliga utbildningsnivåer': { slug: 'alla-utbildningsnivaer', en: 'all levels of education' },
};

function lookup<T>(table: Record<string, T>, key: string, what: string, file: string): T {
  const hit = table[key];
  if (!hit) throw new Error(`${file}: unknown ${what} '${key}'; expected one of ${Object.keys(table).join(', ')}`);
  return hit;
}

function foreignBornMeta(level: string, levelEn: string, slug: string): IndicatorMeta {
  return {
    id: `scb-forvarvsarbetande-utrikes-fodda-${slug}`,
    definer: 'scb',
    title_sv: `Förvärvsarbetande utrikes födda efter vistelsetid i Sverige, ${level}, andel (%)`,
    title_en: `Employed people born abroad by years of residence in Sweden, ${levelEn}, share (%)`,
    description_sv: `Andel förvärvsarbetande bland utrikes födda, efter vistelsetid i Sverige, ${level}, per län. SCB:s integrationsstatistik som Region Dalarna sammanställt; originalkolumnen hette "Andel förvärvsarbetande (ny definition från och med 2019)".`,
    description_en: `Share of people born abroad who are employed, by years of residence in Sweden, ${levelEn}, per county. SCB integration statistics compiled by Region Dalarna; the original column was "Andel förvärvsarbetande (ny definition från och med 2019)".`,
    unit: 'percent',
    decimals: 1,
    direction: 'increase',
    topic: 'labour-market',
    breakdown_dimension: 'residence_time',
    caveats: [
      {
        sv: 'Originalkolumnen anger en ny definition från och med 2019; jämför 2019 och senare med tidigare år med försiktighet.',
        en: 'The original column states a new definition from 2019; compare 2019 and later with earlier years with care.',
      },
      {
        sv: 'Åldersgruppen anges inte i filen (troligen 20–64 år). Bara länsnivå.',
        en: 'The age band is not stated in the file (probably 20–64). County level only.',
      },
    ],
    sdg: [
      { goal: 8, target: '8.5', relation: 'proxy' },
      { goal: 10, target: '10.2', relation: 'context' },
    ],
  };
}

export const MONTHLY_META: IndicatorMeta = {
  id: 'scb-bas-arbetsloshet-20-64-manad',
  definer: 'scb',
  title_sv: 'Arbetslösa 20-64 år efter födelseregion, andel (%), månad',
  title_en: 'Unemployed aged 20–64 by region of birth, share (%), monthly',
  description_sv:
    'Andel arbetslösa 20-64 år per månad, inrikes och utrikes födda, enligt SCB:s Befolkningens arbetsmarknadsstatus (BAS), sammanställt av Region Dalarna.',
  description_en:
    "Monthly share of unemployed people aged 20–64, born in Sweden and born abroad, from SCB's Labour market status of the population (BAS), compiled by Region Dalarna.",
  unit: 'percent',
  decimals: 1,
  direction: 'decrease',
  topic: 'labour-market',
  breakdown_dimension: 'birth_region',
  caveats: [
    {
      sv: 'Filen anger bara "andel"; andelen antas vara av arbetskraften, som i BAS. Filen anger inte kön; värdena är registrerade som totalt (T). Bara Riket, Dalarnas län och Dalarnas 15 kommuner.',
      en: 'The file says only "andel" (share); it is assumed to be of the labour force, as in BAS. The file does not state sex; values are recorded as total (T). Only Riket, Dalarnas län and its 15 municipalities.',
    },
  ],
  sdg: [
    { goal: 8, target: '8.5', relation: 'proxy' },
    { goal: 10, target: '10.2', relation: 'context' },
  ],
};

export const REGIONFAKTA_META: IndicatorMeta = {
  id: 'scb-bas-forvarvsfrekvens-alder',
  definer: 'scb',
  title_sv: 'Nattbefolkningens förvärvsfrekvens efter åldersgrupp, andel (%)',
  title_en: 'Employment rate of residents by age group, share (%)',
  description_sv:
    'SCB BAS: förvärvsarbetande bland de som bor i området, som andel av befolkningen i åldersgruppen (tabellen Kvinnor och män), avläst från Regionfakta.',
  description_en:
    'SCB BAS: employed residents as a share of the population in the age group (the "Kvinnor och män" table), read from Regionfakta.',
  unit: 'percent',
  decimals: 1,
  direction: 'increase',
  topic: 'labour-market',
  breakdown_dimension: 'age',
  caveats: [
    {
      sv: 'Ett BAS-mått, inte Koladas N00914; skarva inte serierna utan brottmarkering.',
      en: 'A BAS measure, not Kolada N00914; do not splice the series without a break marker.',
    },
    {
      sv: 'Avskrivet för hand från sparade sidor (decimalkomma → punkt). 2024 för 10 kommuner i Västmanlands län; 2022 för 6 kommuner i Hallands län, Hallands län och Riket. För Västerås var sidutdraget avkortat: bara åldrarna 16-19 till 45-49 finns.',
      en: 'Transcribed by hand from stored pages (decimal comma → point). 2024 for 10 municipalities in Västmanlands län; 2022 for 6 municipalities in Hallands län, Hallands län and Riket. For Västerås the stored excerpt was truncated: only ages 16–19 to 45–49.',
    },
  ],
  sdg: [{ goal: 8, target: '8.5', relation: 'proxy' }],
};

const EFTERGYM_TITLE = 'eftergymnasial 25-64 år, årsmedelvärde, andel (%) av bef.';
const GYMNASIE_TITLE = 'Andel (%) som slutfört med examen inom 4 år';

export const DALARNA_EDUCATION_META: Record<string, IndicatorMeta> = {
  [EFTERGYM_TITLE]: {
    id: 'kolada-eftergymnasial-25-64',
    definer: 'kolada',
    title_sv: EFTERGYM_TITLE,
    title_en: 'Post-secondary education aged 25–64, annual average, share (%) of the population',
    description_sv:
      'Invånare 25-64 år med eftergymnasial utbildning som andel av befolkningen 25-64 år, från Kolada via Region Dalarnas sammanställning (titeln som i filen).',
    description_en:
      "Residents aged 25–64 with post-secondary education as a share of the population aged 25–64, from Kolada via Region Dalarna's compilation (title as in the file).",
    unit: 'percent',
    decimals: 1,
    direction: 'increase',
    topic: 'education',
    // Region Dalarna relabelled the KPI, so the catalogue cannot tell; the KPI it probably is (N01982) is in the 2026 catalogue.
    status: 'active',
    caveats: [
      {
        sv: 'Motsvarar troligen Koladas N01982. Inte verifierat. Bara Region Dalarna.',
        en: "Probably corresponds to Kolada's N01982. Not verified. Region Dalarna only.",
      },
    ],
    sdg: [{ goal: 4, target: '4.3', relation: 'context' }],
  },
  [GYMNASIE_TITLE]: {
    id: 'skolverket-gymnasieexamen-inom-4-ar',
    definer: 'skolverket',
    title_sv: 'Gymnasieelever med examen inom 4 år, andel (%)',
    title_en: 'Upper-secondary pupils with a diploma within 4 years, share (%)',
    description_sv: `Skolverket: "${GYMNASIE_TITLE}", gymnasieelever i Dalarnas län, med antal elever (n), enligt Region Dalarnas sammanställning.`,
    description_en:
      "Skolverket: share of upper-secondary pupils in Dalarnas län who completed with a diploma within 4 years, with the number of pupils (n), from Region Dalarna's compilation.",
    unit: 'percent',
    decimals: 1,
    direction: 'increase',
    topic: 'education',
    caveats: [
      {
        sv: 'Bara Dalarnas län, totalt. Filen anger inte om året är kullens start- eller slutår.',
        en: 'Dalarnas län only, total. The file does not say whether the year is the start or the end year of the cohort.',
      },
    ],
    sdg: [{ goal: 4, target: '4.1', relation: 'proxy' }],
  },
};

export interface RegionalResult {
  meta: IndicatorMeta[];
  rows: Row[];
  read: Record<string, number>;
}

/** An observation with the defaults of these sources: final, no note. */
function obs(fields: Row): Row {
  return { status: 'final', note: '', ...fields };
}

export function regionalObservations(): RegionalResult {
  const meta: IndicatorMeta[] = [MONTHLY_META, REGIONFAKTA_META, ...Object.values(DALARNA_EDUCATION_META)];
  const rows: Row[] = [];
  const read: Record<string, number> = {};

  const etablering = 'scb_employment_foreign_born_by_residence_time_county.csv';
  const etRows = readSourceCsv(etablering);
  read[etablering] = etRows.length;
  const levelMeta = new Map<string, IndicatorMeta>();
  for (const r of etRows) {
    const level = r.education_level ?? '';
    const { slug, en } = lookup(EDUCATION_LEVELS, level, 'education_level', etablering);
    let m = levelMeta.get(level);
    if (!m) {
      m = foreignBornMeta(level, en, slug);
      levelMeta.set(level, m);
      meta.push(m);
    }
    rows.push(
      obs({
        indicator: m.id,
        geo: geoCode(r.county_code ?? ''),
        period: r.year ?? '',
        gender: scbGender(r.sex ?? ''),
        breakdown: lookup(RESIDENCE_TIME, r.residence_time ?? '', 'residence_time', etablering).code,
        value: r.employed_pct ?? '',
        sources: 'S5',
      }),
    );
  }

  const monthly = 'scb_bas_unemployment_20_64_by_birth_region_dalarna_monthly.csv';
  const moRows = readSourceCsv(monthly);
  read[monthly] = moRows.length;
  for (const r of moRows) {
    // The indicator is defined for 20–64; any other age would need its own indicator.
    if (r.age !== '20-64 år') throw new Error(`${monthly}: unexpected age '${r.age}', expected '20-64 år'`);
    rows.push(
      obs({
        indicator: MONTHLY_META.id,
        geo: geoCode(r.region_code ?? ''),
        period: r.month ?? '',
        gender: 'T',
        breakdown: lookup(BIRTH_REGION, r.birth_region ?? '', 'birth_region', monthly).code,
        value: r.unemployment_rate_pct ?? '',
        sources: 'S6',
      }),
    );
  }

  const regionfakta = 'regionfakta_scb_bas_employment_rate_by_age.csv';
  const rfRows = readSourceCsv(regionfakta);
  read[regionfakta] = rfRows.length;
  const truncated = new Set(['1980']); // Västerås: the stored page excerpt stops after 45-49
  for (const r of rfRows) {
    const notes = [`Avläst för hand från ${r.page_url} (sidan uppdaterad ${r.page_updated}).`];
    if (truncated.has(r.region_code ?? ''))
      notes.push('Sidutdraget var avkortat; åldrarna 50-54 till 60-64 och 20-64 saknas för Västerås.');
    rows.push(
      obs({
        indicator: REGIONFAKTA_META.id,
        geo: geoCode(r.region_code ?? ''),
        period: r.period ?? '',
        gender: r.gender ?? '',
        breakdown: lookup(AGE, r.age_group ?? '', 'age_group', regionfakta).code,
        value: r.employment_rate_pct ?? '',
        note: notes.join(' '),
        sources: 'S10',
      }),
    );
  }

  const education = 'dalarna_county_education_indicators.csv';
  const edRows = readSourceCsv(education);
  read[education] = edRows.length;
  for (const r of edRows) {
    const m = lookup(DALARNA_EDUCATION_META, r.indicator ?? '', 'indicator', education);
    rows.push(
      obs({
        indicator: m.id,
        geo: geoCode(r.region_code ?? ''),
        period: r.period ?? '',
        gender: r.gender ?? '',
        breakdown: TOTAL_BREAKDOWN,
        value: r.value ?? '',
        sources: 'S5',
        n: r.n_students ?? '',
      }),
    );
  }
  return { meta, rows, read };
}
