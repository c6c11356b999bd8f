// Rule: /v1/catalog, as Turtle and as JSON-LD (the same graph), has no violation in Digg's
// DCAT-AP-SE validator set-up, every result of the EU DCAT-AP 3.0.1 shapes is one explained here,
// and every IRI it mints on our origin answers.
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.ts';
import { parse, validateDiggDcatApSe, validateEuDcatAp, type RdfDataset, type ShaclResult } from '../helpers/dcat-shacl.ts';

const app = testApp();
const ORIGIN = 'https://maltal.example.se';
const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';

async function catalog(accept: string, mediaType: string): Promise<RdfDataset> {
  const res = await app.request(`${ORIGIN}/v1/catalog`, { headers: { accept } });
  expect(res.headers.get('content-type')).toMatch(new RegExp(`^${mediaType.replace('+', '\\+')}`));
  return parse(await res.text(), mediaType, `${ORIGIN}/v1/catalog`);
}

const turtle = await catalog('text/turtle', 'text/turtle');
const jsonLd = await catalog('application/ld+json', 'application/ld+json');

/** Counts results by severity, constraint and path, the way they are explained below. */
const tally = (results: ShaclResult[]) =>
  results.reduce<Record<string, number>>((counts, r) => {
    const key = `${r.severity} ${r.constraint} ${r.path}`;
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

const subjectsWith = (data: RdfDataset, predicate: string) =>
  new Set([...data].filter((q) => q.predicate.value === predicate).map((q) => q.subject.value));

// SHACL over the catalogue and the authority tables (the language table alone is 3 MB) takes seconds.
describe('GET /v1/catalog against the DCAT-AP shapes', { timeout: 120_000 }, () => {
  it('gives the same graph as Turtle and as JSON-LD (isomorphic: equal canonical N-Quads)', () => {
    expect(turtle.size).toBeGreaterThan(500);
    expect(jsonLd.size).toBe(turtle.size);
    expect(jsonLd.toCanonical()).toBe(turtle.toCanonical());
  });

  it.each([
    ['Turtle', turtle],
    ['JSON-LD', jsonLd],
  ])('has no violation in Digg’s DCAT-AP-SE validator set-up (%s)', async (_name, data) => {
    expect(await validateDiggDcatApSe(data)).toEqual([]);
  });

  it('has only the explained results against the EU DCAT-AP 3.0.1 shapes', async () => {
    const distributions = subjectsWith(turtle, `${DCAT}accessURL`).size;
    const services = subjectsWith(turtle, `${DCAT}endpointURL`).size;
    expect(distributions).toBeGreaterThan(20);
    expect(services).toBe(1);
    // Every distribution and the data service give dcterms:format as a MIME string ("text/csv"):
    // DCAT-AP-SE makes the format a literal with a MIME pattern (its bundle: nodetype ONLY_LITERAL,
    // at most one), and Digg's validator drops these two results (its overrides). The EU profile
    // wants an IRI of class dcterms:MediaTypeOrExtent instead; one value cannot be both, and the
    // catalogue is harvested by dataportal.se, so the Swedish profile wins. The IANA media type,
    // which the EU profile also reads, is there as dcat:mediaType on every download.
    expect(tally(await validateEuDcatAp(turtle))).toEqual({
      [`Violation ClassConstraintComponent ${DCT}format`]: distributions + services,
      [`Violation NodeKindConstraintComponent ${DCT}format`]: distributions + services,
    });
  });

  it('finds a violation in a catalogue that lacks what DCAT-AP-SE requires (the check can fail)', async () => {
    const broken = turtle.filter((q) => q.predicate.value !== `${DCT}type`);
    const results = await validateDiggDcatApSe(broken);
    expect(results.map((r) => `${r.constraint} ${r.path}`)).toEqual([`MinCountConstraintComponent ${DCT}type`]);
  });

  it('types its publisher with the ADMS publisher-type vocabulary', () => {
    const types = [...turtle].filter((q) => q.subject.value === `${ORIGIN}/#publisher` && q.predicate.value === `${DCT}type`);
    expect(types.map((q) => q.object.value)).toEqual(['http://purl.org/adms/publishertype/NonProfitOrganisation']);
  });
});

describe('the IRIs /v1/catalog mints on our origin', () => {
  it('each answer 200 (the document, for an IRI with a fragment)', async () => {
    const ours = new Set<string>();
    for (const q of turtle)
      for (const term of [q.subject, q.object])
        if (term.termType === 'NamedNode' && term.value.startsWith(ORIGIN)) ours.add(term.value.split('#')[0]!);
    expect(ours).toContain(`${ORIGIN}/v1`);
    expect(ours.size).toBeGreaterThan(20);
    for (const url of ours) expect((await app.request(url)).status, url).toBe(200);
  });
});
