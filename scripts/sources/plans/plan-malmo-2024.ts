/**
 * Builds `plan-malmo-2024`: Malmö stad's Kommunstyrelsens plan för kommunfullmäktigemål 2024,
 * transcribed from the document (../shared/seeds/003_1e8107dff64628d6.txt). Five målområden, twelve
 * kommunfullmäktigemål with the Agenda 2030 goals the document lists for each, the three budget
 * assignments (uppdrag) given to Kommunstyrelsen, and for each KF-mål the indicator Kommunstyrelsen
 * says it uses, its "önskat utfall", and what else it says it will follow up.
 */
import { fileURLToPath } from 'node:url';
import { basEmployment, basGap, basUnemployment } from './labour-market-measures.ts';
import { measureWithoutData, qualitativeMeasure, writePlanPackage, type GoalNode, type Measure } from './plan-package.ts';

const PLAN = 'malmo-kf-mal-2024';
const GEO = '1280';

/** A follow-up item the document names besides Kommunstyrelsen's indicator: an activity reported in words. */
function alsoFollowed(measure_sv: string, measure_en: string): Measure {
  return qualitativeMeasure(
    { measure_sv, measure_en, direction: 'none' },
    {
      sv: 'Kommunstyrelsen följer också upp detta enligt dokumentet (inte dess indikator för målet): en verksamhetsuppföljning som redovisas i ord.',
      en: 'The document says Kommunstyrelsen also follows this up (not its indicator for the goal): an account of activities, reported in words.',
    },
  );
}

/** Kommunstyrelsen's indicator for a goal: an activity or process, followed up in words, not a statistic. */
function ksIndicator(
  measure_sv: string,
  measure_en: string,
  desired_outcome_sv: string | undefined,
  detail: { sv: string; en: string },
): Measure {
  return qualitativeMeasure(
    { measure_sv, measure_en, direction: 'none', desired_outcome_sv },
    {
      sv: `Kommunstyrelsens indikator för målet enligt dokumentet: en aktivitet eller process som följs upp i ord; ${detail.sv}`,
      en: `Kommunstyrelsen's indicator for the goal, per the document: an activity or process followed up in words; ${detail.en}`,
    },
  );
}

/** What would let the CTC measures be followed: Malmö's results, which have not been found published. */
const CTC_RESULTS = {
  sv: 'Malmös CTC-resultat per faktor, årskurs, kön och område (andel elever med förhöjd nivå, antal svar); de har inte hittats publicerade. Paketet ctc har en indikator per faktor (ctc-com-r01 …) som fylls med npm run import:ctc.',
  en: "Malmö's CTC results per factor, school year, sex and area (share of pupils with an elevated level, number of answers); they were not found published. The ctc package has one indicator per factor (ctc-com-r01 …) to be filled with npm run import:ctc.",
};

const EMPLOYMENT = basEmployment({
  sv: 'Sysselsättningsgraden följer målets sysselsättningsdel; Malmö 2020–2024 bredvid Skåne län och riket.',
  en: "The employment rate follows the goal's employment part; Malmö 2020–2024 beside Skåne county and Sweden.",
});

const UNEMPLOYMENT = basUnemployment({
  sv: 'Arbetslösheten i Malmö 2020–2024 enligt SCB:s register (inte Arbetsförmedlingens mått), bredvid Skåne län och riket.',
  en: "Unemployment in Malmö 2020–2024 in SCB's register (not the Public Employment Service's measure), beside Skåne county and Sweden.",
});

