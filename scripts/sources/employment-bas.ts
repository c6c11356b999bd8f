/**
 * SCB's BAS register (Befolkningens arbetsmarknadsstatus) as PROVENANCE-bas.md describes it →
 * indicators and observations: the annual rates by birth region and sex for every kommun, län and
 * Riket (table AM0210D), and the preliminary monthly rates (AM0210A). Values are copied as the
 * exact strings in the source; only codes are mapped. Each source series (S_SYSS_INR …) lands in one
 * indicator × gender × birth region, so a series that is missing or doubled fails the build.
 */
import type { Bilingual } from '../lib/package-format.ts';
import { readSourceCsv, type Row } from '../lib/package-writer.ts';
import { geoCode, type IndicatorMeta, type SdgLink } from './employment-meta.ts';

export const BAS_ANNUAL_FILE = 'scb_bas_annual_20_64_2020_2024.csv';
export const BAS_MONTHLY_FILE = 'scb_bas_monthly_20_64_riket_lan_2020_2026.csv';
/** Package source ids of the two files (employment-descriptor.ts). */
export const BAS_ANNUAL_SOURCE = 'S11';
export const BAS_MONTHLY_SOURCE = 'S12';

const LABOUR_MARKET_SDG: SdgLink[] = [
  { goal: 8, target: '8.5', relation: 'proxy' },
  { goal: 10, target: '10.2', relation: 'context' },
];

/** What every BAS indicator must carry with it (PROVENANCE-bas.md, "Caveats"). */
const NOT_RAMS: Bilingual = {
  sv: 'BAS ersatte RAMS och är inte jämförbar med RAMS-serierna (Koladas N00914 och andra "förvärvsarbetande"-serier till och med 2018): annat register och andra definitioner. Skarva aldrig serierna till en linje; 2019 finns i ingen av dem här.',
  en: 'BAS replaced RAMS and is not comparable with the RAMS series (Kolada N00914 and the other "förvärvsarbetande" series up to 2018): a different register and different definitions. Never splice them into one line; 2019 is in neither series here.',
};
const COPY_ROUTE: Bilingual = {
  sv: 'SCB:s egna beräknade andelar, hämtade ur SCB:s PxWeb-API av Region Hallands analysenhet och kopierade ur deras publicerade JSON-fil; hämtdatum anges inte i filen. SCB reviderar BAS.',
  en: "SCB's own computed rates, fetched from SCB's PxWeb API by Region Halland's analysis unit and copied from their published JSON file; the fetch date is not recorded there. SCB revises BAS.",
};
const SMALL_GROUPS: Bilingual = {
  sv: 'Andelarna för utrikes födda i små kommuner bygger på små grupper; källan har inga sekretessmarkeringar.',
  en: 'The foreign-born rates of small municipalities rest on small groups; the source carries no suppression flags.',
};
const GOTLAND: Bilingual = {
  sv: 'Gotland är både län (09) och kommun (0980) med samma värden.',
  en: 'Gotland is both a county (09) and a municipality (0980), with identical values.',
};
const MONTHLY: Bilingual = {
  sv: 'Månadsvärdena är preliminära (SCB:s tabell ArbStatusM, AM0210A), revideras senare och är inte säsongsrensade: jämför samma månad år för år. De är en egen indikator, skild från årsvärdena, och nivåerna skiljer sig.',
  en: "Monthly values are preliminary (SCB's table ArbStatusM, AM0210A), revised later and not seasonally adjusted: compare the same month year on year. They are an indicator of their own, separate from the annual values, and the levels differ.",
};
const MONTHLY_COVERAGE: Bilingual = {
  sv: 'Månadsserierna finns för riket och alla 21 län samt sex kommuner i Hallands län (totalt); uppdelat på födelseregion och kön bara för riket och Stockholms, Uppsala, Skåne och Västmanlands län. Inga månadsvärden finns för övriga kommuner.',
  en: 'The monthly series cover Riket, all 21 counties and six municipalities of Halland (total); by birth region and sex only for Riket and the counties of Stockholm, Uppsala, Skåne and Västmanland. There are no monthly values for other municipalities.',
};
const NOT_ARBETSFORMEDLINGEN: Bilingual = {
  sv: 'SCB:s registerbaserade arbetslöshet (arbetslösa som andel av arbetskraften enligt BAS). Den är inte Arbetsförmedlingens mått (öppet arbetslösa och sökande i program, som andel av befolkningen) och ska inte jämföras med sådana serier som om de vore samma.',
  en: "SCB's register-based unemployment rate (the unemployed as a share of the labour force in BAS). It is not the Swedish Public Employment Service's measure (openly unemployed and in programmes, as a share of the population) and must not be compared with such series as if they were the same.",
};

