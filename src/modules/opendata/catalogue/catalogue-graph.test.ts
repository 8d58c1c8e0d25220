import { describe, expect, it } from 'vitest';
import { DATASETS } from '../entity-type.js';
import { NS } from '../rdf/namespaces.js';
import { validateShacl } from '../../../../test/helpers/shacl.js';
import { catalogueQuads, catalogueUris } from './catalogue-graph.js';

const base = 'https://transitieruimte.example';
const modified = new Map([['instruments', new Date('2026-01-02T03:04:05Z')]] as const);
const quads = catalogueQuads({ base, modified });
const euQuads = catalogueQuads({ base, modified, profile: 'dcat-ap' });
const RDF_TYPE = NS.rdf + 'type';
const typed = (cls: string) => quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === cls).map((q) => q.subject.value);

describe('the catalogue graph', () => {
  it('has one dataset per dataset key, each with a distribution and a yearly/continuous frequency', () => {
    const u = catalogueUris(base);
    expect(typed(NS.dcat + 'Dataset').sort()).toEqual(DATASETS.map((k) => u.dataset(k)).sort());
    for (const key of DATASETS) {
      const of = (p: string) => quads.filter((q) => q.subject.value === u.dataset(key) && q.predicate.value === p);
      expect(of(NS.dcat + 'distribution').length).toBeGreaterThan(0);
      expect(of(NS.dct + 'accrualPeriodicity')).toHaveLength(1);
      expect(of(NS.dct + 'accrualPeriodicity')[0]!.object.value).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/frequency\//);
    }
  });

  it('describes the API as a data service with its OpenAPI document', () => {
    const service = typed(NS.dcat + 'DataService');
    expect(service).toHaveLength(1);
    const endpoint = quads.find((q) => q.subject.value === service[0] && q.predicate.value === NS.dcat + 'endpointDescription');
    expect(endpoint?.object.value).toBe(`${base}/api/v1/openapi.json`);
  });

  it('takes dct:modified from the data it is given', () => {
    const modified = quads.filter((q) => q.predicate.value === NS.dct + 'modified').map((q) => q.object.value);
    expect(modified).toContain('2026-01-02T03:04:05.000Z');
  });

  it('conforms to DCAT-AP-VL with 0 violations (the default profile), with every class really present', async () => {
    const outcome = await validateShacl(quads, 'DCAT-AP-VL');
    expect(outcome.violations).toEqual([]);
    for (const cls of ['Catalog', 'Dataset', 'Distribution']) expect(outcome.targeted[NS.dcat + cls]).toBeGreaterThan(0);
    expect(outcome.targeted[NS.foaf + 'Agent']).toBe(1);
    expect(outcome.targeted[NS.dct + 'LicenseDocument']).toBe(1);
  });

  it('conforms to the EU DCAT-AP 2.1.1 shapes with 0 violations in the dcat-ap profile, with every class really present', async () => {
    const outcome = await validateShacl(euQuads, 'dcat-ap-2.1.1');
    expect(outcome.violations).toEqual([]);
    for (const cls of ['Catalog', 'Dataset', 'Distribution', 'DataService']) expect(outcome.targeted[NS.dcat + cls]).toBeGreaterThan(0);
    expect(outcome.targeted[NS.foaf + 'Agent']).toBe(1);
  });

  // This version of DCAT-AP-VL types dcat:accessURL as an xsd:anyURI literal, DCAT-AP 2.1.1 as an
  // IRI: no value satisfies both, which is why each profile has its own rendering. This pins that
  // the conflict is in the shapes and that the two renderings differ in nothing else.
  it('differs between the profiles only in the form of dcat:accessURL, each form breaking the other profile', async () => {
    const key = (q: { subject: { value: string }; predicate: { value: string }; object: { value: string } }) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
    expect(quads.map(key).sort()).toEqual(euQuads.map(key).sort());
    const literals = quads.filter((q) => q.predicate.value === NS.dcat + 'accessURL');
    expect(literals.length).toBe(typed(NS.dcat + 'Distribution').length);
    expect(literals.every((q) => q.object.termType === 'Literal' && q.object.datatype.value === NS.xsd + 'anyURI')).toBe(true);
    const vlAsEu = await validateShacl(quads, 'dcat-ap-2.1.1');
    expect(vlAsEu.violations.length).toBe(literals.length);
    expect(vlAsEu.violations.every((v) => v.includes(NS.dcat + 'accessURL'))).toBe(true);
    const euAsVl = await validateShacl(euQuads, 'DCAT-AP-VL');
    expect(euAsVl.violations.length).toBe(literals.length);
  });
});