const GOALS: GoalNode[] = [
  {
    key: 'mo1',
    level: 'målområde',
    title_sv: 'En stad med goda uppväxtvillkor för barn och unga',
    title_en: 'A city with good conditions for children and young people to grow up in',
    children: [
      {
        key: 'kf1',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad arbetar för att ge barn och unga goda uppväxtvillkor',
        title_en: 'The City of Malmö works to give children and young people good conditions to grow up in',
        description_sv:
          'Kommunstyrelsen hämtar under mandatperioden in data från CTC-enkäterna (Communities That Care), som genomförs ' +
          'vartannat år på stadens skolor för elever i årskurs 6 till andra året på gymnasiet och mäter skydds- och riskfaktorer. ' +
          'Under 2024 förändras organiseringen av CTC, arbetet med Koll Folkhälsa fortsätter och kommunstyrelsen leder Cities ' +
          'Changing Diabetes (folkhälsofrämjande insatser).',
        sdg: [1, 2, 3, 4, 5, 10, 16],
        measures: [
          qualitativeMeasure(
            {
              measure_sv:
                'Hur resultaten från CTC-enkäterna omsätts i områdesspecifika handlingsplaner och om genomförandet av dessa kan visa på mätbara effekter i barn och ungas livsvillkor',
              measure_en:
                "How the results of the CTC surveys are turned into area-specific action plans, and whether carrying them out shows measurable effects on children's and young people's living conditions",
              direction: 'increase',
              desired_outcome_sv:
                'Ökat användande av CTC-enkäten som underlag till handlingsplaner i stadens gemensamma preventionsarbete.',
            },
            {
              sv: 'Kommunstyrelsens indikator för målområdet enligt dokumentet: hur enkäten används i handlingsplaner, som följs upp i ord. Effekterna syns i risk- och skyddsfaktorerna nedan.',
              en: "Kommunstyrelsen's indicator for the målområde, per the document: how the survey is used in action plans, followed up in words. The effects show in the risk and protective factors below.",
            },
          ),
          measureWithoutData(
            {
              measure_sv: 'Riskfaktorer i barn och ungas livsmiljöer som mäts med CTC-enkäten',
              measure_en: "Risk factors in children's and young people's environments, as measured by the CTC survey",
              direction: 'decrease',
            },
            {
              sv: 'Dokumentet: ökat användande av underlagen kan antas leda till en minskning av riskfaktorerna.',
              en: 'The document: more use of the survey can be expected to reduce the risk factors.',
            },
            CTC_RESULTS,
          ),
          measureWithoutData(
            {
              measure_sv: 'Skyddsfaktorer i barn och ungas livsmiljöer som mäts med CTC-enkäten',
              measure_en: "Protective factors in children's and young people's environments, as measured by the CTC survey",
              direction: 'increase',
            },
            {
              sv: 'Dokumentet: ökat användande av underlagen kan antas leda till en höjning av skyddsfaktorerna.',
              en: 'The document: more use of the survey can be expected to raise the protective factors.',
            },
            CTC_RESULTS,
          ),
          alsoFollowed(
            'Hur underlag för arbetet med skydds- och riskfaktorer används, och genomförda förändringar i organiseringen av CTC (verksamhetsåret 2024)',
            'How material for work on protective and risk factors is used, and the changes made to how CTC is organised (2024)',
          ),
          alsoFollowed(
            'Kommunstyrelsens folkhälsofrämjande insatser (bland annat Cities Changing Diabetes)',
            "Kommunstyrelsen's health-promotion work (among others Cities Changing Diabetes)",
          ),
        ],
      },
    ],
  },
  {
    key: 'mo2',
    level: 'målområde',
    title_sv: 'En attraktiv stad för arbete och hållbar tillväxt',
    title_en: 'An attractive city for work and sustainable growth',
    children: [
      {
        key: 'kf1',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad arbetar för att stärka sin regionala och nationella roll som motor för tillväxt och sysselsättning',
        title_en: 'The City of Malmö works to strengthen its regional and national role as an engine of growth and employment',
        description_sv:
          'Kommunstyrelsen tillvaratar stadens intressen internationellt, nationellt och regionalt (bl.a. MalmöLundregionen, ' +
          'Greater Copenhagen Committee, STRING, Eurocities, G-NETS), driver processer för stadsutveckling och infrastruktur, ' +
          'särskilt Öresundsmetron (beslutsunderlag om stationsplacering och linjedragning och en finansieringsutredning 2024), ' +
          'och utvecklar Malmö som evenemangsstad (Eurovision Song Contest 2024).',
        sdg: [1, 3, 5, 7, 8, 9, 10, 11],
        measures: [
          ksIndicator(
            'Aktiviteter och insatser inriktade på att få till stånd etableringen av en Öresundsmetro',
            'Activities and efforts aimed at bringing about an Öresund metro',
            'Att kommunstyrelsen genomför aktiviteter och insatser som riktas mot de tre processerna: att en dansk utredning genomförs om hur Öresundsmetron kan anslutas till Köpenhamns metrosystem, att en nationell utredning om kapacitet och redundans över Öresund genomförs av Trafikverket samt att en fördjupad översiktsplan i Malmö för Öresundsmetron genomförs.',
            {
              sv: 'aktiviteterna för Öresundsmetron redovisas inte som en serie.',
              en: 'the Öresund metro activities are not reported as a series.',
            },
          ),
          alsoFollowed(
            'Kommunstyrelsens övriga arbete med processer kopplade till stadsutveckling samt infrastruktur- och transportsatsningar',
            "Kommunstyrelsen's other work on processes for urban development and infrastructure and transport investments",
          ),
          alsoFollowed(
            'Hur arbetet för att stärka Malmö som evenemangsstad fortskridit',
            'How the work to strengthen Malmö as a city of events has progressed',
          ),
          alsoFollowed(
            'Hur kommunstyrelsen arbetat för att tillvarata Malmös intressen internationellt, nationellt och regionalt',
            "How Kommunstyrelsen has worked to look after Malmö's interests internationally, nationally and regionally",
          ),
          EMPLOYMENT,
          UNEMPLOYMENT,
        ],
      },
      {
        key: 'kf2',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad arbetar för att öka andelen Malmöbor som är självförsörjande',
        title_en: 'The City of Malmö works to increase the share of Malmö residents who support themselves',
        description_sv:
          'Kommunstyrelsen beviljar stöd till organisationer som främjar tillväxt och sysselsättning, arbetar för fler ' +
          'yrkeshögskoleutbildningar, deltar i Jobbspår och Onboarding Malmö, koordinerar stadens deltagande i Greater Copenhagen ' +
          'Committee (GCC) i linje med dess arbetsmarknadscharter, och tar emot arbetsmarknadsanställda på stadskontoret.',
        sdg: [1, 2, 3, 5, 8, 10, 16],
        measures: [
          ksIndicator(
            'Aktiviteter och insatser som genomförs i linje med GCC:s arbetsmarknadscharter',
            "Activities and efforts carried out in line with the Greater Copenhagen Committee's labour-market charter",
            'Att kommunstyrelsen koordinerar och bereder stadens deltagande i enlighet med framtagen arbetsmarknadscharter och tillhörande handlingsplaner.',
            {
              sv: 'aktiviteterna enligt GCC:s arbetsmarknadscharter redovisas inte som en serie.',
              en: 'the activities under the GCC charter are not reported as a series.',
            },
          ),
          measureWithoutData(
            {
              measure_sv: 'Andelen Malmöbor som är självförsörjande',
              measure_en: 'The share of Malmö residents who support themselves',
              direction: 'increase',
            },
            {
              sv: 'Måttet står i målet självt men dokumentet definierar det inte; sysselsättningen och skillnaden mellan utrikes och inrikes födda nedan är närliggande mått.',
              en: 'The measure is in the goal itself but the document does not define it; employment and the gap between foreign-born and Swedish-born residents below are related measures.',
            },
            {
              sv: 'en serie per kommun som definierar självförsörjning, t.ex. andelen invånare som försörjer sig på arbete eller studier utan ekonomiskt bistånd; dokumentet anger inte vilken.',
              en: 'a series per municipality that defines self-support, e.g. the share of residents who live on work or studies without social assistance; the document does not say which.',
            },
          ),
          alsoFollowed(
            'Kommunstyrelsens beviljande av bidrag till initiativ och organisationer som bidrar till ökad sysselsättning och tillväxt',
            "Kommunstyrelsen's grants to initiatives and organisations that contribute to more employment and growth",
          ),
          alsoFollowed(
            'Kommunstyrelsens del i den stadsövergripande överenskommelsen om att ta emot arbetsmarknadsanställningar',
            "Kommunstyrelsen's part in the city-wide agreement to take on people in labour-market employment",
          ),
          {
            basis: 'maltal',
            measure_sv: 'Kostnad för ekonomiskt bistånd, kr per invånare (Kolada N31001)',
            measure_en: 'Cost of social assistance, SEK per inhabitant (Kolada N31001)',
            indicator: 'N31001',
            direction: 'decrease',
            note: {
              sv: 'Färre som behöver ekonomiskt bistånd är en sida av självförsörjning. Malmö 2000–2011; serien slutar 2011 i källorna.',
              en: 'Fewer people needing social assistance is one side of self-sufficiency. Malmö 2000–2011; the series ends 2011 in the sources.',
            },
          },
          EMPLOYMENT,
          basGap('employment', {
            sv: 'Hur långt sysselsättningen bland utrikes födda Malmöbor ligger efter inrikes föddas: självförsörjningen är lägst där.',
            en: 'How far employment among foreign-born Malmö residents lags that of the Swedish-born: self-support is lowest there.',
          }),
          UNEMPLOYMENT,
        ],
      },
      {
        key: 'kf3',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad arbetar för att skapa goda villkor och förutsättningar för stadens attraktivitet och näringsliv',
        title_en: "The City of Malmö works to create good conditions for the city's attractiveness and business life",
        description_sv:
          'En aktiv näringspolitik (kompetensförsörjning för näringslivet, företagsetableringar, Startup district, ' +
          'Tillväxtkommissionens slutrapport), branschutveckling (livsmedel, kreativa och blågröna näringar, life science; ' +
          'Vinnova-projektet Innovationsplattform Stad) och kultursatsningar (nytt konstmuseum, modell för offentlig konst).',
        sdg: [5, 7, 8, 9, 10, 11, 12, 13, 14, 16],
        measures: [
          ksIndicator(
            'Vinnova-projektet "Innovationsplattform Stad"',
            'The Vinnova project "Innovationsplattform Stad" (innovation platform for a sustainable food system)',
            'Att projektet löper enligt plan.',
            { sv: 'projektets framsteg redovisas inte som en serie.', en: "the project's progress is not reported as a series." },
          ),
          alsoFollowed(
            'Hur kommunstyrelsen i övrigt arbetar för branschutveckling och för en aktiv näringspolitik för att få företag att etablera sig och expandera i Malmö',
            'How Kommunstyrelsen otherwise works for industry development and an active business policy to get companies to establish and expand in Malmö',
          ),
        ],
      },
      {
        key: 'uppdrag-naringslivsprogram',
        level: 'uppdrag',
        title_sv: 'Kommunstyrelsen ges i uppdrag att, tillsammans med berörda nämnder, ta fram ett samlat näringslivsprogram för Malmö',
        title_en: 'Kommunstyrelsen is tasked, with the boards concerned, to draw up a joint business programme for Malmö',
        description_sv:
          'Ett nytt näringslivsprogram ska påbörjas under 2024; det tidigare antogs 2017 och gällde till 2022. Uppdraget ' +
          'återrapporteras som ett särskilt ärende.',
      },
    ],
  },
  {
    key: 'mo3',
    level: 'målområde',
    title_sv: 'En grön stad som leder klimatomställningen',
    title_en: 'A green city leading the climate transition',
    children: [
      {
        key: 'kf1',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö är en föregångare när det gäller minskade utsläpp av växthusgaser och är en klimatneutral stad 2030',
        title_en: 'Malmö is a forerunner in reducing greenhouse-gas emissions and is a climate-neutral city in 2030',
        description_sv:
          'Högt ställda hållbarhetskrav vid inköp och upphandlingar, arbete för minskade utsläpp från transporter (förmånscykel, ' +
          'vätgas, fordonsstrategi och intern laddinfrastruktur), hållbara investeringar (gröna obligationer), deltagande i ' +
          'internationella sammanhang (ICLEI, Malmö Commitment, G-Nets, EU:s 100 klimatneutrala städer) och implementering av ' +
          'en koldioxidbudget. Under 2024 ska fler städer fås att ansluta sig till Malmö Commitment.',
        sdg: [1, 6, 11, 13, 14, 15],
        measures: [
          {
            basis: 'document',
            measure_sv: 'Anslutna städer till Malmö Commitment',
            measure_en: 'Cities that have joined the Malmö Commitment',
            indicator: 'malmo_commitment_members',
            direction: 'increase',
            desired_outcome_sv: 'Att antalet anslutna städer ska öka.',
            note: {
              sv: 'Kommunstyrelsens indikator för målet enligt dokumentet; antalet räknas ur Måltals medlemslista för nätverket. Värdet redovisas på Malmö men är hela nätverkets antal.',
              en: "Kommunstyrelsen's indicator for the goal, per the document; the count comes from Måltal's member list of the network. The value is filed under Malmö but is the whole network's count.",
            },
          },
          alsoFollowed('Hur hållbarhetskrav ställs i upphandlingar', 'How sustainability requirements are set in procurement'),
          alsoFollowed(
            'Kommunstyrelsens pågående engagemang i internationella sammanhang relaterade till klimatarbete',
            "Kommunstyrelsen's ongoing engagement in international climate work",
          ),
          alsoFollowed('Kommunstyrelsens arbete för hållbara investeringar', "Kommunstyrelsen's work for sustainable investments"),
          alsoFollowed('Arbetet som bedrivs för att minska utsläpp från transporter', 'The work to reduce emissions from transport'),
          alsoFollowed(
            'Hur implementeringen av en koldioxidbudget för stadens verksamheter och för egen del bidrar till målet',
            "How implementing a carbon budget for the city's operations and for Kommunstyrelsen itself contributes to the goal",
          ),
          {
            basis: 'maltal',
            measure_sv: 'Territoriella utsläpp av växthusgaser, alla sektorer (SMHI)',
            measure_en: 'Territorial greenhouse-gas emissions, all sectors (SMHI)',
            indicator: 'ghg_emissions_territorial',
            breakdown: 'total',
            direction: 'decrease',
            note: {
              sv: 'Utsläppen inom Malmös gränser, som målet om minskade utsläpp gäller. Målet säger klimatneutral stad 2030 men anger inget utsläppstal, så inget målvärde är satt.',
              en: "Emissions within Malmö's borders, which the goal of reduced emissions concerns. The goal says climate-neutral city in 2030 but sets no emission figure, so no target value is set.",
            },
          },
          {
            basis: 'maltal',
            measure_sv: 'Andel laddbara bilar av nyregistrerade personbilar (Klimatkollen)',
            measure_en: 'Rechargeable cars as a share of newly registered passenger cars (Klimatkollen)',
            indicator: 'new_passenger_cars_rechargeable_share',
            direction: 'increase',
            note: {
              sv: 'Följer elektrifieringen av bilparken, en del av arbetet för minskade utsläpp från transporter.',
              en: 'Follows the electrification of the car fleet, part of the work to reduce emissions from transport.',
            },
          },
          {
            basis: 'maltal',
            measure_sv: 'Klimatkrav i upphandling (Klimatkollen, poäng 0–2)',
            measure_en: 'Climate requirements in procurement (Klimatkollen, score 0–2)',
            indicator: 'kk_procurement_climate_requirements_score',
            direction: 'increase',
            note: {
              sv: 'Dokumentet följer upp hur hållbarhetskrav ställs i upphandlingar; Klimatkollens poäng visar om klimatkrav ställs (2022/2023).',
              en: "The document follows up how sustainability requirements are set in procurement; Klimatkollen's score shows whether climate requirements are set (2022/2023).",
            },
          },
          {
            basis: 'maltal',
            measure_sv: 'Kommunen har en antagen klimatplan (Klimatkollen)',
            measure_en: 'The municipality has an adopted climate plan (Klimatkollen)',
            indicator: 'climate_plan_adopted',
            direction: 'increase',
            note: {
              sv: 'Om Klimatkollens kartläggning hittar en giltig klimatplan för Malmö (läget 2026).',
              en: "Whether Klimatkollen's survey finds a valid climate plan for Malmö (as of 2026).",
            },
          },
        ],
      },
      {
        key: 'kf2',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad arbetar för en långsiktigt hållbar elförsörjning samt ökad energieffektivisering',
        title_en: 'The City of Malmö works for a long-term sustainable electricity supply and greater energy efficiency',
        description_sv:
          'Kommunstyrelsen arbetar för att starta stadens nya energi- och nätbolag (med målsättningen en beslutad bolagsordning ' +
          '2024), stödjer processer för el- och energiproduktion, energiöverföring och lagring, och bedriver nationellt ' +
          'påverkansarbete för hållbar energiproduktion och överföring tillsammans med Region Skånes effektkommission.',
        sdg: [7, 8, 9, 13],
        measures: [
          ksIndicator(
            'Energi- och nätbolagets utveckling',
            "The development of the city's energy and grid company",
            'Under 2024 att ha en antagen bolagsordning för bolaget, för att därefter under mandatperioden följa bolagets utveckling mot målsättningen att bolaget ska kunna användas för att främja hållbar energiproduktion samt andra klimatsmarta satsningar så som koldioxidinfångning och -lagring (CCS).',
            { sv: 'bolagets utveckling redovisas inte som en serie.', en: "the company's development is not reported as a series." },
          ),
          alsoFollowed(
            'Hur kommunstyrelsen bidragit till påverkansarbete för hållbar energiproduktion och -överföring',
            'How Kommunstyrelsen has contributed to advocacy for sustainable energy production and transmission',
          ),
          alsoFollowed(
            'Hur kommunstyrelsen arbetat stödjande till processer för el- och energiproduktion, energiöverföring och -lagring',
            'How Kommunstyrelsen has supported processes for electricity and energy production, transmission and storage',
          ),
          {
            basis: 'maltal',
            measure_sv: 'Territoriella utsläpp av växthusgaser från el och fjärrvärme (SMHI)',
            measure_en: 'Territorial greenhouse-gas emissions from electricity and district heating (SMHI)',
            indicator: 'ghg_emissions_territorial',
            breakdown: 'electricity-district-heating',
            direction: 'decrease',
            note: {
              sv: 'Utsläppen från el- och fjärrvärmeproduktionen i Malmö visar en sida av en hållbar energiförsörjning; Måltal har ingen serie för energianvändning eller energieffektivisering.',
              en: 'Emissions from electricity and district-heating production in Malmö show one side of a sustainable energy supply; Måltal holds no series on energy use or energy efficiency.',
            },
          },
        ],
      },
      {
        key: 'uppdrag-elpriser',
        level: 'uppdrag',
        title_sv:
          'Kommunstyrelsen ges, tillsammans med berörda nämnder, i uppdrag att identifiera och föreslå vilka förändringar på energimarknaden som krävs för att de som bor och verkar i Malmö ska få rimliga och förutsägbara elpriser',
        title_en:
          'Kommunstyrelsen is tasked, with the boards concerned, to identify and propose the changes in the energy market needed for those who live and work in Malmö to get reasonable and predictable electricity prices',
        description_sv:
          'En genomlysning av elmarknadens aktörer och elbörsens funktion under 2024; återrapporteras till kommunfullmäktige vid ' +
          'årsskiftet 2024/2025 som ett särskilt ärende.',
      },
    ],
  },
  {
    key: 'mo4',
    level: 'målområde',
    title_sv: 'En mer jämlik stad',
    title_en: 'A more equal city',
    children: [
      {
        key: 'kf1',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad arbetar för att staden ska bli fri från segregation',
        title_en: 'The City of Malmö works for the city to become free from segregation',
        description_sv:
          'Implementering av policyn för mänskliga rättigheter, handlingsplaner mot antimuslimsk och antisvart rasism, samråd ' +
          'med nationella minoriteter, ett nytt bostadsförsörjningsprogram (bl.a. bostäder för äldre) och utveckling av ' +
          'statistik utifrån stadens geografi.',
        sdg: [1, 3, 4, 5, 8, 10, 11, 16],
        measures: [
          ksIndicator(
            'De åtgärder som kommunstyrelsen vidtar för implementeringen av policyn för mänskliga rättigheter i staden och för egen del',
            'The measures Kommunstyrelsen takes to implement the human-rights policy in the city and in its own work',
            'Att kommunstyrelsen vidtar åtgärder som ger förutsättningar för implementering.',
            { sv: 'åtgärderna redovisas inte som en serie.', en: 'the measures are not reported as a series.' },
          ),
          alsoFollowed(
            'Kommunstyrelsens bidrag till stadens bostadsförsörjning',
            "Kommunstyrelsen's contribution to the city's housing provision",
          ),
          alsoFollowed(
            'Utvecklingen av statistik utifrån stadens geografi, som underlag för att förstå och motverka skillnader mellan stadens områden',
            "The development of statistics by the city's geography, to understand and counter differences between the city's areas",
          ),
          basGap('employment', {
            sv: 'En jämlikhetsfråga dokumentet inte mäter: skillnaden i sysselsättning mellan utrikes och inrikes födda Malmöbor. Segregation mellan stadens områden visar den inte.',
            en: "An equality question the document does not measure: the employment gap between foreign-born and Swedish-born Malmö residents. It does not show segregation between the city's areas.",
          }),
        ],
      },
      {
        key: 'kf2',
        level: 'kommunfullmäktigemål',
        title_sv:
          'Malmö stad arbetar för stärkt delaktighet och ökad social sammanhållning genom lokal utveckling samt goda och tillgängliga livsmiljöer i hela staden',
        title_en:
          'The City of Malmö works for stronger participation and greater social cohesion through local development and good, accessible living environments throughout the city',
        description_sv:
          'Tvärsektoriella områdesteam i stadens områden; under 2024 beslut om arbetssätt för hållbar lokal utveckling och ' +
          'kraftsamlande insatser (områdeslyft) utifrån de 14 GeSO-områdena. Insatser för ökat valdeltagande i EU-valet 2024, ' +
          'sociala obligationer och tydligare ansvar för tillgänglighetsarbetet.',
        sdg: [1, 3, 4, 5, 8, 10, 11, 16],
        measures: [
          ksIndicator(
            'Implementeringen av arbetssätt, samordning och organisering kring hållbar lokal utveckling och kraftsamlande insatser (områdeslyft)',
            'Implementing ways of working, coordination and organisation for sustainable local development and concentrated efforts (area lifts)',
            'Att arbetssätt, samordning och organisering implementeras enligt plan.',
            { sv: 'implementeringen redovisas inte som en serie.', en: 'the implementation is not reported as a series.' },
          ),
          measureWithoutData(
            {
              measure_sv:
                'Valdeltagande (insatser för ökat valdeltagande inför EU-valet 2024, bl.a. i områden med tidigare lågt valdeltagande)',
              measure_en: 'Voter turnout (efforts to raise turnout in the 2024 EU election, among others in areas with low turnout before)',
              direction: 'increase',
            },
            {
              sv: 'Dokumentet planerar insatser för ökat valdeltagande men använder det inte som indikator.',
              en: 'The document plans work for higher turnout but does not use it as the indicator.',
            },
            {
              sv: 'valdeltagandet per kommun och valdistrikt i EU-valen 2019 och 2024 (Valmyndigheten).',
              en: 'turnout per municipality and voting district in the 2019 and 2024 EU elections (Swedish Election Authority).',
            },
          ),
        ],
      },
      {
        key: 'kf3',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad arbetar för att stärka det förebyggande arbetet och minska brottsligheten',
        title_en: 'The City of Malmö works to strengthen preventive work and reduce crime',
        description_sv:
          'Förebyggande arbete mot våldsbejakande extremism, en lägesbild över brottsligheten och åtgärdsplaner enligt lagen om ' +
          'kommuners ansvar för brottsförebyggande arbete, arbete mot välfärdsbrottslighet och otillåten påverkan, samt säkra ' +
          'upphandlingar, inköp och bidrag.',
        sdg: [1, 3, 4, 5, 8, 10, 16],
        measures: [
          qualitativeMeasure(
            {
              measure_sv:
                'Hur resultaten från lägesbilden över brottsligheten inom kommunens geografiska område omsätts i åtgärdsplaner och om genomförandet av dessa kan visa på effekter i det brottsförebyggande arbetet',
              measure_en:
                "How the results of the assessment of crime in the municipality's area are turned into action plans, and whether carrying them out shows effects in crime prevention",
              direction: 'none',
              desired_outcome_sv:
                'Att kartläggning, prioritering och analys av brottsligheten inom Malmös geografi ska leda till att ta fram och bibehålla effektiva åtgärder på området.',
            },
            {
              sv: 'Det dokumentet säger att kommunstyrelsen följer under mandatperioden, med önskat utfall: hur lägesbilden omsätts i åtgärder, som följs upp i ord.',
              en: 'What the document says Kommunstyrelsen follows during the term, with a desired outcome: how the assessment is turned into measures, followed up in words.',
            },
          ),
          alsoFollowed('Kommunstyrelsens arbete mot välfärdsbrottslighet', "Kommunstyrelsen's work against welfare crime"),
          alsoFollowed(
            'Hur arbetet med säkra upphandlingar samt säkra bidrag till organisationer och föreningar genomförs',
            'How the work on secure procurement and secure grants to organisations and associations is carried out',
          ),
        ],
      },
      {
        key: 'uppdrag-drogforebyggande',
        level: 'uppdrag',
        title_sv:
          'Kommunstyrelsen ges, tillsammans med arbetsmarknads- och socialnämnden, miljönämnden, grundskolenämnden och gymnasie- och vuxenutbildningsnämnden, i uppdrag att stärka och vidareutveckla Malmö stads drogförebyggande arbete med ett särskilt fokus på samordnade insatser riktade mot barn och unga',
        title_en:
          "Kommunstyrelsen is tasked, with the labour-market and social services board, the environment board, the compulsory-school board and the upper-secondary and adult education board, to strengthen and develop the City of Malmö's drug-prevention work, with particular focus on coordinated efforts for children and young people",
        description_sv:
          'En aktualiserad inventering av stadens pågående arbete stäms av mot den nationella ANDTS-strategin och leder till ett ' +
          'förslag; uppdraget återrapporteras i ett särskilt ärende under första kvartalet 2025.',
      },
    ],
  },
  {
    key: 'mo5',
    level: 'målområde',
    title_sv: 'En god organisation',
    title_en: 'A good organisation',
    children: [
      {
        key: 'kf1',
        level: 'kommunfullmäktigemål',
        title_sv:
          'Malmö stad är en attraktiv och inkluderande arbetsgivare genom att säkerställa en god arbetsmiljö och trygga anställningar',
        title_en: 'The City of Malmö is an attractive and inclusive employer by ensuring a good working environment and secure employment',
        description_sv:
          'Systematiskt arbetsmiljöarbete, aktiva åtgärder för ökad inkludering, schema och bemanning för ett hållbart arbetsliv, ' +
          'en utvecklad medarbetarenkät och internt utvecklingsarbete. Kommunstyrelsen följer målet genom personaldata i stadens ' +
          'årliga personalredovisning.',
        sdg: [1, 2, 3, 5, 8, 10, 16],
        measures: [
          ksIndicator(
            'Genomförandet av de åtgärder och handlingsplaner som tas fram baserat på de kommunövergripande personalredovisningarna',
            'Carrying out the measures and action plans drawn up from the city-wide personnel reports',
            'Att åtgärder och handlingsplaner genomförs enligt plan.',
            {
              sv: 'genomförandet redovisas inte som en serie, och personalredovisningens data finns inte hos Måltal.',
              en: "the implementation is not reported as a series, and the personnel report's data is not held by Måltal.",
            },
          ),
          alsoFollowed(
            'Hur kommunstyrelsen bidragit till stadens systematiska arbetsmiljöarbete, arbetet med aktiva åtgärder och ökad inkludering, medarbetarenkäten och arbetet med schema och bemanning',
            "How Kommunstyrelsen has contributed to the city's systematic work-environment management, active measures for inclusion, the staff survey and scheduling and staffing",
          ),
          alsoFollowed(
            'Kommunstyrelsens interna utvecklingsarbete för god arbetsmiljö och trygga anställningar',
            "Kommunstyrelsen's internal work for a good working environment and secure employment",
          ),
        ],
      },
      {
        key: 'kf2',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad arbetar för en god kompetensförsörjning, bland annat genom ökat samarbete mellan kommunens nämnder',
        title_en:
          "The City of Malmö works for a good supply of skills, among other things through more cooperation between the municipality's boards",
        description_sv:
          'Arbetsmarknadsinsatser länkas samman med kompetensförsörjningen, åtgärder för att stärka chefs- och ledarskapet ' +
          '(bl.a. utvecklande ledarskap och programmet Framtida ledare), åtgärder för ett förlängt och förändrat arbetsliv och ' +
          'stadskontorets kompetensförsörjningsplan 2024–2025.',
        sdg: [1, 3, 4, 5, 8, 10, 16],
        measures: [
          ksIndicator(
            'De kompetensgapsanalyser och handlingsplaner som tas fram vartannat år för att arbeta för en god kompetensförsörjning',
            'The skills-gap analyses and action plans drawn up every second year to work for a good supply of skills',
            'Att insatser och handlingsplaner bidrar till att motverka de kompetensgap som identifieras både för staden och för stadskontoret.',
            {
              sv: 'analyserna redovisas inte som en serie. Dokumentet kallar utfallet "önskad förflyttning".',
              en: 'the analyses are not reported as a series. The document calls the outcome "önskad förflyttning" (desired shift).',
            },
          ),
        ],
      },
      {
        key: 'kf3',
        level: 'kommunfullmäktigemål',
        title_sv: 'Malmö stad ger en god och likvärdig service',
        title_en: 'The City of Malmö provides good and equal service',
        description_sv:
          'Tydlig och tillgänglig kommunikation (åtgärdsplan för digital tillgänglighet efter DIGG:s granskning), en förstudie ' +
          'inför Tillgänglighetsdirektivet, statistiska underlag för att styra mot god och likvärdig service, och arbete för ' +
          'generellt användande av klarspråk (utbildning, klarspråkshandbok och rutin).',
        sdg: [5, 10, 16],
        measures: [
          ksIndicator(
            'Genomförandet av identifierade åtgärder som syftar till generellt användande av klarspråk',
            'Carrying out the identified measures aimed at the general use of plain language',
            undefined,
            {
              sv: 'åtgärderna redovisas inte som en serie. Dokumentet anger inget önskat utfall.',
              en: 'the measures are not reported as a series. The document states no desired outcome.',
            },
          ),
          alsoFollowed(
            'Kommunstyrelsens åtaganden i den åtgärdsplan som redovisats för DIGG gällande digital tillgänglighet',
            "Kommunstyrelsen's commitments in the action plan on digital accessibility reported to DIGG",
          ),
          alsoFollowed(
            'Hur statistiska underlag med geografisk statistik används för att styra mot god och likvärdig service',
            'How statistics by geography are used to steer towards good and equal service',
          ),
          alsoFollowed(
            'Kommunstyrelsens interna utvecklingsarbete och genomförandet av en förstudie inför införandet av Tillgänglighetsdirektivet',
            "Kommunstyrelsen's internal development work and the pre-study for introducing the Accessibility Directive",
          ),
        ],
      },
    ],
  },
];