/** Kolada publishes the same register under its own ids; the values here were not compared with Kolada's. */
function koladaCounterpart(ids: string): Bilingual {
  return {
    sv: `Kolada publicerar sysselsättningsgraden ur samma register som ${ids}; de id:na lånas inte här eftersom värdena inte har jämförts med Koladas.`,
    en: `Kolada publishes the employment rate from the same register as ${ids}; those ids are not borrowed here because the values have not been compared with Kolada's.`,
  };
}

function basMeta(meta: Omit<IndicatorMeta, 'definer' | 'unit' | 'decimals' | 'topic' | 'breakdown_dimension' | 'sdg'>): IndicatorMeta {
  return {
    definer: 'scb',
    unit: 'percent',
    decimals: 1,
    topic: 'labour-market',
    breakdown_dimension: 'birth_region',
    sdg: LABOUR_MARKET_SDG,
    ...meta,
  };
}

export const BAS_EMPLOYMENT = basMeta({
  id: 'scb-bas-sysselsattningsgrad-20-64',
  title_sv: 'Sysselsättningsgrad 20-64 år, andel (%) (SCB BAS)',
  title_en: 'Employment rate, aged 20–64, share (%) (SCB BAS)',
  description_sv:
    'Sysselsatta som andel av befolkningen 20-64 år, per kommun, län och riket, totalt, för inrikes och utrikes födda och för kvinnor och män. SCB:s Befolkningens arbetsmarknadsstatus (BAS), tabell ArRegArbStatus (AM0210D), innehåll 000002NS.',
  description_en:
    "Employed people as a share of the population aged 20–64, per municipality, county and Sweden: in total, for people born in Sweden and abroad, and for women and men. SCB's Labour market status of the population (BAS), table ArRegArbStatus (AM0210D), content 000002NS.",
  direction: 'increase',
  predecessors: 'N00914',
  caveats: [NOT_RAMS, koladaCounterpart('N02267 (utrikes födda N02268, inrikes födda N02269)'), COPY_ROUTE, SMALL_GROUPS, GOTLAND],
});

export const BAS_UNEMPLOYMENT = basMeta({
  id: 'scb-bas-arbetsloshet-20-64',
  title_sv: 'Arbetslöshet 20-64 år, andel (%) av arbetskraften (SCB BAS, registerbaserad)',
  title_en: 'Unemployment rate, aged 20–64, share (%) of the labour force (SCB BAS, register-based)',
  description_sv:
    'Arbetslösa som andel av arbetskraften 20-64 år, per kommun, län och riket, totalt, för inrikes och utrikes födda och för kvinnor och män. SCB:s Befolkningens arbetsmarknadsstatus (BAS), tabell ArRegArbStatus (AM0210D), innehåll 000002NN.',
  description_en:
    "The unemployed as a share of the labour force aged 20–64, per municipality, county and Sweden: in total, for people born in Sweden and abroad, and for women and men. SCB's Labour market status of the population (BAS), table ArRegArbStatus (AM0210D), content 000002NN.",
  direction: 'decrease',
  caveats: [NOT_ARBETSFORMEDLINGEN, NOT_RAMS, COPY_ROUTE, SMALL_GROUPS, GOTLAND],
});

