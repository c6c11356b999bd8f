/**
 * Builds the `ctc` package from ctc_factor_catalogue.csv and ctc_malmo_facts.csv: the Communities
 * That Care factor catalogue (the US CTC Youth Survey's 38 risk and protective factors) and one
 * indicator per factor, ready to hold results. No results are published, so observations.csv is
 * empty; `npm run import:ctc` fills it from a municipality's export. Results already imported into
 * datasets/ctc are carried over when the package is rebuilt.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { carryOverResults, DEFAULT_THRESHOLD, SCHOOL_YEARS, thresholdCaveat, type PackageContent } from '../lib/ctc-import.ts';
import { datasetsDir, readSourceCsv, writePackage, type DescriptorInput, type Row } from '../lib/package-writer.ts';
import { loadPackage, formatProblem } from '../lib/validate-package.ts';

const UPDATED = '2026-11-22';
const CATALOGUE = 'ctc_factor_catalogue.csv';
const FACTS = 'ctc_malmo_facts.csv';
const NAME = 'ctc';

function fail(message: string): never {
  throw new Error(`ctc: ${message}`);
}

const NOT_STATED = 'No licence or terms of reuse stated on the stored page.';

/** The catalogue's sources: the factor list and the item counts. */
const CATALOGUE_SOURCES = [
  {
    id: 'CTC-SSLE',
    title: 'Communities That Care Youth Survey (survey entry: risk and protective factors by domain)',
    path: 'https://safesupportivelearning.ed.gov/survey/communities-care-youth-survey',
    publisher: 'U.S. Department of Education, National Center on Safe Supportive Learning Environments',
    licence: NOT_STATED,
  },
  {
    id: 'CTC-PHENX-COM',
    title: 'PhenX Toolkit protocol 540101: CTC 2010 Youth Survey, community domain',
    path: 'http://phenxtoolkitstage.rti.org/index.php?pageLink=browse.protocoldetails&id=540101',
    publisher: 'PhenX Toolkit (RTI International)',
    licence: 'The protocol page says the instrument is "freely available; permission not required".',
  },
  {
    id: 'CTC-PHENX-FAM',
    title: 'PhenX Toolkit protocol 540301: CTC 2010 Youth Survey, family domain',
    path: 'https://phenxtoolkit.org/protocols/view/540301',
    publisher: 'PhenX Toolkit (RTI International)',
    licence: 'The protocol page says the instrument is "freely available; permission not required".',
  },
  {
    id: 'CTC-PHENX-SCH',
    title: 'PhenX school protocol (copy): two school protective scales, 9 questions',
    path: 'https://info.5y1.org/psychosocial-risk-factors_1_b0da8d.html',
    publisher: 'PhenX Toolkit (RTI International), copy on info.5y1.org',
    licence: NOT_STATED,
  },
] as const;

