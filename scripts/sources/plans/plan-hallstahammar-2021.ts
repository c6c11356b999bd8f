/**
 * Builds `plan-hallstahammar-2021`: Hallstahammars kommun's Strategi och ramverk för hållbar utveckling
 * (KF 2021-10-25 § 129, valid to 2027-12-31), transcribed from the document
 * (../shared/seeds/002_e2b420e9d26851e3.txt): the overall aim of contributing to Agenda 2030, the three
 * sustainability dimensions as the document defines them, and the hållbarhetsbokslut that sums up the
 * follow-up. The document sets no targets; the measures it names in its definitions are kept as
 * document links, next to the series Måltal holds for Hallstahammar.
 */
import { fileURLToPath } from 'node:url';
import { basEmployment, basUnemployment } from './labour-market-measures.ts';
import { measureWithoutData, qualitativeMeasure, writePlanPackage, type GoalNode, type Measure } from './plan-package.ts';

const PLAN = 'hallstahammar-hallbar-utveckling-2021';
const GEO = '1961';

/** A measure the document names in its definition of a dimension; Måltal holds no series for it. */
function named(measure_sv: string, measure_en: string, direction: Measure['direction'], needed: { sv: string; en: string }): Measure {
  const why = {
    sv: 'Dokumentet nämner detta i sin definition av dimensionen men sätter inget mått eller målvärde.',
    en: 'The document names this in its definition of the dimension but sets no measure or target.',
  };
  return measureWithoutData({ measure_sv, measure_en, direction }, why, needed);
}

const ALL_SDGS = Array.from({ length: 17 }, (_, i) => i + 1);

