/**
 * Builds `plan-sodertalje-2017`: Södertälje kommun, Kommunstyrelsen 2017-06-16, ärende 26, the
 * proposed assignment to investigate how the municipal group can make its labour-market work more
 * effective, transcribed from the document (../shared/seeds/004_e1977460cf7056e5.txt): the assignment
 * and the six questions it asks. The document sets no targets and names no Agenda 2030 goals.
 */
import { fileURLToPath } from 'node:url';
import { basEmployment, basGap } from './labour-market-measures.ts';
import { measureWithoutData, writePlanPackage, type GoalNode } from './plan-package.ts';

const PLAN = 'sodertalje-arbetsmarknadsuppdrag-2017';
const GEO = '0181';

const QUESTIONS: [string, string][] = [
  [
    'Hur kan organisationen i stort ta ett gemensamt grepp för att vara en arbetsgivare som tar emot praktikanter, extratjänster, traineejobb och andra subventionerade anställningar som på ett varaktigt sätt hjälper den enskilde individen att bli självförsörjande? Vilka insatser bör prioriteras? Hur säkerställer vi kvalitet i insatserna? Och för vilka målgrupper?',
    'How can the organisation as a whole act together as an employer that takes on trainees, extra jobs, trainee posts and other subsidised employment that lastingly helps the individual to become self-supporting? Which efforts should come first? How do we ensure their quality? And for which groups?',
  ],
  [
    'Hur kan detta kombineras med kompetensförsörjningsbehovet hos kontor och bolag inom de närmaste åren? Är det möjligt att skapa kommunala anställningar där yrkesutbildning kan ingå som en del?',
    "How can this be combined with the offices' and companies' need for skills in the coming years? Can municipal jobs be created that include vocational training?",
  ],
  [
    'Hur kan kommunkoncernen på ett strategiskt sätt använda sig av sociala klausuler som ett verktyg för att få personer in på arbetsmarknaden?',
    'How can the municipal group use social clauses strategically as a tool to get people into the labour market?',
  ],
  [
    'Vilka samverkansarenor behövs för att sammankoppla näringsliv, arbetsmarknad och utbildning för att nå ett framgångsrikt arbete utifrån arbetslinjen?',
    'Which forums for cooperation are needed to connect business, the labour market and education for successful work in line with the work-first principle?',
  ],
  [
    'Vilka insatser krävs för att säkerställa att individer inte "snurrar runt" i olika insatser och därmed passiviseras in i utanförskap?',
    'Which efforts are needed to make sure individuals do not "go round in circles" between programmes and are made passive and excluded?',
  ],
  [
    'Hur säkerställer vi ett ökat arbete i ordinarie strukturer/verksamheter med en tydlig rollfördelning mellan kommunens olika delar samt Arbetsförmedlingen och andra aktörer?',
    "How do we ensure more work within regular structures and services, with clear roles between the municipality's parts, the Swedish Public Employment Service and other actors?",
  ],
];