/** The malmo.se pages behind the facts about Malmö's CTC work. */
const MALMO_SOURCES = [
  {
    id: 'MALMO-CTC',
    title: 'CTC – Communities That Care (Brotts- och drogförebyggande arbete)',
    path: 'https://malmo.se/Kommun--politik/Sa-arbetar-vi-med.../Trygghetsfragor-i-Malmo/Sarskilda-utmaningar/Brotts--och-drogforebyggande-arbete/CTC---Communities-That-Care.html',
  },
  {
    id: 'MALMO-CTC-START',
    title: 'CTC – förbättrade uppväxtvillkor i Malmö genom preventionsarbete',
    path: 'https://malmo.se/Communities-That-Care-CTC/Nyheter-om-CTC/CTC---forbattrade-uppvaxtvillkor-i-Malmo-genom-preventionsarbete.html',
  },
  {
    id: 'MALMO-CTC-2018',
    title: 'CTC – ny satsning för förbättrade uppväxtvillkor för Malmös unga – start i fem områden 2018 (2018-05-21)',
    path: 'https://malmo.se/Huvudnyheter/2018-05-21-CTC-ny-satsning-for-forbattrade-uppvaxtvillkor-for-Malmos-unga---start-i-fem-omraden-2018.html',
  },
  {
    id: 'MALMO-CTC-AREAS',
    title: 'CTC-områden',
    path: 'https://malmo.se/Communities-That-Care-CTC/CTC-omraden.html',
  },
  {
    id: 'MALMO-CTC-ENKAT',
    title: 'CTC-enkäten (Malmö Borgarskola, för elever och vårdnadshavare)',
    path: 'https://malmo.se/Gymnasieskolor/Malmo-Borgarskola/For-elever-och-vardnadshavare/CTC-enkaten.html',
  },
  {
    id: 'MALMO-CTC-NYCKELN',
    title: 'Nyckeln är känslan av tillhörighet',
    path: 'https://malmo.se/Communities-That-Care-CTC/Nyheter-om-CTC/Nyckeln-ar-kanslan-av-tillhorighet.html',
  },
  {
    id: 'MALMO-CTC-2022',
    title: 'Systematiskt trygghetsarbete gör områden bättre för unga (2022-06-23)',
    path: 'https://malmo.se/Aktuellt/Artiklar-Malmo-stad/2022-06-23-Systematiskt-trygghetsarbete-gor-omraden-battre-for-unga.html',
  },
] as const;

const sourceIdByUrl = new Map<string, string>([...CATALOGUE_SOURCES, ...MALMO_SOURCES].map((s) => [s.path, s.id]));

function sourceIds(urls: string, at: string): string[] {
  return urls
    .split(';')
    .map((u) => u.trim())
    .filter((u) => u !== '')
    .map((u) => sourceIdByUrl.get(u) ?? fail(`${at}: source '${u}' is not among the package sources`));
}

/** `com_r01` → `ctc-com-r01`. */
export function indicatorId(factorId: string): string {
  return `ctc-${factorId.replaceAll('_', '-')}`;
}

export function factorRows(): Row[] {
  return readSourceCsv(CATALOGUE).map((r, i) => {
    const at = `${CATALOGUE} line ${i + 2}`;
    const id = r.factor_id ?? '';
    if (!/^[a-z]+_[rp][0-9]{2}$/.test(id)) fail(`${at}: factor_id '${id}' is not like com_r01`);
    const type = r.factor_type ?? '';
    if (type !== 'risk' && type !== 'protective') fail(`${at}: factor_type '${type}' is not risk or protective`);
    if (id.includes('_r') !== (type === 'risk')) fail(`${at}: factor_id '${id}' does not agree with factor_type '${type}'`);
    // The Swedish names are not published; the catalogue keeps them empty rather than translating.
    if ((r.name_sv ?? '') !== '') fail(`${at}: name_sv is set; check its source and cite it before using it`);
    const sources = [...new Set([...sourceIds(r.source ?? '', at), ...sourceIds(r.item_info_source ?? '', at)])];
    return {
      id,
      domain: r.domain ?? '',
      domain_sv: r.domain_sv ?? '',
      type,
      name_en: r.name_en ?? '',
      name_sv: '',
      item_info: r.item_info ?? '',
      indicator: indicatorId(id),
      sources: sources.join(';'),
    };
  });
}

const FACTOR_NAME_CAVEAT = {
  sv:
    'Faktorn och dess namn kommer från den amerikanska CTC Youth Survey-katalogen; namnet i titeln är det engelska, oöversatt. ' +
    'Den svenska enkäten som används i Malmö är en anpassad version, och dess faktorlista och svenska faktornamn är ännu inte ' +
    'publicerade. Det engelska namnet är alltså inte Malmös formulering.',
  en:
    'The factor and its name come from the US CTC Youth Survey catalogue; the name in the title is the English one, untranslated. The ' +
    'Swedish survey used in Malmö is an adapted version, and its factor list and Swedish factor names are not yet published. The ' +
    "English name is therefore not Malmö's wording.",
};

