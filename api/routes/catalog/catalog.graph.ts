/**
 * The DCAT-AP-SE 3.0.1 catalogue of every dataset, as RDF triples: the catalogue, Måltal as
 * publisher, a contact point, and per dataset its title and description in Swedish and English,
 * themes, keywords, spatial and temporal coverage, licence (or the rights statement that says no
 * licence is stated), provenance, and one distribution per package file plus the API.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { iri, text, typed, expand, type Triple, type Term } from '../../lib/rdf.ts';
import { listDatasetFiles, listDatasets } from '../datasets/datasets.queries.ts';

const EU = 'http://publications.europa.eu/resource/authority';
const SWEDEN = 'http://sws.geonames.org/2661886/';
const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
const IANA = 'http://www.iana.org/assignments/media-types/';
/**
 * What kind of publisher Måltal is, from the ADMS publisher-type vocabulary DCAT-AP-SE names for
 * dcterms:type on an agent. Måltal is an independent open-data project: not a kommun or any other
 * public authority (Local/Regional/NationalAuthority would claim the figures are its own official
 * statistics; their publishers, SCB, Kolada, the municipalities, are named as sources on every
 * dataset), not a company and not research; it publishes everything openly and sells nothing.
 * Of the types there are, Non-Profit Organisation is the one that says that.
 */
const PUBLISHER_TYPE = 'http://purl.org/adms/publishertype/NonProfitOrganisation';
const KNOWN_LICENCES: Record<string, string> = { 'CC0-1.0': CC0, 'CC-BY-4.0': 'http://creativecommons.org/licenses/by/4.0/' };

/** EU data themes by dataset id prefix. */
const THEMES: [string, string[]][] = [
  ['geographies', ['REGI']],
  ['boundaries', ['REGI']],
  ['agenda-2030', ['GOVE', 'INTR']],
  ['population', ['SOCI']],
  ['climate', ['ENVI', 'TRAN']],
  ['employment', ['ECON', 'SOCI', 'EDUC']],
  ['kolada', ['ECON', 'SOCI']],
  ['plan-', ['GOVE']],
  ['malmo-commitment', ['GOVE', 'INTR']],
  ['ctc', ['SOCI', 'HEAL']],
];

export interface CatalogOptions {
  /** The origin the API is served from, e.g. https://maltal.example.se */
  base: string;
  contactEmail?: string;
}

/** Periods as dates for dcat:startDate/endDate: a year or a month. */
function periodTerm(period: string): Term {
  return period.length === 4 ? typed(period, expand('xsd:gYear')) : typed(period, expand('xsd:gYearMonth'));
}

