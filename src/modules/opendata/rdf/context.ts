import { NS } from './namespaces.js';

/**
 * The platform's own JSON-LD context, written by hand: the contexts published with the OSLO
 * standards contain placeholders (`"@id": "TODO"`) and clashing terms, so a client that trusts
 * them gets wrong IRIs. This one maps every prefix the platform publishes in, plus short terms
 * for the properties developers meet most. Bilingual texts compact to `{ "nl": ..., "en": ... }`.
 * Terms are only added, never renamed: documents already out there keep meaning the same.
 */
export const CONTEXT_PATH = '/ns/context.jsonld';

const id = (iri: string) => ({ '@id': iri, '@type': '@id' });
const lang = (iri: string) => ({ '@id': iri, '@container': '@language' });
const typed = (iri: string, datatype: string) => ({ '@id': iri, '@type': NS.xsd + datatype });

const terms: Record<string, unknown> = {
  // Identity and labels
  type: '@type',
  id: '@id',
  label: lang(NS.rdfs + 'label'),
  title: lang(NS.dct + 'title'),
  description: lang(NS.dct + 'description'),
  source: { '@id': NS.dct + 'source' },
  subject: id(NS.dct + 'subject'),
  isPartOf: id(NS.dct + 'isPartOf'),
  issued: typed(NS.dct + 'issued', 'dateTime'),
  // SKOS concept schemes
  prefLabel: lang(NS.skos + 'prefLabel'),
  altLabel: lang(NS.skos + 'altLabel'),
  definition: lang(NS.skos + 'definition'),
  notation: { '@id': NS.skos + 'notation' },
  inScheme: id(NS.skos + 'inScheme'),
  topConceptOf: id(NS.skos + 'topConceptOf'),
  hasTopConcept: id(NS.skos + 'hasTopConcept'),
  broader: id(NS.skos + 'broader'),
  broadMatch: id(NS.skos + 'broadMatch'),
  related: id(NS.skos + 'related'),
  // Provenance
  wasDerivedFrom: id(NS.prov + 'wasDerivedFrom'),
  wasGeneratedBy: id(NS.prov + 'wasGeneratedBy'),
  wasAttributedTo: id(NS.prov + 'wasAttributedTo'),
  wasInfluencedBy: id(NS.prov + 'wasInfluencedBy'),
  wasAssociatedWith: id(NS.prov + 'wasAssociatedWith'),
  actedOnBehalfOf: id(NS.prov + 'actedOnBehalfOf'),
  generated: id(NS.prov + 'generated'),
  // Besluit and Mandaat
  isGehoudenDoor: id(NS.besluit + 'isGehoudenDoor'),
  behandelt: id(NS.besluit + 'behandelt'),
  geplandeStart: typed(NS.besluit + 'geplandeStart', 'dateTime'),
  geplandOpenbaar: typed(NS.besluit + 'geplandOpenbaar', 'boolean'),
  openbaar: typed(NS.besluit + 'openbaar', 'boolean'),
  heeftVoorzitter: id(NS.besluit + 'heeftVoorzitter'),
  heeftAanwezige: id(NS.besluit + 'heeftAanwezige'),
  heeftAanwezigeBijStart: id(NS.besluit + 'heeftAanwezigeBijStart'),
  heeftStemming: id(NS.besluit + 'heeftStemming'),
  aangebrachtNa: id(NS.besluit + 'aangebrachtNa'),
  holds: id(NS.org + 'holds'),
  postIn: id(NS.org + 'postIn'),
  hasPost: id(NS.org + 'hasPost'),
  role: id(NS.org + 'role'),
  classification: id(NS.org + 'classification'),
  // ELI
  eliTitle: lang(NS.eli + 'title'),
  datePublication: typed(NS.eli + 'date_publication', 'date'),
  dateDocument: typed(NS.eli + 'date_document', 'date'),
  passedBy: id(NS.eli + 'passed_by'),
  // Data Cube
  dataSet: id(NS.qb + 'dataSet'),
  structure: id(NS.qb + 'structure'),
  component: id(NS.qb + 'component'),
  dimension: id(NS.qb + 'dimension'),
  measure: id(NS.qb + 'measure'),
  attribute: id(NS.qb + 'attribute'),
  refPeriod: id(NS.sdmxDimension + 'refPeriod'),
  obsValue: typed(NS.sdmxMeasure + 'obsValue', 'decimal'),
  unitMeasure: { '@id': NS.sdmxAttribute + 'unitMeasure' },
  accrualPeriodicity: id(NS.dct + 'accrualPeriodicity'),
};

/** The context document as served at CONTEXT_PATH. */
export const jsonLdContext: { '@context': Record<string, unknown> } = {
  '@context': {
    '@version': 1.1,
    ...Object.fromEntries(Object.entries(NS).map(([prefix, iri]) => [prefix, iri])),
    ...terms,
  },
};