export function indicatorRows(factors: Row[]): Row[] {
  return factors.map((f) => {
    const risk = f.type === 'risk';
    const name = f.name_en ?? '';
    return {
      id: f.indicator ?? '',
      // No Swedish name is published; the Swedish title says so in Swedish rather than translate the name.
      title_sv: `CTC-${risk ? 'riskfaktor' : 'skyddsfaktor'}: ${name} (engelskt namn; inget svenskt namn publicerat)`,
      title_en: `CTC ${risk ? 'risk' : 'protective'} factor: ${name}`,
      description_sv:
        `Andel elever (procent) med ${risk ? 'förhöjd nivå av riskfaktorn' : 'hög nivå av skyddsfaktorn'} "${name}" ` +
        `(domän: ${f.domain_sv}) i CTC-enkäten, efter årskurs och kön. Namnet i titeln är faktorns engelska namn i den amerikanska ` +
        'CTC-katalogen; ett publicerat svenskt namn finns ännu inte.',
      description_en:
        `Share of pupils (percent) with ${risk ? 'an elevated level of the risk factor' : 'a high level of the protective factor'} ` +
        `"${name}" (domain: ${f.domain}) in the CTC survey, by school year and sex. The name in the title is the factor's English name in ` +
        'the US CTC catalogue; no published Swedish name exists yet.',
      unit_sv: 'procent av eleverna',
      unit_en: 'percent of pupils',
      decimals: '1',
      direction: risk ? 'decrease' : 'increase',
      topic: 'youth',
      sources: f.sources ?? '',
      status: 'active',
      successors: '',
      breakdown_dimension: 'school_year',
      release: '',
      caveats_sv:
        `${FACTOR_NAME_CAVEAT.sv} Var gränsen för "förhöjd" eller "hög" nivå går i den svenska enkäten är inte publicerat. ` +
        'Inga resultat är publicerade; serien är tom tills en kommun importerar sina resultat.',
      caveats_en:
        `${FACTOR_NAME_CAVEAT.en} Where the cut-off for an "elevated" or "high" level lies in the Swedish survey is not published. ` +
        'No results are published; the series is empty until a municipality imports its results.',
    };
  });
}

export function breakdownRows(): Row[] {
  return SCHOOL_YEARS.map((y, i) => ({ dimension: 'school_year', code: y.code, label_sv: y.sv, label_en: y.en, sort: String(i + 1) }));
}

/** Modest links: CTC is drug and crime prevention for young people (health; peaceful societies); school factors also touch education. */
export function sdgLinkRows(factors: Row[]): Row[] {
  return factors.flatMap((f) => [
    { indicator: f.indicator ?? '', goal: '3', target: '', relation: 'context' },
    ...(f.domain === 'school' ? [{ indicator: f.indicator ?? '', goal: '4', target: '', relation: 'context' }] : []),
    { indicator: f.indicator ?? '', goal: '16', target: '', relation: 'context' },
  ]);
}

interface Fact {
  date: string;
  value: string;
  source: string;
}

/** The facts about Malmö's CTC work, by name; a missing fact stops the build, as the texts below rest on them. */
function readFacts(): Record<string, Fact> {
  const facts: Record<string, Fact> = {};
  readSourceCsv(FACTS).forEach((r, i) => {
    const ids = sourceIds(r.source ?? '', `${FACTS} line ${i + 2}`);
    facts[r.fact ?? ''] = { date: r.date_or_period ?? '', value: r.value ?? '', source: ids.join(', ') };
  });
  for (const name of [
    'decision',
    'start',
    'areas_initial',
    'areas_planned',
    'survey_population',
    'survey_period',
    'survey_participants',
    'follow_up',
  ]) {
    if (!facts[name]) fail(`${FACTS}: fact '${name}' is missing`);
  }
  return facts;
}

