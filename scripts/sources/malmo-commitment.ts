/**
 * Builds the `malmo-commitment` package from malmo_commitment_signatories.csv and
 * malmo_commitment_counts.csv: the network, its members with their status as published, and the
 * member count that Malmö follows as an indicator. The count is Måltal's, counted from the list;
 * only the launch count (8 early adopters, May 2022) is supported by the list in time, and it
 * agrees with the one count ICLEI published.
 */
import { fileURLToPath } from 'node:url';
import { MEMBER_STATUSES } from '../../api/lib/vocabulary.ts';
import { TOTAL_BREAKDOWN } from '../lib/package-format.ts';
import { readSourceCsv, writePackage, type DescriptorInput, type Row } from '../lib/package-writer.ts';

const UPDATED = '2026-11-22';
const SIGNATORIES = 'malmo_commitment_signatories.csv';
const COUNTS = 'malmo_commitment_counts.csv';
const NETWORK = 'malmo-commitment';
export const MEMBER_COUNT_INDICATOR = 'malmo_commitment_members';
/** The one period the member list supports: the launch congress, 11–13 May 2022. */
const COUNT_PERIOD = '2022-05';
const MALMO = '1280';

function fail(message: string): never {
  throw new Error(`malmo-commitment: ${message}`);
}

const NOT_STATED = 'No licence or terms of reuse stated on the stored page.';

/** Every URL the two source files cite, with the id the package cites it by. */
const SOURCES = [
  {
    id: 'ICLEI-WC',
    title: 'ICLEI World Congress 2022: Malmö Commitment',
    path: 'https://worldcongress.iclei.org/malmo-commitment/',
    publisher: 'ICLEI – Local Governments for Sustainability',
    note: 'Names the eight early adopters: "Eight local and regional governments have already joined the Malmö Commitment". Page publication date not stored.',
  },
  {
    id: 'THEMAYOR',
    title: 'The Malmö Commitment calls on cities to do more about the social side of green transition',
    path: 'https://www.themayor.eu/en/a/view/the-malm-commitment-calls-on-cities-to-do-more-about-the-social-side-of-green-transition-10498',
    publisher: 'TheMayor.eu',
    note: 'Written after the congress ended: "It already counts with 8 member cities, or the so-called Early Adopters". Same eight names.',
  },
  {
    id: 'MALMO-PRESS',
    title: 'Pressinbjudan: Undertecknande av Malmö Commitment',
    path: 'https://www.mynewsdesk.com/se/malmo/pressreleases/pressinbjudan-undertecknande-av-malmoe-commitment-3181131',
    publisher: 'Malmö stad',
    note: 'Press invitation to the signing on 12 May 2022; the only source naming Paris and Quelimane City.',
  },
  {
    id: 'ICLEI-BLOG',
    title: 'What does the Malmö Commitment mean to Malmö? Ultimately, a good life for all in a more sustainable world',
    path: 'https://talkofthecities.iclei.org/what-does-the-malmo-commitment-mean-to-malmo-ultimately-a-good-life-for-all-in-a-more-sustainable-world/',
    publisher: 'ICLEI (blog Talk of the Cities)',
    note: 'Says Recife signed on in the wake of the congress (no date).',
  },
  {
    id: 'JC-POA',
    title: 'Porto Alegre assina compromisso mundial em defesa do clima',
    path: 'https://www.jornaldocomercio.com/_conteudo/geral/2022/05/846499-porto-alegre-assina-compromisso-mundial-em-defesa-do-clima.html',
    publisher: 'Jornal do Comércio',
    note: 'Porto Alegre\'s adhesion "nesta quarta-feira (11)", i.e. 11 May 2022, a day before the official launch.',
  },
  {
    id: 'GMC-COLUMN',
    title: 'O compromisso de Malmö (column "noplural")',
    path: 'https://gmconline.com.br/coluna/noplural/o-compromisso-de-malmo',
    publisher: 'GMC Online',
    note: 'Opinion column; the only source for Des Moines (unconfirmed).',
  },
] as const;

const sourceIdByUrl = new Map<string, string>(SOURCES.map((s) => [s.path, s.id]));