const GOALS: GoalNode[] = [
  {
    key: 'agenda-2030',
    level: 'övergripande målsättning',
    title_sv:
      'Skapa förutsättningar för Hallstahammars kommun att förstärka vårt bidrag till genomförandet av Agenda 2030 och därigenom uppnå ett hållbart samhälle',
    title_en:
      'Create the conditions for Hallstahammar municipality to strengthen its contribution to implementing the 2030 Agenda, and thereby achieve a sustainable society',
    description_sv:
      'Den övergripande målsättningen med strategin och ramverket. Agenda 2030:s 17 mål ses som integrerade och odelbara; ' +
      'alla politiska mål för mandatperioden utgår från dem. Syftet är att tydliggöra arbetssättet gentemot Agenda 2030 och ' +
      'integrera det i ordinarie styrning, stärka samordning och samverkan, och stärka förutsättningarna för medvetna ' +
      'prioriteringar. Arbetet följer SIS vägledning SS 854000:2021 och fem principer (helheten, samverkan, systematik, ' +
      'prioritering, kommunikation).',
    sdg: ALL_SDGS,
    children: [
      {
        key: 'ekologisk',
        level: 'hållbarhetsdimension',
        title_sv: 'Ekologisk hållbarhet: planetens livsuppehållande system måste säkras',
        title_en: "Environmental sustainability: the planet's life-support systems must be secured",
        description_sv:
          'Uttaget av naturresurser liksom klimatpåverkan per person ska vara på en nivå som, om den tillämpas globalt, inte ' +
          'äventyrar planetens livsuppehållande system. Alla ska arbeta aktivt för att minska användningen av icke-förnyelsebara ' +
          'naturresurser och förebygga föroreningar, kontinuerligt minska energianvändningen och öka andelen förnybar energi, ' +
          'bevara den biologiska mångfalden och ekosystemens långsiktiga produktionsförmåga.',
        measures: [
          {
            basis: 'document',
            measure_sv: 'Klimatpåverkan per person',
            measure_en: 'Climate impact per person',
            indicator: 'kk_consumption_emissions_per_capita',
            direction: 'decrease',
            note: {
              sv: 'Dokumentet anger inte vilket mått; de konsumtionsbaserade utsläppen per invånare (Klimatkollen, 2023) ligger närmast "klimatpåverkan per person som, om den tillämpas globalt, inte äventyrar planetens livsuppehållande system". En modellskattning för ett år, ingen tidsserie.',
              en: 'The document does not say which measure; consumption-based emissions per inhabitant (Klimatkollen, 2023) come closest to "climate impact per person at a level that, applied globally, does not endanger the planet\'s life-support systems". A model estimate for one year, not a time series.',
            },
          },
          named(
            'Uttaget av naturresurser och användningen av icke-förnyelsebara naturresurser',
            'Extraction of natural resources and use of non-renewable resources',
            'decrease',
            {
              sv: 'en serie per kommun över materialanvändning eller användning av icke-förnybara resurser; någon sådan officiell kommunstatistik är inte känd för Måltal.',
              en: 'a series per municipality of material use or use of non-renewable resources; Måltal knows of no such official municipal statistics.',
            },
          ),
          named('Energianvändningen', 'Energy use', 'decrease', {
            sv: 'slutlig energianvändning per kommun och år (SCB:s och Energimyndighetens kommunala och regionala energistatistik).',
            en: "final energy use per municipality and year (SCB's and the Swedish Energy Agency's municipal and regional energy statistics).",
          }),
          named('Andelen förnybar energi', 'The share of renewable energy', 'increase', {
            sv: 'andelen förnybar energi i kommunens energianvändning per år (kommunal och regional energistatistik).',
            en: "the share of renewable energy in the municipality's energy use per year (municipal and regional energy statistics).",
          }),
          named('Den biologiska mångfalden (bevaras)', 'Biodiversity (to be preserved)', 'none', {
            sv: 'en kommunal serie över biologisk mångfald, t.ex. andelen skyddad natur av kommunens areal per år (SCB och Naturvårdsverket).',
            en: "a municipal biodiversity series, e.g. the share of the municipality's area under nature protection per year (SCB and the Swedish Environmental Protection Agency).",
          }),
          {
            basis: 'maltal',
            measure_sv: 'Konsumtionsbaserade utsläpp av växthusgaser från hushållen per invånare (SEI)',
            measure_en: 'Consumption-based greenhouse-gas emissions of households per inhabitant (SEI)',
            indicator: 'consumption_emissions_per_capita_households',
            direction: 'decrease',
            note: {
              sv: 'Närmast dokumentets klimatpåverkan per person, men bara hushållens konsumtion och bara 2023; en modellskattning.',
              en: "Closest to the document's climate impact per person, but households' consumption only and 2023 only; a model estimate.",
            },
          },
          {
            basis: 'maltal',
            measure_sv: 'Territoriella utsläpp av växthusgaser, alla sektorer (SMHI)',
            measure_en: 'Territorial greenhouse-gas emissions, all sectors (SMHI)',
            indicator: 'ghg_emissions_territorial',
            breakdown: 'total',
            direction: 'decrease',
            note: {
              sv: 'Utsläppen inom kommunens gränser, den klimatpåverkan kommunen följs upp på nationellt; totalt, inte per person.',
              en: "Emissions within the municipality's borders, the climate impact municipalities are followed on nationally; total, not per person.",
            },
          },
          {
            basis: 'maltal',
            measure_sv: 'Andel laddbara bilar av nyregistrerade personbilar (Klimatkollen)',
            measure_en: 'Rechargeable cars as a share of newly registered passenger cars (Klimatkollen)',
            indicator: 'new_passenger_cars_rechargeable_share',
            direction: 'increase',
            note: {
              sv: 'Visar omställningen från fossila drivmedel i trafiken, en del av minskad användning av icke-förnyelsebara resurser.',
              en: 'Shows the shift away from fossil fuels in road traffic, part of using fewer non-renewable resources.',
            },
          },
          {
            basis: 'maltal',
            measure_sv: 'Kommunen har en antagen klimatplan (Klimatkollen)',
            measure_en: 'The municipality has an adopted climate plan (Klimatkollen)',
            indicator: 'climate_plan_adopted',
            direction: 'increase',
            note: {
              sv: 'Klimatkollens kartläggning (läget 2026) fann ingen giltig klimatplan för Hallstahammar; strategin ses inte som en sådan.',
              en: "Klimatkollen's survey (as of 2026) found no valid climate plan for Hallstahammar; this strategy is not counted as one.",
            },
          },
        ],
      },
      {
        key: 'social',
        level: 'hållbarhetsdimension',
        title_sv: 'Social hållbarhet: det goda livet för alla',
        title_en: 'Social sustainability: the good life for all',
        description_sv:
          'En socialt hållbar samhällsutveckling där grundläggande mänskliga behov uppfylls för dagens och kommande generationer. ' +
          'Respekt för mänskliga rättigheter är centralt, liksom välfärdssystem anpassade till demografiska förändringar; ' +
          'jämställdhet, jämlikhet, demokrati, delaktighet, social sammanhållning och folkhälsa är viktiga aspekter. Den ' +
          'ekonomiska dimensionen är medlet och den ekologiska ramen.',
      },
      {
        key: 'ekonomisk',
        level: 'hållbarhetsdimension',
        title_sv: 'Ekonomisk hållbarhet: ekonomin ska användas som ett medel för en hållbar samhällsutveckling',
        title_en: 'Economic sustainability: the economy is to be used as a means for sustainable development',
        description_sv:
          'De ekonomiska flödena ska vara klimatsmarta och miljö- och människovänliga. En ekonomi som skapar förutsättningar för ' +
          'ökad social och miljömässig hållbarhet och där kostnader inte skjuts på framtiden, genom långsiktiga ekonomiska beslut ' +
          'och samarbeten.',
        measures: [
          basEmployment({
            sv: 'Sysselsättningen är ett vanligt mått på ekonomisk hållbarhet; dokumentet nämner den inte. Hallstahammar 2020–2024, bredvid Västmanlands län och riket.',
            en: 'Employment is a common measure of economic sustainability; the document does not name it. Hallstahammar 2020–2024, beside Västmanland county and Sweden.',
          }),
          basUnemployment({
            sv: 'Arbetslösheten i Hallstahammar 2020–2024; dokumentet nämner den inte.',
            en: 'Unemployment in Hallstahammar 2020–2024; the document does not name it.',
          }),
        ],
      },
      {
        key: 'hallbarhetsbokslut',
        level: 'hållbarhetsbokslut',
        title_sv: 'Planering, uppföljning och analys sammanfattas i ett hållbarhetsbokslut',
        title_en: 'Planning, follow-up and analysis are summed up in a sustainability report (hållbarhetsbokslut)',
        description_sv:
          'En prioriterad del av ramverket: resultat och effekt tydliggörs i ett övergripande hållbarhetsbokslut som redovisar ' +
          'och analyserar kommunens arbete utifrån de globala målen och den lokalt beslutade hållbarhetsambitionen, granskar om ' +
          'resurserna används effektivt och visar var fokus behövs. Det följer den ordinarie planerings- och uppföljningsprocessen.',
        measures: [
          qualitativeMeasure(
            {
              measure_sv:
                'Övergripande hållbarhetsbokslut: redovisning och analys av kommunens arbete utifrån de globala målen och den lokala hållbarhetsambitionen',
              measure_en:
                "Overall sustainability report: an account and analysis of the municipality's work against the global goals and the local sustainability ambition",
              direction: 'none',
            },
            {
              sv: 'Ramverkets uppföljningsform: en redovisning och analys i ord, som kommunen gör i sitt hållbarhetsbokslut; dokumentet anger inte vilka indikatorer bokslutet ska innehålla. Måltals serier bredvid dimensionerna ovan kan vara underlag.',
              en: "The framework's form of follow-up: an account and analysis in words, which the municipality makes in its sustainability report; the document does not say which indicators the report holds. Måltal's series beside the dimensions above can serve as material.",
            },
          ),
        ],
      },
    ],
  },
];