function descriptor(): DescriptorInput {
  const f = readFacts();
  const fact = (name: string): Fact => f[name]!;
  const areas = fact('areas_initial')
    .value.split(';')
    .map((a) => a.trim())
    .join(', ');
  const [fieldFrom, fieldTo] = fact('survey_period').date.split('/');
  if (fact('decision').date !== '2017-05-03' || fact('start').date !== '2018-08' || fact('areas_planned').value !== '14') {
    fail(`${FACTS}: the decision, start or area facts changed; update the package texts`);
  }
  return {
    name: NAME,
    title: 'CTC – Communities That Care: risk- och skyddsfaktorer',
    title_en: 'CTC – Communities That Care: risk and protective factors',
    description:
      'Faktorkatalogen för CTC-enkäten (Communities That Care): 38 risk- och skyddsfaktorer (25 risk, 13 skydd) i fyra domäner, ' +
      'från den amerikanska CTC Youth Survey, och en indikator per faktor för andelen elever per årskurs (åk 6–9, gymnasiet år ' +
      '1–2) och kön. Inga resultat är publicerade, så paketet har ännu inga värden; kommuner fyller det med npm run import:ctc. ' +
      `Malmö: kommunstyrelsen beslutade ${fact('decision').date} att arbeta med CTC (${fact('decision').source}); arbetet ` +
      `startade i augusti 2018 i fem områden: ${areas} (${fact('start').source}, ${fact('areas_initial').source}); staden är ` +
      `indelad i 14 CTC-områden med 14 områdesteam planerade under 2021 (${fact('areas_planned').source}).`,
    description_en:
      'The factor catalogue of the CTC (Communities That Care) survey: 38 risk and protective factors (25 risk, 13 protective) ' +
      'in four domains, from the US CTC Youth Survey, and one indicator per factor for the share of pupils by school year ' +
      '(years 6–9, upper secondary years 1–2) and sex. No results are published, so the package has no values yet; ' +
      `municipalities fill it with npm run import:ctc. Malmö: the municipal executive board decided on ${fact('decision').date} ` +
      `to work with CTC (${fact('decision').source}); the work started in August 2018 in five areas: ${areas} ` +
      `(${fact('start').source}, ${fact('areas_initial').source}); the city is divided into 14 CTC areas, with 14 area teams ` +
      `planned during 2021 (${fact('areas_planned').source}).`,
    version: '1.0.0',
    updated: UPDATED,
    publisher: 'Måltal',
    licence_note: {
      sv:
        'Ingen licens anges på de lagrade sidorna (U.S. Department of Education, malmo.se). PhenX-protokollen anger att ' +
        'instrumentet är "freely available; permission not required". Katalogen är en förteckning över faktornamn; ange källorna.',
      en:
        'No licence is stated on the stored pages (U.S. Department of Education, malmo.se). The PhenX protocols state that ' +
        'the instrument is "freely available; permission not required". The catalogue is a list of factor names; cite the sources.',
    },
    attribution: {
      sv: 'Källor: U.S. Department of Education (NCSSLE), PhenX Toolkit, Malmö stad; sammanställt av Måltal',
      en: 'Sources: U.S. Department of Education (NCSSLE), PhenX Toolkit, City of Malmö; compiled by Måltal',
    },
    sources: [
      ...CATALOGUE_SOURCES.map((s) => ({ ...s, retrieved: UPDATED })),
      ...MALMO_SOURCES.map((s) => ({ ...s, publisher: 'Malmö stad', retrieved: UPDATED, licence: NOT_STATED })),
    ],
    caveats: [
      {
        sv:
          'Detta är den amerikanska CTC Youth Survey-katalogen (U.S. Department of Education, NCSSLE). Den svenska enkäten är en ' +
          'anpassad version; dess faktorlista och svenska faktornamn är ännu inte publicerade, så name_sv är tomt och titlarna ' +
          'är de engelska namnen. Anpassade enkäter skiljer sig: den tyska CTC-enkäten har 23 riskfaktorskalor (Frontiers in ' +
          'Public Health 2024, https://frontiersin.org/journals/public-health/articles/10.3389/fpubh.2024.1472347/full).',
        en:
          'This is the US CTC Youth Survey catalogue (U.S. Department of Education, NCSSLE). The Swedish survey is an adapted ' +
          'version; its factor list and Swedish factor names are not yet published, so name_sv is empty and the titles are the ' +
          'English names. Adapted surveys differ: the German CTC survey has 23 risk-factor scales (Frontiers in Public Health ' +
          '2024, https://frontiersin.org/journals/public-health/articles/10.3389/fpubh.2024.1472347/full).',
      },
      {
        sv: 'De svenska domännamnen (samhälle, familj, skola, individ och kamrater) är inte kontrollerade mot något svenskt CTC-dokument.',
        en: 'The Swedish domain names (samhälle, familj, skola, individ och kamrater) are not verified against any Swedish CTC document.',
      },
      {
        sv:
          'Inga publicerade CTC-resultat (andel elever med förhöjd risk eller skydd per faktor, år, årskurs eller område) har ' +
          'hittats för Malmö eller andra kommuner. Att Malmö gör enkäten vartannat år är inte bekräftat av någon lagrad källa.',
        en:
          'No published CTC results (share of pupils with elevated risk or protection per factor, year, school year or area) ' +
          'were found for Malmö or other municipalities. That Malmö runs the survey every second year is not confirmed by a stored source.',
      },
      {
        sv:
          'Malmö: enkäten besvaras av elever i grundskolans åk 6–9 och gymnasiets år 1–2 i alla kommunala och fristående skolor ' +
          `(${fact('survey_population').source}). CTC 2023 samlades in ${fieldFrom}–${fieldTo} (${fact('survey_period').source}). ` +
          `En omgång hade 21 000 svarande mot 12 000 gången före; åren anges inte (${fact('survey_participants').source}). ` +
          `En uppföljande mätning gjordes hösten 2021 i de fem första områdena; resultaten finns inte (${fact('follow_up').source}). ` +
          'Namnen på de 14 CTC-områdena finns inte i den lagrade texten.',
        en:
          'Malmö: the survey is answered by pupils in compulsory school years 6–9 and upper secondary years 1–2 in all municipal ' +
          `and independent schools (${fact('survey_population').source}). CTC 2023 was collected ${fieldFrom} to ${fieldTo} ` +
          `(${fact('survey_period').source}). One round had 21,000 respondents against 12,000 the time before; the years are not ` +
          `stated (${fact('survey_participants').source}). A follow-up measurement was made in autumn 2021 in the first five ` +
          `areas; its results are not available (${fact('follow_up').source}). The names of the 14 CTC areas are not in the stored text.`,
      },
      thresholdCaveat(DEFAULT_THRESHOLD),
    ],
    example: false,
    built_by: 'scripts/sources/ctc.ts',
  };
}

/** Writes datasets/ctc, keeping any results imported into it, and returns its folder. */
export function buildCtc(): string {
  const factors = factorRows();
  const fresh: PackageContent = {
    descriptor: descriptor(),
    tables: {
      'ctc-factors': factors,
      indicators: indicatorRows(factors),
      breakdowns: breakdownRows(),
      'sdg-links': sdgLinkRows(factors),
      observations: [],
    },
  };
  const existingDir = join(datasetsDir(), NAME);
  let built = fresh;
  if (existsSync(join(existingDir, 'datapackage.json'))) {
    const { pkg, problems } = loadPackage(existingDir);
    if (!pkg || problems.length > 0)
      fail(`datasets/ctc is not valid, so its results cannot be kept:\n${problems.map(formatProblem).join('\n')}`);
    built = carryOverResults(fresh, pkg);
  }
  const dir = writePackage(built.descriptor, built.tables);
  const obs = built.tables.observations?.length ?? 0;
  console.log(`ctc: ${factors.length} factors, ${built.tables.indicators?.length ?? 0} indicators, ${obs} observations → ${dir}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildCtc();