function splitUrls(value: string): string[] {
  return value
    .split(';')
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** One row per published member, status and date as the sources give them; only the separators are tidied. */
export function memberRows(): Row[] {
  const statuses = new Set<string>(MEMBER_STATUSES);
  return readSourceCsv(SIGNATORIES).map((r, i) => {
    const at = `${SIGNATORIES} line ${i + 2}`;
    const status = r.status ?? '';
    if (!statuses.has(status)) fail(`${at}: status '${status}' is not one of ${MEMBER_STATUSES.join(', ')}`);
    const date = r.date ?? '';
    if (date !== '' && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date)) fail(`${at}: date '${date}' is not YYYY-MM-DD`);
    const urls = splitUrls(r.sources ?? '');
    if (urls.length === 0) fail(`${at}: no sources`);
    for (const url of urls) if (!sourceIdByUrl.has(url)) fail(`${at}: source '${url}' is not among the package sources`);
    const country = r.country ?? '';
    const name = r.name_as_published ?? '';
    return {
      network: NETWORK,
      name,
      government_type: r.government_type ?? '',
      country,
      geo: country === 'Sweden' && name === 'City of Malmö' ? MALMO : '',
      status,
      joined: date,
      joined_basis: r.date_basis ?? '',
      sources: urls.join(';'),
      note: r.note ?? '',
    };
  });
}

/**
 * The member count the list supports: the early adopters, whom ICLEI names as already joined at the
 * launch congress (May 2022). Recife is reported as signed but has no date, so it cannot be placed in
 * any period; the announced and secondary-source members are not counted at all.
 */
export function launchCount(members: Row[]): number {
  return members.filter((m) => m.status === 'early_adopter').length;
}

function publishedCount(): { count: number; asOf: string } {
  const rows = readSourceCsv(COUNTS);
  if (rows.length !== 1) fail(`${COUNTS}: expected the one published count, found ${rows.length} rows`);
  const row = rows[0]!;
  const count = Number(row.count);
  if (!Number.isInteger(count)) fail(`${COUNTS} line 2: count '${row.count}' is not a whole number`);
  return { count, asOf: row.as_of ?? '' };
}

const METHOD_SV =
  'Måltals egen räkning ur medlemslistan (härledd, inte en siffra ICLEI publicerar som serie): antalet medlemmar med status ' +
  'early_adopter eller reported_signed som kan placeras senast i perioden. Bara de åtta early adopters, som ICLEI namngav som ' +
  'redan anslutna vid lanseringskongressen i maj 2022, kan placeras i tid; övriga anslutningsdatum har inte hittats. Recife (rapporterad ' +
  'ansluten efter kongressen, utan datum) och medlemmar som bara aviserats (Paris, Quelimane) eller nämns i en enda sekundärkälla ' +
  '(Des Moines) räknas inte. Senare antal saknas; ingen medlemslista på malmo-commitment.org fanns i det lagrade materialet.';
const METHOD_EN =
  "Måltal's own count from the member list (derived, not a series ICLEI publishes): members with status early_adopter or " +
  'reported_signed that can be placed no later than the period. Only the eight early adopters, whom ICLEI named as already ' +
  'joined at the launch congress in May 2022, can be placed in time; other joining dates were not found. Recife (reported to have signed after the ' +
  'congress, no date) and members only announced (Paris, Quelimane) or named by a single secondary source (Des Moines) are not ' +
  'counted. Later counts are missing; no member list on malmo-commitment.org was in the stored material.';

export function indicatorRows(): Row[] {
  return [
    {
      id: MEMBER_COUNT_INDICATOR,
      title_sv: 'Antal anslutna städer till Malmö Commitment',
      title_en: 'Number of cities that have joined the Malmö Commitment',
      description_sv:
        'Antal lokala och regionala styrelser (städer, kommuner, en delstat) som anslutit sig till ICLEI:s Malmö Commitment on ' +
        'Inclusive & Equitable Communities. Malmö stad följer antalet som indikator; önskat utfall är att antalet ökar.',
      description_en:
        "Number of local and regional governments (cities, municipalities, one state) that have joined ICLEI's Malmö Commitment " +
        'on Inclusive & Equitable Communities. The City of Malmö follows the number as an indicator; the desired outcome is that it grows.',
      unit_sv: 'antal medlemmar',
      unit_en: 'number of members',
      decimals: '0',
      direction: 'increase',
      topic: 'city-networks',
      sources: 'ICLEI-WC;THEMAYOR;MALMO-PRESS;ICLEI-BLOG',
      status: 'active',
      successors: '',
      breakdown_dimension: '',
      release: '',
      caveats_sv: `${METHOD_SV} Värdet redovisas på Malmö (1280), kommunen som följer indikatorn; det är nätverkets antal, inte ett mått på Malmö.`,
      caveats_en: `${METHOD_EN} The value is filed under Malmö (1280), the municipality that follows the indicator; it is the network's count, not a measure of Malmö.`,
    },
  ];
}