export const BAS_PARTICIPATION = basMeta({
  id: 'scb-bas-arbetskraftsdeltagande-20-64',
  title_sv: 'Arbetskraftsdeltagande 20-64 år, andel (%) (SCB BAS)',
  title_en: 'Labour-force participation rate, aged 20–64, share (%) (SCB BAS)',
  description_sv:
    'Arbetskraften (sysselsatta och arbetslösa) som andel av befolkningen 20-64 år, per kommun, län och riket, totalt och för inrikes och utrikes födda (inte efter kön). SCB:s Befolkningens arbetsmarknadsstatus (BAS), tabell ArRegArbStatus (AM0210D), innehåll 000002NK.',
  description_en:
    "The labour force (employed and unemployed) as a share of the population aged 20–64, per municipality, county and Sweden, in total and for people born in Sweden and abroad (not by sex). SCB's Labour market status of the population (BAS), table ArRegArbStatus (AM0210D), content 000002NK.",
  direction: 'increase',
  caveats: [NOT_RAMS, COPY_ROUTE, SMALL_GROUPS, GOTLAND],
});

export const BAS_MONTHLY_EMPLOYMENT = basMeta({
  id: 'scb-bas-manad-sysselsattningsgrad-20-64',
  title_sv: 'Sysselsättningsgrad 20-64 år per månad, andel (%) (SCB BAS, preliminär)',
  title_en: 'Employment rate, aged 20–64, monthly, share (%) (SCB BAS, preliminary)',
  description_sv:
    'Sysselsatta som andel av befolkningen 20-64 år, månad för månad från januari 2020, för riket, länen och några kommuner. SCB:s preliminära månadsstatistik ur BAS, tabell ArbStatusM (AM0210A), innehåll 000006IK.',
  description_en:
    "Employed people as a share of the population aged 20–64, month by month from January 2020, for Sweden, the counties and a few municipalities. SCB's preliminary monthly BAS statistics, table ArbStatusM (AM0210A), content 000006IK.",
  direction: 'increase',
  caveats: [MONTHLY, MONTHLY_COVERAGE, NOT_RAMS, COPY_ROUTE],
});

export const BAS_MONTHLY_UNEMPLOYMENT = basMeta({
  id: 'scb-bas-manad-arbetsloshet-20-64',
  title_sv: 'Arbetslöshet 20-64 år per månad, andel (%) av arbetskraften (SCB BAS, preliminär)',
  title_en: 'Unemployment rate, aged 20–64, monthly, share (%) of the labour force (SCB BAS, preliminary)',
  description_sv:
    'Arbetslösa som andel av arbetskraften 20-64 år, månad för månad från januari 2020, för riket, länen och några kommuner. SCB:s preliminära månadsstatistik ur BAS, tabell ArbStatusM (AM0210A), innehåll 000006II.',
  description_en:
    "The unemployed as a share of the labour force aged 20–64, month by month from January 2020, for Sweden, the counties and a few municipalities. SCB's preliminary monthly BAS statistics, table ArbStatusM (AM0210A), content 000006II.",
  direction: 'decrease',
  caveats: [MONTHLY, MONTHLY_COVERAGE, NOT_ARBETSFORMEDLINGEN, NOT_RAMS, COPY_ROUTE],
});

/** The source's series ids → indicator, gender and birth region. Every series of a file must be here. */
const SERIES: Record<string, { meta: IndicatorMeta; gender: string; breakdown: string; monthly: boolean }> = {};
const GENDER_OF = { TOT: 'T', INR: 'T', UTR: 'T', KV: 'K', MAN: 'M' } as const;
const BIRTH_REGION_OF = { TOT: 'total', INR: 'inrikes-fodd', UTR: 'utrikes-fodd', KV: 'total', MAN: 'total' } as const;
for (const [prefix, meta, splits] of [
  ['S_SYSS', BAS_EMPLOYMENT, ['TOT', 'INR', 'UTR', 'KV', 'MAN']],
  ['S_ARBL', BAS_UNEMPLOYMENT, ['TOT', 'INR', 'UTR', 'KV', 'MAN']],
  ['S_ARKR', BAS_PARTICIPATION, ['TOT', 'INR', 'UTR']],
  ['K_SYSS', BAS_MONTHLY_EMPLOYMENT, ['TOT', 'INR', 'UTR', 'KV', 'MAN']],
  ['K_ARBL', BAS_MONTHLY_UNEMPLOYMENT, ['TOT', 'INR', 'UTR', 'KV', 'MAN']],
] as const) {
  // K_ series are the monthly table (AM0210A), S_ series the annual one (AM0210D).
  const monthly = prefix.startsWith('K_');
  for (const split of splits) SERIES[`${prefix}_${split}`] = { meta, gender: GENDER_OF[split], breakdown: BIRTH_REGION_OF[split], monthly };
}

