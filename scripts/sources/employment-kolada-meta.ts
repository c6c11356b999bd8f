/**
 * Hand-written metadata for the Kolada series in the `employment` package, keyed by the title as
 * exported, which is how the source rows are matched (many exported titles have no KPI id).
 * Ids follow PROVENANCE: the Kolada id where it gives one, otherwise a stable `kolada-` id.
 * Swedish descriptions of catalogued KPIs come from Kolada's KPI catalogue, not from here.
 */
import type { Bilingual } from '../lib/package-format.ts';
import type { IndicatorMeta, SdgLink } from './employment-meta.ts';

const EMPLOYMENT_85: SdgLink[] = [{ goal: 8, target: '8.5', relation: 'proxy' }];
const POVERTY_12: SdgLink[] = [{ goal: 1, target: '1.2', relation: 'proxy' }];
const POVERTY_12_CONTEXT: SdgLink[] = [{ goal: 1, target: '1.2', relation: 'context' }];

const U_KPI: Bilingual = {
  sv: 'Titlar som börjar med "U." är Koladas U-nyckeltal (jämförelsenyckeltal).',
  en: 'Titles beginning with "U." are Kolada\'s U-KPIs (comparison KPIs).',
};

function notVerified(sv: string, en: string): Bilingual {
  return { sv: `${sv} Inte verifierat.`, en: `${en} Not verified.` };
}

function employedByAge(id: string, band: string): IndicatorMeta {
  return {
    id,
    definer: 'kolada',
    title_sv: `Förvärvsarbetande invånare ${band} år, andel (%)`,
    title_en: `Employed residents aged ${band.replace('-', '–')}, share (%)`,
    description_en: `Employed residents aged ${band.replace('-', '–')} divided by all residents of that age on 31 December. Employed means wage income from employment in November or income from active business (SCB RAMS).`,
    unit: 'percent',
    decimals: 1,
    direction: 'increase',
    topic: 'labour-market',
    caveats: [],
    sdg: EMPLOYMENT_85,
  };
}

function sectorShare(id: string, sv: string, en: string): IndicatorMeta {
  return {
    id,
    definer: 'kolada',
    title_sv: `Förvärvsarbetande i ${sv}, andel (%)`,
    title_en: `Employed in the ${en}, share (%)`,
    description_sv: `Andel (%) av de förvärvsarbetande som arbetar i ${sv}, som i KLD:s (Koladas) export från 2012. Exporten ger ingen definition; om andelen avser de som bor eller de som arbetar i kommunen framgår inte.`,
    description_en: `Share (%) of the employed who work in the ${en}, as in KLD's (Kolada's) 2012 export. The export gives no definition; whether it counts people living or working in the municipality is not stated.`,
    unit: 'percent',
    decimals: 1,
    direction: 'none',
    topic: 'labour-market',
    caveats: [],
    sdg: [],
  };
}

function unemployment(meta: Omit<IndicatorMeta, 'definer' | 'unit' | 'decimals' | 'direction' | 'topic' | 'sdg'>): IndicatorMeta {
  return { definer: 'kolada', unit: 'percent', decimals: 1, direction: 'decrease', topic: 'labour-market', sdg: EMPLOYMENT_85, ...meta };
}

