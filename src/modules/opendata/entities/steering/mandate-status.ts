import type { Graph } from '../../rdf/terms.js';

/**
 * The official status code list of a mandataris (mandaat:status), published by Digitaal
 * Vlaanderen as the concept scheme http://data.vlaanderen.be/id/conceptscheme/MandatarisStatusCode
 * (OSLO Mandatendatabank). The concept URIs are those of that list, as the Flemish local-decision
 * applications (LBLOD, e.g. lokaal mandatenbeheer) use them. The platform stores a short code per
 * seat and publishes the official concept.
 */
export const MANDATARIS_STATUS_SCHEME = 'http://data.vlaanderen.be/id/conceptscheme/MandatarisStatusCode';
const CONCEPT = 'http://data.vlaanderen.be/id/concept/MandatarisStatusCode/';

export const MANDATARIS_STATUS: Record<string, { uri: string; label: string }> = {
  effective: { uri: `${CONCEPT}21063a5b-912c-4241-841c-cc7fb3c73e75`, label: 'Effectief' },
  acting: { uri: `${CONCEPT}e1ca6edd-55e1-4288-92a5-53f4cf71946a`, label: 'Waarnemend' },
  titular: { uri: `${CONCEPT}aacb3fed-b51d-4e0b-a411-f3fa641da1b3`, label: 'Titelvoerend' },
  impeded: { uri: `${CONCEPT}c301248f-0199-45ca-b3e5-4c596731d5fe`, label: 'Verhinderd' },
  ended: { uri: `${CONCEPT}b8866fa2-d61c-4e3d-afaf-8a29eaaa7fb9`, label: 'Beëindigd' },
};

/**
 * The concept as a skos:Concept of its scheme with its official Dutch label, so that a reader
 * (and a shape checking sh:class skos:Concept) need not fetch the code list to know what it is.
 */
export function describeStatusConcept(g: Graph, status: string): string | null {
  const c = MANDATARIS_STATUS[status];
  if (!c) return null;
  g.subject(c.uri).type('skos', 'Concept').ref('skos', 'inScheme', MANDATARIS_STATUS_SCHEME).text('skos', 'prefLabel', c.label, 'nl');
  return c.uri;
}
