import type { Quad, Quad_Object, Term } from 'n3';
import { Lru } from '../../../catalog/lru.js';
import { NS } from './namespaces.js';

/**
 * Turtle for the platform's descriptions, written directly. N3's Writer costs 30 to 100 µs for a
 * description of a dozen triples (a stream, a callback and a prefix pattern compiled per
 * document), more than the statement that reads the thing; this writer gives the same text,
 * character for character, for what descriptions hold: named subjects in the default graph,
 * named or literal objects. The tests compare the two on every public type of the seed and demo
 * data. Anything else (blank nodes, named graphs) is left to N3 (`writable` says which).
 */

const RDF_TYPE = NS.rdf + 'type';
const XSD = NS.xsd;
const PREFIXES = Object.entries(NS);

// As N3 escapes: quotes, backslashes and control characters, and characters outside the
// Basic Multilingual Plane as \U escapes.
const ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
const ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };
function escapeCharacter(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short !== undefined) return short;
  if (character.length === 1) {
    const hex = character.charCodeAt(0).toString(16);
    return '\\u0000'.slice(0, 6 - hex.length) + hex;
  }
  const hex = ((character.charCodeAt(0) - 0xd800) * 0x400 + character.charCodeAt(1) + 0x2400).toString(16);
  return '\\U00000000'.slice(0, 10 - hex.length) + hex;
}
const escaped = (value: string) => (ESCAPE.test(value) ? value.replace(ESCAPE_ALL, escapeCharacter) : value);

/** The local part N3 writes after a prefix; anything else is written as a full IRI. */
const LOCAL_NAME = /^[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d*\.\d+$/;
const DOUBLE = /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/;

/** Named subjects and objects in the default graph, with web IRIs: what this writer handles. */
export function writable(quads: readonly Quad[]): boolean {
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode' || q.graph.termType !== 'DefaultGraph' || !web(q.subject.value) || !web(q.predicate.value)) return false;
    if (q.object.termType === 'NamedNode' ? !web(q.object.value) : q.object.termType !== 'Literal') return false;
  }
  return true;
}
// An IRI that does not start with a scheme of the web could look like a prefixed name to N3.
const web = (iri: string) => iri.startsWith('http://') || iri.startsWith('https://');

/**
 * The namespaces an IRI starts with, by their place in PREFIXES. Every namespace ends in '/' or
 * '#', so they are the ones the IRI's stem (up to its last '/' or '#') starts with: worked out
 * once per stem (a handful per type of thing) instead of comparing every IRI with every namespace.
 */
const BY_STEM = PREFIXES.every(([, ns]) => ns.endsWith('/') || ns.endsWith('#'));
const stems = new Lru<readonly number[]>(10_000);
const matching = (iri: string) => PREFIXES.flatMap(([, ns], i) => (iri.startsWith(ns) ? [i] : []));

function prefixesOf(iri: string): readonly number[] {
  if (!BY_STEM) return matching(iri);
  const stem = iri.slice(0, Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  let found = stems.get(stem);
  if (!found) {
    found = matching(stem);
    stems.set(stem, found);
  }
  return found;
}

/** The prefixes a document uses, in the order of NS, as [prefix, namespace]. */
function usedPrefixes(quads: readonly Quad[]): Array<[string, string]> {
  const used = new Array<boolean>(PREFIXES.length).fill(false);
  const note = (iri: string) => { for (const i of prefixesOf(iri)) used[i] = true; };
  let subject = '';
  for (const q of quads) {
    if (q.subject.value !== subject) { subject = q.subject.value; note(subject); }
    note(q.predicate.value);
    if (q.object.termType === 'NamedNode') note(q.object.value);
    else note((q.object as { datatype: Term }).datatype.value);
  }
  return PREFIXES.filter((_, i) => used[i]);
}

export function writeTurtle(quads: readonly Quad[]): string {
  const prefixes = usedPrefixes(quads);
  const iri = (value: string) => {
    const text = escaped(value);
    for (const [prefix, ns] of prefixes) {
      if (text.length > ns.length && text.startsWith(ns)) {
        const local = text.slice(ns.length);
        if (LOCAL_NAME.test(local)) return `${prefix}:${local}`;
      }
    }
    return `<${text}>`;
  };
  const literal = (o: Quad_Object & { language: string; datatype: Term }) => {
    const value = escaped(o.value);
    if (o.language) return `"${value}"@${o.language}`;
    switch (o.datatype.value) {
      case `${XSD}string`: return `"${value}"`;
      case `${XSD}boolean`: if (value === 'true' || value === 'false') return value; break;
      case `${XSD}integer`: if (INTEGER.test(value)) return value; break;
      case `${XSD}decimal`: if (DECIMAL.test(value)) return value; break;
      case `${XSD}double`: if (DOUBLE.test(value)) return value; break;
    }
    return `"${value}"^^${iri(o.datatype.value)}`;
  };
  const object = (o: Quad_Object) => (o.termType === 'Literal' ? literal(o as never) : iri(o.value));
  const predicate = (p: string) => (p === RDF_TYPE ? 'a' : iri(p));

  let out = '';
  for (const [prefix, ns] of prefixes) out += `@prefix ${prefix}: <${ns}>.\n`;
  if (prefixes.length) out += '\n';
  let subject: string | null = null, lastPredicate: string | null = null;
  for (const q of quads) {
    if (q.subject.value === subject) {
      if (q.predicate.value === lastPredicate) out += `, ${object(q.object)}`;
      else out += `;\n    ${predicate((lastPredicate = q.predicate.value))} ${object(q.object)}`;
    } else {
      out += `${subject === null ? '' : '.\n'}${iri((subject = q.subject.value))} ${predicate((lastPredicate = q.predicate.value))} ${object(q.object)}`;
    }
  }
  return subject === null ? out : `${out}.\n`;
}