const GOALS: GoalNode[] = [
  {
    key: 'uppdrag',
    level: 'uppdrag',
    title_sv: 'Utreda hur Södertälje kommunkoncern ytterligare kan effektivisera sitt arbetsmarknadsarbete',
    title_en: 'Investigate how the Södertälje municipal group can make its labour-market work more effective',
    description_sv:
      'Förslag till beslut: stadsdirektören ges i uppdrag att utifrån problembilden utreda frågan; återrapport till ' +
      'kommunstyrelsen senast november 2017. Problembilden: efter långvarigt och högt flyktingmottagande har en alltför stor ' +
      'del av befolkningen under många år "snurrat runt" i arbetsmarknadsinsatser utan framgång och hamnat i bidragsberoende, ' +
      'svartarbete eller sysslolöshet; i hela Sverige är skillnaden stor i andelen i arbete mellan inrikes och utrikes födda. ' +
      'Kommunens insatser ska vara ett komplement till statens.',
    measures: [
      basGap(
        'employment',
        {
          sv: 'Skillnaden i sysselsättningsgrad 20–64 år, utrikes minus inrikes födda, i procentenheter (SCB BAS 2020–2024); negativ när utrikes födda har lägre sysselsättning, så att en minskande skillnad är en ökning mot noll. Dokumentet är från 2017; BAS-serien börjar 2020 och går inte att jämföra med de äldre RAMS-siffrorna.',
          en: 'The gap in the employment rate aged 20–64, foreign-born minus Swedish-born, in percentage points (SCB BAS 2020–2024); negative when the foreign-born have the lower rate, so a narrowing gap is a rise towards zero. The document is from 2017; the BAS series starts in 2020 and cannot be compared with the older RAMS figures.',
        },
        {
          basis: 'document',
          measure_sv: 'Andelen i arbete bland utrikes födda jämfört med inrikes födda (i hela Sverige en stor skillnad)',
          measure_en: 'The share in work among foreign-born compared with Swedish-born people (a large gap across Sweden)',
        },
      ),
      measureWithoutData(
        {
          measure_sv: 'Personer i bidragsberoende efter många år i arbetsmarknadsinsatser utan framgång',
          measure_en: 'People dependent on benefits after many years in labour-market programmes without success',
          direction: 'decrease',
        },
        {
          sv: 'Dokumentet beskriver problemet utan mått; långvarigt ekonomiskt bistånd nedan är ett närliggande mått.',
          en: 'The document describes the problem without a measure; long-term social assistance below is a related measure.',
        },
        {
          sv: 'en serie per kommun över personer med ekonomiskt bistånd som tidigare deltagit i arbetsmarknadsinsatser, eller långvarigt ekonomiskt bistånd för år efter 2018 (Socialstyrelsen).',
          en: 'a series per municipality of people on social assistance who have been in labour-market programmes, or long-term social assistance for years after 2018 (Socialstyrelsen).',
        },
      ),
      measureWithoutData(
        {
          measure_sv: 'Individer som blir självförsörjande genom subventionerade anställningar i kommunkoncernen',
          measure_en: 'Individuals who become self-supporting through subsidised employment in the municipal group',
          direction: 'increase',
        },
        { sv: 'Utredningens första fråga.', en: "The investigation's first question." },
        {
          sv: 'kommunkoncernens redovisning av subventionerade anställningar (extratjänster, traineejobb, praktik) och hur många som är självförsörjande efteråt.',
          en: "the municipal group's account of subsidised jobs (extra jobs, trainee posts, placements) and how many are self-supporting afterwards.",
        },
      ),
      basEmployment(
        {
          sv: 'Sysselsättningen bland utrikes födda i Södertälje, som uppdraget handlar om, bredvid Stockholms län och riket.',
          en: 'Employment among the foreign-born in Södertälje, which the assignment is about, beside Stockholm county and Sweden.',
        },
        { breakdown: 'utrikes-fodd' },
      ),
      basEmployment({ sv: 'Jämförelsen till raden ovan.', en: 'The comparison for the row above.' }, { breakdown: 'inrikes-fodd' }),
      basGap('unemployment', {
        sv: 'Samma skillnad sedd från arbetslösheten (SCB:s registerbaserade andel av arbetskraften, inte Arbetsförmedlingens mått); positiv när utrikes födda har högre arbetslöshet.',
        en: "The same gap seen through unemployment (SCB's register-based share of the labour force, not the Public Employment Service's measure); positive when the foreign-born have the higher rate.",
      }),
      basEmployment({
        sv: 'Sysselsättningen i hela befolkningen 20–64 år i Södertälje.',
        en: 'Employment in the whole population aged 20–64 in Södertälje.',
      }),
      {
        basis: 'maltal',
        measure_sv: 'Förvärvsarbetande invånare 20–64 år, andel (%) (Kolada N00914, RAMS)',
        measure_en: 'Gainfully employed residents aged 20–64, share (%) (Kolada N00914, RAMS)',
        indicator: 'N00914',
        direction: 'increase',
        note: {
          sv: 'Sysselsättningsgraden i Södertälje 1998–2018 enligt RAMS, före och strax efter ärendet. Nedlagt nyckeltal, inte jämförbart med BAS-serien ovan.',
          en: "Södertälje's employment rate 1998–2018 in RAMS, before and just after the case. A discontinued KPI, not comparable with the BAS series above.",
        },
      },
      {
        basis: 'maltal',
        measure_sv: 'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%) av befolkningen (Kolada N31816)',
        measure_en: 'Adults receiving long-term social assistance, share (%) of the population (Kolada N31816)',
        indicator: 'N31816',
        direction: 'decrease',
        note: {
          sv: 'Närmast dokumentets bidragsberoende under många år. Södertälje 2010–2018.',
          en: "Closest to the document's long-term benefit dependency. Södertälje 2010–2018.",
        },
      },
      {
        basis: 'maltal',
        measure_sv: 'Kostnad för utbetalt ekonomiskt bistånd, kr per invånare (Kolada N31002)',
        measure_en: 'Cost of social assistance paid out, SEK per inhabitant (Kolada N31002)',
        indicator: 'N31002',
        direction: 'decrease',
        note: {
          sv: 'Kostnaderna för samhället som dokumentet nämner. Södertälje 1998–2018.',
          en: 'The costs to society the document mentions. Södertälje 1998–2018.',
        },
      },
      {
        basis: 'maltal',
        measure_sv: 'Utrikes födda, andel (%) av invånarna (Kolada N02926)',
        measure_en: 'Foreign-born, share (%) of the inhabitants (Kolada N02926)',
        indicator: 'N02926',
        direction: 'none',
        note: {
          sv: 'Sammanhang: dokumentet utgår från Södertäljes långvariga och höga flyktingmottagande. Ingen önskad riktning. Södertälje 1998–2019.',
          en: "Context: the document starts from Södertälje's long and high reception of refugees. No desired direction. Södertälje 1998–2019.",
        },
      },
    ],
    children: QUESTIONS.map(([title_sv, title_en], i) => ({
      key: `fraga-${i + 1}`,
      level: 'frågeställning',
      title_sv,
      title_en,
      description_sv: 'En av de frågor som utredningen bör belysa för att skapa högre effekt för arbetslinjen i Södertälje.',
    })),
  },
];

