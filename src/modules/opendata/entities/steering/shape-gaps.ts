/**
 * Where the official OSLO shapes ask for something the platform cannot give without making it
 * up. The shapes were written for local government (municipal councils, elected mandataries);
 * the transition space's bodies are a partnership of organisations. Rather than invent values
 * to satisfy a validator, these gaps are named here, and the tests fail on any violation that
 * is not one of them (and on any entry here that no longer occurs).
 *
 * `type` is the URI segment of the focus node, `path` the shape's property.
 */
export interface ShapeGap {
  type: string;
  path: string;
  /** 'no-source': the platform does not record it. 'shape-defect': no data could satisfy the shape as published. */
  kind: 'no-source' | 'shape-defect';
  reason: string;
}

const B = 'http://data.vlaanderen.be/ns/besluit#';
const M = 'http://data.vlaanderen.be/ns/mandaat#';

const bodyGaps: ShapeGap[] = [
  { type: 'body', path: `${B}bestuurt`, kind: 'no-source', reason: 'The bodies steer a partnership, not a besluit:Bestuurseenheid (an administrative unit with a legal territory and an official classification); the platform records no such unit.' },
  { type: 'body', path: 'http://www.w3.org/2004/02/skos/core#prefLabel', kind: 'shape-defect', reason: 'The shape requires sh:datatype rdfs:Literal, which is not a datatype: every literal (language-tagged or plain) fails it.' },
];

export const SHAPE_GAPS: Record<'besluit-publicatie' | 'mandatendatabank', ShapeGap[]> = {
  'besluit-publicatie': [
    ...bodyGaps,
    { type: 'agenda-item', path: `${B}Agendapunt.type`, kind: 'no-source', reason: 'Agenda items have no type (planned, added, ...) in the platform; the shape\'s path is also not a property of the besluit vocabulary.' },
    { type: 'meeting', path: 'http://www.w3.org/ns/prov#startedAtTime', kind: 'no-source', reason: 'The platform records when a meeting is planned to start (besluit:geplandeStart), not when it actually started.' },
    { type: 'meeting', path: 'http://www.w3.org/ns/prov#endedAtTime', kind: 'no-source', reason: 'The platform does not record when a meeting ended.' },
    { type: 'meeting', path: `${B}heeftSecretaris`, kind: 'no-source', reason: 'The platform does not record a secretary per meeting.' },
    { type: 'meeting', path: `${B}heeftAanwezigeBijStart`, kind: 'no-source', reason: 'Attendance is public only in published minutes; a meeting whose agenda is published but whose minutes are not yet has no public attendance.' },
    { type: 'decision', path: 'http://data.europa.eu/eli/ontology#realizes', kind: 'no-source', reason: 'Decisions are not published as separate legal resources (eli:LegalResource) with a document type and date of entry into force.' },
    { type: 'decision', path: `${B}motivering`, kind: 'no-source', reason: 'The platform records the decision text, not a separate motivation.' },
    { type: 'treatment', path: `${B}heeftStemmer`, kind: 'no-source', reason: 'Votes are recorded as counts; who voted is not recorded.' },
  ],
  mandatendatabank: [
    ...bodyGaps,
    { type: 'mandatary', path: `${M}start`, kind: 'no-source', reason: 'The study proposes members without a term; only members with a recorded start date have one.' },
    { type: 'mandatary', path: `${M}einde`, kind: 'no-source', reason: 'As for the start: members without a recorded end date have none.' },
    { type: 'mandatary', path: `${M}isAangesteldDoor`, kind: 'no-source', reason: 'Members are not appointed by a legal act (mandaat:RechtsgrondAanstelling) the platform records.' },
    { type: 'mandatary', path: `${M}status`, kind: 'no-source', reason: 'The platform has no mandate status (effective, acting, ...); a proposed seat is marked with ext:isProposal.' },
    { type: 'mandatary', path: `${M}isBestuurlijkeAliasVan`, kind: 'no-source', reason: 'A seat is held by an organisation (prov:actedOnBehalfOf the actor), at most with a person\'s name; the platform keeps no person records (birth, gender, identifier) and publishes none.' },
  ],
};

/** The URI segment of a focus node: '.../id/meeting/2' -> 'meeting'. */
export function typeOfFocus(focus: string): string | null {
  return /\/id\/([^/]+)\/[^/]+$/.exec(focus.replace(/#.*$/, ''))?.[1] ?? null;
}
