/**
 * The vocabularies the platform publishes in, by prefix. Besluit and Mandaat use http, the newer
 * OSLO vocabularies https: these are the namespaces as published, not a typo.
 */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatvl: 'http://data.vlaanderen.be/ns/metadata-dcat#',
  adms: 'http://www.w3.org/ns/adms#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  org: 'http://www.w3.org/ns/org#',
  regorg: 'http://www.w3.org/ns/regorg#',
  locn: 'http://www.w3.org/ns/locn#',
  schema: 'http://schema.org/',
  qb: 'http://purl.org/linked-data/cube#',
  sdmxAttribute: 'http://purl.org/linked-data/sdmx/2009/attribute#',
  sdmxDimension: 'http://purl.org/linked-data/sdmx/2009/dimension#',
  sdmxMeasure: 'http://purl.org/linked-data/sdmx/2009/measure#',
  eli: 'http://data.europa.eu/eli/ontology#',
  besluit: 'http://data.vlaanderen.be/ns/besluit#',
  mandaat: 'http://data.vlaanderen.be/ns/mandaat#',
  persoon: 'http://data.vlaanderen.be/ns/persoon#',
  generiek: 'https://data.vlaanderen.be/ns/generiek#',
  organisatie: 'https://data.vlaanderen.be/ns/organisatie#',
  cultuurparticipatie: 'https://data.vlaanderen.be/ns/cultuurparticipatie#',
  subsidie: 'http://data.vlaanderen.be/ns/subsidie#',
  m8g: 'http://data.europa.eu/m8g/',
  cpsv: 'http://purl.org/vocab/cpsv#',
  time: 'http://www.w3.org/2006/time#',
  ext: 'https://transitieruimte.vlaanderen.be/ns#',
  // The subsidieregister profile names its grant terms in the https namespace, while the older
  // Subsidie terms (SubsidiemaatregelAanbod, SubsidiemaatregelConsumptie) live under http above.
  subsidieregister: 'https://data.vlaanderen.be/ns/subsidie#',
  transactie: 'https://data.vlaanderen.be/ns/transactie#',
  crm: 'http://www.cidoc-crm.org/cidoc-crm/',
  feitelijkeVerenigingen: 'https://data.vlaanderen.be/ns/FeitelijkeVerenigingen#',
} as const;

export type Prefix = keyof typeof NS;

/** `iri('besluit', 'Besluit')` -> the full IRI. */
export function iri(prefix: Prefix, local: string): string {
  return NS[prefix] + local;
}