/** Writes datasets/plan-sodertalje-2017 and returns its folder. */
export function buildPlanSodertalje2017(): string {
  return writePlanPackage({
    name: 'plan-sodertalje-2017',
    title: 'Södertälje kommun: uppdrag om kommunkoncernens arbetsmarknadsarbete (2017)',
    title_en: "Södertälje municipality: assignment on the municipal group's labour-market work (2017)",
    description:
      'Förslaget till kommunstyrelsen i Södertälje 2017-06-16 (ärende 26) att utreda hur kommunkoncernen kan effektivisera ' +
      'sitt arbetsmarknadsarbete, med utredningens frågor, de mått dokumentet nämner (sysselsättning bland utrikes och ' +
      'inrikes födda, bidragsberoende) och de serier i Måltal som följer dem.',
    description_en:
      'The proposal to the Södertälje executive board of 16 June 2017 (item 26) to investigate how the municipal group can ' +
      'make its labour-market work more effective, with the questions of the investigation, the measures the document names ' +
      '(employment of foreign-born and Swedish-born people, benefit dependency) and the series in Måltal that follow them.',
    municipality: { sv: 'Södertälje kommun', en: 'Södertälje municipality' },
    source: {
      title:
        'Kommunstyrelsen 2017-06-16, ärende 26: Uppdrag: hur kan den samlade kommunkoncernen ytterligare effektivisera sitt arbetsmarknadsarbete?',
      seedFile: '004_e1977460cf7056e5.txt',
      note: 'Skrivelse från kommunalrådskansliet (Socialdemokraterna, Miljöpartiet, Vänsterpartiet); dokumentet är märkt KJ20170701. Textkopian visar förslaget, inte beslutet.',
    },
    caveats: [
      {
        sv:
          'Dokumentet är ett förslag till beslut; om och när kommunstyrelsen beslutade det framgår inte, och därför är inget ' +
          'antagandedatum angivet. Det sätter inga mål eller målvärden; de sex frågeställningarna är frågor utredningen bör ' +
          'belysa, inte mål. Inga Agenda 2030-mål anges.',
        en:
          'The document is a proposal for a decision; whether and when the board decided it is not shown, so no adoption date ' +
          'is given. It sets no goals or targets; the six questions are what the investigation should look into, not goals. ' +
          'No Agenda 2030 goals are given.',
      },
    ],
    builtBy: 'scripts/sources/plans/plan-sodertalje-2017.ts',
    plan: {
      id: PLAN,
      geo: GEO,
      title_sv: 'Uppdrag: hur kan den samlade kommunkoncernen ytterligare effektivisera sitt arbetsmarknadsarbete?',
      title_en: 'Assignment: how can the municipal group as a whole make its labour-market work more effective?',
      type: 'assignment',
      document: 'Södertälje kommun, Kommunstyrelsen 2017-06-16, ärende 26',
      start_year: 2017,
      summary_sv:
        'Ett förslag om att stadsdirektören ska utreda hur Södertälje kommunkoncern ytterligare kan effektivisera sitt ' +
        'arbetsmarknadsarbete, som ett komplement till statens, mot bakgrund av långvarigt högt flyktingmottagande, många som ' +
        'länge stått utanför arbetsmarknaden och den stora skillnaden i sysselsättning mellan utrikes och inrikes födda. ' +
        'Utredningen skulle återrapporteras senast november 2017.',
      summary_en:
        'A proposal that the city director investigate how the Södertälje municipal group can make its labour-market work ' +
        "more effective, as a complement to the state's, given the long and high reception of refugees, the many people long " +
        'outside the labour market and the large employment gap between foreign-born and Swedish-born people. The ' +
        'investigation was to report back by November 2017.',
      goals: GOALS,
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildPlanSodertalje2017();
