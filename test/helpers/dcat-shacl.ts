/**
 * SHACL validation of a DCAT catalogue the way Digg's DCAT-AP-SE validator does it
 * (diggsweden/DCAT-AP-SE-Processor: RDFVocabularyBuilder and RDFValidator), with the shapes and
 * authority tables in ../shared/standards/shacl (README there): the catalogue plus the authority
 * tables, each concept typed by its scheme, validated against the EU shapes plus the Swedish
 * additions, and the results Digg's overrides list dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import rdf from '@zazuko/env-node';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import SHACLValidator from 'rdf-validate-shacl';
import { STANDARDS_DIR } from './paths.ts';

const SHACL_DIR = join(STANDARDS_DIR, 'shacl');
const RDF_TYPE = rdf.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const DCT = 'http://purl.org/dc/terms/';
const EU = 'http://publications.europa.eu/resource/authority';

export type RdfDataset = Awaited<ReturnType<typeof parse>>;

/** Parses RDF text of a media type into a dataset. */
export async function parse(text: string, mediaType: string, baseIRI?: string) {
  const stream = rdf.formats.parsers.import(mediaType, Readable.from([text]), baseIRI ? { baseIRI } : {});
  if (!stream) throw new Error(`no parser for ${mediaType}`);
  return rdf.dataset().import(stream);
}

const parseFile = (file: string, mediaType: string) => parse(readFileSync(join(SHACL_DIR, file), 'utf8'), mediaType);

/** The class Digg's validator gives each concept of an authority table (RDFVocabularyBuilder.SCHEME_BRIDGE_TYPES). */
const SCHEME_TYPES: Record<string, string> = {
  [`${EU}/language`]: `${DCT}LinguisticSystem`,
  [`${EU}/access-right`]: `${DCT}RightsStatement`,
  [`${EU}/frequency`]: `${DCT}Frequency`,
  [`${EU}/licence`]: `${DCT}LicenseDocument`,
  [`${EU}/file-type`]: `${DCT}MediaTypeOrExtent`,
  [`${EU}/data-theme`]: `${SKOS}Concept`,
  [`${EU}/distribution-status`]: `${SKOS}Concept`,
};

/** The ADMS publisher types Digg's validator declares itself (RDFVocabularyBuilder.addAdmsPublisherTypes). */
export const ADMS_PUBLISHER_TYPES = [
  'Academia-ScientificOrganisation',
  'Company',
  'IndustryConsortium',
  'LocalAuthority',
  'NationalAuthority',
  'NonGovernmentalOrganisation',
  'NonProfitOrganisation',
  'PrivateIndividual',
  'RegionalAuthority',
  'StandardisationBody',
  'SupraNationalAuthority',
].map((name) => `http://purl.org/adms/publishertype/${name}`);

/** The IRIs a catalogue gives for these properties are typed as Digg's validator does (RDFValidator.PREDICATE_TARGET_TYPES). */
const OBJECT_TYPES: Record<string, string> = {
  [`${DCT}conformsTo`]: `${DCT}Standard`,
  [`${DCT}spatial`]: `${DCT}Location`,
  [`${DCT}license`]: `${DCT}LicenseDocument`,
};

let vocabulary: Promise<Quad[]> | undefined;

/** The authority tables with their concepts typed, as RDFVocabularyBuilder.build() makes them. */
function loadVocabulary(): Promise<Quad[]> {
  return (vocabulary ??= (async () => {
    const files = [
      'language.rdf',
      'file-type.rdf',
      'frequency.rdf',
      'data-theme-skos.rdf',
      'access-right-skos.rdf',
      'distribution-status-skos.rdf',
    ];
    const tables = await Promise.all(files.map((f) => parseFile(join('vocab', f), 'application/rdf+xml')));
    const quads: Quad[] = tables.flatMap((d) => [...d]);
    const inScheme = rdf.namedNode(`${SKOS}inScheme`);
    const prefLabel = rdf.namedNode(`${SKOS}prefLabel`);
    const added: Quad[] = [];
    for (const q of quads) {
      const type = SCHEME_TYPES[q.object.value];
      if (q.predicate.equals(inScheme) && type && q.subject.termType === 'NamedNode')
        added.push(rdf.quad(q.subject, RDF_TYPE, rdf.namedNode(type)));
      if (q.predicate.equals(prefLabel) && SCHEME_TYPES[q.subject.value])
        added.push(rdf.quad(q.subject, rdf.namedNode(`${DCT}title`), q.object));
    }
    for (const type of ADMS_PUBLISHER_TYPES) {
      added.push(rdf.quad(rdf.namedNode(type), RDF_TYPE, rdf.namedNode(`${SKOS}Concept`)));
      added.push(rdf.quad(rdf.namedNode(type), rdf.namedNode(`${SKOS}prefLabel`), rdf.literal(type.split('/').at(-1)!, 'en')));
    }
    return [...quads, ...added];
  })());
}

/** One SHACL result, reduced to what a reader needs to see why. */
export interface ShaclResult {
  severity: string;
  /** The constraint component's local name, e.g. ClassConstraintComponent. */
  constraint: string;
  path: string;
  focus: string;
  value: string;
  message: string;
}

const local = (term: Term | null | undefined) => (term ? term.value.replace(/^.*[#/]/, '') : '');

async function validate(data: DatasetCore, shapeFiles: string[]): Promise<ShaclResult[]> {
  const shapes = rdf.dataset();
  for (const file of shapeFiles) for (const q of await parseFile(file, 'text/turtle')) shapes.add(q);
  const graph = rdf.dataset([...data, ...(await loadVocabulary())]);
  for (const q of [...data]) {
    const type = OBJECT_TYPES[q.predicate.value];
    if (type && q.object.termType === 'NamedNode') graph.add(rdf.quad(q.object, RDF_TYPE, rdf.namedNode(type)));
  }
  const report = await new SHACLValidator(shapes, { factory: rdf }).validate(graph);
  return report.results.map((r) => ({
    severity: local(r.severity),
    constraint: local(r.sourceConstraintComponent).replace(/^ConstraintComponent-?/, ''),
    path: r.path?.value ?? '',
    focus: r.focusNode?.value ?? '',
    value: r.value?.value ?? '',
    message: r.message.map((m) => m.value).join(' '),
  }));
}

interface Override {
  path: string;
  ignoreConstraints: string[];
}

/** What Digg's validator reports: EU shapes + Swedish additions, minus its overrides. */
export async function validateDiggDcatApSe(data: DatasetCore): Promise<ShaclResult[]> {
  const { overrides } = JSON.parse(readFileSync(join(SHACL_DIR, 'digg-dcat-ap-se-overrides.json'), 'utf8')) as { overrides: Override[] };
  const results = await validate(data, ['digg-dcat-ap-SHACL.ttl', 'digg-dcat-ap-se-additions.ttl']);
  return results.filter((r) => !overrides.some((o) => o.path === r.path && o.ignoreConstraints.includes(r.constraint)));
}

/** The EU DCAT-AP 3.0.1 shapes alone (stricter than DCAT-AP-SE), with the same authority tables. */
export function validateEuDcatAp(data: DatasetCore): Promise<ShaclResult[]> {
  return validate(data, ['semic-dcat-ap-3.0.1-SHACL.ttl']);
}