export async function catalogTriples(db: Db, { base, contactEmail }: CatalogOptions): Promise<Triple[]> {
  const [datasets, coverage, topics] = await Promise.all([
    listDatasets(db),
    db
      .selectFrom('observations as o')
      .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
      .select(['i.dataset_id', sql<string>`min(o.period)`.as('first'), sql<string>`max(o.period)`.as('last')])
      .groupBy('i.dataset_id')
      .execute(),
    db.selectFrom('indicators').select(['dataset_id', 'topic']).distinct().orderBy('topic').execute(),
  ]);
  const t: Triple[] = [];
  const add = (s: string, p: string, o: Term) => t.push([s, expand(p), o]);
  const catalog = `${base}/v1/catalog`;
  const publisher = `${base}/#publisher`;
  const contact = `${base}/#contact`;
  const service = `${base}/v1`; // answers: api/routes/service
  const homepage = `${base}/`;

  add(catalog, 'rdf:type', iri(expand('dcat:Catalog')));
  add(catalog, 'dcterms:title', text('Måltal – öppna data om kommunernas mål', 'sv'));
  add(catalog, 'dcterms:title', text("Måltal – open data on municipalities' goals", 'en'));
  add(
    catalog,
    'dcterms:description',
    text(
      'Mått som svenska kommuner följer upp sina mål med: sysselsättning, utsläpp, befolkning, Agenda 2030, kommunala planer och deras uppföljning.',
      'sv',
    ),
  );
  add(
    catalog,
    'dcterms:description',
    text(
      'Figures Swedish municipalities follow their goals with: employment, emissions, population, Agenda 2030, municipal plans and their follow-up.',
      'en',
    ),
  );
  add(catalog, 'dcterms:publisher', iri(publisher));
  add(catalog, 'dcterms:license', iri(CC0));
  add(catalog, 'foaf:homepage', iri(homepage));
  add(homepage, 'rdf:type', iri(expand('foaf:Document')));
  add(catalog, 'dcterms:language', iri(`${EU}/language/SWE`));
  add(catalog, 'dcterms:language', iri(`${EU}/language/ENG`));
  add(catalog, 'dcat:themeTaxonomy', iri(`${EU}/data-theme`));
  add(catalog, 'dcat:service', iri(service));
  const modified = datasets
    .map((d) => d.updated)
    .sort()
    .at(-1);
  if (modified) add(catalog, 'dcterms:modified', typed(modified, expand('xsd:date')));

  add(publisher, 'rdf:type', iri(expand('foaf:Agent')));
  add(publisher, 'foaf:name', text('Måltal', 'sv'));
  add(publisher, 'dcterms:type', iri(PUBLISHER_TYPE));
  // vcard:Kind is the class DCAT-AP gives contact points; Organization says which kind.
  add(contact, 'rdf:type', iri(expand('vcard:Kind')));
  add(contact, 'rdf:type', iri(expand('vcard:Organization')));
  add(contact, 'vcard:fn', text('Måltal'));
  add(contact, contactEmail ? 'vcard:hasEmail' : 'vcard:hasURL', iri(contactEmail ? `mailto:${contactEmail}` : `${base}/`));

  add(service, 'rdf:type', iri(expand('dcat:DataService')));
  add(service, 'dcterms:title', text('Måltal API', 'sv'));
  add(service, 'dcat:endpointURL', iri(service));
  add(service, 'dcat:endpointDescription', iri(`${base}/openapi.json`));
  add(service, 'dcterms:accessRights', iri(`${EU}/access-right/PUBLIC`));
  add(service, 'dcat:contactPoint', iri(contact));
  // DCAT-AP-SE gives a data service one format, a MIME type; JSON is its default answer (CSV and JSON-stat on request).
  add(service, 'dcterms:format', text('application/json'));

  for (const d of datasets) {
    const ds = `${base}/v1/datasets/${d.id}`;
    add(catalog, 'dcat:dataset', iri(ds));
    add(ds, 'rdf:type', iri(expand('dcat:Dataset')));
    add(ds, 'dcterms:identifier', text(d.id));
    add(ds, 'dcterms:title', text(d.title_sv, 'sv'));
    add(ds, 'dcterms:title', text(d.title_en, 'en'));
    add(ds, 'dcterms:description', text(d.description_sv, 'sv'));
    add(ds, 'dcterms:description', text(d.description_en, 'en'));
    add(ds, 'dcterms:publisher', iri(publisher));
    add(ds, 'dcat:contactPoint', iri(contact));
    add(ds, 'dcterms:modified', typed(d.updated, expand('xsd:date')));
    add(ds, 'dcat:version', text(d.version));
    add(ds, 'dcterms:spatial', iri(SWEDEN));
    add(ds, 'dcterms:accessRights', iri(`${EU}/access-right/PUBLIC`));
    for (const [prefix, codes] of THEMES) {
      if (d.id === prefix || (prefix.endsWith('-') && d.id.startsWith(prefix)) || d.id.startsWith(`${prefix}-`)) {
        for (const code of codes) add(ds, 'dcat:theme', iri(`${EU}/data-theme/${code}`));
        break;
      }
    }
    for (const topic of topics.filter((x) => x.dataset_id === d.id)) add(ds, 'dcat:keyword', text(topic.topic, 'en'));
    const span = coverage.find((c) => c.dataset_id === d.id);
    if (span) {
      const period = `${ds}#temporal`;
      add(ds, 'dcterms:temporal', iri(period));
      add(period, 'rdf:type', iri(expand('dcterms:PeriodOfTime')));
      add(period, 'dcat:startDate', periodTerm(span.first));
      add(period, 'dcat:endDate', periodTerm(span.last));
    }
    const provenance = `${ds}#provenance`;
    add(ds, 'dcterms:provenance', iri(provenance));
    add(provenance, 'rdf:type', iri(expand('dcterms:ProvenanceStatement')));
    // DCAT-AP-SE reads a provenance statement's text from dcterms:description (at least one).
    add(provenance, 'dcterms:description', text(d.attribution_sv, 'sv'));
    add(provenance, 'dcterms:description', text(d.attribution_en, 'en'));
    const licences = (JSON.parse(d.licenses) as { name: string; path?: string }[])
      .map((l) => KNOWN_LICENCES[l.name] ?? l.path)
      .filter((x): x is string => Boolean(x));
    const rights = `${ds}#rights`;
    add(rights, 'rdf:type', iri(expand('dcterms:RightsStatement')));
    add(rights, 'rdfs:label', text(d.licence_note_sv, 'sv'));
    add(rights, 'rdfs:label', text(d.licence_note_en, 'en'));

    const files = await listDatasetFiles(db, d.id);
    const distributions = [...files.map((f) => ({ path: f, url: `${ds}/${f}` })), { path: 'api', url: `${service}/datasets/${d.id}` }];
    for (const { path, url } of distributions) {
      const dist = path === 'api' ? `${ds}#api` : url;
      add(ds, 'dcat:distribution', iri(dist));
      add(dist, 'rdf:type', iri(expand('dcat:Distribution')));
      add(dist, 'dcat:accessURL', iri(url));
      if (path === 'api') {
        add(dist, 'dcterms:title', text('Via API (JSON, CSV, JSON-stat)', 'sv'));
        add(dist, 'dcat:accessService', iri(service));
        add(dist, 'dcterms:format', text('application/json'));
      } else {
        const mediaType = path.endsWith('.csv') ? 'text/csv' : 'application/json';
        add(dist, 'dcterms:title', text(path, 'sv'));
        add(dist, 'dcat:downloadURL', iri(url));
        add(dist, 'dcat:mediaType', iri(IANA + mediaType));
        // DCAT-AP-SE wants the format as a MIME string, where the EU profile would take a file-type IRI.
        add(dist, 'dcterms:format', text(mediaType));
      }
      for (const licence of licences) add(dist, 'dcterms:license', iri(licence));
      add(dist, 'dcterms:rights', iri(rights));
    }
  }
  for (const mediaType of new Set(t.filter(([, p]) => p === expand('dcat:mediaType')).map(([, , o]) => ('iri' in o ? o.iri : '')))) {
    add(mediaType, 'rdf:type', iri(expand('dcterms:MediaType')));
  }
  return t;
}