/** The sex and birth region a series id stands for, as the file writes them: checked on every row. */
const FILE_SEX = { T: 'total', K: 'women', M: 'men' } as Record<string, string>;
const FILE_BIRTH_REGION = { total: 'total', 'inrikes-fodd': 'domestic_born', 'utrikes-fodd': 'foreign_born' } as Record<string, string>;

/** `2020M01` (the file's month) → `2020-01` (Måltal's); a year stays as it is. */
function period(text: string, file: string, line: number): string {
  if (/^[12][0-9]{3}$/.test(text)) return text;
  const month = /^([12][0-9]{3})M(0[1-9]|1[0-2])$/.exec(text);
  if (!month) throw new Error(`${file} line ${line}: period '${text}' is neither YYYY nor YYYYMmm`);
  return `${month[1]}-${month[2]}`;
}

function basRows(file: string, source: string, monthly: boolean, rows: Row[], out: Row[]): void {
  for (const [i, r] of rows.entries()) {
    const line = i + 2;
    const series = SERIES[r.series_id ?? ''];
    if (!series) throw new Error(`${file} line ${line}: unknown series_id '${r.series_id}'; add it to employment-bas.ts`);
    if (series.monthly !== monthly) throw new Error(`${file} line ${line}: series ${r.series_id} does not belong in this file`);
    if (r.age !== '20-64') throw new Error(`${file} line ${line}: age '${r.age}', expected '20-64'`);
    if (r.unit !== 'procent') throw new Error(`${file} line ${line}: unit '${r.unit}', expected 'procent'`);
    if (r.sex !== FILE_SEX[series.gender] || r.birth_region !== FILE_BIRTH_REGION[series.breakdown]) {
      throw new Error(
        `${file} line ${line}: series ${r.series_id} with sex '${r.sex}' and birth_region '${r.birth_region}' contradicts its id`,
      );
    }
    if (!r.value) throw new Error(`${file} line ${line}: empty value`);
    out.push({
      indicator: series.meta.id,
      geo: geoCode(r.region_code ?? ''),
      period: period(r.period ?? '', file, line),
      gender: series.gender,
      breakdown: series.breakdown,
      value: r.value,
      // SCB publishes the monthly figures as preliminary and revises them later.
      status: monthly ? 'provisional' : 'final',
      note: '',
      sources: source,
    });
  }
}

export interface BasResult {
  meta: IndicatorMeta[];
  rows: Row[];
  read: Record<string, number>;
}

/** Reads both BAS files and returns their indicators and observations, one per source row. */
export function basObservations(): BasResult {
  const annual = readSourceCsv(BAS_ANNUAL_FILE);
  const monthly = readSourceCsv(BAS_MONTHLY_FILE);
  const rows: Row[] = [];
  basRows(BAS_ANNUAL_FILE, BAS_ANNUAL_SOURCE, false, annual, rows);
  basRows(BAS_MONTHLY_FILE, BAS_MONTHLY_SOURCE, true, monthly, rows);
  return {
    meta: [BAS_EMPLOYMENT, BAS_UNEMPLOYMENT, BAS_PARTICIPATION, BAS_MONTHLY_EMPLOYMENT, BAS_MONTHLY_UNEMPLOYMENT],
    rows,
    read: { [BAS_ANNUAL_FILE]: annual.length, [BAS_MONTHLY_FILE]: monthly.length },
  };
}