/** Writes datasets/plan-malmo-2024 and returns its folder. */
export function buildPlanMalmo2024(): string {
  return writePlanPackage({
    name: 'plan-malmo-2024',
    title: 'Malmö stad: Kommunstyrelsens plan för kommunfullmäktigemål 2024',
    title_en: "City of Malmö: the municipal executive board's plan for the city council goals, 2024",
    description:
      'Målområden, kommunfullmäktigemål och uppdrag i Kommunstyrelsens plan för kommunfullmäktigemål 2024 i Malmö, med de ' +
      'Agenda 2030-mål dokumentet anger för varje mål, kommunstyrelsens indikatorer och önskade utfall, och de serier i ' +
      'Måltal som följer målen.',
    description_en:
      "Target areas, city council goals and assignments in the City of Malmö's executive board plan for the council goals " +
      '2024, with the Agenda 2030 goals the document gives for each goal, the indicators and desired outcomes of the board, ' +
      'and the series in Måltal that follow the goals.',
    municipality: { sv: 'Malmö stad', en: 'the City of Malmö' },
    source: {
      title: 'Plan för kommunfullmäktigemål (Kommunstyrelsens plan för kommunfullmäktigemål 2024)',
      seedFile: '003_1e8107dff64628d6.txt',
      note: 'Textkopia utan sidhuvud, datum eller diarienummer; dokumentets antagande och datum framgår inte av texten.',
    },
    caveats: [
      {
        sv:
          'Kommunstyrelsens indikatorer är i huvudsak aktiviteter och processer (Öresundsmetron, GCC:s arbetsmarknadscharter, ' +
          'energibolaget, Innovationsplattform Stad, klarspråk …), inte statistiska serier; de är kvalitativa mått som följs upp ' +
          'i ord, liksom det mesta kommunstyrelsen "också följer upp". Av kommunstyrelsens egna indikatorer har bara Malmö ' +
          'Commitment-indikatorn en serie. Riktningen är "none" där dokumentet inte säger öka eller minska.',
        en:
          "Kommunstyrelsen's indicators are mostly activities and processes (the Öresund metro, the GCC labour-market charter, " +
          'the energy company, Innovationsplattform Stad, plain language …), not statistical series; they are qualitative ' +
          'measures followed up in words, like most of what the board "also follows up". Of the board\'s own indicators only the ' +
          'Malmö Commitment indicator has a series. The direction is "none" where the document does not say increase or decrease.',
      },
      {
        sv:
          'Dokumentets rubriknivåer är ojämna i textkopian; mål har placerats under det målområde de står efter. Uppdragen ' +
          '(level "uppdrag") är budgetuppdrag till kommunstyrelsen, inte kommunfullmäktigemål, och har inga Agenda 2030-mål i dokumentet.',
        en:
          "The document's heading levels are uneven in the text copy; goals are placed under the målområde they follow. The " +
          'assignments (level "uppdrag") are budget assignments to the board, not council goals, and have no Agenda 2030 goals in the document.',
      },
    ],
    builtBy: 'scripts/sources/plans/plan-malmo-2024.ts',
    plan: {
      id: PLAN,
      geo: GEO,
      title_sv: 'Kommunstyrelsens plan för kommunfullmäktigemål 2024',
      title_en: "The municipal executive board's plan for the city council goals, 2024",
      type: 'council-goals',
      document: 'Malmö stad, Kommunstyrelsens plan för kommunfullmäktigemål 2024',
      start_year: 2024,
      summary_sv:
        'Kommunstyrelsens planering för 2024 och mandatperioden av sina bidrag till kommunfullmäktiges mål i budgeten: fem ' +
        'målområden med tolv kommunfullmäktigemål, vart och ett med de Agenda 2030-mål det i huvudsak bidrar till, ' +
        'kommunstyrelsens indikator och önskat utfall; därtill tre budgetuppdrag. Målen gäller för innevarande mandatperiod.',
      summary_en:
        "The executive board's planning, for 2024 and the term of office, of its contributions to the city council's budget " +
        'goals: five target areas with twelve council goals, each with the Agenda 2030 goals it mainly contributes to, the ' +
        "board's indicator and desired outcome; and three budget assignments. The goals apply for the current term of office.",
      goals: GOALS,
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildPlanMalmo2024();
