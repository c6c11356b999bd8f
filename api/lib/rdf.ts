/**
 * A small RDF model: triples built once, written as JSON-LD or Turtle. Enough for the DCAT
 * catalogue; no inference, no blank-node rewriting.
 */

export type Term = { iri: string } | { literal: string; lang?: string; datatype?: string };
export type Triple = [subject: string, predicate: string, object: Term];

export const PREFIXES: Record<string, string> = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

export const iri = (value: string): Term => ({ iri: value });
export const text = (value: string, lang?: string): Term => ({ literal: value, ...(lang ? { lang } : {}) });
export const typed = (value: string, datatype: string): Term => ({ literal: value, datatype });

/** Expands `dcat:Dataset` to its full IRI; full IRIs pass through. */
export function expand(name: string): string {
  const [prefix, local] = name.split(':', 2);
  return prefix && local !== undefined && PREFIXES[prefix] && !name.includes('//') ? PREFIXES[prefix] + local : name;
}

/** Shortens a full IRI with the prefixes, for Turtle and JSON-LD keys. */
function compact(full: string): string | undefined {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (full.startsWith(ns) && /^[A-Za-z][\w-]*$/.test(full.slice(ns.length))) return `${prefix}:${full.slice(ns.length)}`;
  }
  return undefined;
}

const escapeTurtle = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

function turtleTerm(term: Term): string {
  if ('iri' in term) return compact(term.iri) ?? `<${term.iri}>`;
  const base = `"${escapeTurtle(term.literal)}"`;
  if (term.lang) return `${base}@${term.lang}`;
  if (term.datatype) return `${base}^^${compact(term.datatype) ?? `<${term.datatype}>`}`;
  return base;
}

const bySubject = (triples: Triple[]) => {
  const subjects = new Map<string, Triple[]>();
  for (const t of triples) subjects.set(t[0], [...(subjects.get(t[0]) ?? []), t]);
  return subjects;
};

export function toTurtle(triples: Triple[]): string {
  const lines = Object.entries(PREFIXES).map(([p, ns]) => `@prefix ${p}: <${ns}> .`);
  for (const [subject, ts] of bySubject(triples)) {
    const predicates = ts.map(([, p, o]) => `    ${p === `${PREFIXES.rdf}type` ? 'a' : (compact(p) ?? `<${p}>`)} ${turtleTerm(o)}`);
    lines.push('', `<${subject}>\n${predicates.join(' ;\n')} .`);
  }
  return `${lines.join('\n')}\n`;
}

export function toJsonLd(triples: Triple[]): object {
  const graph = [...bySubject(triples)].map(([subject, ts]) => {
    const node: Record<string, unknown> = { '@id': subject };
    for (const [, p, o] of ts) {
      const key = p === `${PREFIXES.rdf}type` ? '@type' : (compact(p) ?? p);
      const value =
        key === '@type' && 'iri' in o
          ? (compact(o.iri) ?? o.iri)
          : 'iri' in o
            ? { '@id': o.iri }
            : o.lang
              ? { '@value': o.literal, '@language': o.lang }
              : o.datatype
                ? { '@value': o.literal, '@type': compact(o.datatype) ?? o.datatype }
                : o.literal;
      const existing = node[key];
      node[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
    }
    return node;
  });
  return { '@context': PREFIXES, '@graph': graph };
}