export function observationRows(members: Row[]): Row[] {
  const counted = launchCount(members);
  const published = publishedCount();
  if (counted !== published.count) {
    fail(`the member list gives ${counted} early adopters but ${COUNTS} publishes ${published.count}; check both files`);
  }
  return [
    {
      indicator: MEMBER_COUNT_INDICATOR,
      geo: MALMO,
      period: COUNT_PERIOD,
      gender: 'T',
      breakdown: TOTAL_BREAKDOWN,
      value: String(counted),
      status: 'final',
      note:
        `Räknat ur medlemslistan: de ${counted} early adopters som namngavs vid lanseringskongressen i Malmö 11–13 maj 2022; ` +
        `stämmer med ICLEI:s publicerade antal (${published.count}). Recife (rapporterad ansluten efter kongressen, utan datum) ` +
        'och aviserade eller obekräftade medlemmar (Paris, Quelimane, Des Moines) räknas inte. Redovisas på Malmö, som följer ' +
        `indikatorn. / Counted from the member list: the ${counted} early adopters named at the launch congress in Malmö, ` +
        `11–13 May 2022; matches ICLEI's published count (${published.count}). Recife (reported to have signed after the ` +
        'congress, no date) and announced or unconfirmed members (Paris, Quelimane, Des Moines) are not counted. Filed under ' +
        'Malmö, which follows the indicator.',
      sources: 'ICLEI-WC;THEMAYOR',
    },
  ];
}

export function networkRows(): Row[] {
  return [
    {
      id: NETWORK,
      name: 'Malmö Commitment on Inclusive & Equitable Communities',
      description_sv:
        'Ett åtagande för lokala och regionala styrelser om inkluderande och jämlika samhällen i den gröna omställningen, lanserat ' +
        'av ICLEI vid världskongressen "The Malmö Summit" i Malmö 11–13 maj 2022.',
      description_en:
        'A commitment for local and regional governments to inclusive and equitable communities in the green transition, launched ' +
        'by ICLEI at its World Congress "The Malmö Summit" in Malmö, 11–13 May 2022.',
      organiser: 'ICLEI – Local Governments for Sustainability',
      launched: '2022-05-12',
      url: 'https://worldcongress.iclei.org/malmo-commitment/',
      member_count_indicator: MEMBER_COUNT_INDICATOR,
      sources: 'ICLEI-WC;THEMAYOR;MALMO-PRESS;ICLEI-BLOG',
    },
  ];
}

export function sdgLinkRows(): Row[] {
  return [
    { indicator: MEMBER_COUNT_INDICATOR, goal: '17', target: '', relation: 'context' },
    { indicator: MEMBER_COUNT_INDICATOR, goal: '10', target: '', relation: 'context' },
  ];
}

