import rdf from '@zazuko/env-node';
import { DataFactory, Parser, type Quad } from 'n3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import SHACLValidator from 'rdf-validate-shacl';
import { projectRoot } from '../../src/paths.js';

/** The official SHACL profiles copied into test/fixtures/shapes (see its README for sources). */
export type ShapesProfile =
  | 'DCAT-AP-VL' | 'besluit-publicatie' | 'mandatendatabank' | 'subsidieregister'
  | 'organisatie-basis' | 'cultuurparticipatie-ap' | 'dcat-ap-2.1.1';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const XSD_INTEGER = 'http://www.w3.org/2001/XMLSchema#integer';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const SH_CLASS = 'http://www.w3.org/ns/shacl#class';
const SH_DATATYPE = 'http://www.w3.org/ns/shacl#datatype';
const SH_MAX_COUNT = 'http://www.w3.org/ns/shacl#maxCount';
const SH_TARGET_CLASS = 'http://www.w3.org/ns/shacl#targetClass';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

function loadShapes(profile: ShapesProfile): Quad[] {
  const text = readFileSync(join(projectRoot, 'test/fixtures/shapes', `${profile}-SHACL.ttl`), 'utf8');
  // DCAT-AP-VL writes "n"^^xsd:integer for "no upper bound"; that is not a number and would make
  // every value a violation, so such maxCount triples are dropped (the fixtures README says why).
  return new Parser().parse(text).filter((q) => !(q.predicate.value === SH_MAX_COUNT
    && q.object.termType === 'Literal' && q.object.datatype.value === XSD_INTEGER && !/^\d+$/.test(q.object.value)))
    .map(classAsDatatype);
}

/**
 * Organisatie-basis, subsidieregister and cultuurparticipatie write `sh:class rdf:langString`
 * where they mean `sh:datatype rdf:langString` (a literal is never an instance of a class, so
 * every name would be a violation and a required one could never be met). Such a constraint is
 * read as the datatype constraint it stands for (the fixtures README says why).
 */
function classAsDatatype(q: Quad): Quad {
  if (q.predicate.value !== SH_CLASS || q.object.termType !== 'NamedNode') return q;
  if (q.object.value !== RDF_LANG_STRING && !q.object.value.startsWith(XSD)) return q;
  return DataFactory.quad(q.subject, DataFactory.namedNode(SH_DATATYPE), q.object, q.graph);
}

export interface ShaclOutcome {
  conforms: boolean;
  /** Readable violations: focus node, path, message. */
  violations: string[];
  /** How many nodes of the data are instances of a class the profile targets, per class. */
  targeted: Record<string, number>;
}

/**
 * Validates data against an official profile. `targeted` shows which of the profile's target
 * classes the data really contains: a profile that targets nothing in the data conforms trivially,
 * so tests must also assert that the classes they mean to publish are counted here.
 */
export async function validateShacl(data: readonly Quad[], profile: ShapesProfile): Promise<ShaclOutcome> {
  const shapeQuads = loadShapes(profile);
  const shapes = rdf.dataset(shapeQuads as never);
  const dataset = rdf.dataset(data as never);
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(dataset);
  const targetClasses = new Set(shapeQuads.filter((q) => q.predicate.value === SH_TARGET_CLASS).map((q) => q.object.value));
  const targeted: Record<string, number> = {};
  for (const q of data) {
    if (q.predicate.value === RDF_TYPE && targetClasses.has(q.object.value)) targeted[q.object.value] = (targeted[q.object.value] ?? 0) + 1;
  }
  const violations = report.results.map((r) => `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join('; ')}`);
  return { conforms: report.conforms, violations, targeted };
}
