/**
 * Builds `plan-haninge-2020`: Förslag till Arbetsmarknadsstrategi för Haninge kommun (remissversion,
 * 2020), transcribed from the document (../shared/seeds/001_fe3b09be278228ea.txt): the målbild, the two
 * strategiområden and their strategies 1.1–1.4 and 2.1–2.4. The document links nothing to Agenda 2030
 * and names no follow-up indicators; the measures it names when it describes the situation are kept as
 * document links, next to the series Måltal holds for Haninge.
 */
import { fileURLToPath } from 'node:url';
import { BAS_EMPLOYMENT, BAS_UNEMPLOYMENT } from '../employment-bas.ts';
import { basEmployment, basGap } from './labour-market-measures.ts';
import { measureWithoutData, writePlanPackage, type GoalNode, type Measure } from './plan-package.ts';

const PLAN = 'haninge-arbetsmarknadsstrategi-2020';
const GEO = '0136';

/** A measure the document names without defining it, for which Måltal holds no series for Haninge. */
function named(measure_sv: string, measure_en: string, direction: Measure['direction'], needed: { sv: string; en: string }): Measure {
  const why = { sv: 'Dokumentet nämner måttet men definierar det inte.', en: 'The document names the measure but does not define it.' };
  return measureWithoutData({ measure_sv, measure_en, direction }, why, needed);
}

/** A measure the document names without defining it, followed by the series Måltal judges closest. */
function namedWith(
  measure_sv: string,
  measure_en: string,
  indicator: string,
  direction: Measure['direction'],
  note: { sv: string; en: string },
): Measure {
  return { basis: 'document', measure_sv, measure_en, indicator, direction, note };
}