export const malmoCommitmentDescriptor: DescriptorInput = {
  name: NETWORK,
  title: 'Malmö Commitment: medlemmar och antal anslutna',
  title_en: 'Malmö Commitment: members and number joined',
  description:
    'ICLEI:s Malmö Commitment on Inclusive & Equitable Communities, lanserat i Malmö 12 maj 2022: de 12 medlemmar som ' +
    'hittats i publicerade källor med status som publicerat (8 early adopters, Recife rapporterad ansluten, Paris och Quelimane ' +
    'aviserade, Des Moines i en sekundärkälla) och antalet anslutna, som Malmö stad följer som indikator. Antalet är räknat ur ' +
    'listan och finns bara för maj 2022 (8), samma antal som ICLEI publicerat.',
  description_en:
    "ICLEI's Malmö Commitment on Inclusive & Equitable Communities, launched in Malmö on 12 May 2022: the 12 members found in " +
    'published sources with their status as published (8 early adopters, Recife reported signed, Paris and Quelimane announced, ' +
    'Des Moines in a secondary source) and the number joined, which the City of Malmö follows as an indicator. The number is ' +
    'counted from the list and exists for May 2022 only (8), the same number ICLEI published.',
  version: '1.0.0',
  updated: UPDATED,
  publisher: 'Måltal',
  licence_note: {
    sv:
      'Ingen av källorna (ICLEI, TheMayor.eu, Malmö stad, Jornal do Comércio, GMC Online) anger licens eller villkor för ' +
      'återanvändning på de lagrade sidorna. Medlemslistan är fakta sammanställda av Måltal ur sidorna; ange källorna.',
    en:
      'None of the sources (ICLEI, TheMayor.eu, City of Malmö, Jornal do Comércio, GMC Online) states a licence or terms of ' +
      'reuse on the stored pages. The member list is facts compiled by Måltal from those pages; cite the sources.',
  },
  attribution: {
    sv: 'Källor: ICLEI, TheMayor.eu, Malmö stad; sammanställt av Måltal',
    en: 'Sources: ICLEI, TheMayor.eu, City of Malmö; compiled by Måltal',
  },
  sources: SOURCES.map((s) => ({ ...s, retrieved: UPDATED, licence: NOT_STATED })),
  caveats: [
    {
      sv: 'Namnet som ICLEI publicerar det är "Malmö Commitment on Inclusive & Equitable Communities" (inte "... Climate Neutrality").',
      en: 'The name as ICLEI publishes it is "Malmö Commitment on Inclusive & Equitable Communities" (not "... Climate Neutrality").',
    },
    {
      sv:
        'Det enda publicerade antalet är 8 early adopters strax efter kongressen (maj 2022). Senare antal och en medlemslista på ' +
        'malmo-commitment.org fanns inte i det lagrade materialet, så indikatorn har en enda datapunkt; allt senare saknas.',
      en:
        'The only published count is 8 early adopters just after the congress (May 2022). Later counts and a member list on ' +
        'malmo-commitment.org were not in the stored material, so the indicator has a single data point; everything later is missing.',
    },
    {
      sv:
        'Anslutningsdatum har bara hittats för Malmö (12 maj 2022, signeringen) och Porto Alegre (11 maj 2022 enligt Jornal do ' +
        'Comércio, en dag före den officiella lanseringen; behållet som publicerat). Datumet för Paris, Quelimane och Des Moines ' +
        'är det aviserade signeringsdatumet, inte en bekräftad anslutning.',
      en:
        'Joining dates were found only for Malmö (12 May 2022, the signing) and Porto Alegre (11 May 2022 per Jornal do Comércio, ' +
        'a day before the official launch; kept as published). The date for Paris, Quelimane and Des Moines is the announced ' +
        'signing date, not a confirmed joining.',
    },
    {
      sv:
        'Paris och Quelimane nämns bara i Malmö stads pressinbjudan, Des Moines bara i en brasiliansk krönika: obekräftade, inte ' +
        'räknade som anslutna. Recife rapporteras av ICLEI:s blogg som ansluten efter kongressen men utan datum.',
      en:
        "Paris and Quelimane are named only in the City of Malmö's press invitation, Des Moines only in a Brazilian opinion column: " +
        "unconfirmed, not counted as joined. Recife is reported by ICLEI's blog as having signed after the congress, without a date.",
    },
    {
      sv: 'Allt är läst ur lagrade kopior av sidorna (hämtade 2026-11-22), inte hämtat direkt.',
      en: 'Everything was read from stored copies of the pages (retrieved 2026-11-22), not fetched live.',
    },
  ],
  example: false,
  built_by: 'scripts/sources/malmo-commitment.ts',
};

/** Writes datasets/malmo-commitment and returns its folder. */
export function buildMalmoCommitment(): string {
  const members = memberRows();
  const observations = observationRows(members);
  const dir = writePackage(malmoCommitmentDescriptor, {
    networks: networkRows(),
    'network-members': members,
    indicators: indicatorRows(),
    'sdg-links': sdgLinkRows(),
    observations,
  });
  console.log(`malmo-commitment: ${members.length} members, ${observations.length} observation → ${dir}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildMalmoCommitment();
