import { DataFactory, type Quad, type Quad_Object } from 'n3';
import { NS, iri, type Prefix } from './namespaces.js';

const { namedNode, literal, quad } = DataFactory;

/**
 * A small builder for the triples of one subject, so that mappers read as a list of facts:
 * `s.type('besluit', 'Besluit').text('eli', 'title', row.title, 'nl')`. Empty values are skipped,
 * which keeps optional fields optional instead of publishing empty literals.
 */
export class Subject {
  constructor(readonly uri: string, private readonly out: Quad[]) {}

  type(prefix: Prefix, local: string): this {
    this.out.push(quad(namedNode(this.uri), namedNode(NS.rdf + 'type'), namedNode(iri(prefix, local))));
    return this;
  }

  /** Any object term; `predicate` as [prefix, local]. */
  add(prefix: Prefix, local: string, object: Quad_Object | null | undefined): this {
    if (object) this.out.push(quad(namedNode(this.uri), namedNode(iri(prefix, local)), object));
    return this;
  }

  ref(prefix: Prefix, local: string, uri: string | null | undefined): this {
    return this.add(prefix, local, uri ? namedNode(uri) : null);
  }

  /** A language-tagged string (or a plain string when `lang` is omitted). */
  text(prefix: Prefix, local: string, value: string | null | undefined, lang?: string): this {
    return this.add(prefix, local, value == null || value === '' ? null : lang ? literal(value, lang) : literal(value));
  }

  typed(prefix: Prefix, local: string, value: string | number | null | undefined, datatype: string): this {
    return this.add(prefix, local, value == null || value === '' ? null : literal(String(value), namedNode(NS.xsd + datatype)));
  }

  date(prefix: Prefix, local: string, value: Date | string | null | undefined): this {
    if (value == null || value === '') return this;
    const day = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    return this.typed(prefix, local, day, 'date');
  }

  dateTime(prefix: Prefix, local: string, value: Date | string | null | undefined): this {
    if (value == null || value === '') return this;
    return this.typed(prefix, local, value instanceof Date ? value.toISOString() : String(value), 'dateTime');
  }
}

/** Collects the triples of many subjects. */
export class Graph {
  readonly quads: Quad[] = [];
  subject(uri: string): Subject {
    return new Subject(uri, this.quads);
  }
}