const GOALS: GoalNode[] = [
  {
    key: 'malbild',
    level: 'målbild',
    number: '1',
    title_sv:
      'Haninge är en attraktiv kommun där medborgarna genom utbildning och en stark arbetsmarknad ges bästa förutsättningar att skapa sin egen försörjning',
    title_en:
      'Haninge is an attractive municipality where education and a strong labour market give residents the best conditions to support themselves',
    description_sv:
      'Genom aktivt arbete med kompetensförsörjning för både privat och offentlig sektor, liksom utveckling av näringsliv och ' +
      'arbetsmarknad, bidrar Haninge till utveckling såväl av kommunen som av Södertörn och övriga Stockholmsregionen. ' +
      'Strategin är kommunens samlade styrdokument för en stark lokal arbetsmarknad med hög sysselsättning.',
    measures: [
      namedWith(
        'Sysselsättning (en stark lokal arbetsmarknad med hög sysselsättning)',
        'Employment (a strong local labour market with high employment)',
        BAS_EMPLOYMENT.id,
        'increase',
        {
          sv: 'Dokumentet nämner sysselsättningen utan att definiera den; den följs med SCB:s sysselsättningsgrad 20–64 år (BAS, 2020–2024) bredvid Stockholms län och riket.',
          en: "The document names employment without defining it; it is followed with SCB's employment rate aged 20–64 (BAS, 2020–2024) beside Stockholm county and Sweden.",
        },
      ),
      basGap('employment', {
        sv: 'Målbildens egen försörjning för alla medborgare: hur långt sysselsättningen bland utrikes födda ligger efter inrikes föddas. Dokumentet nämner inte gruppen.',
        en: "The vision's self-support for all residents: how far employment among the foreign-born lags that of the Swedish-born. The document does not name the group.",
      }),
      basEmployment(
        {
          sv: 'Sysselsättningen bland kvinnor i Haninge; dokumentet delar inte upp efter kön.',
          en: 'Employment among women in Haninge; the document does not split by sex.',
        },
        { gender: 'K' },
      ),
      {
        basis: 'maltal',
        measure_sv: 'Förvärvsarbetande invånare 20–64 år, andel (%) (Kolada N00914, RAMS)',
        measure_en: 'Gainfully employed residents aged 20–64, share (%) (Kolada N00914, RAMS)',
        indicator: 'N00914',
        direction: 'increase',
        note: {
          sv: 'Sysselsättningen i Haninge före strategin, 1998–2018 enligt RAMS. Nedlagt nyckeltal, inte jämförbart med BAS-serien; äldre än strategin.',
          en: "Haninge's employment before the strategy, 1998–2018 in RAMS. A discontinued KPI, not comparable with the BAS series; older than the strategy.",
        },
      },
    ],
  },
  {
    key: 'so1',
    level: 'strategiområde',
    number: '1',
    title_sv:
      'Haninge kommun ska genom proaktiva insatser verka för att stärka kompetensförsörjningen och medverka till en stark arbetsmarknad och därigenom förebygga arbetslöshet',
    title_en:
      'Through proactive efforts, Haninge municipality shall work to strengthen the supply of skills and contribute to a strong labour market, and thereby prevent unemployment',
    description_sv:
      'Avsnitt 2.1. Haninges befolkning har lägre utbildningsnivå än övriga Stockholmsregionen och riket; unga (särskilt unga ' +
      'män) med svag utbildningsbakgrund löper hög risk för långvarig arbetslöshet. Viktigast är ökad övergång till gymnasiet ' +
      'och ökad examinationsgrad, samverkan med högskolor, en vuxenutbildning som svarar mot arbetslivets behov (bl.a. ' +
      'svenska) och en samhällsplanering och ett näringslivsarbete som ger fler arbetstillfällen.',
    measures: [
      namedWith(
        'Andel invånare med högst grundskola (högre i Haninge än i Stockholmsregionen och riket)',
        'Share of residents with at most compulsory school (higher in Haninge than in the Stockholm region and Sweden)',
        'N01984',
        'decrease',
        {
          sv: 'Invånare 25–64 år med förgymnasial utbildning (Kolada N01984), 2015–2024, bredvid Stockholms län och riket, som dokumentet jämför med.',
          en: 'Residents aged 25–64 with at most compulsory education (Kolada N01984), 2015–2024, beside Stockholm county and Sweden, which the document compares with.',
        },
      ),
      namedWith(
        'Andel invånare med eftergymnasial utbildning (lägre i Haninge än i Stockholmsregionen och riket)',
        'Share of residents with post-secondary education (lower in Haninge than in the Stockholm region and Sweden)',
        'N01982',
        'increase',
        {
          sv: 'Invånare 25–64 år med eftergymnasial utbildning (Kolada N01982), 2015–2024, bredvid Stockholms län och riket.',
          en: 'Residents aged 25–64 with post-secondary education (Kolada N01982), 2015–2024, beside Stockholm county and Sweden.',
        },
      ),
    ],
    children: [
      {
        key: 's1-1',
        level: 'strategi',
        number: '1.1',
        title_sv:
          'Särskilda insatser för unga för att öka deltagandet i studier (inklusive språk) inom både yrkesinriktade och högskoleförberedande gymnasieprogram för att uppnå ökad examinationsgrad',
        title_en:
          'Special efforts for young people to increase participation in studies (including language) in both vocational and university-preparatory upper-secondary programmes, to raise the graduation rate',
        description_sv:
          'Haninge kommun ska verka för detta; så att fler ungdomar fullgör gymnasieutbildning och blir bättre rustade för arbetslivet.',
        measures: [
          named(
            'Examinationsgrad från yrkesinriktade och högskoleförberedande gymnasieprogram',
            'Graduation rate from vocational and university-preparatory upper-secondary programmes',
            'increase',
            {
              sv: 'gymnasieelever med examen inom 4 år per hemkommun (Koladas N17461); Måltal har högskolebehörigheten inom 3 år (N17473) nedan, som är ett annat mått.',
              en: 'upper-secondary pupils with a diploma within 4 years per home municipality (Kolada N17461); Måltal holds eligibility for university within 3 years (N17473) below, which is a different measure.',
            },
          ),
          named('Övergång till gymnasiet', 'Transition to upper-secondary school', 'increase', {
            sv: 'andelen elever i årskurs 9 som börjar gymnasiet, per hemkommun; Måltal har behörigheten till yrkesprogram (N15428) nedan.',
            en: 'the share of year-9 pupils who go on to upper-secondary school, per home municipality; Måltal holds eligibility for vocational programmes (N15428) below.',
          }),
          {
            basis: 'maltal',
            measure_sv: 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%) (Kolada N15428)',
            measure_en: 'Pupils in year 9 eligible for a vocational programme, by home municipality, share (%) (Kolada N15428)',
            indicator: 'N15428',
            direction: 'increase',
            note: {
              sv: 'Behörighet till gymnasiet är en förutsättning för den övergång till gymnasiet som strategin vill öka. Haninge 1998–2025.',
              en: 'Eligibility for upper-secondary school is a precondition for the transition the strategy wants to increase. Haninge 1998–2025.',
            },
          },
          {
            basis: 'maltal',
            measure_sv: 'Gymnasieelever med grundläggande behörighet till högskolan inom 3 år, hemkommun, andel (%) (Kolada N17473)',
            measure_en: 'Upper-secondary pupils eligible for university within 3 years, by home municipality, share (%) (Kolada N17473)',
            indicator: 'N17473',
            direction: 'increase',
            note: {
              sv: 'Det gymnasieutfall som ligger närmast examinationsgraden i de data Måltal har; inte examen inom 4 år. Haninge 2015–2025.',
              en: 'The upper-secondary outcome closest to the graduation rate in the data Måltal holds; not a diploma within 4 years. Haninge 2015–2025.',
            },
          },
        ],
      },
      {
        key: 's1-2',
        level: 'strategi',
        number: '1.2',
        title_sv: 'Ökade kontakter med universitet och högskolor för kompetensförsörjning till privat och offentlig sektor',
        title_en: 'More contacts with universities and colleges to supply skills to the private and public sectors',
        description_sv:
          'Haninge kommun ska verka för detta; samverkan mellan gymnasieskola och högskola kan också öka övergångarna till eftergymnasial utbildning.',
        measures: [
          named('Övergångar till eftergymnasial utbildning', 'Transitions to post-secondary education', 'increase', {
            sv: 'andelen som börjar en eftergymnasial utbildning inom några år efter gymnasiet, per hemkommun (SCB:s och Universitetskanslersämbetets statistik över övergång till högskolan).',
            en: 'the share who begin post-secondary education within a few years of upper-secondary school, per home municipality (statistics on transition to higher education from SCB and the Swedish Higher Education Authority).',
          }),
        ],
      },
      {
        key: 's1-3',
        level: 'strategi',
        number: '1.3',
        title_sv: 'Effektiv vuxenutbildning som svarar mot kompetensbehov inom privat och offentlig sektor såväl som mot individens behov',
        title_en:
          "Effective adult education that meets the skills needs of the private and public sectors as well as the individual's needs",
        description_sv:
          'Haninge kommun ska verka för detta; fokus på utbildningar som svarar mot arbetslivets behov, prioritet för kunskaper i ' +
          'svenska, och genom CentrumVux kompletterande utbildning och "spårbyte" i arbetslivet.',
      },
      {
        key: 's1-4',
        level: 'strategi',
        number: '1.4',
        title_sv:
          'En övergripande samhällsplanering för ett varierat bostadsutbud och goda kommunikationer samt ett aktivt näringslivsarbete och insatser för ett gott företagsklimat',
        title_en:
          'Overall planning for a varied housing supply and good transport links, and active business development and efforts for a good business climate',
        description_sv:
          'Haninge kommun ska verka för detta; ett gott företagsklimat ska ge goda förutsättningar för fler arbetstillfällen.',
        measures: [
          named('Arbetstillfällen (tillkomst av fler arbetstillfällen)', 'Jobs (more jobs being created)', 'increase', {
            sv: 'antalet sysselsatta med arbetsplats i kommunen (dagbefolkningen) per år, ur SCB:s BAS.',
            en: 'the number of people employed with their workplace in the municipality (the daytime population) per year, from SCB BAS.',
          }),
        ],
      },
    ],
  },
  {
    key: 'so2',
    level: 'strategiområde',
    number: '2',
    title_sv:
      'Haninge kommun ska genom effektiva, reaktiva insatser stödja personer i arbetslöshet och försörjningssvårigheter i deras ambitioner till arbete/studier och till egen försörjning',
    title_en:
      'Through effective, reactive efforts, Haninge municipality shall support people in unemployment and financial difficulty in their aims of work or study and of supporting themselves',
    description_sv:
      'Avsnitt 2.2. Haninge har sedan många år högre arbetslöshet än Stockholms län i genomsnitt och på senare år även än ' +
      'riket, vilket ökar kostnaderna för försörjningsstöd; allt fler unga vuxna saknar egen försörjning. Insatserna utgår ' +
      'från individen: utbildning, språk, nätverk, praktikplatser och anpassade arbeten, kommunen som arbetsgivare och ' +
      'sociala hänsyn i upphandling.',
    measures: [
      namedWith(
        'Arbetslöshet (högre i Haninge än i Stockholms län i genomsnitt och på senare år än i riket)',
        'Unemployment (higher in Haninge than the Stockholm county average, and in recent years than Sweden)',
        BAS_UNEMPLOYMENT.id,
        'decrease',
        {
          sv: 'Dokumentet anger inte vilket arbetslöshetsmått det avser; här SCB:s registerbaserade arbetslöshet 20–64 år (BAS, 2020–2024), bredvid Stockholms län och riket som dokumentet jämför med. Det är inte Arbetsförmedlingens mått.',
          en: "The document does not say which unemployment measure it means; here SCB's register-based unemployment rate aged 20–64 (BAS, 2020–2024), beside Stockholm county and Sweden, which the document compares with. It is not the Public Employment Service's measure.",
        },
      ),
      named('Kommunens kostnader för försörjningsstöd', "The municipality's costs of financial assistance (försörjningsstöd)", 'decrease', {
        sv: 'kostnaden för försörjningsstöd (ekonomiskt bistånd) per invånare för år efter 2018, ur kommunernas räkenskapssammandrag (SCB); Måltals serie N31002 slutar 2018.',
        en: "the cost of financial assistance per inhabitant for years after 2018, from the municipalities' accounts (SCB); Måltal's series N31002 ends in 2018.",
      }),
      named('Unga vuxna som saknar egna försörjningsmöjligheter', 'Young adults without means of supporting themselves', 'decrease', {
        sv: 'andelen unga vuxna som varken arbetar eller studerar, per kommun, för år efter 2017 (SCB); Måltals serie N02906 slutar 2017.',
        en: "the share of young adults neither working nor studying, per municipality, for years after 2017 (SCB); Måltal's series N02906 ends in 2017.",
      }),
      basGap('unemployment', {
        sv: 'Vilka arbetslösheten drabbar: hur mycket högre den är bland utrikes födda än bland inrikes födda i Haninge.',
        en: 'Whom unemployment hits: how much higher it is among the foreign-born than among the Swedish-born in Haninge.',
      }),
      {
        basis: 'maltal',
        measure_sv: 'Kostnad för utbetalt ekonomiskt bistånd, kr per invånare (Kolada N31002)',
        measure_en: 'Cost of social assistance paid out, SEK per inhabitant (Kolada N31002)',
        indicator: 'N31002',
        direction: 'decrease',
        note: {
          sv: 'Följer de kostnader för försörjningsstöd som dokumentet beskriver som ökande. Haninge 1998–2018, före strategin.',
          en: 'Follows the costs of financial assistance the document describes as rising. Haninge 1998–2018, before the strategy.',
        },
      },
      {
        basis: 'maltal',
        measure_sv: 'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%) av befolkningen (Kolada N31816)',
        measure_en: 'Adults receiving long-term social assistance, share (%) of the population (Kolada N31816)',
        indicator: 'N31816',
        direction: 'decrease',
        note: {
          sv: 'Personer med försörjningshinder som strategiområdet ska stödja till egen försörjning. Haninge 2010–2018, före strategin.',
          en: 'People with obstacles to self-support whom the strategy area shall help to support themselves. Haninge 2010–2018, before the strategy.',
        },
      },
      {
        basis: 'maltal',
        measure_sv: 'Invånare 17–24 år som varken arbetar eller studerar, andel (%) (Kolada N02906)',
        measure_en: 'Residents aged 17–24 neither working nor studying, share (%) (Kolada N02906)',
        indicator: 'N02906',
        direction: 'decrease',
        note: {
          sv: 'Dokumentet lägger fokus på de, särskilt unga, som står utanför arbetsmarknaden. Haninge 2007–2017, före strategin; nedlagt nyckeltal.',
          en: 'The document focuses on those, especially the young, outside the labour market. Haninge 2007–2017, before the strategy; a discontinued KPI.',
        },
      },
    ],
    children: [
      {
        key: 's2-1',
        level: 'strategi',
        number: '2.1',
        title_sv:
          'Väl fungerande system som stödjer den enskildes behov av insatser för att uppnå en ökad förmåga till etablering på arbetsmarknaden',
        title_en:
          "Well-functioning systems that support the individual's need for efforts to become better able to enter the labour market",
        description_sv: 'Haninge kommun ska verka för detta.',
      },
      {
        key: 's2-2',
        level: 'strategi',
        number: '2.2',
        title_sv: 'Utveckla fungerande nätverk mellan individer och andra aktörer inom arbetsmarknad och utbildning',
        title_en: 'Develop working networks between individuals and other actors in the labour market and education',
        description_sv: 'Haninge kommun ska verka för detta.',
      },
      {
        key: 's2-3',
        level: 'strategi',
        number: '2.3',
        title_sv: 'Anskaffande av praktikplatser och vid behov anpassade arbeten inom både privat och offentlig sektor',
        title_en: 'Finding work placements and, where needed, adapted jobs in both the private and public sectors',
        description_sv: 'Haninge kommun ska verka för detta.',
      },
      {
        key: 's2-4',
        level: 'strategi',
        number: '2.4',
        title_sv: 'Att sociala hänsyn beaktas i kravspecifikationer i samband med upphandling och kommunala utvecklingsprojekt',
        title_en:
          'That social considerations are taken into account in the specifications of procurement and municipal development projects',
        description_sv: 'Haninge kommun ska verka för detta.',
      },
    ],
  },
];

