import { Writer, type Quad } from 'n3';
import jsonld from 'jsonld';
import { compactable, compactQuads } from './compact.js';
import { CONTEXT_PATH, jsonLdContext } from './context.js';
import { NS } from './namespaces.js';
import { writable, writeTurtle } from './turtle.js';

/** Only the prefixes a document uses, so that a small description gets a short header. */
function usedPrefixes(quads: readonly Quad[]): Record<string, string> {
  const iris = new Set<string>();
  for (const q of quads) {
    for (const term of [q.subject, q.predicate, q.object]) if (term.termType === 'NamedNode') iris.add(term.value);
    if (q.object.termType === 'Literal') iris.add(q.object.datatype.value);
  }
  const out: Record<string, string> = {};
  for (const [prefix, ns] of Object.entries(NS)) {
    for (const iri of iris) if (iri.startsWith(ns)) { out[prefix] = ns; break; }
  }
  return out;
}

function write(quads: readonly Quad[], options: ConstructorParameters<typeof Writer>[0]): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer(options);
    writer.addQuads(quads as Quad[]);
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}

/** Turtle with only the prefixes it uses; descriptions of named things take turtle.ts's direct path. */
export function toTurtle(quads: readonly Quad[]): Promise<string> {
  if (writable(quads)) return Promise.resolve(writeTurtle(quads));
  return toTurtleByN3(quads);
}

/** N3's Writer, for any graph: what turtle.ts gives for the graphs it handles. */
export function toTurtleByN3(quads: readonly Quad[]): Promise<string> {
  return write(quads, { format: 'Turtle', prefixes: usedPrefixes(quads) });
}

export function toNTriples(quads: readonly Quad[]): Promise<string> {
  return write(quads, { format: 'N-Triples' });
}

/** The context's address under a public base: documents refer to it instead of repeating it. */
export function contextUrl(base: string): string {
  return base.replace(/\/$/, '') + CONTEXT_PATH;
}

/**
 * Resolves the platform's context from memory and refuses everything else: turning data into
 * JSON-LD never depends on the network, and a document cannot make the server fetch a URL.
 */
export function documentLoader(base: string) {
  const own = contextUrl(base);
  return async (url: string) => {
    if (url === own || url.endsWith(CONTEXT_PATH)) return { contextUrl: undefined, documentUrl: url, document: jsonLdContext };
    throw new Error(`JSON-LD: refusing to load ${url}; only the platform's own context is resolved`);
  };
}

export type JsonLdDocument = Record<string, unknown>;

/**
 * Quads -> JSON-LD compacted with the platform's context (referred to by its URL). Literals
 * keep their datatypes, so expanding the result gives back exactly the same quads. Descriptions
 * of named things (every /doc page) take the fast path of compact.ts, which gives what jsonld.js
 * gives; a graph with blank nodes (the catalogue) goes through jsonld.js itself.
 */
export async function toJsonLd(quads: readonly Quad[], base: string): Promise<JsonLdDocument> {
  if (compactable(quads)) return compactQuads(quads, base);
  return toJsonLdByAlgorithm(quads, base);
}

/** The general JSON-LD algorithm: fromRDF, then compaction with the platform's context. */
export async function toJsonLdByAlgorithm(quads: readonly Quad[], base: string): Promise<JsonLdDocument> {
  const nquads = await write(quads, { format: 'N-Quads' });
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads', useNativeTypes: false });
  const compacted: unknown = await jsonld.compact(expanded, contextUrl(base) as never, { documentLoader: documentLoader(base) as never });
  return compacted as JsonLdDocument;
}

export type RdfFormat = 'ttl' | 'nt' | 'jsonld' | 'json';

export const MEDIA_TYPES: Record<RdfFormat | 'html', string> = {
  ttl: 'text/turtle',
  nt: 'application/n-triples',
  jsonld: 'application/ld+json',
  json: 'application/json',
  html: 'text/html',
};

/** One description in one of the RDF formats, as the body of a response. */
export async function serialize(quads: readonly Quad[], format: RdfFormat, base: string): Promise<string> {
  if (format === 'ttl') return toTurtle(quads);
  if (format === 'nt') return toNTriples(quads);
  return JSON.stringify(await toJsonLd(quads, base), null, 2);
}
