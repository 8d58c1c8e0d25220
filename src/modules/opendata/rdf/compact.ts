import jsonld from 'jsonld';
import type { Quad, Quad_Object } from 'n3';
import { jsonLdContext } from './context.js';
import { NS } from './namespaces.js';
import { contextUrl, documentLoader } from './serialize.js';

/**
 * JSON-LD compaction of the platform's own descriptions, without the general algorithm per
 * document. Compacting with jsonld.js costs 0.2 to 1 ms per description (it builds an inverse
 * context and selects a term for every value); the platform has one fixed context and flat
 * descriptions (named subjects, no blank nodes, no lists), so every choice the algorithm makes
 * depends only on the predicate and the kind of value. This module asks jsonld.js once per
 * (predicate, kind of value) how that value compacts, keeps the answer as a template, and
 * builds documents from the templates in the same shape and order as jsonld.js would:
 * subjects sorted by IRI, properties by expanded IRI, values in the order of the triples.
 * The tests compare it with jsonld.js on every description of the seed and demo data.
 */

const RDF_TYPE = NS.rdf + 'type';
const XSD_STRING = NS.xsd + 'string';
/** Stand-ins in a probe that no prefix or term of the context can shorten. */
const PROBE_LEXICAL = '\u0001lexical';
const PROBE_IRI = 'urn:x-probe:\u0001iri';

type Json = string | { [key: string]: Json } | Json[];
/** How one value compacts: its key, and a template of the value with stand-ins for what varies. */
interface Template { key: string; languageMapKey: string | null; value: Json }

const prefixes = Object.entries(NS).sort(([a], [b]) => (a < b ? -1 : 1));
const terms = new Map<string, string>();
for (const [term, definition] of Object.entries(jsonLdContext['@context'])) {
  const id = typeof definition === 'string' ? definition : (definition as { '@id'?: string } | null)?.['@id'];
  if (id && !id.startsWith('@') && !(term in NS)) terms.set(id, term);
}

/**
 * An IRI as a compact IRI (prefix:suffix) when a published namespace starts it, the shortest
 * one winning and ties going to the first in code-point order, as the JSON-LD algorithm
 * chooses; `vocab` also allows a term that names the IRI exactly (for types).
 */
export function compactIri(iri: string, vocab: boolean): string {
  if (vocab) {
    const term = terms.get(iri);
    if (term) return term;
  }
  let best: string | null = null;
  for (const [prefix, ns] of prefixes) {
    if (iri.length <= ns.length || !iri.startsWith(ns)) continue;
    const candidate = `${prefix}:${iri.slice(ns.length)}`;
    if (best === null || candidate.length < best.length || (candidate.length === best.length && candidate < best)) best = candidate;
  }
  return best ?? iri;
}

/** What decides how a value compacts: its predicate and its kind (IRI, datatype or language). */
function signature(predicate: string, object: Quad_Object): string {
  if (object.termType === 'NamedNode') return `${predicate}\n@id`;
  if (object.termType !== 'Literal') throw new Error(`JSON-LD: no template for a ${object.termType} object`);
  if (object.language) return `${predicate}\n@language\n${object.language}`;
  return `${predicate}\n@type\n${object.datatype.value}`;
}

const templates = new Map<string, Template>();