/** Writes datasets/plan-hallstahammar-2021 and returns its folder. */
export function buildPlanHallstahammar2021(): string {
  return writePlanPackage({
    name: 'plan-hallstahammar-2021',
    title: 'Hallstahammars kommun: Strategi och ramverk för hållbar utveckling (2021)',
    title_en: 'Hallstahammar municipality: strategy and framework for sustainable development (2021)',
    description:
      'Den övergripande målsättningen (bidraget till Agenda 2030), de tre hållbarhetsdimensionerna och hållbarhetsbokslutet ' +
      'i Hallstahammars kommuns Strategi och ramverk för hållbar utveckling, KF 2021-10-25 § 129, med de mått dokumentet ' +
      'nämner och de serier i Måltal som följer dem.',
    description_en:
      'The overall aim (the contribution to the 2030 Agenda), the three sustainability dimensions and the sustainability ' +
      "report in Hallstahammar municipality's strategy and framework for sustainable development, adopted by the council on " +
      '25 October 2021 (§ 129), with the measures the document names and the series in Måltal that follow them.',
    municipality: { sv: 'Hallstahammars kommun', en: 'Hallstahammar municipality' },
    source: {
      title: 'Strategi och ramverk för hållbar utveckling: Tillsammans för hållbar utveckling i Hallstahammars kommun',
      seedFile: '002_e2b420e9d26851e3.txt',
      note: 'Beslutad av kommunfullmäktige 2021-10-25 § 129; giltighetstid 2027-12-31; granskas en gång per mandatperiod. Dokumentansvarig: kommunstrateg, kommunstyrelseförvaltningen.',
    },
    caveats: [
      {
        sv:
          'Strategin sätter inga målvärden och inga indikatorer; den beskriver hur arbetet ska organiseras och följas upp. Den ' +
          'övergripande målsättningen är kopplad till alla 17 Agenda 2030-mål eftersom dokumentet tar Agenda 2030 som helhet ' +
          '(integrerade och odelbara mål) som utgångspunkt; dimensionerna kopplas inte till enskilda mål i texten. ' +
          'Målnummer som nämns som exempel på samband (mål 3, 4, 8, 10, 11, 13, 16, 17) är inte lagda som kopplingar.',
        en:
          'The strategy sets no targets and no indicators; it describes how the work is organised and followed up. The overall ' +
          'aim is linked to all 17 Agenda 2030 goals because the document takes the Agenda as a whole (integrated, indivisible ' +
          'goals) as its basis; the text links the dimensions to no single goals. Goal numbers given as examples of ' +
          'interlinkages (goals 3, 4, 8, 10, 11, 13, 16, 17) are not recorded as links.',
      },
      {
        sv: 'Dokumentets organisation (hållbarhetsutskott, hållbarhetsråd, analysgrupp, arbetsgrupper) och de fem principerna är inte mål och ingår inte i målträdet.',
        en: "The document's organisation (sustainability committee, council, analysis group, working groups) and its five principles are not goals and are not part of the goal tree.",
      },
    ],
    builtBy: 'scripts/sources/plans/plan-hallstahammar-2021.ts',
    plan: {
      id: PLAN,
      geo: GEO,
      title_sv: 'Strategi och ramverk för hållbar utveckling',
      title_en: 'Strategy and framework for sustainable development',
      type: 'framework',
      adopted_by: 'Kommunfullmäktige',
      adopted: '2021-10-25',
      valid_until: '2027-12-31',
      document: 'Hallstahammars kommun, Strategi och ramverk för hållbar utveckling, kommunfullmäktige 2021-10-25 § 129',
      start_year: 2021,
      summary_sv:
        'Ett övergripande styrdokument för styrelse och nämnder (vägledande för koncernen) som ska förstärka kommunens bidrag ' +
        'till Agenda 2030: en gemensam syn på de tre hållbarhetsdimensionerna, fem principer, ett ramverk enligt SIS vägledning ' +
        'SS 854000:2021 där planering, uppföljning och analys sammanfattas i ett hållbarhetsbokslut, och organisationen för arbetet.',
      summary_en:
        'An overall steering document for the executive board and the boards (guiding for the municipal group) to strengthen ' +
        "the municipality's contribution to the 2030 Agenda: a shared view of the three dimensions of sustainability, five " +
        'principles, a framework following the SIS guidance SS 854000:2021 in which planning, follow-up and analysis are summed ' +
        'up in a sustainability report, and the organisation of the work.',
      goals: GOALS,
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildPlanHallstahammar2021();