export const KOLADA_META: IndicatorMeta[] = [
  {
    ...employedByAge('N00914', '20-64'),
    successors: 'scb-bas-sysselsattningsgrad-20-64',
    caveats: [
      {
        sv: 'N00914 bygger på SCB:s registerbaserade arbetsmarknadsstatistik (RAMS). RAMS ersattes av Befolkningens arbetsmarknadsstatus (BAS), och N00914 finns inte i Koladas katalog 2026-03. Aktuella värden: SCB:s BAS-serie scb-bas-sysselsattningsgrad-20-64 (2020–2024, alla kommuner, efter födelseregion och kön). Den är inte jämförbar med N00914; läs serierna var för sig. Koladas egna efterföljare (N02267 Sysselsättningsgrad 20-64 år, N02268 utrikes födda, N02269 inrikes födda, N02243 Sysselsatta invånare 20-65 år) finns inte hos Måltal.',
        en: "N00914 is based on SCB's register-based labour market statistics (RAMS). RAMS was replaced by Labour market status of the population (BAS), and N00914 is not in Kolada's 2026-03 catalogue. Current values: SCB's BAS series scb-bas-sysselsattningsgrad-20-64 (2020–2024, every municipality, by birth region and sex). It is not comparable with N00914; read the series separately. Kolada's own successors (N02267 employment rate 20–64, N02268 born abroad, N02269 born in Sweden, N02243 employed residents aged 20–65) are not held by Måltal.",
      },
      {
        sv: 'Brott i serien från 2019: SCB bytte från årliga kontrolluppgifter (KU) till månatliga arbetsgivardeklarationer (AGI). Värden från 2019 har status break; jämför dem med tidigare år med försiktighet.',
        en: 'Break in series from 2019: SCB switched from annual income statements (KU) to monthly employer declarations (AGI). Values from 2019 on have status break; compare them with earlier years with care.',
      },
      {
        sv: 'Värdena kommer från exporter gjorda 2012 (S3), 2020 (S1) och 2023 (S5). Kolada kan ha reviderat dem sedan dess. Riket saknas; kön (K/M) finns bara för Region Dalarna.',
        en: 'Values come from exports made in 2012 (S3), 2020 (S1) and 2023 (S5). Kolada may have revised them since. Riket is not available; K/M only for Region Dalarna.',
      },
    ],
  },
  {
    ...employedByAge('kolada-forvarvsarbetande-16-19', '16-19'),
    description_sv:
      'Förvärvsarbetande invånare 16-19 år som andel av alla invånare 16-19 år, som i KLD:s (Koladas) export från 2012. Titeln finns inte i Koladas katalog; definitionen antas följa övriga åldersgrupper (N00909–N00913).',
    caveats: [
      notVerified(
        'Ett annat repositoriums README anger id N00908, som inte finns i Koladas katalog 2024-03 eller 2026-03.',
        "Another repository's README gives the id N00908, which is in neither Kolada's 2024-03 nor its 2026-03 catalogue.",
      ),
    ],
  },
  employedByAge('N00909', '20-24'),
  employedByAge('N00910', '25-34'),
  employedByAge('N00911', '35-49'),
  employedByAge('N00912', '50-59'),
  employedByAge('N00913', '60-64'),
  sectorShare('kolada-forvarvsarbetande-kommun-landstingssektor', 'kommun-/landstingssektor', 'municipal/county council sector'),
  sectorShare('kolada-forvarvsarbetande-privat-sektor', 'privat sektor', 'private sector'),
  sectorShare('kolada-forvarvsarbetande-ovriga-sektorer', 'övriga sektorer', 'other sectors'),
  {
    id: 'kolada-utpendling',
    definer: 'kolada',
    title_sv: 'Utpendlingsomfattning i kommunen, (%)',
    title_en: 'Out-commuting from the municipality (%)',
    description_sv: 'Utpendlingsomfattning i kommunen i procent, som i KLD:s (Koladas) export från 2012. Exporten ger ingen definition.',
    description_en:
      "Extent of out-commuting from the municipality in per cent, as in KLD's (Kolada's) 2012 export. The export gives no definition.",
    unit: 'percent',
    decimals: 1,
    direction: 'none',
    topic: 'labour-market',
    caveats: [],
    sdg: [],
  },
  unemployment({
    id: 'kolada-arbetsloshet',
    title_sv: 'Arbetslöshet, (%)',
    title_en: 'Unemployment (%)',
    description_sv: 'Arbetslöshet i procent, med den gamla titeln i KLD:s (Koladas) exporter från 2012. Källfilerna ger ingen definition.',
    description_en: "Unemployment in per cent, under the old title in KLD's (Kolada's) 2012 exports. The source files give no definition.",
    caveats: [
      {
        sv: 'Den gamla titeln "Arbetslöshet, (%)" har ingen definition i källfilerna. Slå inte ihop serien med nuvarande nyckeltal utan att kontrollera definitionen.',
        en: 'The old title "Arbetslöshet, (%)" has no definition in the source files. Do not merge the series with current KPIs without checking the definition.',
      },
    ],
  }),
  unemployment({
    id: 'kolada-arbetsloshet-18-64',
    title_sv: 'Arbetslöshet 18-64 år, andel (%) av bef.',
    title_en: 'Unemployment aged 18–64, share (%) of the population',
    description_sv:
      'Arbetslösa invånare 18-64 år som andel av befolkningen 18-64 år, som i Kolada-exporten för Stockholms län 2020. Exporten ger ingen definition.',
    description_en:
      'Unemployed residents aged 18–64 as a share of the population aged 18–64, as in the 2020 Kolada export for Stockholms län. The export gives no definition.',
    caveats: [
      notVerified(
        'Troligen en tidigare titel på N03920 (Arbetslösa av befolkningen, 18-65 år).',
        'Probably a former title of N03920 (unemployed of the population, 18–65).',
      ),
    ],
  }),
  unemployment({
    id: 'kolada-arbetslosa-konjunkturprogram-16-64',
    title_sv: 'Invånare 16-64 år som är arbetslösa el. i konjunkturberoende program, andel av bef (%)',
    title_en: 'Residents aged 16–64 who are unemployed or in cyclical labour-market programmes, share (%) of the population',
    description_sv:
      'Invånare 16-64 år som är arbetslösa eller i konjunkturberoende arbetsmarknadspolitiska program, som andel av befolkningen 16-64 år, som i Kolada-exporterna för Stockholms län 2020.',
    description_en:
      'Residents aged 16–64 who are unemployed or in cyclical labour-market programmes, as a share of the population aged 16–64, as in the 2020 Kolada exports for Stockholms län.',
    caveats: [
      notVerified(
        'Koladas katalog 2024-03 har N00800 med samma titel följd av "(-2020)"; troligen samma nyckeltal.',
        'Kolada\'s 2024-03 catalogue has N00800 with the same title followed by "(-2020)"; probably the same KPI.',
      ),
    ],
  }),
  unemployment({
    id: 'kolada-langtidsarbetsloshet-16-24',
    title_sv: 'Långtidsarbetslöshet 16-24 år, andel (%) av bef.',
    title_en: 'Long-term unemployment aged 16–24, share (%) of the population',
    description_sv:
      'Långtidsarbetslösa invånare 16-24 år som andel av befolkningen 16-24 år, som i Kolada-exporten för Stockholms län 2020. Exporten ger ingen definition.',
    description_en:
      'Long-term unemployed residents aged 16–24 as a share of the population aged 16–24, as in the 2020 Kolada export for Stockholms län. The export gives no definition.',
    caveats: [
      notVerified(
        'Koladas katalog 2026-03 har N03922 "Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av bef. (-2024)"; möjligen samma nyckeltal.',
        'Kolada\'s 2026-03 catalogue has N03922 "Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av bef. (-2024)"; possibly the same KPI.',
      ),
    ],
  }),
  unemployment({
    id: 'N03926',
    title_sv: 'Långtidsarbetslöshet 25-64 år, årsmedelvärde, andel (%) av bef.',
    title_en: 'Long-term unemployment aged 25–64, annual average, share (%) of the population',
    description_en:
      'Residents aged 25–64 (annual average of year T) who have been openly unemployed or in programmes with activity support for at least six months, divided by residents of that age on 31 December of year T−1 (Arbetsförmedlingen). From 2023 Kolada uses the age band 25–65.',
    caveats: [],
  }),
  unemployment({
    id: 'kolada-u-arbetslosa-18-64',
    title_sv: 'U. Invånare 18-64 år som någon gång under året varit arbetslösa, andel (%)',
    title_en: 'U. Residents aged 18–64 who were unemployed at some time during the year, share (%)',
    description_sv:
      'Invånare 18-64 år som någon gång under året varit arbetslösa, som andel av invånarna 18-64 år, som i KLD:s (Koladas) export från 2012.',
    description_en:
      "Residents aged 18–64 who were unemployed at some time during the year, as a share of residents aged 18–64, as in KLD's (Kolada's) 2012 export.",
    caveats: [U_KPI],
  }),
  unemployment({
    id: 'kolada-u-arbetslosa-utan-ersattning-18-64',
    title_sv: 'U. Invånare 18-64 år som någon gång under året varit arbetslösa utan ersättning, andel (%)',
    title_en: 'U. Residents aged 18–64 who were unemployed without benefit at some time during the year, share (%)',
    description_sv:
      'Invånare 18-64 år som någon gång under året varit arbetslösa utan ersättning, som andel av invånarna 18-64 år, som i KLD:s (Koladas) export från 2012.',
    description_en:
      "Residents aged 18–64 who were unemployed without benefit at some time during the year, as a share of residents aged 18–64, as in KLD's (Kolada's) 2012 export.",
    caveats: [
      U_KPI,
      notVerified(
        'Koladas katalog 2026-03 har U00801 med samma titel utan "U.".',
        'Kolada\'s 2026-03 catalogue has U00801 with the same title without "U.".',
      ),
    ],
  }),
  {
    ...unemployment({
      id: 'N02906',
      title_sv: 'Invånare 17-24 år som varken arbetar eller studerar, andel (%)',
      title_en: 'Residents aged 17–24 who neither work nor study, share (%)',
      description_en:
        'Residents aged 17–24 who during the calendar year had no income above one price base amount, no student aid, were not registered in education and did not study Swedish for immigrants (SFI) for more than 60 hours. Up to 2014 cross-border commuters to Norway and Denmark were also excluded (SCB RAMS).',
      caveats: [],
    }),
    sdg: [{ goal: 8, target: '8.6', relation: 'proxy' }],
  },
  {
    id: 'N02926',
    definer: 'kolada',
    title_sv: 'Utrikes födda, andel (%)',
    title_en: 'Born abroad, share (%)',
    description_en: 'Residents born abroad divided by all residents on 31 December (SCB, Total Population Register).',
    unit: 'percent',
    decimals: 1,
    direction: 'none',
    topic: 'population',
    caveats: [],
    sdg: [],
  },
  {
    id: 'N15428',
    definer: 'kolada',
    title_sv: 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)',
    title_en: 'Pupils in year 9 eligible for a vocational upper-secondary programme, home municipality, share (%)',
    description_en:
      'Pupils in year 9 eligible for a vocational programme in upper-secondary school, divided by pupils who received or should have received grades in at least one subject; pupils registered in the municipality. Requirements changed after 2011 (SCB and Skolverket).',
    unit: 'percent',
    decimals: 1,
    direction: 'increase',
    topic: 'education',
    caveats: [],
    sdg: [{ goal: 4, target: '4.1', relation: 'proxy' }],
  },
  {
    id: 'N31001',
    definer: 'kolada',
    title_sv: 'Kostnad ekonomiskt bistånd, kr/inv',
    title_en: 'Cost of financial assistance (ekonomiskt bistånd), SEK per inhabitant',
    description_en:
      'Gross cost minus internal revenue and sales to other municipalities and regions for financial assistance (including investigation costs), divided by all inhabitants on 31 December. Assistance to refugee households is excluded (SCB).',
    unit: 'sekPerInhabitant',
    decimals: 0,
    direction: 'decrease',
    topic: 'welfare',
    caveats: [],
    sdg: POVERTY_12_CONTEXT,
  },
  {
    id: 'N31010',
    definer: 'kolada',
    title_sv: 'Kostnad ekonomiskt bistånd, kr/inv 0-64 år',
    title_en: 'Cost of financial assistance (ekonomiskt bistånd), SEK per inhabitant aged 0–64',
    description_en:
      'Gross cost minus internal revenue and sales to other municipalities and regions for financial assistance (including investigation costs), divided by inhabitants aged 0–64 on 31 December. Assistance to refugee households is excluded (SCB).',
    unit: 'sekPerInhabitant0to64',
    decimals: 0,
    direction: 'decrease',
    topic: 'welfare',
    caveats: [],
    sdg: POVERTY_12_CONTEXT,
  },
  {
    id: 'N31002',
    definer: 'kolada',
    title_sv: 'Kostnad utbetalt ekonomiskt bistånd, kr/inv',
    title_en: 'Financial assistance paid out (ekonomiskt bistånd), SEK per inhabitant',
    description_en:
      "Gross cost of external grants and transfers within financial assistance, divided by all inhabitants on 31 December. Assistance paid to refugee households is excluded (SCB's local government accounts).",
    unit: 'sekPerInhabitant',
    decimals: 0,
    direction: 'decrease',
    topic: 'welfare',
    caveats: [],
    sdg: POVERTY_12_CONTEXT,
  },
  {
    id: 'N31816',
    definer: 'kolada',
    title_sv: 'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%) av befolkningen',
    title_en: 'Adult recipients of long-term financial assistance, share (%) of the population',
    description_en:
      'Adult recipients of financial assistance for 10–12 months of the year, divided by adult inhabitants (18 and over) (Socialstyrelsen).',
    unit: 'percent',
    decimals: 1,
    direction: 'decrease',
    topic: 'welfare',
    caveats: [
      {
        sv: 'Kolada införde 2021 en reviderad metod och reviderade data från 2017; värdena här kommer från en export 2020 och följer troligen den äldre metoden.',
        en: 'Kolada introduced a revised method in 2021 and revised data from 2017; the values here come from a 2020 export and probably follow the older method.',
      },
    ],
    sdg: POVERTY_12,
  },
  {
    id: 'kolada-u-kostnad-forsorjningsstod-per-utredning',
    definer: 'kolada',
    title_sv: 'U. Kostnad försörjningsstöd, kr/utredning',
    title_en: 'U. Cost of income support (försörjningsstöd), SEK per investigation',
    description_sv:
      'Kostnad för försörjningsstöd per utredning i kronor, som i KLD:s (Koladas) EOS-export från 2012. Exporten ger ingen definition.',
    description_en:
      "Cost of income support per investigation in SEK, as in KLD's (Kolada's) 2012 EOS export. The export gives no definition.",
    unit: 'sekPerInvestigation',
    decimals: 0,
    direction: 'none',
    topic: 'welfare',
    caveats: [U_KPI, { sv: 'Bara 93 kommuner har värden.', en: 'Only 93 municipalities have values.' }],
    sdg: [],
  },
  {
    id: 'N02904',
    definer: 'kolada',
    title_sv: 'Invånare 0-19 år i ekonomiskt utsatta hushåll, andel (%)',
    title_en: 'Residents aged 0–19 in economically vulnerable households, share (%)',
    description_en:
      'Residents aged 0–19 in households with low income or financial assistance, divided by all residents aged 0–19. From 2011 based on the new household concept and population definition (SCB).',
    unit: 'percent',
    decimals: 1,
    direction: 'decrease',
    topic: 'welfare',
    caveats: [],
    sdg: POVERTY_12,
  },
  {
    id: 'U01803',
    definer: 'kolada',
    title_sv: 'Invånare 18-64 år med låg inkomst, andel (%)',
    title_en: 'Residents aged 18–64 with low income, share (%)',
    description_en:
      'Residents aged 18–64 with total income (excluding financial assistance) below 60 per cent of the national median for ages 18–64, divided by residents aged 18–64 (Socialstyrelsen).',
    unit: 'percent',
    decimals: 1,
    direction: 'decrease',
    topic: 'welfare',
    caveats: [
      {
        sv: 'Kolada ändrade definitionen av låg inkomst 2019; värdena här (till 2018) följer den äldre definitionen.',
        en: 'Kolada changed the low-income definition in 2019; the values here (up to 2018) follow the older definition.',
      },
    ],
    sdg: POVERTY_12,
  },
  {
    id: 'kolada-u-lag-inkomst-18-64',
    definer: 'kolada',
    title_sv: 'U. Invånare 18-64 år med låg inkomst, andel (%)',
    title_en: 'U. Residents aged 18–64 with low income, share (%)',
    description_sv: 'Invånare 18-64 år med låg inkomst som andel av invånarna 18-64 år, som i KLD:s (Koladas) EOS-export från 2012.',
    description_en: "Residents aged 18–64 with low income as a share of residents aged 18–64, as in KLD's (Kolada's) 2012 EOS export.",
    unit: 'percent',
    decimals: 1,
    direction: 'decrease',
    topic: 'welfare',
    caveats: [
      U_KPI,
      notVerified(
        'Troligen samma nyckeltal som U01803; serierna hålls isär eftersom titlarna skiljer sig.',
        'Probably the same KPI as U01803; the series are kept apart because the titles differ.',
      ),
    ],
    sdg: POVERTY_12,
  },
  {
    id: 'N00905',
    definer: 'kolada',
    title_sv: 'Mediannettoinkomst, kr/inv 20+',
    title_en: 'Median net income, SEK, residents aged 20+',
    description_en:
      'Median disposable net income of persons aged 20 and over: all taxable and tax-free income minus tax and other negative transfers, per individual, for persons registered both on 1 January and 31 December (SCB).',
    unit: 'sek',
    decimals: 0,
    direction: 'increase',
    topic: 'economy',
    caveats: [],
    sdg: [{ goal: 10, target: '10.1', relation: 'context' }],
  },
  {
    id: 'kolada-invanare-totalt',
    definer: 'kolada',
    title_sv: 'Invånare totalt, antal',
    title_en: 'Inhabitants, total, number',
    description_sv: 'Antal invånare totalt, som i Kolada-exporten för Stockholms län 2020.',
    description_en: 'Total number of inhabitants, as in the 2020 Kolada export for Stockholms län.',
    unit: 'persons',
    decimals: 0,
    direction: 'none',
    topic: 'population',
    caveats: [
      notVerified(
        'Titeln är densamma som för N01951 i Koladas katalog 2026-03.',
        "The title is the same as N01951's in Kolada's 2026-03 catalogue.",
      ),
    ],
    sdg: [],
  },
];