async function learn(predicate: string, object: Quad_Object, base: string): Promise<Template> {
  let value: Record<string, string>;
  if (object.termType === 'NamedNode') value = { '@id': PROBE_IRI };
  else if ((object as { language?: string }).language) value = { '@value': PROBE_LEXICAL, '@language': (object as { language: string }).language };
  else if ((object as { datatype: { value: string } }).datatype.value === XSD_STRING) value = { '@value': PROBE_LEXICAL };
  else value = { '@value': PROBE_LEXICAL, '@type': (object as { datatype: { value: string } }).datatype.value };
  const probe = { '@id': 'urn:x-probe:subject', [predicate]: [value] };
  const compacted = await jsonld.compact(probe as never, contextUrl(base) as never, { documentLoader: documentLoader(base) as never }) as Record<string, Json>;
  const keys = Object.keys(compacted).filter((k) => k !== '@context' && compacted[k] !== 'urn:x-probe:subject');
  if (keys.length !== 1) throw new Error(`JSON-LD: a probe of ${predicate} compacted to ${JSON.stringify(compacted)}`);
  const key = keys[0]!;
  const compactedValue = compacted[key]!;
  // A language container holds its values in a map by language ('@none' for a plain string).
  const isMap = typeof compactedValue === 'object' && !Array.isArray(compactedValue)
    && !('@value' in compactedValue) && !Object.values(compactedValue).includes(PROBE_IRI) && Object.keys(compactedValue).length === 1;
  if (isMap) {
    const [mapKey, inner] = Object.entries(compactedValue)[0]!;
    return { key, languageMapKey: mapKey, value: inner };
  }
  return { key, languageMapKey: null, value: compactedValue };
}

/** The template with its stand-ins replaced by this value's lexical form or IRI. */
function fill(template: Json, object: Quad_Object): Json {
  if (typeof template === 'string') {
    if (template === PROBE_LEXICAL) return object.value;
    if (template === PROBE_IRI) return compactIri(object.value, false);
    return template;
  }
  if (Array.isArray(template)) return template.map((t) => fill(t, object));
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(template)) out[k] = fill(v, object);
  return out;
}

function add(container: Record<string, Json>, key: string, value: Json) {
  const existing = container[key];
  if (existing === undefined) container[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else container[key] = [existing, value];
}

/** Named subjects and objects in the default graph only: what compactQuads handles. */
export function compactable(quads: readonly Quad[]): boolean {
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode' || q.graph.termType !== 'DefaultGraph') return false;
    if (q.object.termType !== 'NamedNode' && q.object.termType !== 'Literal') return false;
  }
  return true;
}

const termKey = (o: Quad_Object) => (o.termType === 'Literal' ? `L${o.language}\n${o.datatype.value}\n${o.value}` : `I${o.value}`);

/**
 * Quads -> the JSON-LD document jsonld.js would give by fromRDF and compact with the platform's
 * context (referred to by its URL): the same keys, values and order.
 */
export async function compactQuads(quads: readonly Quad[], base: string): Promise<Record<string, unknown>> {
  const context = contextUrl(base);
  const subjects = new Map<string, Map<string, Quad_Object[]>>();
  for (const q of quads) {
    let properties = subjects.get(q.subject.value);
    if (!properties) subjects.set(q.subject.value, (properties = new Map()));
    const values = properties.get(q.predicate.value);
    if (!values) properties.set(q.predicate.value, [q.object]);
    else if (!values.some((v) => termKey(v) === termKey(q.object))) values.push(q.object);
  }
  const nodes: Array<Record<string, Json>> = [];
  for (const subject of [...subjects.keys()].sort()) {
    const properties = subjects.get(subject)!;
    const node: Record<string, Json> = { id: compactIri(subject, false) };
    const types = properties.get(RDF_TYPE)?.filter((o) => o.termType === 'NamedNode');
    if (types?.length) node.type = types.length === 1 ? compactIri(types[0]!.value, true) : types.map((t) => compactIri(t.value, true));
    for (const predicate of [...properties.keys()].sort()) {
      for (const object of properties.get(predicate)!) {
        if (predicate === RDF_TYPE && object.termType === 'NamedNode') continue;
        const sig = signature(predicate, object);
        let template = templates.get(sig);
        if (!template) templates.set(sig, (template = await learn(predicate, object, base)));
        const value = fill(template.value, object);
        if (template.languageMapKey === null) { add(node, template.key, value); continue; }
        const map = (node[template.key] ??= {}) as Record<string, Json>;
        add(map, template.languageMapKey, value);
      }
    }
    nodes.push(node);
  }
  if (nodes.length === 1) return { '@context': context, ...nodes[0] };
  return { '@context': context, '@graph': nodes };
}