/** Writes datasets/plan-haninge-2020 and returns its folder. */
export function buildPlanHaninge2020(): string {
  return writePlanPackage({
    name: 'plan-haninge-2020',
    title: 'Haninge kommun: Arbetsmarknadsstrategi (remissversion 2020)',
    title_en: 'Haninge municipality: labour-market strategy (consultation draft 2020)',
    description:
      'Målbild, strategiområden och strategier i förslaget till Arbetsmarknadsstrategi för Haninge kommun (remissversion ' +
      '2020), med de mått dokumentet nämner och de serier i Måltal som följer dem.',
    description_en:
      'The vision, strategy areas and strategies of the draft labour-market strategy for Haninge municipality (consultation ' +
      'draft 2020), with the measures the document names and the series in Måltal that follow them.',
    municipality: { sv: 'Haninge kommun', en: 'Haninge municipality' },
    source: {
      title: 'Förslag till Arbetsmarknadsstrategi för Haninge kommun (remissversion), 2020',
      seedFile: '001_fe3b09be278228ea.txt',
      note: 'Kommunstyrelseförvaltningen, Samhällsutveckling. Ett förslag på remiss; textkopian säger inte när eller om strategin antogs.',
    },
    caveats: [
      {
        sv:
          'Ett förslag (remissversion), inte en antagen strategi; den antagna versionen kan skilja sig. Dokumentet anger inga ' +
          'Agenda 2030-mål och inga uppföljningsindikatorer; de mått som står som basis "document" är sådana dokumentet nämner ' +
          'när det beskriver läget eller målen (arbetslöshet, utbildningsnivå, examinationsgrad, försörjningsstöd).',
        en:
          'A draft sent for consultation, not an adopted strategy; the adopted version may differ. The document gives no ' +
          'Agenda 2030 goals and no follow-up indicators; the measures marked basis "document" are those it names when it ' +
          'describes the situation or the aims (unemployment, education level, graduation rate, financial assistance).',
      },
      {
        sv: 'Avsnitt 3 (strategins genomförande: intern samverkan, samverkan med externa aktörer, handlingsplaner) är inte mål och ingår inte i målträdet.',
        en: 'Section 3 (implementation: internal cooperation, cooperation with external actors, action plans) holds no goals and is not part of the goal tree.',
      },
    ],
    builtBy: 'scripts/sources/plans/plan-haninge-2020.ts',
    plan: {
      id: PLAN,
      geo: GEO,
      title_sv: 'Arbetsmarknadsstrategi för Haninge kommun (remissversion)',
      title_en: 'Labour-market strategy for Haninge municipality (consultation draft)',
      type: 'strategy',
      document: 'Haninge kommun, Förslag till Arbetsmarknadsstrategi för Haninge kommun (remissversion), 2020',
      start_year: 2020,
      summary_sv:
        'Kommunens samlade styrdokument för en stark lokal arbetsmarknad med hög sysselsättning och ett aktivt bidrag till lokal ' +
        'och regional kompetensförsörjning: en målbild, strategiområde 1 (proaktiva insatser, strategier 1.1–1.4) och ' +
        'strategiområde 2 (reaktiva insatser för personer i arbetslöshet, strategier 2.1–2.4), och hur strategin ska genomföras. ' +
        'Den kompletterar Översiktsplan 2030, Stadsutvecklingsplanen och Näringslivsstrategi 2017 och är ingen handlingsplan.',
      summary_en:
        "The municipality's overall steering document for a strong local labour market with high employment and an active " +
        'contribution to local and regional skills supply: a vision, strategy area 1 (proactive efforts, strategies 1.1–1.4) ' +
        'and strategy area 2 (reactive efforts for people in unemployment, strategies 2.1–2.4), and how the strategy is to be ' +
        'carried out. It complements the comprehensive plan 2030, the urban development plan and the business strategy 2017 ' +
        'and is not an action plan.',
      goals: GOALS,
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildPlanHaninge2020();
