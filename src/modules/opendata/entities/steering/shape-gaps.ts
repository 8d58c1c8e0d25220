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

/**
 * A meeting is public from its agenda on, but the facts below are recorded in its minutes, and
 * the minutes are public only once published. Publishing minutes is refused until every one of
 * them is recorded, so these gaps occur only for meetings whose minutes are not published yet.
 */
const beforeMinutes = (path: string, what: string): ShapeGap => ({
  type: 'meeting', path, kind: 'no-source',
  reason: `${what} is public with the minutes; a meeting whose agenda is published but whose minutes are not yet has none in public.`,
});

export const SHAPE_GAPS: Record<'besluit-publicatie' | 'mandatendatabank', ShapeGap[]> = {
  'besluit-publicatie': [
    ...bodyGaps,
    beforeMinutes('http://www.w3.org/ns/prov#startedAtTime', 'When the meeting actually started'),
    beforeMinutes('http://www.w3.org/ns/prov#endedAtTime', 'When the meeting ended'),
    beforeMinutes(`${B}heeftSecretaris`, 'Who kept the minutes'),
    beforeMinutes(`${B}heeftAanwezigeBijStart`, 'Who was present'),
  ],
  mandatendatabank: [
    ...bodyGaps,
    { type: 'mandatary', path: `${M}start`, kind: 'no-source', reason: 'The study proposes members without a term; a seat has a start once the transition team records one.' },
    { type: 'mandatary', path: `${M}einde`, kind: 'no-source', reason: 'As for the start: a seat has an end once one is recorded (when it ended, or the end of its term).' },
    { type: 'mandatary', path: `${M}status`, kind: 'no-source', reason: 'The study\'s proposed seats have no status (effective, acting, ...) until the transition team confirms them with one.' },
    { type: 'mandatary', path: `${M}isAangesteldDoor`, kind: 'no-source', reason: 'Only a seat appointed by a published decision of the platform links to it; the study\'s proposed seats, and seats appointed outside the platform, have none.' },
    { type: 'mandatary', path: `${M}isBestuurlijkeAliasVan`, kind: 'no-source', reason: 'A seat is held by an organisation (prov:actedOnBehalfOf the actor); a person is published only where the platform records the name of who holds the seat.' },
  ],
};

/**
 * The person (person:Person) holding a seat is published with the only thing the platform
 * records of them: the name as shown. The mandatendatabank profile asks for facts about the
 * person that the platform never collects (birth date, gender, a personal identifier, the name
 * split in first and family name); publishing them would mean inventing or collecting personal
 * data the transition space has no need for. These apply wherever a seat names its person.
 */
const P = 'https://data.vlaanderen.be/ns/persoon#';
export const PERSON_GAPS: ShapeGap[] = [
  { type: 'mandatary', path: `${P}geslacht`, kind: 'no-source', reason: 'No gender is recorded of anyone.' },
  { type: 'mandatary', path: `${P}heeftGeboorte`, kind: 'no-source', reason: 'No birth date is recorded of anyone.' },
  { type: 'mandatary', path: 'http://www.w3.org/ns/adms#identifier', kind: 'no-source', reason: 'No personal identifier (such as a national register number) is recorded.' },
  { type: 'mandatary', path: 'http://xmlns.com/foaf/0.1/familyName', kind: 'no-source', reason: 'The name is kept as one text, as the person gave it, and published as foaf:name; no family name is recorded apart.' },
  { type: 'mandatary', path: `${P}gebruikteVoornaam`, kind: 'no-source', reason: 'As for the family name: no first name is recorded apart from the name as given.' },
];

/** The URI segment of a focus node: '.../id/meeting/2' -> 'meeting'. */
export function typeOfFocus(focus: string): string | null {
  return /\/id\/([^/]+)\/[^/]+$/.exec(focus.replace(/#.*$/, ''))?.[1] ?? null;
}
